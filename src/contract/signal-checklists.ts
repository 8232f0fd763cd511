import { z } from 'zod';
import { signalSettings } from './content';
import { bilingual } from './problem';

// Answers of /api/v1/signal-checklists: signalen uit de wijk (issue 14, item 1), read-only content
// for every signed-in user. Capital ids are those of content/vocabularies.yaml.

export const signalSettingParams = z.strictObject({ setting: z.enum(signalSettings) });

export const signalChecklistSummarySchema = z.object({
  id: z.enum(signalSettings),
  title: bilingual,
  intro: bilingual,
  signalCount: z.number().int(),
});

export const signalChecklistDetailSchema = signalChecklistSummarySchema.extend({
  lookFor: z.array(z.object({ id: z.string(), capital: z.string(), text: bilingual })),
  conversation: z.array(bilingual),
  /** Where to refer: catalogue items with their name and summary. */
  refer: z.array(z.object({ id: z.string(), name: z.string(), summary: z.string() })),
  sources: z.array(z.object({ document: z.string(), section: z.string() })),
  lastReviewed: z.string(),
});
export type SignalChecklistDetail = z.infer<typeof signalChecklistDetailSchema>;

export const signalChecklistListSchema = z.object({
  checklists: z.array(signalChecklistSummarySchema),
});
