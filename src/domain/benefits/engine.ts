import { message, type Message } from '../message';
import { deriveFacts } from './facts';
import type { Household } from './household';
import type { FundConfig, GemeenteConfig, MunicipalContext } from './municipal-config';
import { MissingParameterError, snapshotFor } from './parameters';
import type { ParameterSet } from './parameters';
import { Trace } from './trace';
import { comparedValues, reasonClause } from './reasons';
import type {
  CalculationResult,
  FieldIssue,
  SchemeId,
  SchemeResult,
  TraceCondition,
} from './types';
import { bijstand, bijstandInfo } from './schemes/bijstand';
import type { SchemeContext, SchemeInfo } from './schemes/common';
import { result } from './schemes/common';
import { fund } from './schemes/funds';
import { huurtoeslag, huurtoeslagInfo } from './schemes/huurtoeslag';
import { kinderbijslag, kinderbijslagInfo } from './schemes/kinderbijslag';
import { kindgebondenBudget, kindgebondenBudgetInfo } from './schemes/kindgebonden-budget';
import { kinderopvangtoeslag, kinderopvangtoeslagInfo } from './schemes/kinderopvangtoeslag';
import {
  bijzondereBijstand,
  bijzondereBijstandInfo,
  collectieveZorgverzekering,
  czInfo,
  iitInfo,
  individueleInkomenstoeslag,
  kwijtschelding,
  kwijtscheldingInfo,
  meedoenInfo,
  meedoenregeling,
} from './schemes/municipal';
import {
  alleenverdienersInfo,
  tegemoetkomingAlleenverdieners,
} from './schemes/tegemoetkoming-alleenverdieners';
import { zorgtoeslag, zorgtoeslagInfo } from './schemes/zorgtoeslag';
import { say } from './schemes/texts';

/** Everything the engine needs besides the household: law as data, municipal and fund data. */
export interface Rules {
  parameters: ParameterSet;
  municipal: MunicipalContext;
  funds: FundConfig[];
}

export interface CalculateOptions {
  /** Build the explanation trace (default true). Batch screening turns it off for speed. */
  trace?: boolean;
  /** Compute only these schemes (default: all). */
  schemes?: readonly SchemeId[];
}

type Runner = { info: SchemeInfo; run: (ctx: SchemeContext) => SchemeResult };

const fundInfo = (id: SchemeId): SchemeInfo => ({ scheme: id, name: id, category: 'fonds' });

/** The order matters: the voedselbank uses the toeslagen computed before it. */
const runners: Runner[] = [
  { info: zorgtoeslagInfo, run: zorgtoeslag },
  { info: huurtoeslagInfo, run: huurtoeslag },
  { info: kindgebondenBudgetInfo, run: kindgebondenBudget },
  { info: kinderbijslagInfo, run: kinderbijslag },
  { info: kinderopvangtoeslagInfo, run: kinderopvangtoeslag },
  { info: bijstandInfo, run: bijstand },
  { info: alleenverdienersInfo, run: tegemoetkomingAlleenverdieners },
  { info: bijzondereBijstandInfo, run: bijzondereBijstand },
  { info: iitInfo, run: individueleInkomenstoeslag },
  { info: kwijtscheldingInfo, run: kwijtschelding },
  { info: meedoenInfo, run: meedoenregeling },
  { info: czInfo, run: collectieveZorgverzekering },
  ...(
    [
      'leergeld',
      'jeugdfonds-sport-cultuur',
      'volwassenenfonds-sport-cultuur',
      'nationaal-fonds-kinderhulp',
      'jarige-job',
      'voedselbank',
    ] as const
  ).map((id): Runner => ({ info: fundInfo(id), run: (ctx) => fund(id, ctx) })),
];

/** Thrown when the household's gemeente has no configuration and no fallback was given. */
export class UnknownGemeenteError extends Error {
  readonly issues: FieldIssue[];
  constructor(readonly gemeente: string) {
    super(`Unknown gemeente ${gemeente}`);
    this.name = 'UnknownGemeenteError';
    this.issues = [
      { field: 'gemeente', message: message('benefits.household.unknownGemeente', { gemeente }) },
    ];
  }
}

export function gemeenteFor(h: Household, municipal: MunicipalContext): GemeenteConfig {
  const cfg = municipal.configs[h.gemeente] ?? municipal.fallback;
  if (!cfg) throw new UnknownGemeenteError(h.gemeente);
  return cfg;
}

const fundMaps = new WeakMap<FundConfig[], Record<string, FundConfig>>();
function fundMap(funds: FundConfig[]): Record<string, FundConfig> {
  let m = fundMaps.get(funds);
  if (!m) {
    m = Object.fromEntries(funds.map((f) => [f.id, f]));
    fundMaps.set(funds, m);
  }
  return m;
}

/**
 * Compute every scheme for a validated household on the peildatum. Pure: the same input gives the
 * same output, in Node and in the browser.
 */
export function calculateAll(
  h: Household,
  peildatum: string,
  rules: Rules,
  options: CalculateOptions = {},
): CalculationResult {
  const traceOn = options.trace ?? true;
  const snap = snapshotFor(rules.parameters, peildatum);
  const gemeente = gemeenteFor(h, rules.municipal);
  const facts = deriveFacts(h, peildatum, snap);
  const funds = fundMap(rules.funds);
  const earlier = new Map<SchemeId, SchemeResult>();
  const cache = new Map<string, number>();
  const schemes: SchemeResult[] = [];
  const only = options.schemes ? new Set(options.schemes) : null;
  // Without tracing one Trace is reused: it only counts failed conditions.
  const shared = traceOn ? null : new Trace(false, snap);
  for (const r of runners) {
    if (only && !only.has(r.info.scheme)) continue;
    const ctx: SchemeContext = {
      household: h,
      facts,
      trace: shared ? shared.reset() : new Trace(true, snap),
      gemeente,
      funds,
      earlier,
      cache,
    };
    let res: SchemeResult;
    try {
      res = r.run(ctx);
    } catch (e) {
      if (!(e instanceof MissingParameterError)) throw e;
      ctx.trace = new Trace(traceOn, snap);
      res = result(r.info, ctx, {
        status: 'niet-berekend',
        amount: null,
        notes: [say('common.missingParameter', { peildatum, parameter: e.parameterId })],
      });
    }
    if (res.category === 'fonds' && funds[res.scheme]) res.name = funds[res.scheme]!.name;
    earlier.set(res.scheme, res);
    schemes.push(res);
  }
  return {
    peildatum,
    gemeente: h.gemeente,
    gemeenteName: gemeente.name,
    gemeenteIsExample: gemeente.example,
    schemes,
    totals: totals(schemes),
  };
}

function totals(schemes: SchemeResult[]): CalculationResult['totals'] {
  let additional = 0;
  let entitled = 0;
  let possible = 0;
  const likely: SchemeId[] = [];
  for (const s of schemes) {
    const perMonth = s.amount?.perMonthCents ?? 0;
    if (s.status === 'recht') {
      entitled += perMonth;
      if (!s.alreadyReceives) additional += perMonth;
    }
    if (s.status === 'mogelijk' && !s.alreadyReceives) possible += perMonth;
    if ((s.status === 'recht' || s.status === 'mogelijk') && !s.alreadyReceives)
      likely.push(s.scheme);
  }
  return {
    additionalPerMonthCents: additional,
    entitledPerMonthCents: entitled,
    possiblePerMonthCents: possible,
    likelyNonTakeUp: likely,
  };
}

// ---------------------------------------------------------------------------------------------
// Waarom niet?

export interface WhyNotReason {
  conditionId: string;
  /** The reason as the end of '… omdat …' / '… because …' (`check.whyNot.sentence`). */
  reason: Message;
  /** The two values compared in plain words, when they are amounts. */
  values: Message | null;
  condition: TraceCondition;
}

/** The conditions that were not met, each as a sentence; empty when nothing failed. */
export function whyNot(result: SchemeResult): WhyNotReason[] {
  return result.conditions
    .filter((cond) => !cond.passed)
    .map((cond) => ({
      conditionId: cond.id,
      condition: cond,
      reason: reasonClause(cond),
      values: comparedValues(cond),
    }));
}

// ---------------------------------------------------------------------------------------------
// Wat als? (armoedeval)

export type HouseholdChange =
  | {
      kind: 'income';
      person: 'applicant' | 'partner';
      grossMonthlyDeltaCents: number;
      netMonthlyDeltaCents?: number;
    }
  | { kind: 'rent'; rentMonthlyCents: number }
  | { kind: 'assets'; assetsCents: number }
  | { kind: 'replace'; household: Household };

export interface SchemeDelta {
  scheme: SchemeId;
  name: string;
  beforeStatus: SchemeResult['status'];
  afterStatus: SchemeResult['status'];
  beforePerMonthCents: number;
  afterPerMonthCents: number;
  deltaPerMonthCents: number;
}

export interface WhatIfResult {
  before: CalculationResult;
  after: CalculationResult;
  changed: Household;
  schemes: SchemeDelta[];
  /** Change in net income per month (from the change itself). */
  netIncomeDeltaPerMonthCents: number;
  /** Change in benefits per month (schemes with status recht, plus indicative amounts with mogelijk). */
  benefitsDeltaPerMonthCents: number;
  /** What the household gains per month in the end: net income change plus benefits change. */
  netEffectPerMonthCents: number;
  /** Share of the extra gross income the household keeps, in percent (null when gross does not change). */
  keptPercent: number | null;
  /** True when more income leaves the household with no more money, or less (the armoedeval). */
  armoedeval: boolean;
}

export function applyChange(h: Household, change: HouseholdChange): Household {
  switch (change.kind) {
    case 'replace':
      return change.household;
    case 'rent':
      return { ...h, home: { ...h.home, rentMonthlyCents: change.rentMonthlyCents } };
    case 'assets':
      return { ...h, assetsCents: change.assetsCents };
    case 'income': {
      const who = change.person === 'applicant' ? h.applicant : h.partner;
      if (!who) throw new Error('There is no partner to change the income of');
      const net = change.netMonthlyDeltaCents ?? change.grossMonthlyDeltaCents;
      const updated = {
        ...who,
        grossMonthlyIncomeCents: Math.max(
          0,
          who.grossMonthlyIncomeCents + change.grossMonthlyDeltaCents,
        ),
        netMonthlyIncomeCents: Math.max(0, who.netMonthlyIncomeCents + net),
        ...(who.grossYearlyIncomeCents !== undefined
          ? {
              grossYearlyIncomeCents: Math.max(
                0,
                who.grossYearlyIncomeCents + 12 * change.grossMonthlyDeltaCents,
              ),
            }
          : {}),
      };
      return change.person === 'applicant'
        ? { ...h, applicant: updated }
        : { ...h, partner: updated };
    }
  }
}

const counted = (s: SchemeResult) =>
  s.status === 'recht' || s.status === 'mogelijk' ? (s.amount?.perMonthCents ?? 0) : 0;

/** Compute before and after a change; the difference per scheme shows the armoedeval. */
export function whatIf(
  h: Household,
  change: HouseholdChange,
  peildatum: string,
  rules: Rules,
  options: CalculateOptions = {},
): WhatIfResult {
  const changed = applyChange(h, change);
  const before = calculateAll(h, peildatum, rules, options);
  const after = calculateAll(changed, peildatum, rules, options);
  const afterBy = new Map(after.schemes.map((s) => [s.scheme, s]));
  const schemes: SchemeDelta[] = before.schemes.map((b) => {
    const a = afterBy.get(b.scheme)!;
    return {
      scheme: b.scheme,
      name: b.name,
      beforeStatus: b.status,
      afterStatus: a.status,
      beforePerMonthCents: counted(b),
      afterPerMonthCents: counted(a),
      deltaPerMonthCents: counted(a) - counted(b),
    };
  });
  const netIncomeDelta =
    changed.applicant.netMonthlyIncomeCents +
    (changed.partner?.netMonthlyIncomeCents ?? 0) -
    (h.applicant.netMonthlyIncomeCents + (h.partner?.netMonthlyIncomeCents ?? 0));
  const grossDelta =
    changed.applicant.grossMonthlyIncomeCents +
    (changed.partner?.grossMonthlyIncomeCents ?? 0) -
    (h.applicant.grossMonthlyIncomeCents + (h.partner?.grossMonthlyIncomeCents ?? 0));
  const benefitsDelta = schemes.reduce((sum, s) => sum + s.deltaPerMonthCents, 0);
  const netEffect = netIncomeDelta + benefitsDelta;
  return {
    before,
    after,
    changed,
    schemes,
    netIncomeDeltaPerMonthCents: netIncomeDelta,
    benefitsDeltaPerMonthCents: benefitsDelta,
    netEffectPerMonthCents: netEffect,
    keptPercent: grossDelta === 0 ? null : Math.round((netEffect / grossDelta) * 1000) / 10,
    armoedeval: grossDelta > 0 && netEffect <= 0,
  };
}
