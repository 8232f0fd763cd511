import { z } from 'zod';
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

const localOfferFields = z.strictObject({
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

export const versionEntrySchema = z.object({
  version: z.number().int(),
  action: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export { idSchema };

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

export const localOfferSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  interventionId: z.string(),
  gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
  wijk: z.string().nullable(),
  howToRefer: z.string().nullable(),
  costs: z.string().nullable(),
  contact: z
    .object({
      name: z.string(),
      function: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      public: z.boolean(),
    })
    .nullable(),
  lastCheckedAt: z.string(),
  lastCheckedBy: z.string().nullable(),
  version: z.number().int(),
  archived: z.boolean(),
  stale: z.boolean(),
});

export const interventionDetailSchema = z.object({
  item: catalogueItemSchema,
  archived: z.boolean(),
  version: z.number().int(),
  lastCheckedAt: z.string(),
  lastCheckedBy: z.string().nullable(),
  stale: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  offers: z.array(localOfferSchema),
});
