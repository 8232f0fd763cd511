import { z } from 'zod';
import { isIsoDate } from './dates';
import { legalReferenceSchema } from './parameters';
import { fundSchemeIds } from './types';

// Municipal schemes are data, not code: a beheerder sets them per gemeente. This is the schema of
// one gemeente's configuration, as a bundled file (rules/gemeenten/*.yaml) or saved in the database.

const cents = z.int().min(0);
const pct = z.number().min(0).max(300);
const text = z.string().trim().min(3);

/** 'bijstand' means: the asset limit of the Participatiewet for this household type. */
const assetLimit = z.union([z.literal('bijstand'), cents]);

const base = {
  enabled: z.boolean(),
  /** Income limit as a percentage of the applicable social minimum (bijstandsnorm). */
  income_limit_pct: pct,
  asset_limit: assetLimit,
  how_to_apply: text,
  url: z.url().optional(),
  note: text.optional(),
};

export const gemeenteConfigSchema = z
  .strictObject({
    code: z.string().regex(/^GM\d{4}$/),
    name: text,
    /** True for example data that is not a real municipality's policy. */
    example: z.boolean(),
    valid_from: z.string().refine(isIsoDate),
    /** The regulation this is taken from (required unless example). */
    source: legalReferenceSchema.optional(),
    /** Whether the social minimum is taken including or excluding holiday pay. */
    social_minimum_basis: z.enum(['incl-vakantiegeld', 'excl-vakantiegeld']),
    /** Whether the kostendelersnorm lowers the social minimum for these schemes. */
    apply_kostendelersnorm: z.boolean(),
    schemes: z.strictObject({
      'bijzondere-bijstand': z.strictObject({ ...base }),
      'individuele-inkomenstoeslag': z.strictObject({
        ...base,
        reference_period_months: z.int().min(1).max(120),
        amounts_per_year: z.strictObject({
          alleenstaande: cents,
          alleenstaande_ouder: cents,
          gehuwden_zonder_kinderen: cents,
          gehuwden_met_kinderen: cents,
        }),
      }),
      kwijtschelding: z.strictObject({
        ...base,
        /** Kostennorm as a percentage of the bijstandsnorm (90–100 under national rules). */
        cost_norm_pct: z.number().min(90).max(100),
        /** Typical yearly assessment of municipal taxes for the household (afval, riool). */
        assessment_per_year: cents,
      }),
      meedoenregeling: z.strictObject({
        ...base,
        amount_per_adult_per_year: cents,
        amount_per_child_per_year: cents,
        child_min_age: z.int().min(0).max(17),
        child_max_age: z.int().min(0).max(21),
      }),
      'collectieve-zorgverzekering': z.strictObject({
        ...base,
        /** The municipality's contribution to the premium, per insured adult per month. */
        contribution_per_adult_per_month: cents,
        insurer_url: z.url().optional(),
      }),
    }),
    /**
     * Funds that are active (true) or not (false) in this gemeente. A fund left out is unknown:
     * the engine still checks it and tells the user to ask whether it works there.
     */
    funds: z.partialRecord(z.enum(fundSchemeIds), z.boolean()),
  })
  .refine((c) => c.example || c.source !== undefined, {
    message: 'A real municipality needs a source (its regulation)',
    params: {
      nl: 'Een echte gemeente heeft een bron nodig (de verordening of beleidsregel).',
      en: 'A real municipality needs a source (its regulation or policy rule).',
    },
    path: ['source'],
  });

export type GemeenteConfig = z.output<typeof gemeenteConfigSchema>;

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
  source_note: text,
});

export type FundConfig = z.output<typeof fundSchema>;
