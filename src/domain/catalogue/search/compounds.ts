// Dutch compounds: 'schoolspullen' is school + spullen, 'huurachterstand' huur + achterstand.
// A query word the index does not hold is split into two words that it does hold, so the
// catalogue's own vocabulary is the dictionary. Between the parts a linking 's' or 'e' may stand
// (the tussen-s of 'arbeidsmarkt': arbeid + markt).

import { searchKey } from './dutch-stemmer';
import type { SearchIndex } from './index-shape';
import { MIN_COMPOUND_PART } from './tuning';

const LINKS = ['', 's', 'e'];

/** The term of a word as written in the catalogue or as any form of it ('schuld' → schulden). */
function termOf(index: SearchIndex, word: string): number | undefined {
  return index.surface.get(word) ?? index.terms.get(searchKey(word));
}

export type CompoundParts = { words: [string, string]; terms: [number, number] };

/**
 * The two index words a compound is made of, or undefined. Splits whose parts the catalogue uses
 * as written win over parts known only by their stem ('opvoeding' + s + 'vragen', not
 * 'opvoedings' + 'vragen'); then the longest first part.
 */
export function splitCompound(index: SearchIndex, word: string): CompoundParts | undefined {
  let best: CompoundParts | undefined;
  let bestLiteral = -1;
  for (let cut = word.length - MIN_COMPOUND_PART; cut >= MIN_COMPOUND_PART; cut--) {
    const first = word.slice(0, cut);
    const firstTerm = termOf(index, first);
    if (firstTerm === undefined) continue;
    for (const link of LINKS) {
      const rest = word.slice(cut);
      if (!rest.startsWith(link)) continue;
      const second = rest.slice(link.length);
      const secondTerm = second.length >= MIN_COMPOUND_PART ? termOf(index, second) : undefined;
      if (secondTerm === undefined) continue;
      const literal = Number(index.surface.has(first)) + Number(index.surface.has(second));
      if (literal > bestLiteral) {
        best = { words: [first, second], terms: [firstTerm, secondTerm] };
        bestLiteral = literal;
      }
    }
  }
  return best;
}
