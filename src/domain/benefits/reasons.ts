import type { Bilingual, TraceCondition } from './types';
import { formatValue } from './trace';

// 'Waarom niet?' at B1: for each condition that was not met, one plain reason in Dutch and
// English ("U krijgt geen kwijtschelding, omdat uw inkomen hoger is dan de grens."), and the two
// values compared in everyday words. The formula stays in the trace for professionals.

type Clause = (c: TraceCondition) => Bilingual;

const fixed =
  (nl: string, en: string): Clause =>
  () => ({ nl, en });

const clauses: Record<string, Clause> = {
  inkomen: fixed('uw inkomen hoger is dan de grens', 'your income is above the limit'),
  vermogen: fixed(
    'uw spaargeld en bezit (vermogen) hoger zijn dan de grens',
    'your savings and property (assets) are above the limit',
  ),
  'eigen-woning': fixed(
    'uw huis meer waard is dan de hypotheek plus de vrijlating',
    'your home is worth more than the mortgage plus the exemption',
  ),
  leeftijd: (c) => ({
    nl: `u jonger bent dan ${String(c.limit.value)} jaar`,
    en: `you are younger than ${String(c.limit.value)}`,
  }),
  'leeftijd-min': (c) => ({
    nl: `u jonger bent dan ${String(c.limit.value)} jaar`,
    en: `you are younger than ${String(c.limit.value)}`,
  }),
  'leeftijd-max': fixed('u de AOW-leeftijd al heeft', 'you have reached the state pension age'),
  periode: (c) => ({
    nl: `u nog geen ${String(c.limit.value)} maanden een laag inkomen heeft`,
    en: `you have not had a low income for ${String(c.limit.value)} months yet`,
  }),
  minimumbedrag: (c) => {
    const min = `€ ${Math.round(Number(c.limit.value) / 100)}`;
    return {
      nl: `het bedrag lager is dan ${min} per jaar, en zo weinig betaalt de Dienst Toeslagen niet uit`,
      en: `the amount is below ${min} a year, and the Dienst Toeslagen does not pay that little`,
    };
  },
  aangeboden: fixed('de gemeente deze regeling niet heeft', 'the municipality has no such scheme'),
  bedrag: fixed(
    'u de belasting volgens de rekenregels zelf kunt betalen',
    'by the rules you can pay the tax yourself',
  ),
  huurwoning: fixed('u geen huurwoning heeft', 'you do not rent your home'),
  zelfstandig: fixed(
    'uw woning geen eigen voordeur, keuken en wc heeft',
    'your home has no front door, kitchen and toilet of its own',
  ),
  kinderen: fixed(
    'er geen kind jonger dan 18 bij u hoort',
    'there is no child under 18 in your household',
  ),
  opvang: fixed(
    'geen kind naar geregistreerde kinderopvang gaat',
    'no child goes to registered childcare',
  ),
  'werk-aanvrager': fixed(
    'u niet werkt, niet studeert en geen traject naar werk volgt',
    'you do not work, study or follow a route to work',
  ),
  'werk-partner': fixed(
    'uw partner niet werkt, niet studeert en geen traject naar werk volgt',
    'your partner does not work, study or follow a route to work',
  ),
  verzekerd: fixed(
    'u geen Nederlandse zorgverzekering heeft',
    'you have no Dutch health insurance',
  ),
  actief: fixed(
    'dit fonds niet werkt in uw gemeente',
    'this fund does not work in your municipality',
  ),
  leefgeld: fixed(
    'u meer leefgeld heeft dan de voedselbank toestaat',
    'you have more money to live on than the food bank allows',
  ),
  partner: fixed('u geen partner heeft', 'you have no partner'),
  uitkering: fixed(
    'geen van u beiden een uitkering heeft (bijstand telt niet mee)',
    'neither of you has a benefit (social assistance does not count)',
  ),
  'geen-inkomen': fixed('uw partner een eigen inkomen heeft', 'your partner has an income'),
};

const comparable = new Set([
  'eurocent',
  'eurocent_per_maand',
  'eurocent_per_kwartaal',
  'eurocent_per_jaar',
]);

const englishValue = (text: string) =>
  text
    .replace(' per maand', ' a month')
    .replace(' per kwartaal', ' a quarter')
    .replace(' per jaar', ' a year');

/** Why a condition was not met, as the end of 'U krijgt geen …, omdat …' ('… because …'). */
export function reasonClause(c: TraceCondition): Bilingual {
  const clause = clauses[c.id];
  if (clause) return clause(c);
  return { nl: `dit niet klopt: ${c.label.toLowerCase()}`, en: `this is not met: ${c.label}` };
}

/** The values compared, in plain words ('Bij u is dat € 1.500 per maand. De grens is € 1.401 per maand.'). */
export function comparedValues(c: TraceCondition): Bilingual | null {
  if (!comparable.has(c.actual.unit) || typeof c.actual.value !== 'number') return null;
  if (typeof c.limit.value !== 'number') return null;
  const actual = formatValue(c.actual.value, c.actual.unit);
  const limit = formatValue(c.limit.value, c.limit.unit);
  return {
    nl: `Bij u is dat ${actual}. De grens is ${limit}.`,
    en: `For you that is ${englishValue(actual)}. The limit is ${englishValue(limit)}.`,
  };
}
