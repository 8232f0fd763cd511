import { z } from 'zod';
import {
  addMessageIssue,
  boundedText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceDateSchema,
  sourceRefSchema,
  textSchema,
  vocabIdSchema,
  vocabListSchema,
} from './common';
import { matchingBlockSchema } from './matching';
import { vocabIds, type Vocabularies } from './vocabularies';

// One national catalogue item: content/interventions/<id>.yaml (format in content/README.md).
// The schema is built from the vocabularies, so ids are checked against the data, not the code.

export const SUMMARY_MAX_LENGTH = 240;
export const DESCRIPTION_PARAGRAPHS = { min: 2, max: 5 } as const;
export const AGE_MIN = 0;
export const AGE_MAX = 120;

function paragraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const ageSchema = z.number().int().min(AGE_MIN).max(AGE_MAX);

const ageRangeSchema = z
  .strictObject({ min: ageSchema, max: ageSchema })
  .superRefine((range, ctx) => {
    if (range.min > range.max)
      addMessageIssue(ctx, 'validation.content.intervention.theHighestAgeRange', { max: range.max, min: range.min }, ['max']);
  });

const listOfText = z
  .array(textSchema)
  .superRefine(refineUnique((v: string) => v.toLowerCase(), 'text'));

export function interventionSchema(vocabularies: Vocabularies) {
  const capitals = vocabIds(vocabularies, 'capitals');
  return z
    .strictObject({
      id: contentIdSchema,
      name: boundedText(160),
      kind: vocabIdSchema(vocabIds(vocabularies, 'kinds'), 'kinds'),
      summary: boundedText(SUMMARY_MAX_LENGTH),
      description: z
        .string()
        .trim()
        .min(1)
        .superRefine((text, ctx) => {
          const n = paragraphs(text).length;
          const { min, max } = DESCRIPTION_PARAGRAPHS;
          if (n < min || n > max)
            addMessageIssue(ctx, 'validation.content.intervention.writeMinToMax', { min, max, n });
        }),
      capitals: z
        .strictObject({
          primary: vocabListSchema(capitals, 'capitals').min(1),
          secondary: vocabListSchema(capitals, 'capitals'),
        })
        .superRefine((c, ctx) => {
          c.secondary.forEach((id, index) => {
            if (c.primary.includes(id))
              addMessageIssue(ctx, 'validation.content.intervention.idIsAlreadyPrimary', { id }, ['secondary', index]);
          });
        }),
      working_elements: listOfText,
      target_groups: vocabListSchema(vocabIds(vocabularies, 'target_groups'), 'target_groups').min(
        1,
      ),
      age_range: ageRangeSchema.optional(),
      phases: vocabListSchema(vocabIds(vocabularies, 'phases'), 'phases').min(1),
      poverty_types: vocabListSchema(vocabIds(vocabularies, 'poverty_types'), 'poverty_types'),
      life_events: vocabListSchema(vocabIds(vocabularies, 'life_events'), 'life_events'),
      domains: vocabListSchema(vocabIds(vocabularies, 'domains'), 'domains').min(1),
      evidence: z.strictObject({
        level: vocabIdSchema(vocabIds(vocabularies, 'evidence_levels'), 'evidence_levels'),
        source: boundedText(300),
        date: sourceDateSchema,
        note: boundedText(600).optional(),
      }),
      providers: listOfText,
      links: z
        .array(z.url({ protocol: /^https?$/ }))
        .superRefine(refineUnique((v: string) => v, 'link'))
        .optional(),
      sources: z.array(sourceRefSchema).min(1),
      /** Whom the item is for, for the matching (content/README.md). */
      matching: matchingBlockSchema(vocabularies).optional(),
      last_reviewed: isoDateSchema,
    })
    .superRefine((item, ctx) => {
      // A source cannot support a level on a date after the item was last reviewed. (Zod still
      // runs this check when a date itself is malformed; that case has its own message already.)
      const wellFormed = /^\d{4}(-\d{2}){0,2}$/;
      if (
        wellFormed.test(item.evidence.date) &&
        wellFormed.test(item.last_reviewed) &&
        item.evidence.date > item.last_reviewed
      )
        addMessageIssue(ctx, 'validation.content.intervention.theEvidenceDateItem', { evidenceDate: item.evidence.date, reviewed: item.last_reviewed }, ['evidence', 'date']);
    });
}

export type CatalogueIntervention = z.infer<ReturnType<typeof interventionSchema>>;
