import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Gemeente } from '../../contract/common';
import type { Db } from '../client';
import { bumpCatalogueVersion } from '../catalogue/catalogue.repository';
import { installation, organisationGemeenten, organisations } from '../schema';

export type OrganisationSettings = { freshnessMonths: number; retentionMonths: number };

/** Defaults a werkorganisatie starts with; a beheerder can change them. */
export const defaultOrganisationSettings: OrganisationSettings = {
  freshnessMonths: 12,
  retentionMonths: 24,
};

export async function isSetupDone(db: Db): Promise<{ done: boolean; demo: boolean }> {
  const [row] = await db.select().from(installation).limit(1);
  return { done: Boolean(row), demo: row?.demo ?? false };
}

/**
 * Marks the installation as set up. The single-row primary key makes a second, simultaneous
 * setup fail here: false when another one got there first.
 */
export async function markInstalled(db: Db, input: { at: Date; demo?: boolean }): Promise<boolean> {
  const inserted = await db
    .insert(installation)
    .values({ id: 1, setupCompletedAt: input.at, demo: input.demo ?? false })
    .onConflictDoNothing()
    .returning();
  return inserted.length > 0;
}

export async function createOrganisation(
  db: Db,
  input: {
    kind: 'koepel' | 'werkorganisatie';
    name: string;
    parentId?: string | null;
    gemeenten?: Gemeente[];
    isDemo?: boolean;
  },
): Promise<string> {
  const [org] = await db
    .insert(organisations)
    .values({
      kind: input.kind,
      name: input.name,
      parentId: input.parentId ?? null,
      isDemo: input.isDemo ?? false,
      settings: input.kind === 'werkorganisatie' ? defaultOrganisationSettings : {},
    })
    .returning({ id: organisations.id });
  if (input.gemeenten?.length) {
    await db
      .insert(organisationGemeenten)
      .values(
        input.gemeenten.map((g) => ({ organisationId: org!.id, code: g.code, name: g.name })),
      );
  }
  return org!.id;
}

export async function getOrganisation(db: Db, id: string) {
  // One round trip: the organisation with its koepel and gemeenten (read on most requests).
  const [row] = await db
    .select({
      org: organisations,
      koepel: sql<{
        id: string;
        name: string;
      } | null>`(SELECT json_build_object('id', k.id, 'name', k.name) FROM organisations k WHERE k.id = "organisations"."parent_id")`,
      gemeenten: sql<
        { code: string; name: string }[]
      >`coalesce((SELECT json_agg(json_build_object('code', g.code, 'name', g.name) ORDER BY g.name) FROM organisation_gemeenten g WHERE g.organisation_id = "organisations"."id"), '[]'::json)`,
    })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  if (!row) return null;
  const { org } = row;
  return {
    id: org.id,
    name: org.name,
    isDemo: org.isDemo,
    koepel: row.koepel,
    gemeenten: row.gemeenten,
    settings: {
      ...defaultOrganisationSettings,
      ...org.settings,
    },
  };
}

export async function updateOrganisation(
  db: Db,
  id: string,
  change: { name?: string; gemeenten?: Gemeente[]; settings?: Partial<OrganisationSettings> },
) {
  const current = await getOrganisation(db, id);
  if (!current) return null;
  const columns = {
    ...(change.name ? { name: change.name } : {}),
    ...(change.settings ? { settings: { ...current.settings, ...change.settings } } : {}),
  };
  // An UPDATE without columns is an SQL error: a change of gemeenten alone writes only those.
  if (Object.keys(columns).length > 0)
    await db.update(organisations).set(columns).where(eq(organisations.id, id));
  // Offers are searched by their organisation's name: the search index must be built anew.
  if (change.name && change.name !== current.name) await bumpCatalogueVersion(db);
  if (change.gemeenten) {
    await db.delete(organisationGemeenten).where(eq(organisationGemeenten.organisationId, id));
    await db
      .insert(organisationGemeenten)
      .values(change.gemeenten.map((g) => ({ organisationId: id, code: g.code, name: g.name })));
  }
  return getOrganisation(db, id);
}

export async function listWerkorganisaties(db: Db, ids?: string[]) {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, isDemo: organisations.isDemo })
    .from(organisations)
    .where(ids ? inArray(organisations.id, ids) : eq(organisations.kind, 'werkorganisatie'))
    .orderBy(asc(organisations.name));
  return rows;
}

/** Each organisation's settings, the default for any it has not set. */
async function settingsOf(db: Db, ids: string[]): Promise<Map<string, OrganisationSettings>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, settings: organisations.settings })
    .from(organisations)
    .where(inArray(organisations.id, unique));
  return new Map(rows.map((o) => [o.id, { ...defaultOrganisationSettings, ...o.settings }]));
}

/** The retention period in months of each of these organisations (their setting or the default). */
export async function retentionMonthsOf(db: Db, ids: string[]): Promise<Map<string, number>> {
  const settings = await settingsOf(db, ids);
  return new Map([...settings].map(([id, s]) => [id, s.retentionMonths]));
}

/** After how many months each of these organisations' entries are due for a check. */
export async function freshnessMonthsOf(db: Db, ids: string[]): Promise<Map<string, number>> {
  const settings = await settingsOf(db, ids);
  return new Map([...settings].map(([id, s]) => [id, s.freshnessMonths]));
}

/** Id and name of an organisation; a werkorganisatie only when asked. */
export async function findOrganisationName(
  db: Db,
  id: string,
  options: { werkorganisatie?: boolean } = {},
): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.id, id),
        options.werkorganisatie ? eq(organisations.kind, 'werkorganisatie') : undefined,
      ),
    );
  return row ?? null;
}
