import type { ReferralStatus } from './status';
import { addWorkingDays } from '../calendar/working-days';

/**
 * Working days the receiving team has to accept or decline before the sender is alerted
 * (ADR 1403): a working week, so a part-time colleague who works three days is reached too.
 */
export const ANSWER_WORKING_DAYS = 5;

/** The last day on which an answer is on time. */
export function answerDueOn(sentOn: string): string {
  return addWorkingDays(sentOn, ANSWER_WORKING_DAYS);
}

/** Still waiting for an answer after the day it was due. */
export function isOverdue(status: ReferralStatus, sentOn: string, today: string): boolean {
  return status === 'verstuurd' && today > answerDueOn(sentOn);
}
