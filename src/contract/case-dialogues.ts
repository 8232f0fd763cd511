import { z } from 'zod';
import { idSchema } from './common';

// The ethical case dialogue (issue 13): a team looks at a hard case from four sides. It is team
// data, never household data, so it holds no names: the server refuses BSN-like numbers and warns
// when a reference of one of the team's households appears.

export const CASE_TEXT_MAX = 4000;
const text = (max = CASE_TEXT_MAX) => z.string().trim().min(1).max(max);
const optionalText = z.string().trim().max(CASE_TEXT_MAX).default('');

export const perspectives = ['household', 'professional', 'organisation', 'society'] as const;
export type Perspective = (typeof perspectives)[number];

export const caseDialogueDataSchema = z.strictObject({
  caseDescription: text(),
  dilemma: text(),
  perspectives: z.strictObject({
    household: optionalText,
    professional: optionalText,
    organisation: optionalText,
    society: optionalText,
  }),
  values: z.array(z.string().trim().min(1).max(80)).max(12).default([]),
  decision: optionalText,
});
export type CaseDialogueData = z.infer<typeof caseDialogueDataSchema>;

export const caseDialogueBody = z.strictObject({
  teamId: idSchema,
  title: text(120),
  data: caseDialogueDataSchema,
  /** Saved anyway after the team read the warning about its households' references. */
  acknowledgeWarnings: z.boolean().default(false),
});
export type CaseDialogueBody = z.input<typeof caseDialogueBody>;

export const caseDialogueParams = z.strictObject({ id: z.uuid() });
export const caseDialogueListQuery = z.strictObject({ teamId: idSchema.optional() });

export const caseDialogueSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  title: z.string(),
  data: caseDialogueDataSchema,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type CaseDialogueView = z.infer<typeof caseDialogueSchema>;

export const caseDialogueListSchema = z.object({
  dialogues: z.array(
    caseDialogueSchema.pick({
      id: true,
      teamId: true,
      teamName: true,
      title: true,
      createdAt: true,
    }),
  ),
});
