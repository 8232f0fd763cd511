import { z } from 'zod';
import {
  addMessageIssue,
  boundedText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceRefSchema,
  textSchema,
  vocabIdSchema,
} from './common';
import { vocabIds, type Vocabularies } from './vocabularies';

// content/capitals.yaml: the five capital sources as the entry point of the product, plus how they
// reinforce or compensate each other. Example interventions are checked against the catalogue by
// the content reader, because this schema does not know the catalogue.

export const signalTypes = ['observe', 'ask', 'context'] as const;
export const interactionKinds = ['versterkt', 'compenseert'] as const;

const signalSchema = z.strictObject({
  text: boundedText(300),
  /** observe: something you can notice; ask: something to ask about; context: a household fact. */
  type: z.enum(signalTypes),
});

const bondingBridgingLinkingSchema = z
  .strictObject({
    bonding: textSchema.optional(),
    bridging: textSchema.optional(),
    linking: textSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.bonding && !b.bridging && !b.linking)
      addMessageIssue(ctx, 'validation.content.capital.fillInAtLeast');
  });

const textList = z
  .array(textSchema)
  .min(1)
  .superRefine(refineUnique((v: string) => v.toLowerCase(), 'text'));

export function capitalsFileSchema(vocabularies: Vocabularies) {
  const capitalIds = vocabIds(vocabularies, 'capitals');
  const capitalId = vocabIdSchema(capitalIds, 'capitals');
  const labels = new Map(vocabularies.capitals.map((c) => [c.id, c.nl]));

  const capitalSchema = z
    .strictObject({
      id: capitalId,
      name: boundedText(80),
      in_short: boundedText(160),
      definition: boundedText(600),
      why_it_matters: textSchema,
      how_to_strengthen: textList,
      signals: z
        .array(signalSchema)
        .min(1)
        .superRefine(refineUnique((s: { text: string }) => s.text.toLowerCase(), 'signal')),
      bonding_bridging_linking: bondingBridgingLinkingSchema.optional(),
      example_interventions: z
        .array(contentIdSchema)
        .min(1)
        .superRefine(refineUnique((v: string) => v, 'intervention')),
      sources: z.array(sourceRefSchema).min(1),
    })
    .superRefine((capital, ctx) => {
      const label = labels.get(capital.id);
      if (label !== undefined && label !== capital.name)
        addMessageIssue(ctx, 'validation.content.capital.theNameMustMatch', { label }, ['name']);
    });

  const interactionSchema = z
    .strictObject({
      from: capitalId,
      to: capitalId,
      kind: z.enum(interactionKinds),
      text: boundedText(400),
    })
    .superRefine((link, ctx) => {
      if (link.from === link.to)
        addMessageIssue(ctx, 'validation.content.capital.anInteractionGoesFrom', undefined, ['to']);
    });

  return z.strictObject({
    last_reviewed: isoDateSchema,
    principles: textList,
    capitals: z
      .array(capitalSchema)
      .superRefine(refineUnique((c: { id: string }) => c.id, 'capital'))
      .superRefine((list, ctx) => {
        const present = new Set(list.map((c) => c.id));
        const missing = capitalIds.filter((id) => !present.has(id));
        if (missing.length > 0)
          addMessageIssue(ctx, 'validation.content.capital.everyCapitalInVocabularies', { missing: missing.join(', ') });
      }),
    interactions: z
      .array(interactionSchema)
      .min(1)
      .superRefine(
        refineUnique((l: { from: string; to: string; kind: string }) => `${l.from}>${l.to}>${l.kind}`, 'interaction'),
      ),
  });
}

export type CapitalsFile = z.infer<ReturnType<typeof capitalsFileSchema>>;
export type Capital = CapitalsFile['capitals'][number];
export type CapitalInteraction = CapitalsFile['interactions'][number];
export type CapitalSignal = Capital['signals'][number];
