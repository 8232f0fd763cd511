import { ageOnDayBefore, monthStart } from '../dates';
import { percentOfExact } from '../money';
import { c, formula, pc } from '../formula';
import type { SchemeResult } from '../types';
import { result, toeslagAmount } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { say } from './texts';

// Kindgebonden budget: Wet op het kindgebonden budget art. 1-2, Awir art. 14.

export const kindgebondenBudgetInfo: SchemeInfo = {
  scheme: 'kindgebonden-budget',
  name: 'Kindgebonden budget',
  category: 'landelijk',
};

const P = {
  perKind: 'kindgebonden-budget.bedrag-per-kind',
  v12: 'kindgebonden-budget.verhoging-12-15-jaar',
  v16: 'kindgebonden-budget.verhoging-16-17-jaar',
  kop: 'kindgebonden-budget.alleenstaande-ouderkop',
  afbouw: 'kindgebonden-budget.afbouwpercentage',
  drempelPartner: 'kindgebonden-budget.drempelverhoging-partners',
  drempel: 'algemeen.drempelinkomen',
  vermAlleen: 'kindgebonden-budget.vermogensgrens-zonder-partner',
  vermPartner: 'kindgebonden-budget.vermogensgrens-met-partner',
} as const;

export function kindgebondenBudget(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t } = ctx;
  const { sum: childSum, counted } = childAmounts(ctx);
  let sum = childSum;
  t.check('kinderen', say('kindgebondenBudget.childUnder18'), counted, '>=', 1, 'aantal');
  const vermId = f.hasPartner ? P.vermPartner : P.vermAlleen;
  t.check(
    'vermogen',
    say('common.assetsBelowLimit'),
    h.assetsCents,
    '<=',
    t.p(vermId),
    'eurocent',
    [vermId],
  );
  if (!f.hasPartner && counted > 0) {
    const kop = t.p(P.kop);
    sum += kop;
    t.step(
      'alleenstaande-ouderkop',
      say('kindgebondenBudget.singleParent'),
      kop,
      'eurocent_per_jaar',
      () => [c(kop)],
      [P.kop],
    );
  }
  const afbouw = incomeReduction(ctx);
  const year = t.step(
    'jaarbedrag',
    say('kindgebondenBudget.perYear'),
    Math.max(0, sum - afbouw),
    'eurocent_per_jaar',
    () => formula`${c(sum)} - ${c(afbouw)}`,
  );
  const conditionsOk = t.failed === 0;
  const { amount } = conditionsOk ? toeslagAmount(t, year, 'exact') : { amount: null };
  const ok = conditionsOk && amount !== null;
  return result(kindgebondenBudgetInfo, ctx, {
    status: ok ? 'recht' : 'geen-recht',
    amount: ok ? amount : null,
    howToApply: say('kindgebondenBudget.apply'),
    via: say('via.toeslagen'),
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/kindgebonden-budget/kindgebonden-budget',
    notes: [say('kindgebondenBudget.noteAges')],
  });
}

/** The yearly amount per child by age (0-11, 12-15, 16-17), counted from the month after birth. */
function childAmounts(ctx: SchemeContext): { sum: number; counted: number } {
  const { household: h, facts: f, trace: t } = ctx;
  const ref = monthStart(f.peildatum);
  const perKind = t.p(P.perKind);
  let sum = 0;
  let counted = 0;
  h.children.forEach((child, i) => {
    const age = ageOnDayBefore(child.birthDate, ref); // age in the month before the peildatum's month
    if (age < 0) return; // the right starts the month after birth
    counted += 1;
    let amount = perKind;
    const ids: string[] = [P.perKind];
    if (age >= 16) {
      amount += t.p(P.v16);
      ids.push(P.v16);
    } else if (age >= 12) {
      amount += t.p(P.v12);
      ids.push(P.v12);
    }
    sum += amount;
    t.step(
      `kind-${i + 1}`,
      () => say('kindgebondenBudget.child', { number: i + 1, age }),
      amount,
      'eurocent_per_jaar',
      () => [c(amount)],
      ids,
    );
  });
  return { sum, counted };
}

/** Reduction for the toetsingsinkomen above the (partner-raised) drempel. */
function incomeReduction(ctx: SchemeContext): number {
  const { facts: f, trace: t } = ctx;
  const drempelBasis = t.p(P.drempel);
  const drempel = f.hasPartner ? drempelBasis + t.p(P.drempelPartner) : drempelBasis;
  t.step(
    'drempel',
    say('kindgebondenBudget.threshold'),
    drempel,
    'eurocent_per_jaar',
    () =>
      f.hasPartner ? formula`${c(drempelBasis)} + ${c(drempel - drempelBasis)}` : [c(drempelBasis)],
    f.hasPartner ? [P.drempel, P.drempelPartner] : [P.drempel],
  );
  const pct = t.p(P.afbouw);
  const boven = Math.max(0, f.toetsingsinkomenCents - drempel);
  const afbouw = percentOfExact(boven, pct);
  t.step(
    'afbouw',
    say('kindgebondenBudget.incomeReduction'),
    afbouw,
    'eurocent_per_jaar',
    () => formula`${pc(pct)} x (${c(f.toetsingsinkomenCents)} - ${c(drempel)}) = ${c(afbouw)}`,
    [P.afbouw],
  );
  return afbouw;
}
