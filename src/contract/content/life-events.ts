import { z } from 'zod';
import { schemeIds } from '../../domain/benefits/types';
import {
  bilingualText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceRefSchema,
  vocabIdSchema,
} from './common';
import { vocabIds, type Vocabularies } from './vocabularies';

// content/life-events/*.yaml: a checklist per life event (issue 14, item 4). The id is a life
// event of content/vocabularies.yaml, so the catalogue, the household profile and these checklists
// share one vocabulary. Intervention ids are checked against the catalogue by the content reader.

/** The 'wat als' changes of the voorzieningencheck a life event can be tried with. */
export const lifeEventWhatIfs = ['income', 'rent', 'assets'] as const;
export type LifeEventWhatIf = (typeof lifeEventWhatIfs)[number];

/** Longest text of one checklist line: it is read aloud and printed at B1. */
export const LIFE_EVENT_TEXT_MAX = 300;
/** An item id stays short: the plan keeps `<event>:<item>` in 40 characters. */
export const LIFE_EVENT_ITEM_ID_MAX = 20;

const itemId = contentIdSchema.pipe(z.string().max(LIFE_EVENT_ITEM_ID_MAX));
const schemeIdSchema = vocabIdSchema(schemeIds, 'voorzieningencheck');

export function lifeEventSchema(vocabularies: Vocabularies) {
  const arrangeSchema = z.strictObject({
    id: itemId,
    text: bilingualText(LIFE_EVENT_TEXT_MAX),
    /** The scheme this step applies for or changes, when there is one. */
    scheme: schemeIdSchema.optional(),
  });
  const schemeChangeSchema = z.strictObject({
    scheme: schemeIdSchema,
    change: bilingualText(LIFE_EVENT_TEXT_MAX),
  });
  return z.strictObject({
    id: vocabIdSchema(vocabIds(vocabularies, 'life_events'), 'life_events'),
    last_reviewed: isoDateSchema,
    intro: bilingualText(LIFE_EVENT_TEXT_MAX),
    arrange: z
      .array(arrangeSchema)
      .min(1)
      .max(12)
      .superRefine(refineUnique((a: { id: string }) => a.id, 'id')),
    schemes: z
      .array(schemeChangeSchema)
      .superRefine(refineUnique((s: { scheme: string }) => s.scheme, 'value'))
      .default([]),
    what_if: z.enum(lifeEventWhatIfs).optional(),
    interventions: z
      .array(contentIdSchema)
      .superRefine(refineUnique((v: string) => v, 'intervention'))
      .default([]),
    sources: z.array(sourceRefSchema).default([]),
  });
}

export type LifeEvent = z.infer<ReturnType<typeof lifeEventSchema>>;
export type LifeEventStep = LifeEvent['arrange'][number];
