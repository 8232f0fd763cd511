import { z } from 'zod';
import { addBilingualIssue, boundedText, isoDateSchema, normaliseTerm } from './common';

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
        addBilingualIssue(
          ctx,
          `'${term}' staat al eerder in deze lijst (plek ${first + 1}).`,
          `'${term}' is already in this list (position ${first + 1}).`,
          [index],
        );
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
            addBilingualIssue(
              ctx,
              `'${term}' staat ook al bij groep ${first + 1}; een getypt woord hoort bij één groep.`,
              `'${term}' is already in group ${first + 1}; a typed word belongs to one group.`,
              ['groups', g, list, t],
            );
        });
    });
  });

export type Synonyms = z.infer<typeof synonymsSchema>;
export type SynonymGroup = Synonyms['groups'][number];
