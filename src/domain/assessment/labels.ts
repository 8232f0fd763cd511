import { contentText, message, type ContentText, type Message } from '../message';
import type { Capital, PovertyType } from './types';

// Names used inside generated sentences, as catalogue keys (src/contract/messages/kapitaalscan.*):
// the domain names them, the server and the web word them in the reader's language (ADR 0006).

export function capitalName(capital: Capital): Message {
  return message(`kapitaalscan.capital.${capital}`);
}

export function povertyTypeName(type: PovertyType): Message {
  return message(`kapitaalscan.povertyType.${type}`);
}

/** Life events with a name in the catalogue (content/vocabularies.yaml › life_events). */
const LIFE_EVENTS: ReadonlySet<string> = new Set([
  'zwangerschap',
  'geboorte',
  'overstap-po-vo',
  '18-worden',
  'uit-huis',
  'studeren',
  'start-werk',
  'samenwonen-trouwen',
  'scheiding',
  'baanverlies',
  'ziekte',
  'overlijden',
  'verhuizing',
  'detentie',
  'pensioen',
]);

/** A life event's name; an id the catalogue does not know is shown as it is. */
export function lifeEventName(id: string): Message | ContentText {
  return LIFE_EVENTS.has(id) ? message(`kapitaalscan.lifeEvent.${id}`) : contentText(id, id);
}

/** Parts as one list: 'a, b en c' / 'a, b and c'. */
export function listOf(parts: readonly ListItem[]): Message {
  const [first, ...rest] = parts;
  if (rest.length === 0) return message('kapitaalscan.list.one', { text: first ?? '' });
  const [second, ...more] = rest;
  if (second !== undefined && more.length === 0)
    return message('kapitaalscan.list.two', { first: first!, last: second });
  return message('kapitaalscan.list.more', { first: first!, rest: listOf(rest) });
}

type ListItem = Message | ContentText | string | number;

/** A content title in quotes: 'Schulden en achterstanden'. */
export function quoted(title: ContentText): Message {
  return message('kapitaalscan.list.quoted', { text: title });
}
