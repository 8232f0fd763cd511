import { z } from 'zod';
import {
  addMessageIssue,
  bilingualText,
  contentIdSchema,
  isoDateSchema,
  refineUnique,
  sourceRefSchema,
} from './common';

// content/quickscan/*.yaml: the professionals' yearly self-scan (issue 15, item 6; ADR 1504).
// Parts of statements on one scale; each part names the card decks and learning modules that help
// when it scores low. Deck ids are checked against content/cards by the content reader.

/**
 * The learning modules a quickscan part may point to, served at `/leren/<id>`. They are added by
 * the learning-module work at the same time; this one list is what the lead checks against them
 * after the merge.
 */
export const QUICKSCAN_LEARNING_MODULE_IDS = [
  'kapitalen',
  'armoedetypen',
  'schaarste-en-stress',
  'stress-sensitief-werken',
  'ervaringsdeskundigheid',
] as const;
export type LearningModuleId = (typeof QUICKSCAN_LEARNING_MODULE_IDS)[number];

/** The web path of a learning module. */
export const learningModulePath = (id: LearningModuleId) => `/leren/${id}`;

/** The file the server uses (content/quickscan/professionals.yaml). */
export const QUICKSCAN_ID = 'professionals';

export const QUICKSCAN_TEXT_MAX = 400;
/** A short scan: enough statements to say something per part, few enough for five minutes. */
export const QUICKSCAN_STATEMENTS = { min: 12, max: 18 } as const;

const statementSchema = z.strictObject({
  id: contentIdSchema,
  text: bilingualText(QUICKSCAN_TEXT_MAX),
});

const partSchema = z.strictObject({
  id: contentIdSchema,
  title: bilingualText(80),
  intro: bilingualText(QUICKSCAN_TEXT_MAX),
  statements: z
    .array(statementSchema)
    .min(3)
    .superRefine(refineUnique((s: { id: string }) => s.id, 'id')),
  help: z.strictObject({
    decks: z
      .array(contentIdSchema)
      .superRefine(refineUnique((v: string) => v, 'id'))
      .default([]),
    learning: z
      .array(z.enum(QUICKSCAN_LEARNING_MODULE_IDS))
      .superRefine(refineUnique((v: string) => v, 'id'))
      .default([]),
  }),
});

const scalePointSchema = z.strictObject({
  value: z.number().int().min(0).max(10),
  label: bilingualText(60),
});

export const quickscanSchema = z
  .strictObject({
    id: contentIdSchema,
    version: z.number().int().min(1),
    last_reviewed: isoDateSchema,
    title: bilingualText(80),
    intro: bilingualText(QUICKSCAN_TEXT_MAX * 2),
    scale: z.array(scalePointSchema).min(3).max(7),
    /** A part whose mean lies below this gets its help links. */
    help_below: z.number(),
    parts: z
      .array(partSchema)
      .min(1)
      .superRefine(refineUnique((p: { id: string }) => p.id, 'id')),
    sources: z.array(sourceRefSchema).min(1),
  })
  .superRefine((scan, ctx) => {
    scan.scale.forEach((point, i) => {
      if (point.value !== (scan.scale[0]?.value ?? 0) + i)
        addMessageIssue(ctx, 'quickscan.validation.scaleNotConsecutive', {}, ['scale', i, 'value']);
    });
    const ids = new Map<string, string>();
    let total = 0;
    scan.parts.forEach((part, p) =>
      part.statements.forEach((statement, s) => {
        total += 1;
        const other = ids.get(statement.id);
        if (other !== undefined && other !== part.id)
          addMessageIssue(ctx, 'quickscan.validation.statementIdTwice', { part: other }, [
            'parts',
            p,
            'statements',
            s,
            'id',
          ]);
        ids.set(statement.id, part.id);
      }),
    );
    if (total < QUICKSCAN_STATEMENTS.min || total > QUICKSCAN_STATEMENTS.max)
      addMessageIssue(
        ctx,
        'quickscan.validation.statementCount',
        { count: total, ...QUICKSCAN_STATEMENTS },
        ['parts'],
      );
  });

export type Quickscan = z.infer<typeof quickscanSchema>;
export type QuickscanPart = Quickscan['parts'][number];
