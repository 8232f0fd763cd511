import type { HouseholdFacts } from '../facts';
import type { Household } from '../household';
import type { FundConfig, GemeenteConfig } from '../municipal-config';
import { floorToWholeEuroCents, roundToWholeEuroCents } from '../money';
import type { Trace } from '../trace';
import { c } from '../trace';
import type { SchemeAmount, SchemeCategory, SchemeId, SchemeResult, SchemeStatus } from '../types';

export interface SchemeContext {
  household: Household;
  facts: HouseholdFacts;
  trace: Trace;
  gemeente: GemeenteConfig;
  funds: Record<string, FundConfig>;
  /** Results of schemes computed earlier in the same run (national before municipal and funds). */
  earlier: Map<SchemeId, SchemeResult>;
  /** Values several schemes compute the same way (used only without tracing). */
  cache: Map<string, number>;
}

export interface SchemeInfo {
  scheme: SchemeId;
  name: string;
  category: SchemeCategory;
}

export interface Outcome {
  status: SchemeStatus;
  amount: SchemeAmount | null;
  toAsk?: string[];
  howToApply?: string | null;
  via?: string | null;
  url?: string | null;
  notes?: string[];
}

export function result(info: SchemeInfo, ctx: SchemeContext, o: Outcome): SchemeResult {
  const t = ctx.trace;
  return {
    scheme: info.scheme,
    name: info.name,
    category: info.category,
    status: o.status,
    amount: o.amount,
    alreadyReceives: ctx.household.alreadyReceives.includes(info.scheme),
    // Without tracing these are fresh empty arrays, never the reused Trace's own.
    conditions: t.enabled ? t.conditions : [],
    steps: t.enabled ? t.steps : [],
    parameters: t.enabled ? t.parameters() : [],
    toAsk: o.toAsk ?? [],
    howToApply: o.howToApply ?? null,
    via: o.via ?? null,
    url: o.url ?? null,
    notes: [...(o.notes ?? []), ...staleNotes(t)],
  };
}

/** One Dutch note per out-of-date parameter the result used, so the reader knows the amount is old. */
function staleNotes(t: Trace): string[] {
  if (!t.enabled) return [];
  return t.parameters().flatMap((p) => (p.stale ? [`${p.description} ${p.stale.message.nl}`] : []));
}

export const MIN_YEAR = 'algemeen.toeslag-minimum-jaarbedrag';

/**
 * The Awir rounding for a toeslag: the yearly amount is rounded to whole euros (art. 14 lid 4),
 * below the minimum nothing is paid (art. 14 lid 5), and the monthly payment is the rounded yearly
 * amount divided by twelve, rounded down to whole euros (practice of the Dienst Toeslagen).
 */
export function toeslagAmount(
  t: Trace,
  exactYearCents: number,
): { amount: SchemeAmount | null; ok: boolean } {
  const year = t.step(
    'jaarbedrag-afgerond',
    "Jaarbedrag, afgerond op hele euro's",
    roundToWholeEuroCents(Math.max(0, exactYearCents)),
    'eurocent_per_jaar',
    () =>
      `${c(Math.max(0, exactYearCents))} afgerond = ${c(roundToWholeEuroCents(Math.max(0, exactYearCents)))}`,
  );
  const min = t.p(MIN_YEAR);
  const ok = t.check(
    'minimumbedrag',
    'Het bedrag per jaar is minstens het minimumbedrag',
    year,
    '>=',
    min,
    'eurocent_per_jaar',
    [MIN_YEAR],
  );
  if (!ok) return { amount: null, ok };
  const month = t.step(
    'maandbedrag',
    "Betaling per maand: jaarbedrag gedeeld door 12, naar beneden afgerond op hele euro's",
    floorToWholeEuroCents(year / 12),
    'eurocent_per_maand',
    () => `${c(year)} / 12 = ${c(year / 12)}, afgerond ${c(floorToWholeEuroCents(year / 12))}`,
  );
  return {
    amount: { perMonthCents: month, perYearCents: year, period: 'maand', indicative: false },
    ok,
  };
}
