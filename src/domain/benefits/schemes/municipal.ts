import { isConfigured } from '../municipal-config';
import type { ConfiguredEntry, MunicipalSchemes } from '../municipal-config';
import { percentOf, percentOfExact } from '../money';
import { c, formula, pc } from '../formula';
import type { MunicipalSchemeId, SchemeResult, SchemeSource } from '../types';
import { bijstandAssetLimit, bijstandsnorm, householdType } from './bijstand';
import { result } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import type { Message } from '../../message';
import { asWritten, say } from './texts';

// Municipal schemes. The rules (limits, amounts, how to apply) come from the gemeente's
// configuration, not from code. Results are indicative: the gemeente decides. When the rules of a
// scheme are not known for the gemeente, the result says to ask the gemeente and shows no figure.

type Cfg = { [K in keyof MunicipalSchemes]: ConfiguredEntry<K> };

/** What a resident can ask the gemeente when we do not know its rules for a scheme. */
const questions: Record<MunicipalSchemeId, Message[]> = {
  'bijzondere-bijstand': [say('municipal.askBijzondereBijstand'), say('municipal.askLimits')],
  'individuele-inkomenstoeslag': [say('municipal.askIit'), say('municipal.askIitDetails')],
  kwijtschelding: [say('municipal.askKwijtschelding'), say('municipal.askHowToApply')],
  meedoenregeling: [say('municipal.askMeedoen'), say('municipal.askMeedoenDetails')],
  'collectieve-zorgverzekering': [
    say('municipal.askInsurance'),
    say('municipal.askInsuranceDetails'),
  ],
};

/** The result for a scheme whose rules we do not know for this gemeente: ask, no figure. */
function askGemeente(info: SchemeInfo, ctx: SchemeContext): SchemeResult {
  return result(info, ctx, {
    status: 'mogelijk',
    amount: null,
    toAsk: questions[info.scheme as MunicipalSchemeId],
    howToApply: say('municipal.askGemeente', { gemeente: ctx.gemeente.name }),
    via: say('via.gemeente'),
    url: null,
    notes: [say('municipal.rulesUnknown', { gemeente: ctx.gemeente.name })],
  });
}

/** The regulation behind a scheme's figures and the last day a person checked one of them. */
function sourceOf(s: {
  source?: { title: string; url: string } | undefined;
  verified?: Record<string, { status: string; read_on?: string } | undefined> | undefined;
}): SchemeSource | null {
  if (!s.source) return null;
  const dates = Object.values(s.verified ?? {}).flatMap((v) => (v?.read_on ? [v.read_on] : []));
  return { title: s.source.title, url: s.source.url, checkedOn: dates.sort().at(-1) ?? null };
}

function enabled(ctx: SchemeContext, on: boolean): boolean {
  return ctx.trace.check(
    'aangeboden',
    () => say('municipal.offered', { gemeente: ctx.gemeente.name }),
    on,
    '=',
    true,
    'ja_nee',
  );
}

/** Income and asset test against the gemeente's limit; returns the income limit per month. */
function incomeAndAssets(
  ctx: SchemeContext,
  s: { income_limit_pct: number; asset_limit: 'bijstand' | number },
): number {
  const { household: h, facts: f, trace: t, gemeente: g } = ctx;
  const norm = bijstandsnorm(
    h,
    f,
    t,
    {
      applyKostendelers: g.apply_kostendelersnorm,
      inclVakantiegeld: g.social_minimum_basis === 'incl-vakantiegeld',
    },
    ctx.cache,
  );
  const limit = t.step(
    'inkomensgrens',
    () => say('municipal.incomeLimit', { pct: s.income_limit_pct }),
    percentOf(norm, s.income_limit_pct),
    'eurocent_per_maand',
    () => formula`${pc(s.income_limit_pct)} x ${c(norm)}`,
  );
  t.check(
    'inkomen',
    say('municipal.incomeBelowLimit'),
    f.netIncomeMonthCents,
    '<=',
    limit,
    'eurocent_per_maand',
  );
  if (s.asset_limit === 'bijstand') {
    const { limit: vl, id } = bijstandAssetLimit(h, t);
    t.check('vermogen', say('municipal.assetsBijstand'), h.assetsCents, '<=', vl, 'eurocent', [id]);
  } else {
    t.check(
      'vermogen',
      say('municipal.assetsGemeente'),
      h.assetsCents,
      '<=',
      s.asset_limit,
      'eurocent',
    );
  }
  return limit;
}

export const bijzondereBijstandInfo: SchemeInfo = {
  scheme: 'bijzondere-bijstand',
  name: 'Bijzondere bijstand',
  category: 'gemeentelijk',
};

export function bijzondereBijstand(ctx: SchemeContext): SchemeResult {
  const entry = ctx.gemeente.schemes['bijzondere-bijstand'];
  if (!isConfigured(entry)) return askGemeente(bijzondereBijstandInfo, ctx);
  const s: Cfg['bijzondere-bijstand'] = entry;
  if (enabled(ctx, s.enabled)) incomeAndAssets(ctx, s);
  const ok = ctx.trace.failed === 0;
  return result(bijzondereBijstandInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: null,
    toAsk: ok
      ? [say('municipal.askCosts'), say('municipal.askOtherPayer'), say('municipal.askBeforeCosts')]
      : [],
    howToApply: asWritten(s.how_to_apply),
    via: say('via.gemeente'),
    url: s.url ?? null,
    source: sourceOf(s),
    notes: [say('municipal.noteBijzondereBijstand'), ...(s.note ? [asWritten(s.note)] : [])],
  });
}

export const iitInfo: SchemeInfo = {
  scheme: 'individuele-inkomenstoeslag',
  name: 'Individuele inkomenstoeslag',
  category: 'gemeentelijk',
};

export function individueleInkomenstoeslag(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t } = ctx;
  const entry = ctx.gemeente.schemes['individuele-inkomenstoeslag'];
  if (!isConfigured(entry)) return askGemeente(iitInfo, ctx);
  const s: Cfg['individuele-inkomenstoeslag'] = entry;
  const toAsk: Message[] = [];
  if (enabled(ctx, s.enabled)) {
    t.check('leeftijd-min', say('municipal.age21'), f.applicantAge, '>=', 21, 'jaar');
    t.check(
      'leeftijd-max',
      say('municipal.belowAowAge'),
      f.applicantAge,
      '<',
      t.p('algemeen.aow-leeftijd'),
      'jaar',
      ['algemeen.aow-leeftijd'],
    );
    incomeAndAssets(ctx, s);
    if (h.lowIncomeSinceMonths === undefined)
      toAsk.push(say('municipal.askLowIncomeMonths', { months: s.reference_period_months }));
    else
      t.check(
        'periode',
        () => say('municipal.lowIncomeMonths', { months: s.reference_period_months }),
        h.lowIncomeSinceMonths,
        '>=',
        s.reference_period_months,
        'maand',
      );
  }
  const ok = t.failed === 0;
  const perYear = s.amounts_per_year[householdType(h)];
  toAsk.push(say('municipal.askMoreIncome'));
  return result(iitInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? {
          perMonthCents: Math.round(perYear / 12),
          perYearCents: perYear,
          period: 'jaar',
          indicative: true,
        }
      : null,
    toAsk: ok ? toAsk : [],
    howToApply: asWritten(s.how_to_apply),
    via: say('via.gemeente'),
    url: s.url ?? null,
    source: sourceOf(s),
    notes: s.note ? [asWritten(s.note)] : [],
  });
}

export const kwijtscheldingInfo: SchemeInfo = {
  scheme: 'kwijtschelding',
  name: 'Kwijtschelding gemeentelijke belastingen',
  category: 'gemeentelijk',
};

const AANWENDBAAR = 'kwijtschelding.aanwendbaar-percentage';

export function kwijtschelding(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t, gemeente: g } = ctx;
  const entry = g.schemes.kwijtschelding;
  if (!isConfigured(entry)) return askGemeente(kwijtscheldingInfo, ctx);
  const s: Cfg['kwijtschelding'] = entry;
  let kwijt = 0;
  if (enabled(ctx, s.enabled)) {
    // National method (Uitvoeringsregeling Invorderingswet 1990), simplified: the kostennorm is a
    // percentage of the bijstandsnorm; what is left above it is the capacity to pay.
    const norm = bijstandsnorm(
      h,
      f,
      t,
      {
        applyKostendelers: g.apply_kostendelersnorm,
        inclVakantiegeld: true,
      },
      ctx.cache,
    );
    const kostennorm = t.step(
      'kostennorm',
      () => say('municipal.costNorm', { pct: s.cost_norm_pct }),
      percentOf(norm, s.cost_norm_pct),
      'eurocent_per_maand',
      () => formula`${pc(s.cost_norm_pct)} x ${c(norm)}`,
    );
    const limit = s.asset_limit === 'bijstand' ? bijstandAssetLimit(h, t).limit : s.asset_limit;
    t.check(
      'vermogen',
      say('municipal.assetsKwijtschelding'),
      h.assetsCents,
      '<=',
      limit,
      'eurocent',
    );
    const capaciteit = t.step(
      'betalingscapaciteit',
      say('municipal.capacity'),
      Math.max(0, 12 * (f.netIncomeMonthCents - kostennorm)),
      'eurocent_per_jaar',
      () => formula`12 x (${c(f.netIncomeMonthCents)} - ${c(kostennorm)})`,
    );
    const pct = t.p(AANWENDBAAR);
    const inzet = t.step(
      'inzet',
      say('municipal.ownShare'),
      percentOfExact(capaciteit, pct),
      'eurocent_per_jaar',
      () => formula`${pc(pct)} x ${c(capaciteit)}`,
      [AANWENDBAAR],
    );
    kwijt = t.step(
      'kwijtschelding',
      say('municipal.waiver'),
      Math.max(0, Math.round(s.assessment_per_year - inzet)),
      'eurocent_per_jaar',
      () => formula`${c(s.assessment_per_year)} - ${c(inzet)}`,
    );
    t.check('bedrag', say('municipal.somethingLeft'), kwijt, '>', 0, 'eurocent_per_jaar');
  }
  const ok = t.failed === 0;
  return result(kwijtscheldingInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? {
          perMonthCents: Math.round(kwijt / 12),
          perYearCents: kwijt,
          period: 'jaar',
          indicative: true,
        }
      : null,
    toAsk: ok ? [say('municipal.askTaxBill'), say('municipal.askHousingCosts')] : [],
    howToApply: asWritten(s.how_to_apply),
    via: say('via.gemeenteOfBelasting'),
    url: s.url ?? null,
    source: sourceOf(s),
    notes: [say('municipal.noteKwijtschelding'), ...(s.note ? [asWritten(s.note)] : [])],
  });
}

export const meedoenInfo: SchemeInfo = {
  scheme: 'meedoenregeling',
  name: 'Meedoenregeling en kindpakket',
  category: 'gemeentelijk',
};

export function meedoenregeling(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t } = ctx;
  const entry = ctx.gemeente.schemes.meedoenregeling;
  if (!isConfigured(entry)) return askGemeente(meedoenInfo, ctx);
  const s: Cfg['meedoenregeling'] = entry;
  let total = 0;
  if (enabled(ctx, s.enabled)) {
    incomeAndAssets(ctx, s);
    const adults = 1 + (h.partner ? 1 : 0);
    const kids = f.childAges.filter((a) => a >= s.child_min_age && a <= s.child_max_age).length;
    total = t.step(
      'bedrag',
      say('municipal.budgetPerYear'),
      adults * s.amount_per_adult_per_year + kids * s.amount_per_child_per_year,
      'eurocent_per_jaar',
      () =>
        formula`${adults} x ${c(s.amount_per_adult_per_year)} + ${kids} x ${c(s.amount_per_child_per_year)}`,
    );
  }
  const ok = t.failed === 0;
  return result(meedoenInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? {
          perMonthCents: Math.round(total / 12),
          perYearCents: total,
          period: 'jaar',
          indicative: true,
        }
      : null,
    toAsk: ok ? [say('municipal.askBudgetUse')] : [],
    howToApply: asWritten(s.how_to_apply),
    via: say('via.gemeente'),
    url: s.url ?? null,
    source: sourceOf(s),
    notes: s.note ? [asWritten(s.note)] : [],
  });
}

export const czInfo: SchemeInfo = {
  scheme: 'collectieve-zorgverzekering',
  name: 'Collectieve zorgverzekering voor minima',
  category: 'gemeentelijk',
};

export function collectieveZorgverzekering(ctx: SchemeContext): SchemeResult {
  const { household: h, trace: t } = ctx;
  const entry = ctx.gemeente.schemes['collectieve-zorgverzekering'];
  if (!isConfigured(entry)) return askGemeente(czInfo, ctx);
  const s: Cfg['collectieve-zorgverzekering'] = entry;
  let perMonth = 0;
  if (enabled(ctx, s.enabled)) {
    incomeAndAssets(ctx, s);
    const adults = 1 + (h.partner ? 1 : 0);
    perMonth = t.step(
      'bijdrage',
      say('municipal.premiumContribution'),
      adults * s.contribution_per_adult_per_month,
      'eurocent_per_maand',
      () => formula`${adults} x ${c(s.contribution_per_adult_per_month)}`,
    );
  }
  const ok = t.failed === 0;
  return result(czInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? { perMonthCents: perMonth, perYearCents: perMonth * 12, period: 'maand', indicative: true }
      : null,
    toAsk: ok ? [say('municipal.askCareCosts'), say('municipal.askSwitch')] : [],
    howToApply: asWritten(s.how_to_apply),
    via: say('via.gemeenteEnVerzekeraar'),
    url: s.insurer_url ?? s.url ?? null,
    source: sourceOf(s),
    notes: s.note ? [asWritten(s.note)] : [],
  });
}
