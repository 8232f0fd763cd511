import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { quickscanResponses } from '../schema';
import type { QuickscanAnswers } from '../../domain/quickscan';

// The professionals' quickscan (ADR 1504). A person's own answers are read only with their own
// id; teams and wijken are read only as answers without names, for the domain to aggregate
// (and to hide under five professionals). Every query is scoped to the organisation.

export type QuickscanRow = typeof quickscanResponses.$inferSelect;

/** Saves the author's scan of the year: the first save creates it, later ones in that year replace it. */
export async function saveOwnQuickscan(
  db: Db,
  scan: {
    authorId: string;
    organisationId: string;
    year: number;
    quickscanId: string;
    quickscanVersion: number;
    teamId: string | null;
    wijk: string | null;
    answers: QuickscanAnswers;
    now: Date;
  },
): Promise<QuickscanRow> {
  const { now, ...values } = scan;
  const [row] = await db
    .insert(quickscanResponses)
    .values({ ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [quickscanResponses.authorId, quickscanResponses.year],
      set: {
        quickscanId: values.quickscanId,
        quickscanVersion: values.quickscanVersion,
        teamId: values.teamId,
        wijk: values.wijk,
        answers: values.answers,
        updatedAt: now,
      },
    })
    .returning();
  return row!;
}

/** The author's own scans, oldest year first. */
export async function listOwnQuickscans(db: Db, authorId: string): Promise<QuickscanRow[]> {
  return db
    .select()
    .from(quickscanResponses)
    .where(eq(quickscanResponses.authorId, authorId))
    .orderBy(asc(quickscanResponses.year));
}

/** One scan, only when its author asks for it. */
export async function getOwnQuickscan(
  db: Db,
  authorId: string,
  id: string,
): Promise<QuickscanRow | undefined> {
  const [row] = await db
    .select()
    .from(quickscanResponses)
    .where(and(eq(quickscanResponses.id, id), eq(quickscanResponses.authorId, authorId)));
  return row;
}

/** Anonymous answers of a group: the author only as a key to count each person once. */
export type GroupAnswers = { authorId: string; answers: QuickscanAnswers; wijk: string | null };

const groupColumns = {
  authorId: quickscanResponses.authorId,
  answers: quickscanResponses.answers,
  wijk: quickscanResponses.wijk,
};

/** The answers given for a team of the organisation in the given years. */
export async function teamQuickscanAnswers(
  db: Db,
  scope: { organisationId: string; teamId: string; years: number[] },
): Promise<(GroupAnswers & { year: number })[]> {
  return db
    .select({ ...groupColumns, year: quickscanResponses.year })
    .from(quickscanResponses)
    .where(
      and(
        eq(quickscanResponses.organisationId, scope.organisationId),
        eq(quickscanResponses.teamId, scope.teamId),
        inArray(quickscanResponses.year, scope.years),
      ),
    );
}

/** The answers of one year in the organisation, with the wijk each author named. */
export async function organisationQuickscanAnswers(
  db: Db,
  scope: { organisationId: string; year: number },
): Promise<GroupAnswers[]> {
  return db
    .select(groupColumns)
    .from(quickscanResponses)
    .where(
      and(
        eq(quickscanResponses.organisationId, scope.organisationId),
        eq(quickscanResponses.year, scope.year),
      ),
    );
}
