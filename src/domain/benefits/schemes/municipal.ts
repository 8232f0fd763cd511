import { isConfigured } from '../municipal-config';
import type { ConfiguredEntry, MunicipalSchemes } from '../municipal-config';
import { percentOf, percentOfExact } from '../money';
import { c, pc } from '../trace';
import type { MunicipalSchemeId, SchemeResult, SchemeSource } from '../types';
import { bijstandAssetLimit, bijstandsnorm, householdType } from './bijstand';
import { result } from './common';
import type { SchemeContext, SchemeInfo } from './common';

// Municipal schemes. The rules (limits, amounts, how to apply) come from the gemeente's
// configuration, not from code. Results are indicative: the gemeente decides. When the rules of a
// scheme are not known for the gemeente, the result says to ask the gemeente and shows no figure.

type Cfg = { [K in keyof MunicipalSchemes]: ConfiguredEntry<K> };

/** What a resident can ask the gemeente when we do not know its rules for a scheme. */
const questions: Record<MunicipalSchemeId, string[]> = {
  'bijzondere-bijstand': [
    'Vraag of u bijzondere bijstand kunt krijgen voor kosten die u niet zelf kunt betalen, zoals een bril of een wasmachine.',
    'Vraag wat de inkomensgrens en de vermogensgrens zijn.',
  ],
  'individuele-inkomenstoeslag': [
    'Vraag of de gemeente een toeslag geeft als u lang een laag inkomen heeft.',
    'Vraag hoe lang u al een laag inkomen moet hebben, en hoe hoog de toeslag is.',
  ],
  kwijtschelding: [
    'Vraag of u geen gemeentelijke belastingen hoeft te betalen (kwijtschelding), bijvoorbeeld voor afval en riool.',
    'Vraag hoe u dat aanvraagt en binnen welke tijd.',
  ],
  meedoenregeling: [
    'Vraag of er geld of een pas is voor sport, cultuur of school, voor u en voor uw kinderen.',
    'Vraag hoe hoog het bedrag is en tot welke leeftijd kinderen meedoen.',
  ],
  'collectieve-zorgverzekering': [
    'Vraag of de gemeente een zorgverzekering heeft voor mensen met een laag inkomen.',
    'Vraag wat de gemeente aan de premie betaalt en wat de verzekering extra vergoedt.',
  ],
};

/** The result for a scheme whose rules we do not know for this gemeente: ask, no figure. */
function askGemeente(info: SchemeInfo, ctx: SchemeContext): SchemeResult {
  return result(info, ctx, {
    status: 'mogelijk',
    amount: null,
    toAsk: questions[info.scheme as MunicipalSchemeId],
    howToApply: `Vraag het na bij de gemeente ${ctx.gemeente.name}.`,
    via: 'Gemeente',
    url: null,
    notes: [
      `Wij weten de regels van de gemeente ${ctx.gemeente.name} voor deze regeling nog niet. Daarom noemen wij geen bedrag.`,
    ],
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
    () => `${ctx.gemeente.name} biedt deze regeling aan`,
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
    () => `Inkomensgrens: ${s.income_limit_pct}% van het sociaal minimum`,
    percentOf(norm, s.income_limit_pct),
    'eurocent_per_maand',
    () => `${pc(s.income_limit_pct)} x ${c(norm)}`,
  );
  t.check(
    'inkomen',
    'Uw netto-inkomen (met partner) is niet hoger dan de inkomensgrens van de gemeente',
    f.netIncomeMonthCents,
    '<=',
    limit,
    'eurocent_per_maand',
  );
  if (s.asset_limit === 'bijstand') {
    const { limit: vl, id } = bijstandAssetLimit(h, t);
    t.check(
      'vermogen',
      'Uw vermogen is niet hoger dan de grens (die van de bijstand)',
      h.assetsCents,
      '<=',
      vl,
      'eurocent',
      [id],
    );
  } else {
    t.check(
      'vermogen',
      'Uw vermogen is niet hoger dan de grens van de gemeente',
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
      ? [
          'Voor welke kosten is het geld nodig? Bijvoorbeeld een bril, een wasmachine, kosten van bewind of een eigen bijdrage.',
          'Kan de verzekering of een andere regeling deze kosten betalen?',
          'Vraag het aan vóór u de kosten maakt, en bewaar offertes en bonnen.',
        ]
      : [],
    howToApply: s.how_to_apply,
    via: 'Gemeente',
    url: s.url ?? null,
    source: sourceOf(s),
    notes: [
      'Bijzondere bijstand is maatwerk: de gemeente kijkt naar de kosten en naar wat u zelf kunt betalen.',
      ...(s.note ? [s.note] : []),
    ],
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
  const toAsk: string[] = [];
  if (enabled(ctx, s.enabled)) {
    t.check('leeftijd-min', 'U bent 21 jaar of ouder', f.applicantAge, '>=', 21, 'jaar');
    t.check(
      'leeftijd-max',
      'U heeft de AOW-leeftijd nog niet',
      f.applicantAge,
      '<',
      t.p('algemeen.aow-leeftijd'),
      'jaar',
      ['algemeen.aow-leeftijd'],
    );
    incomeAndAssets(ctx, s);
    if (h.lowIncomeSinceMonths === undefined)
      toAsk.push(`Heeft u al ${s.reference_period_months} maanden of langer een laag inkomen?`);
    else
      t.check(
        'periode',
        () => `U heeft al ${s.reference_period_months} maanden of langer een laag inkomen`,
        h.lowIncomeSinceMonths,
        '>=',
        s.reference_period_months,
        'maand',
      );
  }
  const ok = t.failed === 0;
  const perYear = s.amounts_per_year[householdType(h)];
  toAsk.push(
    'Heeft u kans op meer inkomen, bijvoorbeeld door werk? Dan kan de gemeente nee zeggen.',
  );
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
    howToApply: s.how_to_apply,
    via: 'Gemeente',
    url: s.url ?? null,
    source: sourceOf(s),
    notes: s.note ? [s.note] : [],
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
      () => `Kostennorm: ${s.cost_norm_pct}% van de bijstandsnorm`,
      percentOf(norm, s.cost_norm_pct),
      'eurocent_per_maand',
      () => `${pc(s.cost_norm_pct)} x ${c(norm)}`,
    );
    const limit = s.asset_limit === 'bijstand' ? bijstandAssetLimit(h, t).limit : s.asset_limit;
    t.check(
      'vermogen',
      'Uw vermogen is niet hoger dan de grens voor kwijtschelding',
      h.assetsCents,
      '<=',
      limit,
      'eurocent',
    );
    const capaciteit = t.step(
      'betalingscapaciteit',
      'Betalingscapaciteit per jaar: wat u boven de kostennorm overhoudt',
      Math.max(0, 12 * (f.netIncomeMonthCents - kostennorm)),
      'eurocent_per_jaar',
      () => `12 x (${c(f.netIncomeMonthCents)} - ${c(kostennorm)})`,
    );
    const pct = t.p(AANWENDBAAR);
    const inzet = t.step(
      'inzet',
      'Deel van de betalingscapaciteit dat u zelf moet betalen',
      percentOfExact(capaciteit, pct),
      'eurocent_per_jaar',
      () => `${pc(pct)} x ${c(capaciteit)}`,
      [AANWENDBAAR],
    );
    kwijt = t.step(
      'kwijtschelding',
      'Kwijtschelding: aanslag min wat u zelf moet betalen',
      Math.max(0, Math.round(s.assessment_per_year - inzet)),
      'eurocent_per_jaar',
      () => `${c(s.assessment_per_year)} - ${c(inzet)}`,
    );
    t.check(
      'bedrag',
      'Er blijft iets over om kwijt te schelden',
      kwijt,
      '>',
      0,
      'eurocent_per_jaar',
    );
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
    toAsk: ok
      ? [
          'Hoe hoog is de aanslag gemeentelijke belastingen precies?',
          'Wat zijn uw woonlasten (huur of hypotheek)? Hoge woonlasten tellen ook mee.',
        ]
      : [],
    howToApply: s.how_to_apply,
    via: 'Gemeente of belastingsamenwerking',
    url: s.url ?? null,
    source: sourceOf(s),
    notes: [
      'Schatting met de landelijke rekenmethode, zonder woonlasten en andere vaste lasten.',
      ...(s.note ? [s.note] : []),
    ],
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
      'Budget per jaar voor volwassenen en kinderen',
      adults * s.amount_per_adult_per_year + kids * s.amount_per_child_per_year,
      'eurocent_per_jaar',
      () =>
        `${adults} x ${c(s.amount_per_adult_per_year)} + ${kids} x ${c(s.amount_per_child_per_year)}`,
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
    toAsk: ok
      ? ['Waar wilt u het budget voor gebruiken: sport, cultuur, school of een uitje?']
      : [],
    howToApply: s.how_to_apply,
    via: 'Gemeente',
    url: s.url ?? null,
    source: sourceOf(s),
    notes: s.note ? [s.note] : [],
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
      'Bijdrage van de gemeente in de premie, per maand',
      adults * s.contribution_per_adult_per_month,
      'eurocent_per_maand',
      () => `${adults} x ${c(s.contribution_per_adult_per_month)}`,
    );
  }
  const ok = t.failed === 0;
  return result(czInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? { perMonthCents: perMonth, perYearCents: perMonth * 12, period: 'maand', indicative: true }
      : null,
    toAsk: ok
      ? [
          'Welke zorgkosten heeft u veel? Kies dan een pakket met die vergoedingen.',
          'U kunt alleen per 1 januari overstappen, of als u net bijstand krijgt.',
        ]
      : [],
    howToApply: s.how_to_apply,
    via: 'Gemeente en zorgverzekeraar',
    url: s.insurer_url ?? s.url ?? null,
    source: sourceOf(s),
    notes: s.note ? [s.note] : [],
  });
}
