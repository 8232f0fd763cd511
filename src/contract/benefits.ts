import { z } from 'zod';
import {
  gemeenteConfigSchema,
  householdSchema,
  indexations,
  referenceKinds,
  schemeIds,
  units,
  valueFields,
  type GemeenteConfig,
  type MunicipalSchemeId,
} from '../domain/benefits';
import { rowVersionSchema } from './common';
import { refinement } from './validation-messages';

// The voorzieningencheck API: the public calculation, and the municipal schemes a beheerder keeps.
// The household itself is validated by the rules engine (src/domain/benefits), so the API, the
// resident page and the batch report give the same messages.

/** Changes that only add fields or values keep the major version; see ADR 0106. */
export const BENEFITS_API_VERSION = '1.1' as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const peildatumSchema = z
  .string()
  .refine(
    (v) => isoDate.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v >= '2000-01-01',
    refinement('validation.benefits.peildatumForm'),
  )
  .refine((v) => v <= '2100-12-31', refinement('validation.benefits.peildatumBefore2101'));

const deltaCents = z.int().min(-10_000_000).max(10_000_000);

/** 'Wat als': one change to the household; the answer shows the effect per scheme. */
export const householdChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('income'),
    person: z.enum(['applicant', 'partner']).default('applicant'),
    /** Change of gross income per month, in eurocent (may be negative). */
    grossMonthlyDeltaCents: deltaCents,
    /** Change of net income per month; when left out the same as the gross change. */
    netMonthlyDeltaCents: deltaCents.optional(),
  }),
  z.strictObject({ kind: z.literal('rent'), rentMonthlyCents: z.int().min(0).max(10_000_000) }),
  z.strictObject({ kind: z.literal('assets'), assetsCents: z.int().min(0).max(10_000_000_000) }),
]);
export type HouseholdChangeBody = z.output<typeof householdChangeSchema>;

/**
 * The body as the server parses it first. The household is checked afterwards by the rules
 * engine (validateHousehold), so that its messages are the ones the user sees.
 */
export const calculateEnvelope = z.strictObject({
  household: z.record(z.string(), z.unknown()),
  /** The date the rules are taken from; today (Europe/Amsterdam) when left out. */
  peildatum: peildatumSchema.optional(),
  whatIf: householdChangeSchema.optional(),
});

/** The same body with the household spelled out: this is what the OpenAPI document shows. */
export const calculateBody = z.strictObject({
  household: householdSchema,
  peildatum: peildatumSchema.optional(),
  whatIf: householdChangeSchema.optional(),
});

const traceValueSchema = z.object({
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  unit: z.enum(units),
});

export const traceConditionSchema = z.object({
  id: z.string(),
  label: z.string(),
  passed: z.boolean(),
  actual: traceValueSchema,
  operator: z.enum(['<=', '<', '>=', '>', '=', '!=']),
  limit: traceValueSchema,
  parameterIds: z.array(z.string()),
});

export const traceStepSchema = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.enum(units),
  /** The calculation for professionals, numbers and words in the reader's language (since 1.4). */
  formula: z.string(),
  parameterIds: z.array(z.string()),
});

const bilingualSchema = z.object({ nl: z.string(), en: z.string() });

export const verificationSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('verified'),
    source: z.string(),
    url: z.string().optional(),
    repositoryPath: z.string().optional(),
    readOn: z.string(),
    by: z.string(),
  }),
  z.object({
    status: z.literal('unverified'),
    reason: z.string(),
    /** The English twin of `reason` (added in 1.4). */
    reasonEn: z.string().optional(),
  }),
]);

export const staleValueSchema = z.object({
  validFrom: z.string(),
  dueFrom: z.string(),
  /** The note in both languages, as since 1.1; `text` has it in the reader's language. */
  message: bilingualSchema,
  /** The note in the reader's language (since 1.4). */
  text: z.string(),
});

export const traceParameterSchema = z.object({
  id: z.string(),
  description: z.string(),
  /** The English twin of `description` (added in 1.4). */
  descriptionEn: z.string(),
  unit: z.enum(units),
  value: z.unknown(),
  validFrom: z.string(),
  reference: z.object({
    kind: z.enum(referenceKinds),
    id: z.string(),
    title: z.string(),
    url: z.string(),
    article: z.string().optional(),
  }),
  /** One sentence summing up `verification`, in the reader's language (since 1.4; Dutch before). */
  verified: z.string(),
  verification: verificationSchema,
  /** Set when a newer value was due on the peildatum but has not been entered (added in 1.1). */
  stale: staleValueSchema.nullable(),
});

/** The beheer page's view of the law as data: what is out of date today and what is unchecked. */
export const rulesStatusSchema = z.object({
  today: z.string(),
  stale: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      /** The English twin of `description` (added in 1.4). */
      descriptionEn: z.string(),
      source: z.string(),
      indexation: z.enum(indexations),
      lastValidFrom: z.string(),
      dueFrom: z.string(),
      message: bilingualSchema,
    }),
  ),
  unverified: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      validFrom: z.string(),
      reason: z.string(),
      /** The English twin of `reason` (added in 1.4). */
      reasonEn: z.string(),
    }),
  ),
});
export type RulesStatus = z.infer<typeof rulesStatusSchema>;

const statusSchema = z.enum(['recht', 'geen-recht', 'mogelijk', 'niet-berekend']);

export const schemeResultSchema = z.object({
  scheme: z.enum(schemeIds),
  name: z.string(),
  category: z.enum(['landelijk', 'gemeentelijk', 'fonds']),
  status: statusSchema,
  amount: z
    .object({
      perMonthCents: z.int(),
      perYearCents: z.int(),
      period: z.enum(['maand', 'kwartaal', 'jaar', 'eenmalig']),
      indicative: z.boolean(),
    })
    .nullable(),
  alreadyReceives: z.boolean(),
  conditions: z.array(traceConditionSchema),
  steps: z.array(traceStepSchema),
  parameters: z.array(traceParameterSchema),
  /** The failed conditions as Dutch sentences ('waarom niet?'); empty when nothing failed. */
  whyNot: z.array(z.object({ conditionId: z.string(), text: z.string() })),
  toAsk: z.array(z.string()),
  howToApply: z.string().nullable(),
  via: z.string().nullable(),
  url: z.string().nullable(),
  notes: z.array(z.string()),
  /** Municipal schemes: the regulation the figures come from and when a person last checked them. */
  source: z
    .object({ title: z.string(), url: z.string(), checkedOn: z.string().nullable() })
    .nullable(),
});

const totalsSchema = z.object({
  additionalPerMonthCents: z.int(),
  entitledPerMonthCents: z.int(),
  possiblePerMonthCents: z.int(),
  likelyNonTakeUp: z.array(z.enum(schemeIds)),
});

export const whatIfResultSchema = z.object({
  change: householdChangeSchema,
  schemes: z.array(
    z.object({
      scheme: z.enum(schemeIds),
      name: z.string(),
      beforeStatus: statusSchema,
      afterStatus: statusSchema,
      beforePerMonthCents: z.int(),
      afterPerMonthCents: z.int(),
      deltaPerMonthCents: z.int(),
    }),
  ),
  totalsAfter: totalsSchema,
  netIncomeDeltaPerMonthCents: z.int(),
  benefitsDeltaPerMonthCents: z.int(),
  netEffectPerMonthCents: z.int(),
  keptPercent: z.number().nullable(),
  armoedeval: z.boolean(),
});

export const calculateResponseSchema = z.object({
  apiVersion: z.literal(BENEFITS_API_VERSION),
  peildatum: z.string(),
  gemeente: z.string(),
  gemeenteName: z.string(),
  gemeenteIsExample: z.boolean(),
  /** Version of the gemeente's configuration that was used (0 for the shipped example). */
  gemeenteConfigVersion: z.int(),
  schemes: z.array(schemeResultSchema),
  totals: totalsSchema,
  whatIf: whatIfResultSchema.optional(),
});
export type CalculateResponse = z.infer<typeof calculateResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Municipal schemes

export const gemeenteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^GM\d{4}$/.test(code), refinement('validation.gemeente.codeForm'));

export const gemeenteCodeParams = z.strictObject({ code: gemeenteCodeSchema });

/** One gemeente that has a configuration: enough to choose it, without the rules themselves. */
export const configuredGemeenteSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Example data, not the policy of a real municipality. */
  example: z.boolean(),
  validFrom: z.string(),
  /** 0 for the example shipped with the rules. */
  version: z.int(),
  updatedAt: z.string().nullable(),
});
export type ConfiguredGemeente = z.infer<typeof configuredGemeenteSchema>;

export const configuredGemeentenSchema = z.object({
  apiVersion: z.literal(BENEFITS_API_VERSION),
  gemeenten: z.array(configuredGemeenteSchema),
});

/** A gemeente's schemes as the public (and the resident page) read them. */
export const publicGemeenteConfigSchema = configuredGemeenteSchema.extend({
  config: gemeenteConfigSchema,
});
export type PublicGemeenteConfig = z.infer<typeof publicGemeenteConfigSchema>;

/** A gemeente's schemes for the beheer page: who saved which version, or nothing yet. */
export const gemeenteSchemesSchema = z.object({
  code: z.string(),
  version: z.int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** Whether the signed-in user may change these schemes. */
  canEdit: z.boolean(),
  config: gemeenteConfigSchema.nullable(),
  /** The researched schemes shipped with Wegwijs for this gemeente (rules/gemeenten), if any. */
  shippedConfig: gemeenteConfigSchema.nullable(),
});
export type GemeenteSchemes = z.infer<typeof gemeenteSchemesSchema>;

/** Paths of every link (a key ending in 'url') in a configuration that is not https:. */
function nonHttpsLinks(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => nonHttpsLinks(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    /url$/i.test(key) && typeof item === 'string'
      ? /^https:\/\//i.test(item)
        ? []
        : [[...path, key]]
      : nonHttpsLinks(item, [...path, key]),
  );
}

/** Per scheme, the keys of its `verified` records that name none of its figures. */
function unknownVerifiedKeys(config: GemeenteConfig): [MunicipalSchemeId, string[]][] {
  return (Object.keys(valueFields) as MunicipalSchemeId[]).flatMap((id) => {
    const entry = config.schemes[id];
    const keys = Object.keys(('verified' in entry && entry.verified) || {}).filter(
      (key) => !valueFields[id].includes(key),
    );
    return keys.length > 0 ? [[id, keys] as [MunicipalSchemeId, string[]]] : [];
  });
}

export const saveGemeenteSchemesBody = z
  .strictObject({
    /** The version the change is based on (0 for a first save); another save in between is a 409. */
    expectedVersion: rowVersionSchema,
    config: gemeenteConfigSchema,
    /**
     * Paths of the figures the beheerder entered or checked against the scheme's source in this
     * edit, for example 'schemes.kwijtschelding.cost_norm_pct'. The server records them as checked
     * by the signed-in user today; every other figure must already carry such a record.
     */
    confirmed: z.array(z.string().max(200)).max(200).default([]),
  })
  // Links are shown to residents: only https:, never javascript:, data: or plain http:.
  .superRefine((body, context) => {
    for (const path of nonHttpsLinks(body.config, ['config']))
      context.addIssue({
        code: 'custom',
        path,
        ...refinement('validation.benefits.httpsLink'),
      });
    // A check record is kept per figure of the scheme; a key that is no figure is an unknown field.
    for (const [id, keys] of unknownVerifiedKeys(body.config))
      context.addIssue({
        code: 'unrecognized_keys',
        keys,
        path: ['config', 'schemes', id, 'verified'],
        input: body.config.schemes[id],
      });
  });
export type SaveGemeenteSchemesBody = z.input<typeof saveGemeenteSchemesBody>;
