import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisationGemeenten, organisations, signalCases, teams } from '../schema';

// Handing a case over links it to a team and a household; nothing of the household comes back.

export type HandoverTarget = {
  teamId: string;
  teamName: string;
  organisationId: string;
  organisationName: string;
  /** The gemeenten it shares with the signal organisation. */
  gemeenten: { code: string; name: string }[];
};

/** Active teams of werkorganisaties that work in one of the signal organisation's gemeenten. */
export async function handoverTargets(
  db: Db,
  signalOrganisationId: string,
): Promise<HandoverTarget[]> {
  const own = db
    .select({ code: organisationGemeenten.code })
    .from(organisationGemeenten)
    .where(eq(organisationGemeenten.organisationId, signalOrganisationId));
  const rows = await db
    .select({
      teamId: teams.id,
      teamName: teams.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
      gemeenten: sql<
        { code: string; name: string }[]
      >`json_agg(json_build_object('code', ${organisationGemeenten.code}, 'name', ${organisationGemeenten.name}) order by ${organisationGemeenten.code})`,
    })
    .from(teams)
    .innerJoin(organisations, eq(organisations.id, teams.organisationId))
    .innerJoin(organisationGemeenten, eq(organisationGemeenten.organisationId, organisations.id))
    .where(
      and(
        isNull(teams.archivedAt),
        eq(organisations.kind, 'werkorganisatie'),
        inArray(organisationGemeenten.code, own),
      ),
    )
    .groupBy(teams.id, organisations.id)
    .orderBy(asc(organisations.name), asc(teams.name));
  return rows;
}

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
