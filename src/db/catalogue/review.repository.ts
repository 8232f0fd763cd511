import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { interventions, localOffers, specialists, suggestions, users } from '../schema';

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
  lastCheckedAt: Date;
  lastCheckedBy: string | null;
};

/** An organisation's entries last checked before `cutoff`, oldest first. */
export async function staleEntries(
  db: Db,
  organisationId: string,
  cutoff: Date,
): Promise<StaleEntry[]> {
  const [items, offers, people] = await Promise.all([
    db
      .select({
        id: interventions.id,
        name: interventions.name,
        at: interventions.lastCheckedAt,
        by: users.name,
      })
      .from(interventions)
      .leftJoin(users, eq(users.id, interventions.lastCheckedBy))
      .where(
        and(
          eq(interventions.organisationId, organisationId),
          isNull(interventions.archivedAt),
          lt(interventions.lastCheckedAt, cutoff),
        ),
      ),
    db
      .select({
        id: localOffers.id,
        name: interventions.name,
        interventionId: interventions.id,
        at: localOffers.lastCheckedAt,
        by: users.name,
      })
      .from(localOffers)
      .innerJoin(interventions, eq(interventions.id, localOffers.interventionId))
      .leftJoin(users, eq(users.id, localOffers.lastCheckedBy))
      .where(
        and(
          eq(localOffers.organisationId, organisationId),
          isNull(localOffers.archivedAt),
          lt(localOffers.lastCheckedAt, cutoff),
        ),
      ),
    db
      .select({
        id: specialists.id,
        data: specialists.data,
        at: specialists.lastCheckedAt,
        by: users.name,
      })
      .from(specialists)
      .leftJoin(users, eq(users.id, specialists.lastCheckedBy))
      .where(
        and(
          eq(specialists.organisationId, organisationId),
          isNull(specialists.archivedAt),
          lt(specialists.lastCheckedAt, cutoff),
        ),
      ),
  ]);
  const entry = (type: SuggestionTarget, r: { id: string; at: Date; by: string | null }) => ({
    type,
    id: r.id,
    lastCheckedAt: r.at,
    lastCheckedBy: r.by,
  });
  return [
    ...items.map((r) => ({ ...entry('intervention', r), name: r.name, interventionId: r.id })),
    ...offers.map((r) => ({
      ...entry('offer', r),
      name: r.name,
      interventionId: r.interventionId,
    })),
    ...people.map((r) => ({ ...entry('specialist', r), name: r.data.name, interventionId: null })),
  ].sort((a, b) => a.lastCheckedAt.getTime() - b.lastCheckedAt.getTime());
}
