import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisationGemeenten, organisations, teams } from '../schema';

// Who may receive a household from an organisation: the signal handover (ADR 1402) and the warme
// overdracht (ADR 1403) ask the same question.

export type ReceivingTeam = {
  teamId: string;
  teamName: string;
  organisationId: string;
  organisationName: string;
  /** The gemeenten it shares with the sending organisation. */
  gemeenten: { code: string; name: string }[];
};

/** Active teams of werkorganisaties that work in one of the sending organisation's gemeenten. */
export async function receivingTeams(
  db: Db,
  sendingOrganisationId: string,
): Promise<ReceivingTeam[]> {
  const own = db
    .select({ code: organisationGemeenten.code })
    .from(organisationGemeenten)
    .where(eq(organisationGemeenten.organisationId, sendingOrganisationId));
  return db
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
}

/** The receiving teams as the pure rule takes them (`receivingTeamRefusal`). */
export const asTargets = (items: readonly ReceivingTeam[]) =>
  items.map((x) => ({ teamId: x.teamId, gemeenteCodes: x.gemeenten.map((g) => g.code) }));
