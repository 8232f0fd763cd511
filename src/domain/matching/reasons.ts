import { joinList } from '../assessment/labels';
import type { Bilingual } from '../assessment/types';

// The reasons a suggestion fits, and the one sentence that sums them up for the reader.

export type MatchReasonCode =
  | 'capital-low'
  | 'aspect'
  | 'core-help'
  | 'aspect-low'
  | 'wants-to-work-on'
  | 'child-aspect-low'
  | 'age-fit'
  | 'life-event'
  | 'target-group'
  | 'poverty-type'
  | 'lever'
  | 'local-offer';

export type ReasonParam = string | number | readonly string[] | readonly number[];

export interface MatchReason extends Bilingual {
  code: MatchReasonCode;
  params: Readonly<Record<string, ReasonParam>>;
}

export function agesText(ages: number[], child: boolean): Bilingual {
  const sorted = [...new Set(ages)].sort((a, b) => a - b).map(String);
  const one = sorted.length === 1;
  if (child && one && sorted[0] === '0') return { nl: 'er is een baby', en: 'there is a baby' };
  if (child)
    return one
      ? { nl: `er is een kind van ${sorted[0]}`, en: `there is a child aged ${sorted[0]}` }
      : {
          nl: `er zijn kinderen van ${joinList(sorted, 'en')}`,
          en: `there are children aged ${joinList(sorted, 'and')}`,
        };
  return one
    ? { nl: `er is een volwassene van ${sorted[0]}`, en: `there is an adult aged ${sorted[0]}` }
    : {
        nl: `er zijn volwassenen van ${joinList(sorted, 'en')}`,
        en: `there are adults aged ${joinList(sorted, 'and')}`,
      };
}

/** Which reasons say most about this household, for the summary sentence (lower first). */
const SPECIFICITY: Readonly<Record<MatchReasonCode, number>> = {
  'life-event': 0,
  aspect: 1,
  'core-help': 2,
  'child-aspect-low': 3,
  'age-fit': 4,
  'capital-low': 5,
  'wants-to-work-on': 6,
  'target-group': 7,
  'aspect-low': 8,
  'poverty-type': 9,
  lever: 10,
  'local-offer': 11,
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(reasons: readonly MatchReason[]): Bilingual {
  return {
    nl: capitalise(reasons.map((r) => r.nl).join(' en ')),
    en: capitalise(reasons.map((r) => r.en).join(' and ')),
  };
}

/**
 * The two reasons that say most about this household, as one sentence. `taken` holds the sentences
 * of the suggestions above this one: the second reason is chosen so the sentence is not a repeat.
 */
export function summaryOf(reasons: readonly MatchReason[], taken?: Set<string>): Bilingual {
  const [first, ...rest] = [...reasons].sort((x, y) => SPECIFICITY[x.code] - SPECIFICITY[y.code]);
  if (!first) return { nl: '', en: '' };
  const options = rest.map((second) => sentence([first, second]));
  const chosen = options.find((o) => !taken?.has(o.nl)) ?? options[0] ?? sentence([first]);
  taken?.add(chosen.nl);
  return chosen;
}
