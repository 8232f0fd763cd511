import type { SchemeResult } from '../types';
import { bijstandsnorm } from './bijstand';
import { result } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { say } from './texts';

// Tegemoetkoming alleenverdieners: Participatiewet art. 78gg. For a household with one partner on a
// benefit (not bijstand, possibly topped up with bijstand) and one without income, who lose out on
// toeslagen because of the double general tax credit. The Belastingdienst tells the gemeente who
// qualifies; the gemeente often pays without an application.

export const alleenverdienersInfo: SchemeInfo = {
  scheme: 'tegemoetkoming-alleenverdieners',
  name: 'Tegemoetkoming alleenverdieners',
  category: 'landelijk',
};

const BEDRAG = 'tegemoetkoming-alleenverdieners.bedrag';

export function tegemoetkomingAlleenverdieners(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t } = ctx;
  const bedrag = t.p(BEDRAG);
  t.check('partner', say('alleenverdieners.partner'), f.hasPartner, '=', true, 'ja_nee');
  // Without a partner the other conditions say nothing: 'no partner' is the one reason.
  if (f.hasPartner) {
    const kinds = [h.applicant, h.partner].filter((a) => a !== null);
    const withBenefit = kinds.filter((a) => a.incomeKind === 'uitkering').length;
    const withoutIncome = kinds.filter(
      (a) => a.incomeKind === 'geen' && a.grossMonthlyIncomeCents === 0,
    ).length;
    t.check('uitkering', say('alleenverdieners.benefit'), withBenefit, '=', 1, 'aantal');
    t.check('geen-inkomen', say('alleenverdieners.noIncome'), withoutIncome, '=', 1, 'aantal');
    const norm = bijstandsnorm(
      h,
      f,
      t,
      { applyKostendelers: false, inclVakantiegeld: true },
      ctx.cache,
    );
    t.check(
      'inkomen',
      say('alleenverdieners.belowNorm'),
      f.netIncomeMonthCents,
      '<=',
      norm,
      'eurocent_per_maand',
    );
  }
  const ok = t.failed === 0;
  return result(alleenverdienersInfo, ctx, {
    status: ok ? 'mogelijk' : 'geen-recht',
    amount: ok
      ? {
          perMonthCents: Math.round(bedrag / 12),
          perYearCents: bedrag,
          period: 'jaar',
          indicative: true,
        }
      : null,
    toAsk: ok ? [say('alleenverdieners.askLetter')] : [],
    howToApply: say('alleenverdieners.apply'),
    via: say('via.gemeente'),
    notes: [say('alleenverdieners.noteOnce')],
  });
}
