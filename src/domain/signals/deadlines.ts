import { addWorkingDays } from '../calendar/working-days';
import { addDays } from './dates';
import { ledToHelp, type Outcome } from './outcomes';
import type { Threat } from './threat';

/**
 * Agreed (not statutory) term for the first contact attempt after a signal arrives. The Wgs sets
 * no term for the offer itself (art. 3 lid 1 onder b); the municipal plan says how the gemeente
 * works with creditors (art. 2 lid 4 onder c). Wegwijs uses 14 days unless the organisation sets
 * another; it must stay well inside the four weeks below, or the first conversation comes too late.
 */
export const AGREED_FIRST_CONTACT_DAYS = 14;

/**
 * Wgs art. 4 lid 1 onder b: when the person accepts the offer, the first conversation (where the
 * request for help is established) takes place within four weeks after the college RECEIVED the
 * signal, not after the acceptance. Counted from the case's first signal date, which is never
 * later than the day the file reached the gemeente, so our date is never later than the law's.
 */
export const FIRST_CONVERSATION_DAYS_AFTER_SIGNAL = 28;

/**
 * Wgs art. 4 lid 2: in a threatening situation (eviction, cut-off, health insurance ended) the
 * first conversation takes place within three working days. The Act does not say from when; we
 * count from the day the gemeente learned of the threat (the day it was recorded on the case, or
 * the signal's day when the signal itself announced it), since no term can run before the
 * gemeente knows. Working days as the Algemene termijnenwet counts them (`calendar/working-days`).
 */
export const URGENT_CONVERSATION_WORKING_DAYS = 3;

/** The last day for the first conversation in a threatening situation. */
export function urgentConversationBy(threat: Threat): string {
  return addWorkingDays(threat.knownOn, URGENT_CONVERSATION_WORKING_DAYS);
}

export type CaseDeadlines = {
  firstContactBy: string;
  /** Null once the case closed without help: there will be no first conversation. */
  firstConversationBy: string | null;
  /** Only with a threatening situation on the case, and null once it closed without help. */
  urgentConversationBy: string | null;
};

export function caseDeadlines(
  firstSignalOn: string,
  outcome: Outcome | null,
  threat: Threat | null = null,
  agreedFirstContactDays = AGREED_FIRST_CONTACT_DAYS,
): CaseDeadlines {
  const conversationMayFollow = outcome === null || ledToHelp(outcome);
  return {
    firstContactBy: addDays(firstSignalOn, agreedFirstContactDays),
    firstConversationBy: conversationMayFollow
      ? addDays(firstSignalOn, FIRST_CONVERSATION_DAYS_AFTER_SIGNAL)
      : null,
    urgentConversationBy: conversationMayFollow && threat ? urgentConversationBy(threat) : null,
  };
}
