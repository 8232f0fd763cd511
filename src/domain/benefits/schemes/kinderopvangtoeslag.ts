import { percentOfExact } from '../money';
import { c, pc } from '../trace';
import type { SchemeResult } from '../types';
import { result, toeslagAmount } from './common';
import type { SchemeContext, SchemeInfo } from './common';

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
  t.check(
    'opvang',
    'Minstens één kind gaat naar geregistreerde kinderopvang',
    withCare.length,
    '>=',
    1,
    'aantal',
  );
  t.check(
    'werk-aanvrager',
    'U werkt, studeert of volgt een traject naar werk',
    h.applicant.worksOrStudies,
    '=',
    true,
    'ja_nee',
  );
  if (h.partner)
    t.check(
      'werk-partner',
      'Uw partner werkt, studeert of volgt een traject naar werk',
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
      toAsk: ['Reken het bedrag na met de proefberekening van Dienst Toeslagen.'],
      notes: [
        `Voor een inkomen van ${c(income)} per jaar staat de rij van de tabel nog niet in onze gegevens. Daarom rekenen wij dit niet uit.`,
      ],
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
      () => `Opvang kind ${k.i + 1}: ${k.uren} uur x ${c(k.prijs)}, ${pc(pct)} vergoed`,
      part,
      'eurocent_per_maand',
      () => `${pc(pct)} x ${c(k.cost)}`,
      [k.maxId, P.uren, P.tabel],
    );
  });
  const conditionsOk = t.failed === 0;
  const { amount } = conditionsOk ? toeslagAmount(t, month * 12, 'exact') : { amount: null };
  const ok = conditionsOk && amount !== null;
  return result(kinderopvangtoeslagInfo, ctx, {
    status: ok ? 'recht' : 'geen-recht',
    amount: ok ? amount : null,
    toAsk: ok
      ? [
          'Staat de opvang in het Landelijk Register Kinderopvang?',
          'Hoeveel uur per maand staat in het contract?',
        ]
      : [],
    howToApply:
      'Vraag kinderopvangtoeslag aan bij Dienst Toeslagen, uiterlijk 3 maanden na de eerste opvangdag.',
    via: 'Dienst Toeslagen',
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/kinderopvangtoeslag/kinderopvangtoeslag',
    notes: [
      'Voor buitenschoolse opvang en dagopvang hangt het maximum aantal uren ook af van hoeveel u werkt. Dat rekenen wij niet mee.',
    ],
  });
}
