import { z } from 'zod';
import {
  AUDIENCES,
  HOUSEHOLD_TYPES,
  PRIORITIES,
  WORK_STATUSES,
  type ItemFit,
} from '../../domain/matching/fit';
import { addMessageIssue, refineUnique, textSchema, vocabIdSchema, vocabListSchema } from './common';
import { vocabIds, type Vocabularies } from './vocabularies';

// The `matching:` block of an intervention file: whom the item is for, beyond its target groups.
// The matching (src/domain/matching, ADR 0302) suggests an item only when the household fits it.

const ageSchema = z.number().int().min(0).max(120);
const ageSpanSchema = z
  .strictObject({ min: ageSchema, max: ageSchema })
  .superRefine((range, ctx) => {
    if (range.min > range.max)
      addMessageIssue(ctx, 'validation.content.matching.theHighestAgeRange', { max: range.max, min: range.min }, ['max']);
  });

/** A kapitaalscan aspect id: a capital (or 'kind') and a name. Existence is checked against the scan. */
export const ASPECT_ID = /^(economisch|sociaal|cultureel|pedagogisch|mentaal|kind)\.[a-z]+(-[a-z]+)*$/;
const aspectIdSchema = z.string().superRefine((value, ctx) => {
  if (!ASPECT_ID.test(value))
    addMessageIssue(ctx, 'validation.content.matching.valueIsNotA', { value });
});

const gemeenteCodeSchema = z.string().superRefine((value, ctx) => {
  if (!/^GM\d{4}$/.test(value))
    addMessageIssue(ctx, 'validation.content.matching.valueIsNotA2', { value });
});

export function matchingBlockSchema(vocabularies: Vocabularies) {
  const group = vocabIdSchema(vocabIds(vocabularies, 'target_groups'), 'target_groups');
  const unique = refineUnique((v: string) => v, 'value');
  return z.strictObject({
    audience: z.enum(AUDIENCES),
    priority: z.enum(PRIORITIES).optional(),
    aspects: z.array(aspectIdSchema).superRefine(unique).optional(),
    requires: z
      .strictObject({
        life_events: vocabListSchema(vocabIds(vocabularies, 'life_events'), 'life_events')
          .min(1)
          .optional(),
        target_groups: z
          .array(z.union([group, z.array(group).min(2)]))
          .min(1)
          .optional(),
        age: ageSpanSchema.optional(),
        child_age: ageSpanSchema.optional(),
        household_types: z.array(z.enum(HOUSEHOLD_TYPES)).min(1).superRefine(unique).optional(),
        work_status: z.array(z.enum(WORK_STATUSES)).min(1).superRefine(unique).optional(),
      })
      .optional(),
    place: z
      .array(z.strictObject({ code: gemeenteCodeSchema, name: textSchema }))
      .min(1)
      .optional(),
  });
}

export type MatchingBlock = z.infer<ReturnType<typeof matchingBlockSchema>>;

/** The content block as the domain's ItemFit (camelCase, nothing empty). */
export function itemFitFromContent(block: MatchingBlock): ItemFit {
  const r = block.requires;
  return {
    audience: block.audience,
    ...(block.priority ? { priority: block.priority } : {}),
    ...(block.aspects ? { aspects: block.aspects } : {}),
    ...(r
      ? {
          requires: {
            ...(r.life_events ? { lifeEvents: r.life_events } : {}),
            ...(r.target_groups ? { targetGroups: r.target_groups } : {}),
            ...(r.age ? { age: r.age } : {}),
            ...(r.child_age ? { childAge: r.child_age } : {}),
            ...(r.household_types ? { householdTypes: r.household_types } : {}),
            ...(r.work_status ? { workStatus: r.work_status } : {}),
          },
        }
      : {}),
    ...(block.place ? { places: block.place } : {}),
  };
}
