import { z } from 'zod';
import { contentIdSchema, refineUnique, textSchema } from './common';

// content/vocabularies.yaml: the controlled lists every other content file refers to.

const entrySchema = z.strictObject({
  id: contentIdSchema,
  nl: textSchema,
  en: textSchema,
});

const rankedEntrySchema = entrySchema.extend({
  rank: z.number().int().min(1),
});

const list = <T extends z.ZodType<{ id: string }>>(entry: T) =>
  z
    .array(entry)
    .min(1)
    .superRefine(refineUnique((e: { id: string }) => e.id, 'id'));

export const vocabulariesSchema = z.strictObject({
  capitals: list(entrySchema),
  phases: list(entrySchema),
  poverty_types: list(entrySchema),
  kinds: list(entrySchema),
  /** The Dutch recognition ladder; a higher rank means stronger evidence. */
  evidence_levels: list(rankedEntrySchema).superRefine(
    refineUnique((e: { rank: number }) => String(e.rank), 'rank'),
  ),
  target_groups: list(entrySchema),
  life_events: list(entrySchema),
  domains: list(entrySchema),
});

export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type VocabularyName = keyof Vocabularies;
export type VocabularyEntry = Vocabularies['capitals'][number];

/** The ids of one vocabulary, in file order. */
export function vocabIds(vocabularies: Vocabularies, name: VocabularyName): string[] {
  return vocabularies[name].map((entry) => entry.id);
}
