import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, specialists, users } from '../schema';
import { entryStanding, gemeentePlaces, versionedEntries } from './versioned-entries.repository';

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
  const placesOf = await gemeentePlaces(
    db,
    rows.map((r) => r.s.organisationId),
  );
  return rows.map(({ s, organisationName, checkedBy }) => ({
    id: s.id,
    organisationId: s.organisationId,
    organisationName,
    ...s.data,
    gemeenten: placesOf(s.data.gemeenten),
    ...entryStanding(s, checkedBy),
  }));
}
export type SpecialistView = Awaited<ReturnType<typeof listSpecialists>>[number];
