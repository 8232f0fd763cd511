import { z } from 'zod';
import {
  addMessageIssue,
  bilingualText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceRefSchema,
} from './common';

// content/learning/*.yaml: short learning modules for professionals (issue 13, 'Leren'). Every
// text is in Dutch and English. The catalogue ids and the deck and card ids a module links to are
// checked by the content reader, because this schema knows neither the catalogue nor the decks.

/** Longest paragraph block of a section; a module is read in ten minutes, not an hour. */
export const LEARNING_SECTION_MAX = 1500;
export const LEARNING_TEXT_MAX = 400;
export const LEARNING_QUESTIONS = { min: 3, max: 5 } as const;

const optionSchema = z.strictObject({
  id: contentIdSchema,
  text: bilingualText(LEARNING_TEXT_MAX),
});

const questionSchema = z
  .strictObject({
    id: contentIdSchema,
    question: bilingualText(LEARNING_TEXT_MAX),
    options: z
      .array(optionSchema)
      .min(2)
      .max(5)
      .superRefine(refineUnique((o: { id: string }) => o.id, 'id')),
    /** The id of the right option. */
    answer: contentIdSchema,
    /** Why that option is right, shown after answering. */
    explanation: bilingualText(LEARNING_SECTION_MAX),
  })
  .superRefine((question, ctx) => {
    if (!question.options.some((o) => o.id === question.answer))
      addMessageIssue(
        ctx,
        'validation.content.learning.answerNotAnOption',
        { answer: question.answer },
        ['answer'],
      );
  });

const sectionSchema = z.strictObject({
  id: contentIdSchema,
  title: bilingualText(80),
  body: bilingualText(LEARNING_SECTION_MAX),
});

/** A link to a deck, or to one card of it. */
const cardLinkSchema = z.strictObject({
  deck: contentIdSchema,
  card: contentIdSchema.optional(),
});

export const learningModuleSchema = z.strictObject({
  id: contentIdSchema,
  version: z.number().int().min(1),
  last_reviewed: isoDateSchema,
  /** About how long reading and answering takes, in minutes. */
  minutes: z.number().int().min(1).max(60),
  title: bilingualText(80),
  summary: bilingualText(LEARNING_TEXT_MAX),
  sections: z
    .array(sectionSchema)
    .min(2)
    .max(6)
    .superRefine(refineUnique((s: { id: string }) => s.id, 'id')),
  questions: z
    .array(questionSchema)
    .min(LEARNING_QUESTIONS.min)
    .max(LEARNING_QUESTIONS.max)
    .superRefine(refineUnique((q: { id: string }) => q.id, 'id')),
  interventions: z
    .array(contentIdSchema)
    .min(1)
    .superRefine(refineUnique((v: string) => v, 'intervention')),
  cards: z
    .array(cardLinkSchema)
    .min(1)
    .superRefine(refineUnique((l: { deck: string; card?: string }) => `${l.deck}/${l.card ?? ''}`, 'card')),
  sources: z.array(sourceRefSchema).min(1),
});

export type LearningModule = z.infer<typeof learningModuleSchema>;
export type LearningQuestion = LearningModule['questions'][number];
export type LearningCardLink = LearningModule['cards'][number];
