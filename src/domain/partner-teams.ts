// Who may receive a household from another team: shared by the signal handover (ADR 1402) and
// the warme overdracht (ADR 1403). A receiving team is an active team of a werkorganisatie that
// works in one of the sending organisation's gemeenten; the household must live in a gemeente
// the receiving organisation works in, so it is registered where it gets help.

/** Why a household cannot go to the chosen team; null when it may. */
export type ReceivingTeamRefusal = 'unknown_team' | 'wrong_gemeente';

export function receivingTeamRefusal(
  targets: readonly { teamId: string; gemeenteCodes: readonly string[] }[],
  teamId: string,
  householdGemeente: string,
): ReceivingTeamRefusal | null {
  const target = targets.find((t) => t.teamId === teamId);
  if (!target) return 'unknown_team';
  if (!target.gemeenteCodes.includes(householdGemeente)) return 'wrong_gemeente';
  return null;
}
