// Before and after: what a professional answered on each reflection card the first time (before
// using the decks or a training) and the most recent time after. Pure; the entries come from the
// author's private log.

export type ReflectionMoment = 'voor' | 'na';

export interface ReflectionEntry {
  id: string;
  moment: ReflectionMoment;
  /** ISO timestamp. */
  createdAt: string;
  answers: Readonly<Record<string, string>>;
}

export interface ReflectionAnswer {
  entryId: string;
  createdAt: string;
  answer: string;
}

export interface ReflectionComparison {
  cardId: string;
  /** The first answer given before. */
  before: ReflectionAnswer | null;
  /** The latest answer given after, later than the before answer. */
  after: ReflectionAnswer | null;
}

function answerOf(entry: ReflectionEntry, cardId: string): ReflectionAnswer | null {
  const answer = entry.answers[cardId]?.trim();
  return answer ? { entryId: entry.id, createdAt: entry.createdAt, answer } : null;
}

/** Per reflection card, in the order given: the first 'voor' answer and the latest later 'na' answer. */
export function compareReflections(
  entries: readonly ReflectionEntry[],
  cardIds: readonly string[],
): ReflectionComparison[] {
  const ordered = [...entries].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  return cardIds.map((cardId) => {
    const before =
      ordered
        .filter((e) => e.moment === 'voor')
        .map((e) => answerOf(e, cardId))
        .find((a) => a !== null) ?? null;
    const after =
      ordered
        .filter((e) => e.moment === 'na' && (!before || e.createdAt > before.createdAt))
        .map((e) => answerOf(e, cardId))
        .filter((a) => a !== null)
        .at(-1) ?? null;
    return { cardId, before, after };
  });
}
