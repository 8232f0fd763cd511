import { z } from 'zod';
import { addMessageIssue, boundedText, isoDateSchema, normaliseTerm } from './common';

// content/synonyms.yaml: words a worker types, mapped to the words the catalogue uses.
// Typos are not listed here; trigram search handles them.

const termList = z
  .array(boundedText(80))
  .min(1)
  .superRefine((terms, ctx) => {
    const seen = new Map<string, number>();
    terms.forEach((term, index) => {
      const key = normaliseTerm(term);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        addMessageIssue(ctx, 'validation.content.synonyms.termIsAlreadyIn', { term, position: first + 1 }, [index]);
    });
  });

const groupSchema = z.strictObject({
  /** What people type: everyday words, abbreviations, phrases. */
  typed: termList,
  /**
   * The same in English, for readers of the English interface: 'debts' finds the Dutch items.
   * Searched like `typed` (one group per word across both lists).
   */
  typed_en: termList.optional(),
  /** The words the catalogue uses for the same thing; a search for `typed` also looks for these. */
  expands_to: termList,
});

export const synonymsSchema = z
  .strictObject({
    last_reviewed: isoDateSchema,
    groups: z.array(groupSchema).min(1),
  })
  .superRefine((file, ctx) => {
    // A typed term belongs to one group, so a search expands it one way only.
    const owner = new Map<string, number>();
    file.groups.forEach((group, g) => {
      for (const list of ['typed', 'typed_en'] as const)
        group[list]?.forEach((term, t) => {
          const key = normaliseTerm(term);
          const first = owner.get(key);
          if (first === undefined) owner.set(key, g);
          else if (first !== g)
            addMessageIssue(ctx, 'validation.content.synonyms.termIsAlreadyIn2', { term, position: first + 1 }, ['groups', g, list, t]);
        });
    });
  });

export type Synonyms = z.infer<typeof synonymsSchema>;
export type SynonymGroup = Synonyms['groups'][number];
