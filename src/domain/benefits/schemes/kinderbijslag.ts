import { ageOn, quarterStart } from '../dates';
import { divRoundHalfUp } from '../money';
import { c } from '../formula';
import type { SchemeResult } from '../types';
import { result } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { say } from './texts';

// Kinderbijslag: Algemene Kinderbijslagwet. Per child per quarter, by age on the first day of the
// quarter. Not income-dependent.

export const kinderbijslagInfo: SchemeInfo = {
  scheme: 'kinderbijslag',
  name: 'Kinderbijslag',
  category: 'landelijk',
};

const P = {
  jong: 'kinderbijslag.kwartaalbedrag-0-5-jaar',
  midden: 'kinderbijslag.kwartaalbedrag-6-11-jaar',
  oud: 'kinderbijslag.kwartaalbedrag-12-17-jaar',
} as const;

export function kinderbijslag(ctx: SchemeContext): SchemeResult {
  const { household: h, trace: t } = ctx;
  const q = quarterStart(ctx.facts.peildatum);
  let total = 0;
  let counted = 0;
  h.children.forEach((child, i) => {
    if (child.birthDate >= q) return; // the right starts in the quarter after birth
    const age = ageOn(child.birthDate, q);
    const id = age < 6 ? P.jong : age < 12 ? P.midden : P.oud;
    const amount = t.p(id);
    counted += 1;
    total += amount;
    t.step(
      `kind-${i + 1}`,
      () => say('kinderbijslag.child', { number: i + 1, age }),
      amount,
      'eurocent_per_kwartaal',
      () => [c(amount)],
      [id],
    );
  });
  const ok = t.check('kinderen', say('kinderbijslag.childUnder18'), counted, '>=', 1, 'aantal');
  const perMonth = divRoundHalfUp(total, 3);
  return result(kinderbijslagInfo, ctx, {
    status: ok ? 'recht' : 'geen-recht',
    amount: ok
      ? { perMonthCents: perMonth, perYearCents: total * 4, period: 'kwartaal', indicative: false }
      : null,
    howToApply: say('kinderbijslag.apply'),
    via: say('via.svb'),
    url: 'https://www.svb.nl/nl/kinderbijslag',
    notes: [say('kinderbijslag.notePerQuarter')],
  });
}
