import { addDays } from './dates';
import { ledToHelp, type Outcome } from './outcomes';

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
 * (Art. 4 lid 2, three working days in a threatening situation, is not modelled: partner files
 * carry no eviction or cut-off flag.)
 */
export const FIRST_CONVERSATION_DAYS_AFTER_SIGNAL = 28;

export type CaseDeadlines = {
  firstContactBy: string;
  /** Null once the case closed without help: there will be no first conversation. */
  firstConversationBy: string | null;
};

export function caseDeadlines(
  firstSignalOn: string,
  outcome: Outcome | null,
  agreedFirstContactDays = AGREED_FIRST_CONTACT_DAYS,
): CaseDeadlines {
  const conversationMayFollow = outcome === null || ledToHelp(outcome);
  return {
    firstContactBy: addDays(firstSignalOn, agreedFirstContactDays),
    firstConversationBy: conversationMayFollow
      ? addDays(firstSignalOn, FIRST_CONVERSATION_DAYS_AFTER_SIGNAL)
      : null,
  };
}
