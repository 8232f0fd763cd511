import { and, asc, eq, sql } from 'drizzle-orm';
import type { GemeenteConfig } from '../../domain/benefits';
import type { Db } from '../client';
import { listVersions, recordVersion } from '../catalogue/history.repository';
import { gemeenteSchemes, organisationGemeenten, organisations, users } from '../schema';

// The municipal schemes of the voorzieningencheck, one row per gemeente (CBS code). Every save
// keeps a full snapshot in entry_versions, so earlier versions stay readable.

export type GemeenteSchemesRow = {
  code: string;
  config: GemeenteConfig;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  organisationId: string;
  organisationName: string;
};

/** The stored configuration of one gemeente, or null when nobody saved one yet. */
export async function getGemeenteSchemes(db: Db, code: string): Promise<GemeenteSchemesRow | null> {
  const [row] = await db
    .select({
      code: gemeenteSchemes.gemeenteCode,
      config: gemeenteSchemes.config,
      version: gemeenteSchemes.version,
      updatedAt: gemeenteSchemes.updatedAt,
      updatedBy: users.name,
      organisationId: gemeenteSchemes.organisationId,
      organisationName: organisations.name,
    })
    .from(gemeenteSchemes)
    .innerJoin(organisations, eq(organisations.id, gemeenteSchemes.organisationId))
    .leftJoin(users, eq(users.id, gemeenteSchemes.updatedBy))
    .where(eq(gemeenteSchemes.gemeenteCode, code))
    .limit(1);
  return row ?? null;
}

/** Every stored configuration, by code (the public list of gemeenten). */
export async function listGemeenteSchemes(db: Db) {
  const rows = await db
    .select({
      code: gemeenteSchemes.gemeenteCode,
      config: gemeenteSchemes.config,
      version: gemeenteSchemes.version,
      updatedAt: gemeenteSchemes.updatedAt,
    })
    .from(gemeenteSchemes)
    .orderBy(asc(gemeenteSchemes.gemeenteCode));
  return rows;
}

/** Whether the organisation works in the gemeente (and so its beheerder may set the schemes). */
export async function organisationWorksIn(
  db: Db,
  organisationId: string,
  code: string,
): Promise<boolean> {
  const [row] = await db
    .select({ code: organisationGemeenten.code })
    .from(organisationGemeenten)
    .where(
      and(
        eq(organisationGemeenten.organisationId, organisationId),
        eq(organisationGemeenten.code, code),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export type SaveResult =
  { ok: true; version: number } | { ok: false; currentVersion: number; keeperId: string | null };

/**
 * Saves a new version when `expectedVersion` is the stored one (0: nothing stored yet) and the
 * organisation keeps this gemeente's schemes (the first to save becomes keeper); otherwise
 * changes nothing and reports the current version and keeper. One conditional statement, so a
 * simultaneous save or hand-over cannot slip in between. Run it inside the change's transaction.
 */
export async function saveGemeenteSchemes(
  db: Db,
  input: {
    code: string;
    config: GemeenteConfig;
    expectedVersion: number;
    organisationId: string;
    userId: string;
    now: Date;
  },
): Promise<SaveResult> {
  const values = {
    config: input.config,
    updatedAt: input.now,
    updatedBy: input.userId,
    organisationId: input.organisationId,
  };
  const saved =
    input.expectedVersion === 0
      ? await db
          .insert(gemeenteSchemes)
          .values({ gemeenteCode: input.code, version: 1, ...values })
          .onConflictDoNothing()
          .returning({ version: gemeenteSchemes.version })
      : await db
          .update(gemeenteSchemes)
          .set({ ...values, version: sql`${gemeenteSchemes.version} + 1` })
          .where(
            and(
              eq(gemeenteSchemes.gemeenteCode, input.code),
              eq(gemeenteSchemes.version, input.expectedVersion),
              eq(gemeenteSchemes.organisationId, input.organisationId),
            ),
          )
          .returning({ version: gemeenteSchemes.version });
  const version = saved[0]?.version;
  if (version === undefined) {
    const [current] = await db
      .select({ version: gemeenteSchemes.version, keeperId: gemeenteSchemes.organisationId })
      .from(gemeenteSchemes)
      .where(eq(gemeenteSchemes.gemeenteCode, input.code));
    return {
      ok: false,
      currentVersion: current?.version ?? 0,
      keeperId: current?.keeperId ?? null,
    };
  }
  await recordVersion(db, {
    type: 'gemeente-schemes',
    id: input.code,
    version,
    action: version === 1 ? 'created' : 'updated',
    data: { config: input.config, organisationId: input.organisationId },
    by: input.userId,
    at: input.now,
  });
  return { ok: true, version };
}

/** Every saved version of a gemeente's schemes, oldest first. */
export function listGemeenteSchemeVersions(db: Db, code: string) {
  return listVersions(db, 'gemeente-schemes', code);
}

/**
 * Hands the keeping of a gemeente's schemes to another organisation, only when `from` keeps them
 * now (one conditional statement). False when `from` is not the keeper.
 */
export async function handOverGemeenteSchemes(
  db: Db,
  input: { code: string; from: string; to: string },
): Promise<boolean> {
  const moved = await db
    .update(gemeenteSchemes)
    .set({ organisationId: input.to })
    .where(
      and(
        eq(gemeenteSchemes.gemeenteCode, input.code),
        eq(gemeenteSchemes.organisationId, input.from),
      ),
    )
    .returning({ code: gemeenteSchemes.gemeenteCode });
  return moved.length > 0;
}
