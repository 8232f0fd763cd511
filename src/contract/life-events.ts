import { z } from 'zod';
import { lifeEventWhatIfs } from './content';
import { languageSchema } from './common';
import { planViewSchema } from './households';
import { bilingual } from './problem';

// Answers of /api/v1/life-events: the life-event checklists of content/life-events (issue 14),
// read-only, and the request that adds one to a household's plan. Scheme ids are those of the
// voorzieningencheck (their names are `check.schemeNames.<id>` in the message catalogue).

export const lifeEventIdParams = z.strictObject({
  eventId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(40),
});

export const lifeEventSummarySchema = z.object({
  id: z.string(),
  /** The life event's label from the shared vocabulary. */
  title: bilingual,
  intro: bilingual,
  stepCount: z.number().int(),
});
export type LifeEventSummary = z.infer<typeof lifeEventSummarySchema>;

export const lifeEventDetailSchema = lifeEventSummarySchema.extend({
  arrange: z.array(z.object({ id: z.string(), text: bilingual, scheme: z.string().nullable() })),
  schemes: z.array(z.object({ scheme: z.string(), change: bilingual })),
  /** The 'wat als' of the voorzieningencheck to try this event with, if any. */
  whatIf: z.enum(lifeEventWhatIfs).nullable(),
  /** Catalogue items that help, with their name and summary. */
  interventions: z.array(z.object({ id: z.string(), name: z.string(), summary: z.string() })),
  lastReviewed: z.string(),
});
export type LifeEventDetail = z.infer<typeof lifeEventDetailSchema>;

export const lifeEventListSchema = z.object({ lifeEvents: z.array(lifeEventSummarySchema) });

/** Add a checklist to a household's plan: its steps as actions, its interventions as suggestions. */
export const addLifeEventBody = z.strictObject({
  lifeEventId: lifeEventIdParams.shape.eventId,
  /** The plan version the worker started from; a save in between is refused, not overwritten. */
  version: z.number().int().min(0),
  /** The language the steps are written into the plan in. */
  language: languageSchema.default('nl'),
});

export const addLifeEventResultSchema = planViewSchema.extend({
  added: z.object({ actions: z.number().int(), referrals: z.number().int() }),
});
export type AddLifeEventResult = z.infer<typeof addLifeEventResultSchema>;
