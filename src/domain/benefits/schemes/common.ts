import { contentText, type Message } from '../../message';
import type { HouseholdFacts } from '../facts';
import type { Household } from '../household';
import type { FundConfig, GemeenteConfig } from '../municipal-config';
import { floorToWholeEuroCents, roundToWholeEuroCents } from '../money';
import type { Trace } from '../trace';
import { c, formula, word } from '../formula';
import type {
  SchemeAmount,
  SchemeCategory,
  SchemeId,
  SchemeResult,
  SchemeSource,
  SchemeStatus,
} from '../types';
import { say } from './texts';

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
  toAsk?: Message[];
  howToApply?: Message | null;
  via?: Message | null;
  url?: string | null;
  notes?: Message[];
  source?: SchemeSource | null;
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
    source: o.source ?? null,
  };
}

/** One note per out-of-date parameter the result used, so the reader knows the amount is old. */
function staleNotes(t: Trace): Message[] {
  if (!t.enabled) return [];
  return t.parameters().flatMap((p) =>
    p.stale
      ? [
          say('common.staleValue', {
            // Both languages come from the parameter's file (rules/parameters).
            description: contentText(p.description, p.descriptionEn),
            detail: p.stale.message,
          }),
        ]
      : [],
  );
}

export const MIN_YEAR = 'algemeen.toeslag-minimum-jaarbedrag';

/**
 * How the Dienst Toeslagen turns a yearly amount into a monthly payment (ADR 0103):
 * - 'rounded-year': a twelfth of the yearly amount after the Awir rounding, down to whole euros
 *   (zorgtoeslag: its tables give 2.243,83 -> 2.244 -> 187 a month);
 * - 'exact': a twelfth of the unrounded yearly amount, down to whole euros (kindgebonden budget,
 *   huurtoeslag and kinderopvangtoeslag, whose examples print the exact monthly figure and pay the
 *   euros below it: 392,89 -> 392).
 */
export type MonthlyPayment = 'rounded-year' | 'exact';

/**
 * The Awir rounding for a toeslag: the yearly amount is rounded half up to whole euros (art. 14
 * lid 4) and below the minimum nothing is paid (art. 14 lid 5); then the monthly payment as above.
 */
export function toeslagAmount(
  t: Trace,
  exactYearCents: number,
  monthly: MonthlyPayment,
): { amount: SchemeAmount | null; ok: boolean } {
  const exact = Math.max(0, exactYearCents);
  const year = t.step(
    'jaarbedrag-afgerond',
    say('common.yearRounded'),
    roundToWholeEuroCents(exact),
    'eurocent_per_jaar',
    () => formula`${c(exact)} ${word('rounded')} = ${c(roundToWholeEuroCents(exact))}`,
  );
  const min = t.p(MIN_YEAR);
  const ok = t.check(
    'minimumbedrag',
    say('common.yearAtLeastMinimum'),
    year,
    '>=',
    min,
    'eurocent_per_jaar',
    [MIN_YEAR],
  );
  if (!ok) return { amount: null, ok };
  const base = monthly === 'exact' ? exact : year;
  const month = t.step(
    'maandbedrag',
    say('common.monthlyPayment'),
    floorToWholeEuroCents(base / 12),
    'eurocent_per_maand',
    () =>
      formula`${c(base)} / 12 = ${c(base / 12)}, ${word('rounded')} ${c(floorToWholeEuroCents(base / 12))}`,
  );
  return {
    amount: { perMonthCents: month, perYearCents: year, period: 'maand', indicative: false },
    ok,
  };
}
