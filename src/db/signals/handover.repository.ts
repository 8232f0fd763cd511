import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations, signalCases, teams } from '../schema';

// Handing a case over links it to a team and a household; nothing of the household comes back.
// The teams that may receive it: receivingTeams (repositories/receiving-teams.repository.ts).

/** Closes an open case of the organisation as handed over; false when it is not (or no longer) open. */
export async function markHandedOver(
  tx: Db,
  organisationId: string,
  caseId: string,
  handover: { teamId: string; householdId: string; on: string },
): Promise<boolean> {
  const updated = await tx
    .update(signalCases)
    .set({
      status: 'closed',
      outcome: 'doorverwezen',
      outcomeOn: handover.on,
      handoverTeamId: handover.teamId,
      handoverHouseholdId: handover.householdId,
      handedOverOn: handover.on,
    })
    .where(
      and(
        eq(signalCases.id, caseId),
        eq(signalCases.organisationId, organisationId),
        eq(signalCases.status, 'open'),
      ),
    )
    .returning({ id: signalCases.id });
  return updated.length > 0;
}

/** The handover line the signal side may see: team, organisation and date, never the household. */
export async function handoverLine(db: Db, caseId: string) {
  const [row] = await db
    .select({
      teamName: teams.name,
      organisationName: organisations.name,
      on: signalCases.handedOverOn,
    })
    .from(signalCases)
    .innerJoin(teams, eq(teams.id, signalCases.handoverTeamId))
    .innerJoin(organisations, eq(organisations.id, teams.organisationId))
    .where(eq(signalCases.id, caseId));
  return row && row.on
    ? { teamName: row.teamName, organisationName: row.organisationName, on: row.on }
    : null;
}
