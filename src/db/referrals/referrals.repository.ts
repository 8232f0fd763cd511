import { and, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { OPEN_STATUSES, type SharedGoal } from '../../domain/referrals';
import type { HouseholdData } from '../../contract/households';
import type { Db } from '../client';
import { visibleTo, type Viewer } from '../households/households.repository';
import { households, organisations, referrals, teams, type ReferralEvent } from '../schema';

// Both sides of a warme overdracht read the same row (ADR 1403): the sending side through the
// household it may see, the receiving side through its team. A referral withdrawn because the
// household withdrew consent is no longer the receiving side's to see.

export type ReferralRow = typeof referrals.$inferSelect;

const senderTeams = alias(teams, 'sender_team');
const receiverTeams = alias(teams, 'receiver_team');
const senderOrgs = alias(organisations, 'sender_org');
const receiverOrgs = alias(organisations, 'receiver_org');
const receivingHouseholds = alias(households, 'receiving_household');

/** The receiving side's condition: its team, its organisation, not taken back with consent. */
function receivedBy(viewer: Viewer): SQL {
  return and(
    eq(referrals.receivingOrganisationId, viewer.organisationId),
    viewer.teamIds.length ? inArray(referrals.receivingTeamId, viewer.teamIds) : sql`false`,
    or(isNull(referrals.withdrawnBecause), ne(referrals.withdrawnBecause, 'consent')),
  )!;
}

function selectReferrals(db: Db) {
  return db
    .select({
      r: referrals,
      household: { id: households.id, reference: households.reference, label: households.label },
      fromOrganisation: senderOrgs.name,
      fromTeam: senderTeams.name,
      toOrganisation: receiverOrgs.name,
      toTeam: receiverTeams.name,
      receivingReference: receivingHouseholds.reference,
      /** Only for opening the receiving side's record on accepting (ADR 1403). */
      gemeente: sql<HouseholdData['gemeente']>`${households.data}->'gemeente'`,
    })
    .from(referrals)
    .innerJoin(households, eq(households.id, referrals.householdId))
    .innerJoin(senderOrgs, eq(senderOrgs.id, referrals.organisationId))
    .leftJoin(senderTeams, eq(senderTeams.id, households.teamId))
    .innerJoin(receiverOrgs, eq(receiverOrgs.id, referrals.receivingOrganisationId))
    .innerJoin(receiverTeams, eq(receiverTeams.id, referrals.receivingTeamId))
    .leftJoin(receivingHouseholds, eq(receivingHouseholds.id, referrals.receivingHouseholdId));
}

export type ReferralRecord = Awaited<
  ReturnType<ReturnType<typeof selectReferrals>['execute']>
>[number];

/**
 * One referral and the side the viewer reads it from: the sender when the viewer may see the
 * household, else the receiver when it is their team's; null when neither.
 */
export async function referralFor(db: Db, viewer: Viewer, id: string) {
  const [row] = await selectReferrals(db)
    .where(and(eq(referrals.id, id), or(visibleTo(viewer), receivedBy(viewer))))
    .limit(1);
  if (!row) return null;
  const sender = row.r.organisationId === viewer.organisationId && (await canSee(db, viewer, row));
  return { ...row, side: sender ? ('sender' as const) : ('receiver' as const) };
}

async function canSee(db: Db, viewer: Viewer, row: ReferralRecord): Promise<boolean> {
  const [found] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.id, row.r.householdId), visibleTo(viewer)));
  return Boolean(found);
}

/** Referrals of the households the viewer may see, newest first (optionally of one household). */
export async function outgoingReferrals(db: Db, viewer: Viewer, householdId?: string) {
  return selectReferrals(db)
    .where(and(visibleTo(viewer), householdId ? eq(households.id, householdId) : undefined))
    .orderBy(desc(referrals.sentOn), desc(referrals.createdAt));
}

/** Every referral of one household, oldest first: for its right of access. */
export async function referralsOfHousehold(db: Db, householdId: string) {
  return selectReferrals(db)
    .where(eq(referrals.householdId, householdId))
    .orderBy(referrals.createdAt);
}

/**
 * The referral a receiving team opened this household record from, for the record's own right of
 * access; not one taken back with consent, which the receiving side may no longer see.
 */
export async function referralsReceivedAs(db: Db, householdId: string) {
  return selectReferrals(db)
    .where(
      and(
        eq(referrals.receivingHouseholdId, householdId),
        or(isNull(referrals.withdrawnBecause), ne(referrals.withdrawnBecause, 'consent')),
      ),
    )
    .orderBy(referrals.createdAt);
}

/** Referrals sent to the viewer's teams, newest first. */
export async function incomingReferrals(db: Db, viewer: Viewer) {
  return selectReferrals(db)
    .where(receivedBy(viewer))
    .orderBy(desc(referrals.sentOn), desc(referrals.createdAt));
}

export async function insertReferral(
  tx: Db,
  input: {
    householdId: string;
    organisationId: string;
    sentBy: string;
    receivingOrganisationId: string;
    receivingTeamId: string;
    message: string;
    shared: SharedGoal[];
    sentOn: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await tx
    .insert(referrals)
    .values({
      ...input,
      status: 'verstuurd',
      events: [{ status: 'verstuurd', at: input.at.toISOString(), side: 'sender' }],
      createdAt: input.at,
      updatedAt: input.at,
    })
    .returning({ id: referrals.id });
  return row!.id;
}

export type ReferralChange = Partial<
  Pick<
    ReferralRow,
    | 'status'
    | 'rejectReason'
    | 'outcome'
    | 'outcomeNote'
    | 'withdrawnBecause'
    | 'receivingHouseholdId'
    | 'message'
    | 'shared'
  >
> & { event: ReferralEvent };

/** Applies a change over the version the user read; false when someone changed it in between. */
export async function changeReferral(
  tx: Db,
  id: string,
  version: number,
  { event, ...change }: ReferralChange,
): Promise<boolean> {
  const updated = await tx
    .update(referrals)
    .set({
      ...change,
      events: sql`${referrals.events} || ${JSON.stringify([event])}::jsonb`,
      version: sql`${referrals.version} + 1`,
      updatedAt: new Date(event.at),
    })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .returning({ id: referrals.id });
  return updated.length > 0;
}

/**
 * Consent to share withdrawn: every running referral of the household is withdrawn and its shared
 * snapshot erased. Returns the ids it withdrew.
 */
export async function withdrawForConsent(tx: Db, householdId: string, at: Date): Promise<string[]> {
  const event: ReferralEvent = { status: 'ingetrokken', at: at.toISOString(), side: 'sender' };
  const rows = await tx
    .update(referrals)
    .set({
      status: 'ingetrokken',
      withdrawnBecause: 'consent',
      message: null,
      shared: null,
      events: sql`${referrals.events} || ${JSON.stringify([event])}::jsonb`,
      version: sql`${referrals.version} + 1`,
      updatedAt: at,
    })
    .where(
      and(eq(referrals.householdId, householdId), inArray(referrals.status, [...OPEN_STATUSES])),
    )
    .returning({ id: referrals.id });
  return rows.map((r) => r.id);
}

/** Referrals waiting for the viewer's teams to answer. */
export async function incomingWaitingCount(db: Db, viewer: Viewer): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .where(and(receivedBy(viewer), eq(referrals.status, 'verstuurd')));
  return row?.n ?? 0;
}
