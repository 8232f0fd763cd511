import { z } from 'zod';
import { bilingual } from './problem';

// The private reflection log (issue 13): a professional's own answers to the reflection cards of a
// deck, before and after using the decks or a training. Only the author can read them.

export const REFLECTION_ANSWER_MAX = 2000;
export const reflectionMoments = ['voor', 'na'] as const;

const deckId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

export const reflectionBody = z.strictObject({
  deckId,
  moment: z.enum(reflectionMoments),
  /** Answer per reflection card id; empty answers are left out. */
  answers: z.record(z.string().max(80), z.string().trim().max(REFLECTION_ANSWER_MAX)),
});
export type ReflectionBody = z.infer<typeof reflectionBody>;

export const reflectionIdParams = z.strictObject({ id: z.uuid() });
export const reflectionComparisonQuery = z.strictObject({ deckId });

export const reflectionEntrySchema = z.object({
  id: z.string(),
  deckId: z.string(),
  deckVersion: z.number().int(),
  moment: z.enum(reflectionMoments),
  createdAt: z.string(),
  answers: z.record(z.string(), z.string()),
});
export type ReflectionEntryView = z.infer<typeof reflectionEntrySchema>;

export const reflectionListSchema = z.object({
  entries: z.array(reflectionEntrySchema.omit({ answers: true }).extend({ answered: z.number() })),
});

const comparedAnswer = z
  .object({ entryId: z.string(), createdAt: z.string(), answer: z.string() })
  .nullable();

export const reflectionComparisonSchema = z.object({
  deckId: z.string(),
  cards: z.array(
    z.object({
      cardId: z.string(),
      question: bilingual,
      before: comparedAnswer,
      after: comparedAnswer,
    }),
  ),
});
export type ReflectionComparisonView = z.infer<typeof reflectionComparisonSchema>;
