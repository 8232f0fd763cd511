import type { CreditorType } from './types';

/**
 * Priority of a case in the outreach queue. Arrears with more than one creditor point to wider
 * money trouble than a single late bill, and a creditor signalling again means the arrears did not
 * resolve themselves. So: 3 points per distinct creditor type, plus 1 per repeated signal.
 * Example: rent and energy, rent signalled twice → 2 × 3 + 1 = 7.
 */
export function casePriority(signals: { creditorType: CreditorType }[]): number {
  const creditors = new Set(signals.map((s) => s.creditorType)).size;
  return creditors * 3 + (signals.length - creditors);
}
