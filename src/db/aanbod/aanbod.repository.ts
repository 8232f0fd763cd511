import { and, desc, eq, sql } from 'drizzle-orm';
import type { DecisionStatus, OfferDecision, SubjectKind } from '../../domain/aanbod';
import type { Capital } from '../../domain/assessment';
import type { Db } from '../client';
import { inBuckets, reportBucket, type BucketCountRow } from '../reports/buckets';
import { households, offerDecisionEvents, offerDecisions, plans, users } from '../schema';

// Decisions about the offer per capital and the interventions an organisation uses in its plans.

const summary = {
  id: offerDecisions.id,
  scope: offerDecisions.scope,
  capital: sql<Capital>`${offerDecisions.capital}`,
  kind: offerDecisions.subjectKind,
  subjectId: offerDecisions.subjectId,
  decision: offerDecisions.decision,
  reason: offerDecisions.reason,
  status: offerDecisions.status,
  version: offerDecisions.version,
};

export async function decisionsOf(db: Db, organisationId: string, scope: string) {
  return db
    .select(summary)
    .from(offerDecisions)
    .where(and(eq(offerDecisions.organisationId, organisationId), eq(offerDecisions.scope, scope)));
}

/** The decision, when it belongs to the organisation. */
export async function decisionOf(db: Db, id: string, organisationId: string) {
  const [row] = await db
    .select(summary)
    .from(offerDecisions)
    .where(and(eq(offerDecisions.id, id), eq(offerDecisions.organisationId, organisationId)));
  return row ?? null;
}

/** The decision already taken about this subject under this capital, if any. */
export async function decisionAbout(
  db: Db,
  organisationId: string,
  subject: { scope: string; capital: Capital; kind: SubjectKind; subjectId: string },
) {
  const [row] = await db
    .select({ id: offerDecisions.id })
    .from(offerDecisions)
    .where(
      and(
        eq(offerDecisions.organisationId, organisationId),
        eq(offerDecisions.scope, subject.scope),
        eq(offerDecisions.capital, subject.capital),
        eq(offerDecisions.subjectKind, subject.kind),
        eq(offerDecisions.subjectId, subject.subjectId),
      ),
    );
  return row?.id ?? null;
}

export async function decisionHistory(db: Db, id: string) {
  return db
    .select({
      version: offerDecisionEvents.version,
      decision: sql<OfferDecision>`${offerDecisionEvents.decision}`,
      reason: offerDecisionEvents.reason,
      status: sql<DecisionStatus>`${offerDecisionEvents.status}`,
      note: offerDecisionEvents.note,
      savedAt: offerDecisionEvents.savedAt,
      savedBy: users.name,
    })
    .from(offerDecisionEvents)
    .leftJoin(users, eq(users.id, offerDecisionEvents.savedBy))
    .where(eq(offerDecisionEvents.decisionId, id))
    .orderBy(desc(offerDecisionEvents.version));
}

interface SavedState {
  decision: OfferDecision;
  reason: string;
  status: DecisionStatus;
  note: string | null;
  userId: string;
  now: Date;
}

/** The new decision's id; null when one about this subject under this capital exists. */
export async function insertDecision(
  tx: Db,
  input: SavedState & {
    organisationId: string;
    scope: string;
    capital: Capital;
    kind: SubjectKind;
    subjectId: string;
  },
): Promise<string | null> {
  const [row] = await tx
    .insert(offerDecisions)
    .values({
      organisationId: input.organisationId,
      scope: input.scope,
      capital: input.capital,
      subjectKind: input.kind,
      subjectId: input.subjectId,
      decision: input.decision,
      reason: input.reason,
      status: input.status,
      version: 1,
      createdAt: input.now,
    })
    // Two people deciding about the same subject at once: the second finds the first's row.
    .onConflictDoNothing()
    .returning({ id: offerDecisions.id });
  if (!row) return null;
  await insertEvent(tx, row.id, 1, input);
  return row.id;
}

async function insertEvent(tx: Db, decisionId: string, version: number, state: SavedState) {
  await tx.insert(offerDecisionEvents).values({
    decisionId,
    version,
    decision: state.decision,
    reason: state.reason,
    status: state.status,
    note: state.note,
    savedBy: state.userId,
    savedAt: state.now,
  });
}

/**
 * Saves the next state when the decision is still at `version`; false when someone saved in
 * between (nothing is written then).
 */
export async function saveDecision(
  tx: Db,
  input: SavedState & { id: string; version: number },
): Promise<boolean> {
  const updated = await tx
    .update(offerDecisions)
    .set({
      decision: input.decision,
      reason: input.reason,
      status: input.status,
      version: input.version + 1,
    })
    .where(and(eq(offerDecisions.id, input.id), eq(offerDecisions.version, input.version)))
    .returning({ id: offerDecisions.id });
  if (updated.length === 0) return false;
  await insertEvent(tx, input.id, input.version + 1, input);
  return true;
}

/**
 * Per report bucket, the organisation's households (in the gemeente, when given) whose plan uses
 * each intervention (a referral started or finished), for the households in these buckets (every
 * one for null): kind `in-plans`, the intervention as name.
 */
export async function interventionsInPlanCounts(
  db: Db,
  organisationId: string,
  gemeente: string | undefined,
  buckets: readonly number[] | null,
): Promise<BucketCountRow[]> {
  const result = await db.execute(sql`SELECT ${reportBucket(households.id)} AS bucket,
      'in-plans' AS kind, r.value->>'interventionId' AS name, NULL::int AS x, NULL::int AS y,
      count(DISTINCT ${households.id})::int AS n
    FROM ${plans} JOIN ${households} ON ${households.id} = ${plans.householdId}
    CROSS JOIN LATERAL jsonb_array_elements(coalesce(${plans.data}->'referrals', '[]'::jsonb)) r
    WHERE ${and(
      eq(households.organisationId, organisationId),
      sql`r.value->>'status' IN ('gestart', 'afgerond')`,
      gemeente ? sql`${households.data}->'gemeente'->>'code' = ${gemeente}` : undefined,
      inBuckets(households.id, buckets),
    )}
    GROUP BY 1, 3`);
  return (result as unknown as { rows: BucketCountRow[] }).rows;
}
