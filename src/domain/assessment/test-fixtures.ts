import { CAPITALS, SCORES } from './types';
import type {
  AspectAnswer,
  Capital,
  Instrument,
  InstrumentAspect,
  RiskFactor,
  ScanAnswers,
  Score,
} from './types';

// A small instrument built in code for the domain tests, so they do not depend on the content file
// (which the contract tests check). Three aspects per capital: '<capital>.a', '.b', '.c'.

function aspect(
  id: string,
  capital: Capital,
  extra: Partial<InstrumentAspect> = {},
): InstrumentAspect {
  return {
    id,
    capital,
    title: `Titel ${id}`,
    titleEn: `Title ${id}`,
    question: `Hoe gaat het met ${id}?`,
    questionEn: `How is ${id} going?`,
    levels: SCORES.map((score) => ({
      score,
      description: `niveau ${score}`,
      descriptionEn: `level ${score}`,
    })),
    ...extra,
  };
}

const riskFactors: RiskFactor[] = [
  {
    id: 'scheiding-of-overlijden',
    label: 'Scheiding of overlijden',
    labelEn: 'Separation or death',
    explanation: 'x',
    explanationEn: 'x',
    lifeEvents: ['scheiding', 'overlijden'],
    pointsTo: [
      {
        type: 'situationeel',
        weight: 2,
        why: 'Het inkomen daalt ineens.',
        whyEn: 'Income drops suddenly.',
      },
    ],
  },
  {
    id: 'opgegroeid-met-weinig-geld',
    label: 'Ouders opgegroeid met weinig geld',
    labelEn: 'Parents grew up with little money',
    explanation: 'x',
    explanationEn: 'x',
    pointsTo: [
      { type: 'generatie', weight: 2, why: 'Armoede kan doorgaan.', whyEn: 'Poverty can go on.' },
    ],
  },
  {
    id: 'langer-dan-vier-jaar',
    label: 'Langer dan vier jaar weinig geld',
    labelEn: 'More than four years',
    explanation: 'x',
    explanationEn: 'x',
    pointsTo: [
      { type: 'generatie', weight: 2, why: 'Langdurige armoede.', whyEn: 'Long-term poverty.' },
    ],
  },
  {
    id: 'migratieachtergrond',
    label: 'Naar Nederland gekomen',
    labelEn: 'Migration background',
    explanation: 'x',
    explanationEn: 'x',
    targetGroups: ['migratieachtergrond'],
    pointsTo: [
      { type: 'migratie', weight: 2, why: 'Taal en netwerk.', whyEn: 'Language and network.' },
    ],
  },
  {
    id: 'moeite-met-taal',
    label: 'Moeite met Nederlands',
    labelEn: 'Difficulty with Dutch',
    explanation: 'x',
    explanationEn: 'x',
    inferredFrom: { aspect: 'cultureel.a', atMost: 2 },
    targetGroups: ['laaggeletterden'],
    pointsTo: [
      {
        type: 'migratie',
        weight: 1,
        why: 'Een nieuwe taal.',
        whyEn: 'A new language.',
        onlyWith: ['migratieachtergrond'],
      },
    ],
  },
  {
    id: 'schulden',
    label: 'Schulden',
    labelEn: 'Debts',
    explanation: 'x',
    explanationEn: 'x',
    targetGroups: ['schulden'],
    pointsTo: [],
  },
];

export const testInstrument: Instrument = {
  id: 'kapitaalscan',
  version: 1,
  title: 'Kapitaalscan',
  titleEn: 'Kapitaalscan',
  intro: 'Samen kijken.',
  introEn: 'Looking together.',
  scale: SCORES.map((score) => ({ score, label: `score ${score}`, labelEn: `score ${score}` })),
  capitals: CAPITALS.map((capital) => ({
    capital,
    title: `Sectie ${capital}`,
    titleEn: `Section ${capital}`,
    intro: 'x',
    introEn: 'x',
    aspects: ['a', 'b', 'c'].map((n) =>
      aspect(
        `${capital}.${n}`,
        capital,
        capital === 'pedagogisch' ? { appliesWhen: { hasChildren: true } } : {},
      ),
    ),
  })),
  childPart: {
    title: 'Per kind',
    titleEn: 'Per child',
    intro: 'x',
    introEn: 'x',
    aspects: [
      aspect('kind.school', 'cultureel', { appliesWhen: { childAge: { min: 2, max: 18 } } }),
      aspect('kind.meedoen', 'sociaal', { appliesWhen: { childAge: { min: 4, max: 18 } } }),
      aspect('kind.welbevinden', 'mentaal'),
    ],
  },
  riskFactors,
  protectiveFactors: [
    {
      id: 'steunend-netwerk',
      capital: 'sociaal',
      label: 'Steun',
      labelEn: 'Support',
      explanation: 'x',
      explanationEn: 'x',
    },
  ],
};

/** Answers with the household rating `score` on all three aspects of the given capitals. */
export function scoresFor(
  byCapital: Partial<Record<Capital, Score>>,
  extra: Partial<ScanAnswers> = {},
): ScanAnswers {
  const aspects: Record<string, AspectAnswer> = {};
  for (const [capital, score] of Object.entries(byCapital))
    for (const n of ['a', 'b', 'c'])
      aspects[`${capital}.${n}`] = { householdScore: score, wantsToWorkOn: false };
  return {
    instrumentId: 'kapitaalscan',
    instrumentVersion: 1,
    aspects,
    children: [],
    riskFactors: [],
    protectiveFactors: [],
    ...extra,
  };
}
