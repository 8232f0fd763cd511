import type { Bilingual, Capital, PovertyType } from './types';

// Names used inside generated sentences (lower case, as they appear mid-sentence).

export const CAPITAL_NAMES: Readonly<Record<Capital, Bilingual>> = {
  economisch: { nl: 'economisch kapitaal', en: 'economic capital' },
  sociaal: { nl: 'sociaal kapitaal', en: 'social capital' },
  cultureel: { nl: 'cultureel kapitaal', en: 'cultural capital' },
  pedagogisch: { nl: 'pedagogisch kapitaal', en: 'pedagogical capital' },
  mentaal: { nl: 'mentaal kapitaal', en: 'mental capital' },
};

export const POVERTY_TYPE_NAMES: Readonly<Record<PovertyType, Bilingual>> = {
  situationeel: { nl: 'situationele armoede', en: 'situational poverty' },
  generatie: { nl: 'generatiearmoede', en: 'intergenerational poverty' },
  migratie: { nl: 'migratiearmoede', en: 'migration-related poverty' },
};

/** Names of life events (content/vocabularies.yaml › life_events), lower case. */
export const LIFE_EVENT_NAMES: Readonly<Record<string, Bilingual>> = {
  zwangerschap: { nl: 'zwangerschap', en: 'pregnancy' },
  geboorte: { nl: 'de geboorte van een kind', en: 'the birth of a child' },
  'overstap-po-vo': {
    nl: 'de overstap naar de middelbare school',
    en: 'starting secondary school',
  },
  '18-worden': { nl: '18 worden', en: 'turning 18' },
  'uit-huis': { nl: 'uit huis gaan', en: 'leaving home' },
  studeren: { nl: 'gaan studeren', en: 'starting studies' },
  'start-werk': { nl: 'van school naar werk', en: 'from school to work' },
  'samenwonen-trouwen': { nl: 'samenwonen of trouwen', en: 'moving in together or marriage' },
  scheiding: { nl: 'een scheiding', en: 'a separation' },
  baanverlies: { nl: 'baanverlies', en: 'job loss' },
  ziekte: { nl: 'ziekte of arbeidsongeschiktheid', en: 'illness or incapacity' },
  overlijden: { nl: 'het overlijden van een naaste', en: 'the death of a loved one' },
  verhuizing: { nl: 'een verhuizing', en: 'moving house' },
  detentie: { nl: 'uit detentie komen', en: 'leaving prison' },
  pensioen: { nl: 'met pensioen gaan', en: 'retirement' },
};

export function lifeEventName(id: string): Bilingual {
  return LIFE_EVENT_NAMES[id] ?? { nl: id, en: id };
}

/** A score as Dutch and English text: 2.5 → '2,5' / '2.5'; whole numbers without decimals. */
export function formatScore(score: number): Bilingual {
  const en = Number.isInteger(score) ? String(score) : score.toFixed(1);
  return { nl: en.replace('.', ','), en };
}

/** Joins parts as 'a, b en c' / 'a, b and c'. */
export function joinList(parts: readonly string[], word: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts[parts.length - 1]}`;
}
