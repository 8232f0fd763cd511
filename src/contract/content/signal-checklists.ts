import { z } from 'zod';
import {
  bilingualText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceRefSchema,
  vocabIdSchema,
} from './common';
import { vocabIds, type Vocabularies } from './vocabularies';

// content/signal-checklists/*.yaml: signalen uit de wijk (issue 14, item 1). One checklist per
// setting where professionals see households: what to look for, how to start the conversation,
// where to refer. Intervention ids are checked against the catalogue by the content reader.

/** The settings the brief names; the file name is the setting. */
export const signalSettings = ['school', 'kinderopvang', 'huisarts', 'wijkteam', 'jongerenwerk'] as const;
export type SignalSetting = (typeof signalSettings)[number];

export const SIGNAL_TEXT_MAX = 300;

export function signalChecklistSchema(vocabularies: Vocabularies) {
  const capital = vocabIdSchema(vocabIds(vocabularies, 'capitals'), 'capitals');
  return z.strictObject({
    id: z.enum(signalSettings),
    last_reviewed: isoDateSchema,
    title: bilingualText(80),
    intro: bilingualText(SIGNAL_TEXT_MAX),
    look_for: z
      .array(
        z.strictObject({
          id: contentIdSchema,
          /** The capital the signal says something about. */
          capital,
          text: bilingualText(SIGNAL_TEXT_MAX),
        }),
      )
      .min(1)
      .superRefine(refineUnique((s: { id: string }) => s.id, 'signal')),
    /** How to start the conversation, step by step. */
    conversation: z.array(bilingualText(SIGNAL_TEXT_MAX)).min(1),
    /** Where to refer: catalogue items. */
    refer: z
      .array(contentIdSchema)
      .min(1)
      .superRefine(refineUnique((v: string) => v, 'intervention')),
    sources: z.array(sourceRefSchema).min(1),
  });
}

export type SignalChecklist = z.infer<ReturnType<typeof signalChecklistSchema>>;
