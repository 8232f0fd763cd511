import { describe, expect, it } from 'vitest';
import { whyNotSentences } from './CheckResults';
import { runCheck } from './check-run';

// 'Waarom niet?' speaks to the resident in their language (B1), with amounts written the way that
// language writes them (€ 200.000,00 / €200,000.00) and kept on one line.

const P = '2026-11-24';
const outcome = runCheck(
  {
    gemeente: 'GM0148',
    applicant: {
      birthDate: '1988-11-24',
      netMonthlyIncomeCents: 150000,
      grossMonthlyIncomeCents: 170000,
      incomeKind: 'loon',
    },
    home: { type: 'huur', rentMonthlyCents: 70000 },
    assetsCents: 20000000,
  },
  P,
  null,
);
const zorgtoeslag = outcome.result.schemes.find((s) => s.scheme === 'zorgtoeslag')!;

describe('why not, in the reader language', () => {
  it('says it in Dutch', () => {
    expect(whyNotSentences(zorgtoeslag, 'nl')).toEqual([
      'U krijgt geen zorgtoeslag, omdat uw spaargeld en bezit (vermogen) hoger zijn dan de grens. Bij u is dat €\u00a0200.000,00. De grens is €\u00a0146.011,00.',
    ]);
  });

  it('says it in English', () => {
    const [sentence] = whyNotSentences(zorgtoeslag, 'en');
    expect(sentence).toMatch(
      /^You do not get .+, because your savings and property \(assets\) are above the limit\. For you that is €200,000\.00\. The limit is €146,011\.00\.$/,
    );
  });
});
