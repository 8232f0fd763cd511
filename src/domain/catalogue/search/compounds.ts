// Dutch compounds: 'schoolspullen' is school + spullen, 'huurachterstand' huur + achterstand.
// A query word the index does not hold is split into two words that it does hold, so the
// catalogue's own vocabulary is the dictionary. Between the parts a linking 's' or 'e' may stand
// (the tussen-s of 'arbeidsmarkt': arbeid + markt).

import type { SearchIndex } from './index-shape';
import { MIN_COMPOUND_PART } from './tuning';

const LINKS = ['', 's', 'e'];

/**
 * The two index words a compound is made of, or undefined. The longest known first part wins
 * (a compound's head, its last part, tends to be the shorter one in the catalogue's own words).
 */
export function splitCompound(index: SearchIndex, word: string): [string, string] | undefined {
  for (let cut = word.length - MIN_COMPOUND_PART; cut >= MIN_COMPOUND_PART; cut--) {
    const first = word.slice(0, cut);
    if (!index.surface.has(first)) continue;
    for (const link of LINKS) {
      const rest = word.slice(cut);
      if (!rest.startsWith(link)) continue;
      const second = rest.slice(link.length);
      if (second.length >= MIN_COMPOUND_PART && index.surface.has(second)) return [first, second];
    }
  }
  return undefined;
}
