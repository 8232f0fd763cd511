import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { suggestions, users } from '../schema';
import { interventionNames } from './catalogue.repository';
import { localItemEntries } from './local-items.repository';
import { offerEntries } from './offers.repository';
import { specialistEntries } from './specialists.repository';

export type SuggestionTarget = 'intervention' | 'offer' | 'specialist';
export type SuggestionStatus = 'open' | 'accepted' | 'rejected';

export async function addSuggestion(
  db: Db,
  values: {
    targetType: SuggestionTarget;
    targetId: string;
    message: string;
    organisationId: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(suggestions).values(values).returning({ id: suggestions.id });
  return row!.id;
}

/** The review queue of one organisation, open suggestions first, newest first. */
export async function listSuggestions(db: Db, organisationId: string, status?: SuggestionStatus) {
  const rows = await db
    .select({ s: suggestions, author: users.name })
    .from(suggestions)
    .innerJoin(users, eq(users.id, suggestions.createdBy))
    .where(
      and(
        eq(suggestions.organisationId, organisationId),
        status ? eq(suggestions.status, status) : undefined,
      ),
    )
    .orderBy(desc(eq(suggestions.status, 'open')), desc(suggestions.createdAt));
  return rows.map(({ s, author }) => ({ ...s, author }));
}

export async function getSuggestion(db: Db, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.id, id), eq(suggestions.organisationId, organisationId)));
  return row ?? null;
}

/**
 * Closes an open suggestion. One conditional update, so two editors answering at once cannot
 * both succeed: false when it was no longer open.
 */
export async function closeSuggestion(
  db: Db,
  id: string,
  answer: { status: 'accepted' | 'rejected'; response: string | null; by: string; at: Date },
): Promise<boolean> {
  const closed = await db
    .update(suggestions)
    .set({
      status: answer.status,
      response: answer.response,
      handledBy: answer.by,
      handledAt: answer.at,
    })
    .where(and(eq(suggestions.id, id), eq(suggestions.status, 'open')))
    .returning({ id: suggestions.id });
  return closed.length === 1;
}

export type StaleEntry = {
  type: SuggestionTarget;
  id: string;
  name: string;
  interventionId: string | null;
  lastCheckedAt: Date | null;
  lastCheckedBy: string | null;
};

/** Never checked first, then by the moment of the last check, oldest first. */
const checkedTime = (e: { lastCheckedAt: Date | null }) => e.lastCheckedAt?.getTime() ?? -Infinity;

/** An organisation's entries never checked or last checked before `cutoff`, oldest first. */
export async function staleEntries(
  db: Db,
  organisationId: string,
  cutoff: Date,
): Promise<StaleEntry[]> {
  const [items, offers, people] = await Promise.all([
    localItemEntries.checkedBefore(db, organisationId, cutoff),
    offerEntries.checkedBefore(db, organisationId, cutoff),
    specialistEntries.checkedBefore(db, organisationId, cutoff),
  ]);
  const names = await interventionNames(
    db,
    offers.map((o) => o.row.interventionId),
  );
  const entry = (
    type: SuggestionTarget,
    {
      row,
      checkedBy,
    }: { row: { id: string; lastCheckedAt: Date | null }; checkedBy: string | null },
  ) => ({ type, id: row.id, lastCheckedAt: row.lastCheckedAt, lastCheckedBy: checkedBy });
  return [
    ...items.map((r) => ({
      ...entry('intervention', r),
      name: r.row.name,
      interventionId: r.row.id,
    })),
    ...offers.map((r) => ({
      ...entry('offer', r),
      name: names.get(r.row.interventionId) ?? r.row.interventionId,
      interventionId: r.row.interventionId,
    })),
    ...people.map((r) => ({
      ...entry('specialist', r),
      name: r.row.data.name,
      interventionId: null,
    })),
  ].sort((a, b) => checkedTime(a) - checkedTime(b) || a.name.localeCompare(b.name, 'nl'));
}
