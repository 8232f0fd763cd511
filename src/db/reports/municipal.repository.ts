import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisationGemeenten, organisations, signalCases, signals } from '../schema';

// Read-only figures for the municipal report next to the household outcomes: signal follow-up
// and the organisations of the koepel. No row leaves here with a name, address or date of birth.

/**
 * Signals dated in the period and, per case that had one, its outcome (null while it runs). The
 * cases are the organisation's; they carry no gemeente, so the caller decides whether they
 * belong to one.
 */
export async function signalFollowUp(
  db: Db,
  organisationId: string,
  period: { from: string; to: string },
): Promise<{ received: number; outcomes: (string | null)[] }> {
  const rows = await db
    .select({
      outcome: signalCases.outcome,
      received: sql<number>`count(*)::int`,
    })
    .from(signals)
    .innerJoin(signalCases, eq(signals.caseId, signalCases.id))
    .where(
      and(
        eq(signalCases.organisationId, organisationId),
        gte(signals.signalDate, period.from),
        lte(signals.signalDate, period.to),
      ),
    )
    .groupBy(signalCases.id, signalCases.outcome);
  return {
    received: rows.reduce((sum, r) => sum + r.received, 0),
    outcomes: rows.map((r) => r.outcome),
  };
}

/**
 * The werkorganisaties under the same koepel as this one that work in the gemeente, this one
 * included, by name; only this one when it has no koepel.
 */
export async function koepelOrganisationsIn(
  db: Db,
  organisationId: string,
  gemeente: string,
): Promise<{ id: string; name: string }[]> {
  const [own] = await db
    .select({ parentId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const sameKoepel = own?.parentId
    ? eq(organisations.parentId, own.parentId)
    : eq(organisations.id, organisationId);
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .innerJoin(organisationGemeenten, eq(organisationGemeenten.organisationId, organisations.id))
    .where(and(sameKoepel, eq(organisationGemeenten.code, gemeente)))
    .orderBy(organisations.name);
}

/** The name under which the organisation lists this gemeente. */
export async function gemeenteName(db: Db, organisationId: string, code: string) {
  const [row] = await db
    .select({ name: organisationGemeenten.name })
    .from(organisationGemeenten)
    .where(
      and(
        eq(organisationGemeenten.organisationId, organisationId),
        eq(organisationGemeenten.code, code),
      ),
    );
  return row?.name ?? code;
}
