import type { ReferralSummary, ReferralView } from '../../contract/referrals';
import {
  answerDueOn,
  availableActions,
  isOverdue,
  type ReferralSide,
} from '../../domain/referrals';
import type { ReferralRecord } from '../../db/referrals/referrals.repository';
import { message } from '../../domain/message';
import { notFound } from '../errors';

/** Neither side of the referral: answered like any id that names nothing (404). */
export const referralNotFound = () => notFound(message('overdracht.problem.notFound'));

/** A list row: the household only for the sending side, never what was shared. */
export function referralSummary(
  row: ReferralRecord,
  side: ReferralSide,
  today: string,
): ReferralSummary {
  const { r } = row;
  return {
    id: r.id,
    side,
    status: r.status,
    sentOn: r.sentOn,
    answerDueOn: answerDueOn(r.sentOn),
    overdue: isOverdue(r.status, r.sentOn, today),
    from: { organisationName: row.fromOrganisation, teamName: row.fromTeam },
    to: { organisationName: row.toOrganisation, teamName: row.toTeam },
    household: side === 'sender' ? row.household : null,
    outcome: r.outcome,
  };
}

/** The referral page: both sides see status, history and outcome; each its own household. */
export function referralView(row: ReferralRecord, side: ReferralSide, today: string): ReferralView {
  const { r } = row;
  return {
    ...referralSummary(row, side, today),
    message: r.message,
    shared: r.shared,
    rejectReason: r.rejectReason,
    outcomeNote: r.outcomeNote,
    withdrawnBecause: r.withdrawnBecause,
    receivingHousehold:
      side === 'receiver' && r.receivingHouseholdId && row.receivingReference
        ? { id: r.receivingHouseholdId, reference: row.receivingReference }
        : null,
    events: r.events,
    actions: availableActions(r.status, side),
    version: r.version,
  };
}
