import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { CaseDialogueData } from '../../contract/case-dialogues';
import type { Db } from '../client';
import { caseDialogues, householdProfessionals, households, teams, users } from '../schema';

// The ethical case dialogues of a team. Every read takes the organisation and the reader's teams:
// a dialogue of a team one is not in does not exist for that reader.

export type Reader = { organisationId: string; teamIds: string[] };

const inReach = (reader: Reader) =>
  and(
    eq(caseDialogues.organisationId, reader.organisationId),
    reader.teamIds.length ? inArray(caseDialogues.teamId, reader.teamIds) : sql`false`,
  );

export async function insertCaseDialogue(
  db: Db,
  input: {
    organisationId: string;
    teamId: string;
    title: string;
    data: CaseDialogueData;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const { at, ...values } = input;
  const [row] = await db
    .insert(caseDialogues)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: caseDialogues.id });
  return row!.id;
}

/** The reader's teams' dialogues (or one team's), newest first. */
export async function listCaseDialogues(db: Db, reader: Reader, teamId?: string) {
  const rows = await db
    .select({
      id: caseDialogues.id,
      teamId: caseDialogues.teamId,
      teamName: teams.name,
      title: caseDialogues.title,
      createdAt: caseDialogues.createdAt,
    })
    .from(caseDialogues)
    .innerJoin(teams, eq(teams.id, caseDialogues.teamId))
    .where(and(inReach(reader), teamId ? eq(caseDialogues.teamId, teamId) : undefined))
    .orderBy(desc(caseDialogues.createdAt), desc(caseDialogues.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function findCaseDialogue(db: Db, reader: Reader, id: string) {
  const [row] = await db
    .select({ d: caseDialogues, teamName: teams.name, createdByName: users.name })
    .from(caseDialogues)
    .innerJoin(teams, eq(teams.id, caseDialogues.teamId))
    .leftJoin(users, eq(users.id, caseDialogues.createdBy))
    .where(and(eq(caseDialogues.id, id), inReach(reader)));
  if (!row) return null;
  return {
    id: row.d.id,
    teamId: row.d.teamId,
    teamName: row.teamName,
    title: row.d.title,
    data: row.d.data,
    createdAt: row.d.createdAt.toISOString(),
    createdByName: row.createdByName,
  };
}

/**
 * What could identify a household of the team's caseload in free text: the reference and label
 * (initials or nickname) of the team's households and of those the author works with.
 */
export async function caseloadTerms(
  db: Db,
  scope: { organisationId: string; teamId: string; userId: string },
): Promise<string[]> {
  const rows = await db
    .select({ reference: households.reference, label: households.label })
    .from(households)
    .where(
      and(
        eq(households.organisationId, scope.organisationId),
        or(
          eq(households.teamId, scope.teamId),
          sql`EXISTS (SELECT 1 FROM ${householdProfessionals} hp WHERE hp.household_id = ${households.id} AND hp.user_id = ${scope.userId})`,
        ),
      ),
    );
  return rows.flatMap((r) => [r.reference, r.label]);
}
