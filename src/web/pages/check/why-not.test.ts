import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import checkEn from '../../../contract/messages/check.en.json';
import checkNl from '../../../contract/messages/check.nl.json';
import { icuFormat } from '../../i18n/icu-format';
import { whyNotSentences } from './CheckResults';
import { runCheck } from './check-run';

// 'Waarom niet?' speaks to the resident in their language (B1), with amounts that stay on one line.

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

// The page's own strings, without the browser setup of src/web/i18n.
const i18n = i18next.createInstance().use(icuFormat);
await i18n.init({
  resources: { nl: { translation: checkNl }, en: { translation: checkEn } },
  lng: 'nl',
  interpolation: { escapeValue: false },
});

describe('why not, in the reader language', () => {
  it('says it in Dutch', () => {
    expect(whyNotSentences(zorgtoeslag, i18n.getFixedT('nl'), 'nl')).toEqual([
      'U krijgt geen zorgtoeslag, omdat uw spaargeld en bezit (vermogen) hoger zijn dan de grens. Bij u is dat €\u00a0200.000,00. De grens is €\u00a0146.011,00.',
    ]);
  });

  it('says it in English', () => {
    const [sentence] = whyNotSentences(zorgtoeslag, i18n.getFixedT('en'), 'en');
    expect(sentence).toMatch(
      /^You do not get .+, because your savings and property \(assets\) are above the limit\. For you that is €\u00a0200\.000,00\. The limit is €\u00a0146\.011,00\.$/,
    );
  });
});
