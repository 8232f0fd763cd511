import { listOf } from '../assessment/labels';
import { message, type Message } from '../message';

// The reasons a suggestion fits, and the one sentence that sums them up for the reader. Reasons
// are catalogue messages (src/contract/messages/kapitaalscan.*), worded at the edge (ADR 0006).

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

export interface MatchReason {
  code: MatchReasonCode;
  message: Message;
  params: Readonly<Record<string, ReasonParam>>;
}

/** The same words: two reasons with equal messages say the same thing. */
export function messageId(m: Message): string {
  return JSON.stringify(m);
}

export function agesText(ages: number[], child: boolean): Message {
  const sorted = [...new Set(ages)].sort((a, b) => a - b);
  const one = sorted.length === 1;
  if (child && one && sorted[0] === 0) return message('kapitaalscan.reason.baby');
  const key = child ? (one ? 'childAge' : 'childrenAges') : one ? 'adultAge' : 'adultsAges';
  // Ages as text: a list of numbers reads the same in both languages.
  return message(`kapitaalscan.reason.${key}`, { ages: listOf(sorted.map(String)) });
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

function sentence(reasons: readonly MatchReason[]): Message {
  const [first, second] = reasons;
  if (!first) return message('kapitaalscan.list.one', { text: '' });
  if (!second) return first.message;
  return message('kapitaalscan.reason.summaryTwo', {
    first: first.message,
    second: second.message,
  });
}

/**
 * The two reasons that say most about this household, as one sentence (the edge writes its first
 * letter as a capital). `taken` holds the sentences of the suggestions above this one: the second
 * reason is chosen so the sentence is not a repeat.
 */
export function summaryOf(reasons: readonly MatchReason[], taken?: Set<string>): Message {
  const [first, ...rest] = [...reasons].sort((x, y) => SPECIFICITY[x.code] - SPECIFICITY[y.code]);
  if (!first) return sentence([]);
  const options = rest.map((second) => sentence([first, second]));
  const chosen = options.find((o) => !taken?.has(messageId(o))) ?? options[0] ?? sentence([first]);
  taken?.add(messageId(chosen));
  return chosen;
}
