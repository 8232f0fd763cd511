import { addDays } from './dates';

/**
 * Agreed (not statutory) term for the first contact attempt after a signal arrives; municipalities
 * set this in their covenant with partners. Wegwijs uses 14 days unless the organisation sets another.
 */
export const AGREED_FIRST_CONTACT_DAYS = 14;
/** Wgs art. 4 lid 1 onder b: the first conversation within four weeks after the offer is accepted. */
export const FIRST_CONVERSATION_DAYS_AFTER_ACCEPTANCE = 28;

export type CaseDeadlines = {
  firstContactBy: string;
  firstConversationBy: string | null;
};

export function caseDeadlines(
  firstSignalOn: string,
  acceptedOn: string | null,
  agreedFirstContactDays = AGREED_FIRST_CONTACT_DAYS,
): CaseDeadlines {
  return {
    firstContactBy: addDays(firstSignalOn, agreedFirstContactDays),
    firstConversationBy: acceptedOn
      ? addDays(acceptedOn, FIRST_CONVERSATION_DAYS_AFTER_ACCEPTANCE)
      : null,
  };
}
