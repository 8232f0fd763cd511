import { z } from 'zod';
import { bilingual } from './problem';

// The professionals' quickscan (issue 15, item 6; ADR 1504): the scan itself, a professional's own
// answers and scores (private), and a team's or wijk's figures over five or more professionals.

export const QUICKSCAN_WIJK_MAX = 80;

const answerValue = z.number().int().min(0).max(10);

export const quickscanSaveBody = z.strictObject({
  /** Value of the scale per statement id; every statement needs one. */
  answers: z.record(z.string().max(80), answerValue),
  /** The team you fill it in for; may be left out when you are in one team or none. */
  teamId: z.uuid().nullable().optional(),
  /** Your main working area (wijk) this year, as you name it; optional. */
  wijk: z.string().trim().max(QUICKSCAN_WIJK_MAX).nullable().optional(),
});
export type QuickscanSaveBody = z.infer<typeof quickscanSaveBody>;

export const quickscanIdParams = z.strictObject({ id: z.uuid() });
export const quickscanTeamParams = z.strictObject({ teamId: z.uuid() });
export const quickscanYearQuery = z.strictObject({
  /** Calendar year; this year when left out. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const helpSchema = z.object({
  decks: z.array(z.object({ id: z.string(), title: bilingual })),
  /** Learning modules by id, at their web path `/leren/<id>`. */
  learning: z.array(z.object({ id: z.string(), path: z.string() })),
});

export const quickscanInstrumentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: bilingual,
  intro: bilingual,
  scale: z.array(z.object({ value: z.number().int(), label: bilingual })),
  helpBelow: z.number(),
  parts: z.array(
    z.object({
      id: z.string(),
      title: bilingual,
      intro: bilingual,
      statements: z.array(z.object({ id: z.string(), text: bilingual })),
      help: helpSchema,
    }),
  ),
});
export type QuickscanInstrumentView = z.infer<typeof quickscanInstrumentSchema>;

const partScoreSchema = z.object({
  partId: z.string(),
  mean: z.number().nullable(),
  low: z.boolean(),
});

export const quickscanScanSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  quickscanVersion: z.number().int(),
  teamId: z.string().nullable(),
  wijk: z.string().nullable(),
  answers: z.record(z.string(), z.number()),
  parts: z.array(partScoreSchema),
  updatedAt: z.string(),
});
export type QuickscanScanView = z.infer<typeof quickscanScanSchema>;

export const quickscanMineSchema = z.object({
  /** The current calendar year: the year a save fills. */
  year: z.number().int(),
  /** Your teams, to choose from when you are in more than one. */
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  current: quickscanScanSchema.nullable(),
  /** Every earlier year you did the scan, oldest first. */
  history: z.array(
    z.object({ id: z.string(), year: z.number().int(), parts: z.array(partScoreSchema) }),
  ),
  /** This year against the most recent earlier year. */
  growth: z
    .object({
      previousYear: z.number().int(),
      parts: z.array(
        z.object({
          partId: z.string(),
          current: z.number().nullable(),
          previous: z.number().nullable(),
          change: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
});
export type QuickscanMineView = z.infer<typeof quickscanMineSchema>;

/** A group's figures; `shown` is false (and nothing else given) under five professionals. */
const groupResultSchema = z.object({
  shown: z.boolean(),
  respondents: z.number().int().nullable(),
  parts: z.array(
    z.object({
      partId: z.string(),
      mean: z.number().nullable(),
      low: z.boolean(),
      statements: z.array(z.object({ statementId: z.string(), mean: z.number().nullable() })),
    }),
  ),
});
export type QuickscanGroupView = z.infer<typeof groupResultSchema>;

export const quickscanTeamSchema = z.object({
  teamId: z.string(),
  teamName: z.string(),
  year: z.number().int(),
  /** The fewest professionals whose answers are shown together. */
  minimum: z.number().int(),
  result: groupResultSchema,
  previous: z.object({ year: z.number().int(), result: groupResultSchema }),
});
export type QuickscanTeamView = z.infer<typeof quickscanTeamSchema>;

export const quickscanWijkenSchema = z.object({
  year: z.number().int(),
  minimum: z.number().int(),
  /** Only wijken where at least `minimum` professionals answered. */
  wijken: z.array(z.object({ wijk: z.string(), result: groupResultSchema })),
});
export type QuickscanWijkenView = z.infer<typeof quickscanWijkenSchema>;
