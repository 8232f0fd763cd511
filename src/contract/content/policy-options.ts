import { z } from 'zod';
import {
  bilingualText,
  contentIdSchema,
  isoDateSchema,
  sourceRefSchema,
  vocabListSchema,
} from './common';
import { vocabIds, type Vocabularies } from './vocabularies';

// content/policy-options/*.yaml: policy measures per capital (issue 15, item 5). The measures the
// catalogue leaves out because a professional cannot refer a household to them (ADR 0202) are
// options for a gemeente and its partners; the offer per capital can add them as a decision. The
// file name is the id, the same id as in the fact base.

export const POLICY_TEXT_MAX = 400;

export function policyOptionSchema(vocabularies: Vocabularies) {
  return z.strictObject({
    id: contentIdSchema,
    last_reviewed: isoDateSchema,
    /** The capitals the measure mainly works on: it is listed under each. */
    capitals: vocabListSchema(vocabIds(vocabularies, 'capitals'), 'capitals').min(1),
    title: bilingualText(120),
    /** What the gemeente (with its partners) would do. */
    summary: bilingualText(POLICY_TEXT_MAX),
    /** Who carries it out besides the gemeente (schools, employers, corporations). */
    partners: bilingualText(200).optional(),
    /** The passage it is based on. */
    sources: z.array(sourceRefSchema).min(1),
  });
}

export type PolicyOption = z.infer<ReturnType<typeof policyOptionSchema>>;
