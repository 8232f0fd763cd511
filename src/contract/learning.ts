import { z } from 'zod';
import { bilingual } from './problem';

// Answers and requests of /api/v1/learning (issue 13, Leren): short learning modules for
// professionals from content/learning, and each professional's own completions. Completions are
// private to the professional; a teamleider sees per team how many members completed a module.

const contentId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

export const learningModuleParams = z.strictObject({ moduleId: contentId });
export const learningCompletionParams = z.strictObject({ id: z.uuid() });

export const completionSummarySchema = z.object({
  moduleVersion: z.number().int(),
  /** The Dutch calendar day it was completed (YYYY-MM-DD). */
  completedOn: z.string(),
  score: z.number().int(),
  questionCount: z.number().int(),
});

export const moduleProgressSchema = z.object({
  latest: completionSummarySchema.nullable(),
  /** The best completion on the module's current version. */
  bestCurrent: completionSummarySchema.nullable(),
  /** Completed at least once on the current version. */
  onCurrentVersion: z.boolean(),
});
export type ModuleProgressView = z.infer<typeof moduleProgressSchema>;

export const learningModuleSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: bilingual,
  summary: bilingual,
  minutes: z.number().int(),
  questionCount: z.number().int(),
  /** The signed-in professional's own progress. */
  progress: moduleProgressSchema,
});
export type LearningModuleSummary = z.infer<typeof learningModuleSummarySchema>;

export const learningModuleListSchema = z.object({
  modules: z.array(learningModuleSummarySchema),
});

export const learningModuleDetailSchema = learningModuleSummarySchema.extend({
  sections: z.array(z.object({ id: z.string(), title: bilingual, body: bilingual })),
  /** The check questions, without the right answer: that comes back after answering. */
  questions: z.array(
    z.object({
      id: z.string(),
      question: bilingual,
      options: z.array(z.object({ id: z.string(), text: bilingual })),
    }),
  ),
  interventions: z.array(z.object({ id: z.string(), name: z.string() })),
  cards: z.array(
    z.object({
      deckId: z.string(),
      deckTitle: bilingual,
      /** A single card of the deck, or null for the whole deck. */
      card: z.object({ id: z.string(), front: bilingual }).nullable(),
    }),
  ),
});
export type LearningModuleDetail = z.infer<typeof learningModuleDetailSchema>;

export const completionBody = z.strictObject({
  /** The module version the questions were read from; a changed module must be read again. */
  version: z.number().int().min(1),
  /** The chosen option per question id. */
  answers: z.record(contentId, contentId),
});
export type CompletionBody = z.infer<typeof completionBody>;

export const completionResultSchema = completionSummarySchema.extend({
  id: z.string(),
  moduleId: z.string(),
  results: z.array(
    z.object({
      questionId: z.string(),
      chosen: z.string(),
      answer: z.string(),
      correct: z.boolean(),
      explanation: bilingual,
    }),
  ),
});
export type CompletionResult = z.infer<typeof completionResultSchema>;

export const completionViewSchema = completionSummarySchema.extend({
  id: z.string(),
  moduleId: z.string(),
  /** Whether it was completed on the module's current version. */
  current: z.boolean(),
});

export const teamTotalsSchema = z.object({
  teams: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      /** Active members of the team. */
      members: z.number().int(),
      modules: z.array(
        z.object({
          moduleId: z.string(),
          title: bilingual,
          /** How many of the members completed the module at least once (any version). */
          completed: z.number().int(),
        }),
      ),
    }),
  ),
});
export type TeamTotals = z.infer<typeof teamTotalsSchema>;
