import { z } from 'zod';
import { CAPITALS } from '../domain/assessment/types';
import { offerIsReachable, unreachableOffer } from '../domain/catalogue/reachable';
import { emailSchema, gemeenteSchema, idSchema } from './common';
import { refinement } from './validation-messages';

// Requests and answers of the wegwijzer. Vocabulary ids (capitals, target groups, …) are checked
// against content/vocabularies.yaml by the server, because the vocabularies are data.

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const phoneSchema = z
  .string()
  .trim()
  .refine(
    (v) => /^\+?[\d\s()-]{6,20}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 6,
    refinement('validation.catalogue.phone'),
  );

export const contactSchema = z.strictObject({
  name: text(120),
  function: optionalText(120),
  phone: phoneSchema.nullable().optional(),
  email: emailSchema.nullable().optional(),
  public: z.boolean().default(false),
});

/**
 * "Ik heb dit nagekeken": the person saving confirms the entry, as saved, is right. Only then is
 * it recorded as checked, by them, now (ADR 0205); without it changed content is not checked.
 */
export const checkedConfirmation = z
  .boolean()
  .optional()
  .describe('The person saving confirms they checked the entry ("Ik heb dit nagekeken")');

const localOfferFields = z.strictObject({
  checked: checkedConfirmation,
  interventionId: z.string().min(1).max(200),
  gemeenten: z.array(gemeenteSchema.shape.code).min(1).max(50),
  wijk: optionalText(120),
  howToRefer: optionalText(2000),
  costs: optionalText(500),
  contact: contactSchema.nullable().optional(),
});
export const localOfferBody = localOfferFields.refine(
  offerIsReachable,
  refinement(unreachableOffer.key, undefined, ['contact']),
);
export type LocalOfferBody = z.infer<typeof localOfferBody>;
/** A change; the offer it makes must still be reachable (checked on the merged offer). */
export const updateLocalOfferBody = localOfferFields.omit({ interventionId: true }).partial();

const list = (max = 30) => z.array(z.string().trim().min(1).max(120)).max(max);

export const localInterventionBody = z.strictObject({
  checked: checkedConfirmation,
  name: text(160),
  kind: z.string().min(1).max(40),
  summary: text(240),
  description: text(5000),
  capitals: z.strictObject({
    primary: list(5).min(1),
    secondary: list(5).default([]),
  }),
  workingElements: list().default([]),
  targetGroups: list().min(1),
  ageRange: z
    .strictObject({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120) })
    .refine((r) => r.min <= r.max, refinement('validation.catalogue.ageRange', undefined, ['max']))
    .nullable()
    .default(null),
  phases: list(3).min(1),
  povertyTypes: list(3).default([]),
  lifeEvents: list().default([]),
  domains: list().min(1),
  evidence: z
    .strictObject({
      level: z.string().min(1).max(60),
      source: text(300),
      /** A year or a date (YYYY, YYYY-MM or YYYY-MM-DD): sources often give only a year. */
      asOf: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, refinement('validation.catalogue.yearOrDate')),
      note: optionalText(600),
    })
    .default({ level: 'niet-onderzocht', source: 'Eigen organisatie', asOf: '2026' }),
  providers: list().default([]),
  links: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(10)
    .default([]),
});
export type LocalInterventionBody = z.infer<typeof localInterventionBody>;

export const specialistTopics = [
  'aandachtsfunctionaris-armoede',
  'ervaringsdeskundige',
  'schuldhulp',
  'inkomen-en-regelingen',
  'kinderen-en-jongeren',
  'statushouders-en-migratie',
  'wonen-en-energie',
  'werk-en-activering',
] as const;

export const specialistBody = z.strictObject({
  checked: checkedConfirmation,
  name: text(120),
  function: text(120),
  topics: z.array(z.enum(specialistTopics)).min(1).max(specialistTopics.length),
  gemeenten: z.array(gemeenteSchema.shape.code).min(1).max(50),
  phone: phoneSchema.nullable().optional(),
  email: emailSchema.nullable().optional(),
  note: optionalText(500),
});
export const updateSpecialistBody = specialistBody.partial();

export const suggestionBody = z.strictObject({
  targetType: z.enum(['intervention', 'offer', 'specialist']),
  targetId: z.string().min(1).max(200),
  message: text(2000),
});
export const handleSuggestionBody = z.strictObject({
  status: z.enum(['accepted', 'rejected']),
  response: optionalText(2000),
});

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .optional();

/** Search filters, as they appear in the page URL and the API query string. */
export const searchQuery = z.strictObject({
  q: z.string().max(200).optional(),
  capital: csv,
  targetGroup: csv,
  age: z.coerce.number().int().min(0).max(120).optional(),
  phase: csv,
  povertyType: csv,
  lifeEvent: csv,
  evidenceLevel: csv,
  gemeente: csv,
  organisation: csv,
  kind: csv,
  nearMe: z.enum(['true']).optional(),
  sort: z.enum(['relevance', 'name']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** What an editor can do to a versioned entry besides editing it: confirm it, archive or restore it. */
export const lifecycleSteps = ['checked', 'archive', 'restore'] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

/** The answer to a change of an entry that is shown elsewhere: which one, at which version. */
export const savedEntrySchema = z.object({ id: z.string(), version: z.number() });

export const versionEntrySchema = z.object({
  version: z.number().int(),
  action: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export { idSchema };

/** The answer to adding something that gets an id from the server. */
export const createdIdSchema = z.object({ id: z.string() });

const reviewTargetType = z.enum(['intervention', 'offer', 'specialist']);

/** A colleague's suggestion about an entry, in the review queue of the entry's organisation. */
export const suggestionSchema = z.object({
  id: z.string(),
  targetType: reviewTargetType,
  targetId: z.string(),
  targetName: z.string(),
  message: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'accepted', 'rejected']),
  response: z.string().nullable(),
  handledAt: z.string().nullable(),
});

export const staleEntrySchema = z.object({
  type: reviewTargetType,
  id: z.string(),
  name: z.string(),
  interventionId: z.string().nullable(),
  /** Null: nobody has confirmed this entry yet ("nog niet nagekeken"). */
  lastCheckedAt: z.string().nullable(),
  lastCheckedBy: z.string().nullable(),
});

/** An organisation's entries not checked within its freshness period. */
export const staleEntriesSchema = z.object({
  freshnessMonths: z.number(),
  cutoff: z.string(),
  entries: z.array(staleEntrySchema),
});

/** A local intervention in its organisation's own list. */
export const localItemSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  archived: z.boolean(),
  /** Null: nobody has confirmed this entry yet ("nog niet nagekeken"). */
  lastCheckedAt: z.string().nullable(),
  version: z.number(),
  stale: z.boolean(),
});

export const specialistSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  function: z.string(),
  topics: z.array(z.string()),
  gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  /** Null: nobody has confirmed this entry yet ("nog niet nagekeken"). */
  lastCheckedAt: z.string().nullable(),
  lastCheckedBy: z.string().nullable(),
  version: z.number(),
  archived: z.boolean(),
  stale: z.boolean(),
});

export const catalogueItemSchema = z.object({
  id: z.string(),
  origin: z.enum(['national', 'local']),
  organisationId: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  summary: z.string(),
  description: z.string(),
  capitals: z.object({ primary: z.array(z.string()), secondary: z.array(z.string()) }),
  workingElements: z.array(z.string()),
  targetGroups: z.array(z.string()),
  ageRange: z.object({ min: z.number(), max: z.number() }).nullable(),
  phases: z.array(z.string()),
  povertyTypes: z.array(z.string()),
  lifeEvents: z.array(z.string()),
  domains: z.array(z.string()),
  evidence: z.object({
    level: z.string(),
    source: z.string(),
    /** Year or date of the source (YYYY, YYYY-MM or YYYY-MM-DD). */
    asOf: z.string(),
    note: z.string().optional(),
  }),
  providers: z.array(z.string()),
  links: z.array(z.string()),
  sources: z.array(z.object({ document: z.string(), section: z.string().optional() })),
  lastReviewed: z.string(),
});

const contactViewSchema = z.object({
  /** Null for an imported contact point without a name (since 1.4; was 'Contactpunt'). */
  name: z.string().nullable(),
  function: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  public: z.boolean(),
});

export const localOfferSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  interventionId: z.string(),
  gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
  wijk: z.string().nullable(),
  howToRefer: z.string().nullable(),
  costs: z.string().nullable(),
  contact: contactViewSchema.nullable(),
  /** Null: nobody has confirmed this entry yet ("nog niet nagekeken"). */
  lastCheckedAt: z.string().nullable(),
  lastCheckedBy: z.string().nullable(),
  version: z.number().int(),
  archived: z.boolean(),
  stale: z.boolean(),
});

export const interventionDetailSchema = z.object({
  item: catalogueItemSchema,
  archived: z.boolean(),
  version: z.number().int(),
  /** Null: nobody has confirmed this entry yet ("nog niet nagekeken"). */
  lastCheckedAt: z.string().nullable(),
  lastCheckedBy: z.string().nullable(),
  stale: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  offers: z.array(localOfferSchema),
});

// ── Content as the API answers it (already validated when it was loaded) ───

const vocabularyEntry = z.object({ id: z.string(), nl: z.string(), en: z.string() });

/** content/vocabularies.yaml: ids with their Dutch and English labels. */
export const vocabulariesViewSchema = z.object({
  capitals: z.array(vocabularyEntry),
  phases: z.array(vocabularyEntry),
  poverty_types: z.array(vocabularyEntry),
  kinds: z.array(vocabularyEntry),
  evidence_levels: z.array(vocabularyEntry.extend({ rank: z.number().int() })),
  target_groups: z.array(vocabularyEntry),
  life_events: z.array(vocabularyEntry),
  domains: z.array(vocabularyEntry),
});
export type VocabulariesView = z.infer<typeof vocabulariesViewSchema>;

const sourceRef = z.object({ document: z.string(), section: z.string() });

/** content/capitals.yaml, with the name and summary of every example intervention. */
export const capitalsViewSchema = z.object({
  last_reviewed: z.string(),
  principles: z.array(z.string()),
  capitals: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      in_short: z.string(),
      definition: z.string(),
      why_it_matters: z.string(),
      how_to_strengthen: z.array(z.string()),
      signals: z.array(z.object({ text: z.string(), type: z.enum(['observe', 'ask', 'context']) })),
      bonding_bridging_linking: z
        .object({
          bonding: z.string().optional(),
          bridging: z.string().optional(),
          linking: z.string().optional(),
        })
        .optional(),
      example_interventions: z.array(z.string()),
      sources: z.array(sourceRef),
    }),
  ),
  interactions: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      kind: z.enum(['versterkt', 'compenseert']),
      text: z.string(),
    }),
  ),
  examples: z.record(
    z.string(),
    z.object({ id: z.string(), name: z.string(), summary: z.string() }),
  ),
});
export type CapitalsView = z.infer<typeof capitalsViewSchema>;

/** A werkorganisatie's offer per capital, with the people to call. */
export const posterSchema = z.object({
  organisation: z.object({ id: z.string(), name: z.string(), gemeenten: z.array(z.string()) }),
  groups: z.array(
    z.object({
      capital: z.enum(CAPITALS),
      entries: z.array(
        z.object({
          interventionId: z.string(),
          name: z.string(),
          summary: z.string(),
          places: z.array(
            z.object({
              gemeenten: z.array(z.string()),
              wijk: z.string().nullable(),
              contact: contactViewSchema.nullable(),
              howToRefer: z.string().nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
  specialists: z.array(
    z.object({
      name: z.string(),
      function: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      topics: z.array(z.string()),
    }),
  ),
});
export type Poster = z.infer<typeof posterSchema>;

/**
 * The HSDS export: one page holding every service, each in full as Open Referral's HSDS 3.0
 * defines it (validated against that standard's schema in the tests, so only the frame is here).
 */
export const hsdsServicePageSchema = z.object({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(z.looseObject({ id: z.string(), name: z.string() })),
});

const facetValue = z.object({ value: z.string(), count: z.number(), label: z.string().optional() });

/** A page of search results with facets and how each search term was read. */
export const searchResultSchema = z.object({
  total: z.number(),
  page: z.number(),
  perPage: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      summary: z.string(),
      kind: z.string(),
      origin: z.enum(['national', 'local']),
      capitals: z.object({ primary: z.array(z.string()), secondary: z.array(z.string()) }),
      evidenceLevel: z.string(),
      ageRange: z.object({ min: z.number(), max: z.number() }).nullable(),
      highlights: z.array(z.string()),
      offeredBy: z.array(z.object({ id: z.string(), name: z.string(), near: z.boolean() })),
    }),
  ),
  facets: z.record(z.string(), z.array(facetValue)),
  terms: z.array(
    z.object({
      text: z.string(),
      synonyms: z.array(z.string()),
      corrections: z.array(z.string()),
      matched: z.boolean(),
    }),
  ),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

const reportLine = z.object({
  index: z.number(),
  hsdsId: z.string().nullable(),
  name: z.string().nullable(),
  outcome: z.enum(['created', 'updated', 'rejected', 'not-imported']),
  interventionId: z.string().optional(),
  reasons: z.array(z.object({ path: z.string(), nl: z.string(), en: z.string() })),
  warnings: z.array(z.object({ path: z.string(), nl: z.string(), en: z.string() })),
});
/** An HSDS import: its progress and, per service, what happened and why. */
export const importJobSchema = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  mode: z.enum(['all-or-nothing', 'valid-only']),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number(),
  processed: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  report: z.array(reportLine),
});
export type ImportJob = z.infer<typeof importJobSchema>;
