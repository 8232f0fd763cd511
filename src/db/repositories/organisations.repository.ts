import { asc, eq, inArray } from 'drizzle-orm';
import type { Gemeente } from '../../contract/common';
import type { Db } from '../client';
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
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  if (!org) return null;
  const [koepel] = org.parentId
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, org.parentId))
    : [];
  const gemeenten = await db
    .select({ code: organisationGemeenten.code, name: organisationGemeenten.name })
    .from(organisationGemeenten)
    .where(eq(organisationGemeenten.organisationId, id))
    .orderBy(asc(organisationGemeenten.name));
  return {
    id: org.id,
    name: org.name,
    isDemo: org.isDemo,
    koepel: koepel ?? null,
    gemeenten,
    settings: {
      ...defaultOrganisationSettings,
      ...(org.settings as Partial<OrganisationSettings>),
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
  await db
    .update(organisations)
    .set({
      ...(change.name ? { name: change.name } : {}),
      ...(change.settings ? { settings: { ...current.settings, ...change.settings } } : {}),
    })
    .where(eq(organisations.id, id));
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
