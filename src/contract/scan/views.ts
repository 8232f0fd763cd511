import { z } from 'zod';
import { CAPITALS, POVERTY_TYPES } from '../../domain/assessment/types';
import { PRIORITIES } from '../../domain/matching/fit';
import { bilingual } from '../problem';

// What the kapitaalscan routes answer: the instrument, a scan with its answers, and the outcome
// of the latest completed scan (profile, change, poverty-type suggestion, matches). Output
// schemas only: the server's values already passed the input checks, so nothing is refined here.

const capital = z.enum(CAPITALS);
/** An array typed readonly where the domain hands out readonly lists (the JSON is the same). */
const list = <T extends z.ZodType>(item: T) =>
  z.array(item) as unknown as z.ZodType<readonly z.output<T>[], readonly z.input<T>[]>;
const score = z.literal([1, 2, 3, 4, 5]);

// ── Instrument ─────────────────────────────────────────────────────────

const aspectSchema = z.object({
  id: z.string(),
  capital,
  title: z.string(),
  titleEn: z.string(),
  question: z.string(),
  questionEn: z.string(),
  levels: list(z.object({ score, description: z.string(), descriptionEn: z.string() })),
  appliesWhen: z
    .object({
      hasChildren: z.boolean().optional(),
      childAge: z.object({ min: z.number(), max: z.number() }).optional(),
    })
    .optional(),
});

const riskFactorSchema = z.object({
  id: z.string(),
  label: z.string(),
  labelEn: z.string(),
  explanation: z.string(),
  explanationEn: z.string(),
  pointsTo: list(
    z.object({
      type: z.enum(POVERTY_TYPES),
      weight: z.literal([1, 2]),
      why: z.string(),
      whyEn: z.string(),
      onlyWith: list(z.string()).optional(),
    }),
  ),
  inferredFrom: z.object({ aspect: z.string(), atMost: score }).optional(),
  lifeEvents: list(z.string()).optional(),
  targetGroups: list(z.string()).optional(),
});

export const instrumentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  titleEn: z.string(),
  intro: z.string(),
  introEn: z.string(),
  scale: list(z.object({ score, label: z.string(), labelEn: z.string() })),
  capitals: list(
    z.object({
      capital,
      title: z.string(),
      titleEn: z.string(),
      intro: z.string(),
      introEn: z.string(),
      aspects: list(aspectSchema),
    }),
  ),
  childPart: z.object({
    title: z.string(),
    titleEn: z.string(),
    intro: z.string(),
    introEn: z.string(),
    aspects: list(aspectSchema),
  }),
  riskFactors: list(riskFactorSchema),
  protectiveFactors: list(
    z.object({
      id: z.string(),
      capital,
      label: z.string(),
      labelEn: z.string(),
      explanation: z.string(),
      explanationEn: z.string(),
    }),
  ),
});

// ── A scan ─────────────────────────────────────────────────────────────

const aspectAnswers = z.record(
  z.string(),
  z.object({
    householdScore: score.optional(),
    professionalScore: score.optional(),
    strength: z.string().optional(),
    wantsToWorkOn: z.boolean(),
  }),
);

export const scanAnswersViewSchema = z.object({
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  aspects: aspectAnswers,
  children: list(z.object({ childRef: z.string(), aspects: aspectAnswers })),
  riskFactors: list(z.string()),
  protectiveFactors: list(z.string()),
});

export const scanStatusSchema = z.enum(['draft', 'completed']);

export const scanViewSchema = z.object({
  id: z.string(),
  status: scanStatusSchema,
  answers: scanAnswersViewSchema,
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ScanView = z.infer<typeof scanViewSchema>;

// ── Profile and change ─────────────────────────────────────────────────

const aspectResult = z.object({
  aspectId: z.string(),
  capital,
  title: z.string(),
  titleEn: z.string(),
  householdScore: score.nullable(),
  professionalScore: score.nullable(),
  score: score.nullable(),
  countedFrom: z.enum(['household', 'professional']).nullable(),
  ratingsDiffer: z.boolean(),
  strength: z.string().nullable(),
  wantsToWorkOn: z.boolean(),
  applicable: z.boolean(),
});

const profileItem = z.object({
  aspectId: z.string(),
  capital,
  title: z.string(),
  titleEn: z.string(),
  childRef: z.string().optional(),
  score: score.nullable(),
});

export const profileSchema = z.object({
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  capitals: z.array(
    z.object({
      capital,
      title: z.string(),
      titleEn: z.string(),
      score: z.number().nullable(),
      level: z.enum(['low', 'middle', 'high', 'unknown']),
      answered: z.number().int(),
      applicable: z.number().int(),
      ratingsDiffer: z.number().int(),
      aspects: z.array(aspectResult),
    }),
  ),
  children: z.array(z.object({ childRef: z.string(), aspects: z.array(aspectResult) })),
  strengths: z.array(profileItem.extend({ note: z.string().nullable() })),
  wantsToWorkOn: z.array(profileItem),
  ratingDifferences: z.array(
    z.object({
      aspectId: z.string(),
      childRef: z.string().optional(),
      householdScore: score,
      professionalScore: score,
    }),
  ),
});

const scoreChange = {
  previous: z.number().nullable(),
  current: z.number().nullable(),
  delta: z.number().nullable(),
  direction: z.enum(['up', 'down', 'same', 'unknown']),
};
const aspectChange = z.object({
  ...scoreChange,
  aspectId: z.string(),
  capital,
  title: z.string(),
  titleEn: z.string(),
});

const profileChangeSchema = z.object({
  sameInstrumentVersion: z.boolean(),
  capitals: z.array(z.object({ ...scoreChange, capital })),
  aspects: z.array(aspectChange),
  children: z.array(z.object({ childRef: z.string(), aspects: z.array(aspectChange) })),
});

const povertyTypeIndication = z.object({
  type: z.enum(POVERTY_TYPES),
  strength: z.enum(['weak', 'moderate', 'strong']),
  weight: z.number(),
  summary: bilingual,
  reasons: z.array(
    bilingual.extend({
      code: z.enum(['risk-factor', 'inferred-risk-factor', 'life-event']),
      weight: z.number(),
      factorId: z.string().optional(),
      lifeEvent: z.string().optional(),
    }),
  ),
});

// ── Matches ────────────────────────────────────────────────────────────

const matchReason = bilingual.extend({
  code: z.enum([
    'capital-low',
    'aspect',
    'core-help',
    'aspect-low',
    'wants-to-work-on',
    'child-aspect-low',
    'age-fit',
    'life-event',
    'target-group',
    'poverty-type',
    'lever',
    'local-offer',
  ]),
  params: z.record(
    z.string(),
    z.union([z.string(), z.number(), list(z.string()), list(z.number())]),
  ),
});

const interventionMatch = z.object({
  interventionId: z.string(),
  name: z.string(),
  capital,
  priority: z.enum(PRIORITIES),
  score: z.number(),
  isLocal: z.boolean(),
  localOfferIds: list(z.string()),
  reasons: z.array(matchReason),
  summary: bilingual,
});

const capitalScore = z.object({ capital, score: z.number() });

export const matchResultSchema = z.object({
  matches: z.array(interventionMatch),
  capitalOrder: z.array(capital),
  practiceExamples: z.array(
    interventionMatch.extend({ places: list(z.object({ code: z.string(), name: z.string() })) }),
  ),
  totalMatched: z.number().int(),
  combinations: z.array(
    z.object({
      strong: capitalScore,
      weak: capitalScore,
      linked: z.boolean(),
      reason: matchReason,
      interventions: z.array(
        z.object({ interventionId: z.string(), name: z.string(), isLocal: z.boolean() }),
      ),
    }),
  ),
  needs: z.array(z.object({ capital, weight: z.number(), reasons: z.array(matchReason) })),
});

/** The outcome of the latest completed scan. */
export const scanOutcomeSchema = z.object({
  scanId: z.string(),
  completedAt: z.string(),
  previousScanId: z.string().nullable(),
  previousCompletedAt: z.string().nullable(),
  profile: profileSchema,
  change: profileChangeSchema.nullable(),
  povertyTypes: z.array(povertyTypeIndication),
  matches: matchResultSchema,
});
export type ScanOutcome = z.infer<typeof scanOutcomeSchema>;
/** Matched interventions as the answer carries them, each sentence in Dutch and English. */
export type MatchResultView = z.infer<typeof matchResultSchema>;
export type InterventionMatchView = MatchResultView['matches'][number];

/** The profile route: the outcome, or `{ profile: null }` before any scan was completed. */
export const profileResponseSchema = z.union([scanOutcomeSchema, z.object({ profile: z.null() })]);
export type ProfileResponse = z.infer<typeof profileResponseSchema>;
