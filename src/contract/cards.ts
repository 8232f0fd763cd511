import { z } from 'zod';
import { bilingual } from './problem';
import { cardTypes, deckKinds } from './content';

// Answers of /api/v1/decks: the conversation card decks of content/cards (issue 13), read-only.
// Ids of capitals are those of content/vocabularies.yaml.

export const deckIdParams = z.strictObject({
  deckId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(80),
});

export const deckPdfQuery = z.strictObject({
  lang: z.enum(['nl', 'en']).default('nl'),
});

export const deckSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.enum(deckKinds),
  title: bilingual,
  intro: bilingual,
  cardCount: z.number().int(),
  /** The capitals its cards touch, in the fixed order of the vocabulary. */
  capitals: z.array(z.string()),
});
export type DeckSummary = z.infer<typeof deckSummarySchema>;

export const deckCardSchema = z.object({
  id: z.string(),
  type: z.enum(cardTypes),
  category: z.string().nullable(),
  capitals: z.array(z.string()),
  front: bilingual,
  back: bilingual.nullable(),
  /** Catalogue items the card opens in the wegwijzer, with their name. */
  interventions: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The literature a case card's answer rests on. */
  sources: z.array(z.object({ document: z.string(), section: z.string() })),
});
export type DeckCardView = z.infer<typeof deckCardSchema>;

export const deckDetailSchema = deckSummarySchema.extend({
  categories: z.array(z.object({ id: z.string(), title: bilingual })),
  cards: z.array(deckCardSchema),
});
export type DeckDetail = z.infer<typeof deckDetailSchema>;

export const deckListSchema = z.object({ decks: z.array(deckSummarySchema) });
