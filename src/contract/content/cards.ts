import { z } from 'zod';
import {
  addMessageIssue,
  bilingualText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceRefSchema,
  vocabListSchema,
} from './common';
import { vocabIds, type Vocabularies } from './vocabularies';

// content/cards/*.yaml: conversation card decks (gesprekskaarten, issue 13). Every text is in Dutch
// and English. Intervention ids are checked against the catalogue by the content reader, because
// this schema does not know the catalogue.

export const cardTypes = [
  'kapitaal',
  'casus',
  'interventie',
  'reflectie',
  'vraag',
  'stelling',
  'techniek',
] as const;
export type CardType = (typeof cardTypes)[number];

/** kapitaalspel: recognise capitals in cases; gesprek: use with a household; techniek: for the worker. */
export const deckKinds = ['kapitaalspel', 'gesprek', 'techniek'] as const;
export type DeckKind = (typeof deckKinds)[number];

/** Longest text on one side of a card: it must fit on a printed card of A4/8. */
export const CARD_TEXT_MAX = 700;

export function deckSchema(vocabularies: Vocabularies) {
  const capitals = vocabListSchema(vocabIds(vocabularies, 'capitals'), 'capitals');

  const cardSchema = z
    .strictObject({
      id: contentIdSchema,
      type: z.enum(cardTypes),
      category: contentIdSchema.optional(),
      capitals: capitals.default([]),
      front: bilingualText(CARD_TEXT_MAX),
      back: bilingualText(CARD_TEXT_MAX).optional(),
      interventions: z
        .array(contentIdSchema)
        .superRefine(refineUnique((v: string) => v, 'intervention'))
        .default([]),
      sources: z.array(sourceRefSchema).default([]),
    })
    .superRefine((card, ctx) => {
      const need = (key: string, path: string) =>
        addMessageIssue(ctx, `validation.content.cards.${key}`, {}, [path]);
      if (card.type === 'casus') {
        if (!card.back)
          need('caseNeedsBack', 'back');
        if (card.capitals.length === 0)
          need('caseNeedsCapitals', 'capitals');
        if (card.sources.length === 0)
          need('caseNeedsSources', 'sources');
      }
      if (card.type === 'kapitaal' && card.capitals.length !== 1)
        need('capitalCardOneCapital', 'capitals');
      if (card.type === 'interventie' && card.interventions.length === 0)
        need('interventionCardNeedsIntervention', 'interventions');
    });

  const categorySchema = z.strictObject({
    id: contentIdSchema,
    title: bilingualText(80),
  });

  return z
    .strictObject({
      id: contentIdSchema,
      version: z.number().int().min(1),
      last_reviewed: isoDateSchema,
      kind: z.enum(deckKinds),
      title: bilingualText(80),
      intro: bilingualText(CARD_TEXT_MAX),
      categories: z
        .array(categorySchema)
        .superRefine(refineUnique((c: { id: string }) => c.id, 'category'))
        .default([]),
      cards: z
        .array(cardSchema)
        .min(1)
        .superRefine(refineUnique((c: { id: string }) => c.id, 'card')),
    })
    .superRefine((deck, ctx) => {
      const known = new Set(deck.categories.map((c) => c.id));
      deck.cards.forEach((card, i) => {
        if (card.category !== undefined && !known.has(card.category))
          addMessageIssue(ctx, 'validation.content.cards.unknownCategory', { category: card.category }, [
            'cards',
            i,
            'category',
          ]);
      });
    });
}

export type Deck = z.infer<ReturnType<typeof deckSchema>>;
export type DeckCard = Deck['cards'][number];
export type DeckCategory = Deck['categories'][number];
