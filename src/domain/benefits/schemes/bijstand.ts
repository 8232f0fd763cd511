import { divRoundHalfUp, percentOfExact } from '../money';
import { c, formula, pc, word } from '../formula';
import type { Trace } from '../trace';
import type { HouseholdFacts } from '../facts';
import type { Household } from '../household';
import type { SchemeResult } from '../types';
import { result } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import type { Message } from '../../message';
import { say } from './texts';

// Bijstand (Participatiewet art. 20-22a, 34): an indicative norm check per household type,
// including the kostendelersnorm. Only the gemeente decides; the status is 'mogelijk' at best.

export const bijstandInfo: SchemeInfo = {
  scheme: 'bijstand',
  name: 'Bijstand (algemene bijstand)',
  category: 'landelijk',
};

const N = {
  alleen: 'bijstand.norm-alleenstaande',
  gehuwd: 'bijstand.norm-gehuwden',
  alleenAow: 'bijstand.norm-alleenstaande-aow',
  gehuwdAow: 'bijstand.norm-gehuwden-aow',
  jong: 'bijstand.norm-jongere-alleenstaande',
  beidenJongZonder: 'bijstand.norm-jongeren-gehuwd-beiden-jong-zonder-kinderen',
  beidenJongMet: 'bijstand.norm-jongeren-gehuwd-beiden-jong-met-kinderen',
  eenJongZonder: 'bijstand.norm-jongeren-gehuwd-een-jong-zonder-kinderen',
  eenJongMet: 'bijstand.norm-jongeren-gehuwd-een-jong-met-kinderen',
  kdBasis: 'bijstand.kostendelersnorm-basis',
  kdPer: 'bijstand.kostendelersnorm-per-persoon',
  vt: 'bijstand.aandeel-vakantietoeslag',
  vermAlleen: 'bijstand.vermogensgrens-alleenstaande',
  vermOuder: 'bijstand.vermogensgrens-alleenstaande-ouder',
  vermGehuwd: 'bijstand.vermogensgrens-gehuwden',
  woning: 'bijstand.vrijlating-eigen-woning',
} as const;

function young(age: number | null): boolean {
  return age !== null && age < 21;
}

export type HouseholdType =
  'alleenstaande' | 'alleenstaande_ouder' | 'gehuwden_zonder_kinderen' | 'gehuwden_met_kinderen';

export function householdType(h: Household): HouseholdType {
  if (h.partner)
    return h.children.length > 0 ? 'gehuwden_met_kinderen' : 'gehuwden_zonder_kinderen';
  return h.children.length > 0 ? 'alleenstaande_ouder' : 'alleenstaande';
}

export interface NormOptions {
  applyKostendelers: boolean;
  inclVakantiegeld: boolean;
}

/**
 * The applicable bijstandsnorm per month (the 'sociaal minimum' for this household), recorded in the
 * trace as a step. Municipal schemes use it with their own options.
 */
export function bijstandsnorm(
  h: Household,
  f: HouseholdFacts,
  t: Trace,
  o: NormOptions,
  cache?: Map<string, number>,
): number {
  const key = o.applyKostendelers
    ? o.inclVakantiegeld
      ? 'norm-kd-vt'
      : 'norm-kd'
    : o.inclVakantiegeld
      ? 'norm-vt'
      : 'norm';
  if (cache && !t.enabled) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  let norm = baseNorm(h, f, t);
  if (o.applyKostendelers && f.kostendelers > 0 && !young(f.applicantAge)) {
    norm = kostendelersnorm(f, t);
  }
  if (!o.inclVakantiegeld) {
    const vt = t.p(N.vt);
    const before = norm;
    norm = Math.round(percentOfExact(norm, 100 - vt));
    t.step(
      'zonder-vakantiegeld',
      say('bijstand.normWithoutHolidayPay'),
      norm,
      'eurocent_per_maand',
      () => formula`${c(before)} x ${pc(100 - vt)}`,
      [N.vt],
    );
  }
  cache?.set(key, norm);
  return norm;
}

/** The norm for a single person, a young couple or a couple, recorded as the 'norm-basis' step. */
function baseNorm(h: Household, f: HouseholdFacts, t: Trace): number {
  const kids = h.children.length > 0;
  let normId: string;
  let norm: number;
  let label: Message;
  if (!f.hasPartner) {
    if (f.applicantHasAowAge) normId = N.alleenAow;
    else if (young(f.applicantAge)) normId = N.jong;
    else normId = N.alleen;
    norm = t.p(normId);
    label = say('bijstand.normSingle');
  } else if (young(f.applicantAge) || young(f.partnerAge)) {
    const both = young(f.applicantAge) && young(f.partnerAge);
    normId = both
      ? kids
        ? N.beidenJongMet
        : N.beidenJongZonder
      : kids
        ? N.eenJongMet
        : N.eenJongZonder;
    norm = t.p(normId);
    label = say('bijstand.normYoungCouple');
  } else {
    normId = f.applicantHasAowAge || f.partnerHasAowAge ? N.gehuwdAow : N.gehuwd;
    norm = t.p(normId);
    label = say('bijstand.normCouple');
  }
  t.step('norm-basis', label, norm, 'eurocent_per_maand', () => [c(norm)], [normId]);
  return norm;
}

/** Participatiewet art. 22a: the norm when the household shares the home with other adults. */
function kostendelersnorm(f: HouseholdFacts, t: Trace): number {
  // Participatiewet art. 22a: (basis + A x per persoon) / (A x 100) x B, with B the norm for gehuwden.
  const partnerCounts = f.hasPartner && !young(f.partnerAge);
  const a = f.kostendelers + 1 + (partnerCounts ? 1 : 0);
  const bId = f.applicantHasAowAge || f.partnerHasAowAge ? N.gehuwdAow : N.gehuwd;
  const b = t.p(bId);
  const basis = t.p(N.kdBasis);
  const per = t.p(N.kdPer);
  const perPerson = divRoundHalfUp(b * (basis + a * per), a * 100);
  const norm = partnerCounts ? perPerson * 2 : perPerson;
  t.step(
    'kostendelersnorm',
    () => say('bijstand.costSharers', { count: a }),
    norm,
    'eurocent_per_maand',
    () =>
      formula`(${basis} + ${a} x ${per}) / (${a} x 100) x ${c(b)}${partnerCounts ? formula` x 2 ${word('forYouAndPartner')}` : []}`,
    [bId, N.kdBasis, N.kdPer],
  );
  return norm;
}

export function bijstandAssetLimit(h: Household, t: Trace): { limit: number; id: string } {
  const type = householdType(h);
  const id =
    type === 'alleenstaande'
      ? N.vermAlleen
      : type === 'alleenstaande_ouder'
        ? N.vermOuder
        : N.vermGehuwd;
  return { limit: t.p(id), id };
}

export function bijstand(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t } = ctx;
  t.check('leeftijd', say('common.age18'), f.applicantAge, '>=', 18, 'jaar');
  const { limit, id } = bijstandAssetLimit(h, t);
  t.check('vermogen', say('bijstand.assets'), h.assetsCents, '<=', limit, 'eurocent', [id]);
  if (h.home.type === 'koop') {
    t.check(
      'eigen-woning',
      say('bijstand.homeEquity'),
      h.home.homeEquityCents ?? 0,
      '<=',
      t.p(N.woning),
      'eurocent',
      [N.woning],
    );
  }
  const norm = bijstandsnorm(
    h,
    f,
    t,
    { applyKostendelers: true, inclVakantiegeld: true },
    ctx.cache,
  );
  const income = f.netIncomeMonthCents;
  t.check('inkomen', say('bijstand.incomeBelowNorm'), income, '<', norm, 'eurocent_per_maand');
  const aanvulling = t.step(
    'aanvulling',
    say('bijstand.topUp'),
    Math.max(0, norm - income),
    'eurocent_per_maand',
    () => formula`${c(norm)} - ${c(income)}`,
  );
  const ok = t.failed === 0;
  const aow = f.applicantHasAowAge || f.partnerHasAowAge;
  const notes = [say('bijstand.noteEstimate')];
  if (f.applicantAge < 21) notes.push(say('bijstand.noteYoung'));
  if (f.kostendelers > 0) notes.push(say('bijstand.noteCostSharers'));
  return result(bijstandInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? {
          perMonthCents: aanvulling,
          perYearCents: aanvulling * 12,
          period: 'maand',
          indicative: true,
        }
      : null,
    toAsk: ok
      ? [say('bijstand.askIncome'), say('bijstand.askAccounts'), say('bijstand.askWhoLivesWithYou')]
      : [],
    howToApply: aow ? say('bijstand.applyAio') : say('bijstand.apply'),
    via: aow ? say('via.svb') : say('via.gemeente'),
    url: aow ? 'https://www.svb.nl/nl/aio' : null,
    notes,
  });
}
