import type { ReferralInzage } from '../../contract/referrals';
import type { Db } from '../../db/client';
import {
  referralsOfHousehold,
  referralsReceivedAs,
  type ReferralRecord,
} from '../../db/referrals/referrals.repository';

// The household's right of access covers its warme overdrachten on whichever side it stands
// (ADR 1403): those sent with this record, and the one a receiving team opened it from. Each
// carries only what that side may see; the other side's household never appears.

function inzageOf(record: ReferralRecord, direction: ReferralInzage['direction']): ReferralInzage {
  const { r } = record;
  return {
    direction,
    sentOn: r.sentOn,
    from: { organisationName: record.fromOrganisation, teamName: record.fromTeam },
    to: { organisationName: record.toOrganisation, teamName: record.toTeam },
    status: r.status,
    history: r.events,
    message: r.message,
    shared: r.shared,
    rejectReason: r.rejectReason,
    outcome: r.outcome,
    outcomeNote: r.outcomeNote,
    withdrawnBecause: r.withdrawnBecause,
  };
}

/** The household's referrals, sent ones first, each oldest first. */
export async function referralsForInzage(db: Db, householdId: string): Promise<ReferralInzage[]> {
  const [sent, received] = await Promise.all([
    referralsOfHousehold(db, householdId),
    referralsReceivedAs(db, householdId),
  ]);
  return [
    ...sent.map((row) => inzageOf(row, 'sent')),
    ...received.map((row) => inzageOf(row, 'received')),
  ];
}
