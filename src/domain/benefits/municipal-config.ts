import { z } from 'zod';
import { isIsoDate } from './dates';
import { legalReferenceSchema, verifiedSchema } from './parameters';
import { fundSchemeIds } from './types';

// Municipal schemes are data, not code: a beheerder sets them per gemeente. This is the schema of
// one gemeente's configuration, as a bundled file (rules/gemeenten/*.yaml) or saved in the database.

const cents = z.int().min(0);
const pct = z.number().min(0).max(300);
const text = z.string().trim().min(3);

/** 'bijstand' means: the asset limit of the Participatiewet for this household type. */
const assetLimit = z.union([z.literal('bijstand'), cents]);

/** The regulation one scheme's figures come from: its title and a public https link. */
export const schemeSourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/ }),
});

/**
 * A scheme whose rules are not known for this gemeente: residents are told to ask the gemeente,
 * with the questions to ask, and never see a figure.
 */
const askScheme = z.strictObject({
  status: z.literal('vraag-na'),
  /** What was found and what is missing (shown to professionals). */
  note: text.optional(),
});

const base = {
  enabled: z.boolean(),
  /** Where the figures come from (required for a real gemeente, see `schemeProblems`). */
  source: schemeSourceSchema.optional(),
  /** Per value field: who entered or checked it against the source, and when. */
  verified: z.partialRecord(z.string(), verifiedSchema).optional(),
  /** Income limit as a percentage of the applicable social minimum (bijstandsnorm). */
  income_limit_pct: pct,
  asset_limit: assetLimit,
  how_to_apply: text,
  url: z.url().optional(),
  note: text.optional(),
};

export const gemeenteConfigSchema = z.strictObject({
  code: z.string().regex(/^GM\d{4}$/),
  name: text,
  /** True for example data that is not a real municipality's policy. */
  example: z.boolean(),
  valid_from: z.string().refine(isIsoDate),
  /** The regulation most schemes are taken from (each scheme names its own source). */
  source: legalReferenceSchema.optional(),
  /** Whether the social minimum is taken including or excluding holiday pay. */
  social_minimum_basis: z.enum(['incl-vakantiegeld', 'excl-vakantiegeld']),
  /** Whether the kostendelersnorm lowers the social minimum for these schemes. */
  apply_kostendelersnorm: z.boolean(),
  schemes: z.strictObject({
    'bijzondere-bijstand': z.union([askScheme, z.strictObject({ ...base })]),
    'individuele-inkomenstoeslag': z.union([
      askScheme,
      z.strictObject({
        ...base,
        reference_period_months: z.int().min(1).max(120),
        amounts_per_year: z.strictObject({
          alleenstaande: cents,
          alleenstaande_ouder: cents,
          gehuwden_zonder_kinderen: cents,
          gehuwden_met_kinderen: cents,
        }),
      }),
    ]),
    kwijtschelding: z.union([
      askScheme,
      z.strictObject({
        ...base,
        /** Kostennorm as a percentage of the bijstandsnorm (90–100 under national rules). */
        cost_norm_pct: z.number().min(90).max(100),
        /** Typical yearly assessment of municipal taxes for the household (afval, riool). */
        assessment_per_year: cents,
      }),
    ]),
    meedoenregeling: z.union([
      askScheme,
      z.strictObject({
        ...base,
        amount_per_adult_per_year: cents,
        amount_per_child_per_year: cents,
        child_min_age: z.int().min(0).max(17),
        child_max_age: z.int().min(0).max(21),
      }),
    ]),
    'collectieve-zorgverzekering': z.union([
      askScheme,
      z.strictObject({
        ...base,
        /** The municipality's contribution to the premium, per insured adult per month. */
        contribution_per_adult_per_month: cents,
        insurer_url: z.url().optional(),
      }),
    ]),
  }),
  /**
   * Funds that are active (true) or not (false) in this gemeente. A fund left out is unknown:
   * the engine still checks it and tells the user to ask whether it works there.
   */
  funds: z.partialRecord(z.enum(fundSchemeIds), z.boolean()),
});

export type GemeenteConfig = z.output<typeof gemeenteConfigSchema>;
export type MunicipalSchemes = GemeenteConfig['schemes'];
/** One scheme's entry: its rules, or 'vraag-na' when they are not known. */
export type SchemeEntry = MunicipalSchemes[keyof MunicipalSchemes];
export type AskEntry = Extract<SchemeEntry, { status: 'vraag-na' }>;
export type ConfiguredEntry<K extends keyof MunicipalSchemes> = Exclude<
  MunicipalSchemes[K],
  AskEntry
>;

/** A scheme's rules when the gemeente has them, else null ('vraag-na'). */
export function configuredScheme<K extends keyof MunicipalSchemes>(
  config: GemeenteConfig,
  id: K,
): ConfiguredEntry<K> | null {
  const entry = config.schemes[id];
  return isConfigured(entry) ? (entry as ConfiguredEntry<K>) : null;
}

/** True when the gemeente's rules for this scheme are known (not 'vraag-na'). */
export function isConfigured<E extends SchemeEntry>(entry: E): entry is Exclude<E, AskEntry> {
  return !('status' in entry);
}

/** What the engine gets: configurations by code, and optionally one to use for unknown codes. */
export interface MunicipalContext {
  configs: Record<string, GemeenteConfig>;
  /** Used when the household's gemeente has no configuration; without it that is an error. */
  fallback?: GemeenteConfig | undefined;
}

export const fundSchema = z.strictObject({
  id: z.enum(fundSchemeIds),
  name: text,
  description: text,
  /** Who the fund is for. */
  target: z.enum(['kinderen', 'volwassenen', 'huishouden']),
  min_age: z.int().min(0).max(120).optional(),
  max_age: z.int().min(0).max(120).optional(),
  /** Typical income limit as % of the social minimum; local branches differ. */
  typical_income_limit_pct: pct.optional(),
  income_check_by: text,
  what_you_get: text,
  how_to_apply: text,
  via: text,
  url: z.url(),
  needs_intermediary: z.boolean(),
  notes: z.array(text).default([]),
  /** The texts a reader sees, in English; without it an English reader sees the Dutch ones. */
  en: z
    .strictObject({
      what_you_get: text,
      how_to_apply: text,
      via: text,
      notes: z.array(text).default([]),
    })
    .optional(),
  source_note: text,
});

export type FundConfig = z.output<typeof fundSchema>;
