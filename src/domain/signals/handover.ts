/** Why a handover cannot go to the chosen team; null when it may. */
export type HandoverRefusal = 'unknown_team' | 'wrong_gemeente';

/**
 * A case may go only to a team listed as a target (an active team of a werkorganisatie working in
 * one of the signal organisation's gemeenten), and only for a household living in a gemeente that
 * team's organisation works in: the household is then registered where it gets help.
 */
export function handoverRefusal(
  targets: readonly { teamId: string; gemeenteCodes: readonly string[] }[],
  teamId: string,
  householdGemeente: string,
): HandoverRefusal | null {
  const target = targets.find((t) => t.teamId === teamId);
  if (!target) return 'unknown_team';
  if (!target.gemeenteCodes.includes(householdGemeente)) return 'wrong_gemeente';
  return null;
}
