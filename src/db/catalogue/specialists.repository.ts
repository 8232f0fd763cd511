import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisationGemeenten, organisations, specialists, users } from '../schema';
import { versionedEntries } from './versioned-entries.repository';

export type SpecialistData = {
  name: string;
  function: string;
  topics: string[];
  gemeenten: string[];
  phone: string | null;
  email: string | null;
  note: string | null;
};

/** Specialists: versioned, checked entries of one organisation. */
export const specialistEntries = versionedEntries({ kind: 'specialist', table: specialists });

export async function listSpecialists(
  db: Db,
  options: { organisationId?: string; includeArchived?: boolean } = {},
) {
  const filters = [
    options.includeArchived ? undefined : isNull(specialists.archivedAt),
    options.organisationId ? eq(specialists.organisationId, options.organisationId) : undefined,
  ].filter((f) => f !== undefined);
  const rows = await db
    .select({ s: specialists, organisationName: organisations.name, checkedBy: users.name })
    .from(specialists)
    .innerJoin(organisations, eq(organisations.id, specialists.organisationId))
    .leftJoin(users, eq(users.id, specialists.lastCheckedBy))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(asc(organisations.name), sql`${specialists.data}->>'name'`);
  const orgIds = [...new Set(rows.map((r) => r.s.organisationId))];
  const names = new Map<string, string>();
  if (orgIds.length) {
    for (const g of await db
      .select()
      .from(organisationGemeenten)
      .where(inArray(organisationGemeenten.organisationId, orgIds))) {
      names.set(g.code, g.name);
    }
  }
  return rows.map(({ s, organisationName, checkedBy }) => {
    const data = s.data;
    return {
      id: s.id,
      organisationId: s.organisationId,
      organisationName,
      ...data,
      gemeenten: data.gemeenten.map((code) => ({ code, name: names.get(code) ?? code })),
      lastCheckedAt: s.lastCheckedAt?.toISOString() ?? null,
      lastCheckedBy: checkedBy,
      version: s.version,
      archived: s.archivedAt !== null,
    };
  });
}
export type SpecialistView = Awaited<ReturnType<typeof listSpecialists>>[number];
