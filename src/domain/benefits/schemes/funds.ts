import { percentOf } from '../money';
import { c, formula, pc } from '../formula';
import type { FundSchemeId, SchemeResult } from '../types';
import { bijstandsnorm } from './bijstand';
import { result } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { contentText, type Message } from '../../message';
import { say } from './texts';

// Funds (Stichting Leergeld, Jeugdfonds Sport & Cultuur, …): criteria and how to apply come from
// rules/fondsen/*.yaml. The fund decides; the engine shows 'mogelijk' with what to ask.

const VB_BASIS = 'voedselbank.leefgeld-basis';
const VB_PER = 'voedselbank.leefgeld-per-persoon';

/** A fund's own text from rules/fondsen, with its English twin where the file has one. */
const fundText = (nl: string, en: string | undefined) =>
  say('asWritten', { text: contentText(nl, en ?? nl) });

type FundConfig = NonNullable<SchemeContext['funds'][FundSchemeId]>;

/** Whether the gemeente has the fund: known absent fails, unknown becomes a note to check. */
function checkActive(id: FundSchemeId, ctx: SchemeContext, notes: Message[]): void {
  const { trace: t, gemeente: g } = ctx;
  const active = g.funds[id];
  if (active === false)
    t.check(
      'actief',
      () => say('funds.activeIn', { gemeente: g.name }),
      false,
      '=',
      true,
      'ja_nee',
    );
  else if (active === undefined) notes.push(say('funds.checkActiveIn', { gemeente: g.name }));
}

/** Age: how many people in the household fit the target group? */
function checkTargetGroup(cfg: FundConfig, ctx: SchemeContext): void {
  const { facts: f, trace: t } = ctx;
  const min = cfg.min_age ?? 0;
  const max = cfg.max_age ?? 200;
  let fits = 0;
  if (cfg.target === 'kinderen') {
    for (const a of f.childAges) if (a >= min && a <= max) fits++;
    for (const a of f.otherAdultAges) if (a >= min && a <= max) fits++;
  } else if (cfg.target === 'volwassenen') {
    if (f.applicantAge >= min && f.applicantAge <= max) fits++;
    if (f.partnerAge !== null && f.partnerAge >= min && f.partnerAge <= max) fits++;
  }
  if (cfg.target !== 'huishouden') {
    t.check(
      'doelgroep',
      () =>
        cfg.target === 'kinderen'
          ? say('funds.childAged', { min, max })
          : cfg.max_age === undefined
            ? say('funds.adultFrom', { min })
            : say('funds.adultAged', { min, max }),
      fits,
      '>=',
      1,
      'aantal',
    );
  }
}

/** The fund's usual income limit, as a percentage of the bijstandsnorm, if it has one. */
function checkIncomeLimit(cfg: FundConfig, ctx: SchemeContext): void {
  const { household: h, facts: f, trace: t } = ctx;
  const pctLimit = cfg.typical_income_limit_pct;
  if (pctLimit === undefined) return;
  const norm = bijstandsnorm(
    h,
    f,
    t,
    { applyKostendelers: false, inclVakantiegeld: true },
    ctx.cache,
  );
  const limit = t.step(
    'inkomensgrens',
    () => say('funds.incomeLimit', { pct: pctLimit }),
    percentOf(norm, pctLimit),
    'eurocent_per_maand',
    () => formula`${pc(pctLimit)} x ${c(norm)}`,
  );
  t.check(
    'inkomen',
    say('funds.incomeBelowLimit'),
    f.netIncomeMonthCents,
    '<=',
    limit,
    'eurocent_per_maand',
  );
}

export function fund(id: FundSchemeId, ctx: SchemeContext): SchemeResult {
  const cfg = ctx.funds[id];
  const info: SchemeInfo = { scheme: id, name: cfg?.name ?? id, category: 'fonds' };
  if (!cfg) {
    return result(info, ctx, {
      status: 'niet-berekend',
      amount: null,
      notes: [say('funds.noData')],
    });
  }
  const notes = cfg.notes.map((note, k) => fundText(note, cfg.en?.notes[k]));
  checkActive(id, ctx, notes);
  checkTargetGroup(cfg, ctx);
  checkIncomeLimit(cfg, ctx);
  const toAsk: Message[] = [];
  if (id === 'voedselbank') voedselbank(ctx, toAsk);
  const ok = ctx.trace.failed === 0;
  return result(info, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: null,
    toAsk: ok
      ? [
          ...toAsk,
          say('funds.whatYouGet', { what: fundText(cfg.what_you_get, cfg.en?.what_you_get) }),
        ]
      : [],
    howToApply: fundText(cfg.how_to_apply, cfg.en?.how_to_apply),
    via: fundText(cfg.via, cfg.en?.via),
    url: cfg.url,
    notes,
  });
}

/** The voedselbank's leefgeld test: money left per month after fixed costs, against its norm. */
function voedselbank(ctx: SchemeContext, toAsk: Message[]): void {
  const { household: h, facts: f, trace: t } = ctx;
  const basis = t.p(VB_BASIS);
  const per = t.p(VB_PER);
  const norm = t.step(
    'leefgeldnorm',
    say('funds.foodBankNorm'),
    basis + per * f.persons,
    'eurocent_per_maand',
    () => formula`${c(basis)} + ${f.persons} x ${c(per)}`,
    [VB_BASIS, VB_PER],
  );
  if (h.fixedCostsMonthlyCents === undefined) {
    toAsk.push(say('funds.askFixedCosts'));
    return;
  }
  let toeslagen = 0;
  for (const id of ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget'] as const) {
    const r = ctx.earlier.get(id);
    if (r?.status === 'recht' && r.amount) toeslagen += r.amount.perMonthCents;
  }
  const leefgeld = t.step(
    'leefgeld',
    say('funds.livingAllowance'),
    f.netIncomeAllMonthCents + toeslagen - h.fixedCostsMonthlyCents,
    'eurocent_per_maand',
    () =>
      formula`${c(f.netIncomeAllMonthCents)} + ${c(toeslagen)} - ${c(h.fixedCostsMonthlyCents ?? 0)}`,
  );
  t.check('leefgeld', say('funds.livingBelowNorm'), leefgeld, '<=', norm, 'eurocent_per_maand', [
    VB_BASIS,
    VB_PER,
  ]);
}
