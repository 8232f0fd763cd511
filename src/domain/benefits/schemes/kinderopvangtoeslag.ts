import { percentOfExact } from '../money';
import { c, formula, pc } from '../formula';
import type { SchemeResult } from '../types';
import { result, toeslagAmount } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { say } from './texts';

// Kinderopvangtoeslag: Wet kinderopvang art. 1.5-1.7 and the yearly percentage table. The table we
// have is incomplete (see rules/parameters/kinderopvangtoeslag/percentagetabel.yaml); for an income
// that falls between known rows the engine says so instead of guessing.

export const kinderopvangtoeslagInfo: SchemeInfo = {
  scheme: 'kinderopvangtoeslag',
  name: 'Kinderopvangtoeslag',
  category: 'landelijk',
};

const P = {
  dag: 'kinderopvangtoeslag.maximum-uurprijs-dagopvang',
  bso: 'kinderopvangtoeslag.maximum-uurprijs-bso',
  gast: 'kinderopvangtoeslag.maximum-uurprijs-gastouder',
  uren: 'kinderopvangtoeslag.maximum-uren-per-maand',
  tabel: 'kinderopvangtoeslag.percentagetabel',
} as const;

export function kinderopvangtoeslag(ctx: SchemeContext): SchemeResult {
  const { household: h, facts: f, trace: t } = ctx;
  const tabel = t.table(P.tabel);
  const withCare = h.children.filter((k) => k.childcare && k.childcare.hoursPerMonth > 0);
  t.check('opvang', say('kinderopvangtoeslag.registeredCare'), withCare.length, '>=', 1, 'aantal');
  t.check(
    'werk-aanvrager',
    say('kinderopvangtoeslag.applicantWorks'),
    h.applicant.worksOrStudies,
    '=',
    true,
    'ja_nee',
  );
  if (h.partner)
    t.check(
      'werk-partner',
      say('kinderopvangtoeslag.partnerWorks'),
      h.partner.worksOrStudies,
      '=',
      true,
      'ja_nee',
    );

  const maxUren = t.p(P.uren);
  const costs = withCare.map((k, i) => {
    const care = k.childcare!;
    const maxId = care.type === 'dagopvang' ? P.dag : care.type === 'bso' ? P.bso : P.gast;
    const maxPrijs = t.p(maxId);
    const uren = Math.min(care.hoursPerMonth, maxUren);
    const prijs = Math.min(care.hourlyRateCents, maxPrijs);
    return { i, uren, cost: uren * prijs, maxId, prijs };
  });
  // The 'first child' is the one with the most hours, then the highest cost.
  costs.sort((a, b) => b.uren - a.uren || b.cost - a.cost);

  const income = f.toetsingsinkomenCents;
  const row = tabel.find(
    (r) =>
      (r['vanaf'] ?? 0) <= income &&
      (r['tot'] === null || r['tot'] === undefined || income <= r['tot']),
  );
  if (withCare.length > 0 && !row) {
    return result(kinderopvangtoeslagInfo, ctx, {
      status: 'niet-berekend',
      amount: null,
      toAsk: [say('kinderopvangtoeslag.askCheck')],
      notes: [say('kinderopvangtoeslag.noTableRow', { income: income / 100 })],
      url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/kinderopvangtoeslag/kinderopvangtoeslag',
    });
  }
  let month = 0;
  costs.forEach((k, idx) => {
    const pct = idx === 0 ? (row?.['eerste_kind'] ?? 0) : (row?.['volgend_kind'] ?? 0);
    const part = percentOfExact(k.cost, pct);
    month += part;
    t.step(
      `kind-${k.i + 1}`,
      () =>
        say('kinderopvangtoeslag.child', {
          number: k.i + 1,
          hours: k.uren,
          price: k.prijs / 100,
          pct,
        }),
      part,
      'eurocent_per_maand',
      () => formula`${pc(pct)} x ${c(k.cost)}`,
      [k.maxId, P.uren, P.tabel],
    );
  });
  const conditionsOk = t.failed === 0;
  const { amount } = conditionsOk ? toeslagAmount(t, month * 12, 'exact') : { amount: null };
  const ok = conditionsOk && amount !== null;
  return result(kinderopvangtoeslagInfo, ctx, {
    status: ok ? 'recht' : 'geen-recht',
    amount: ok ? amount : null,
    toAsk: ok ? [say('kinderopvangtoeslag.askRegister'), say('kinderopvangtoeslag.askHours')] : [],
    howToApply: say('kinderopvangtoeslag.apply'),
    via: say('via.toeslagen'),
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/kinderopvangtoeslag/kinderopvangtoeslag',
    notes: [say('kinderopvangtoeslag.noteMaxHours')],
  });
}
