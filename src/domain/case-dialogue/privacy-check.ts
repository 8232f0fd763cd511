// The ethical case dialogue holds no household data. Before it is stored, its free text is
// checked for two things: a number that could be a BSN (refused) and a reference or label of one
// of the team's households (a warning the team must acknowledge). Households in Wegwijs are
// pseudonymous: they have an own reference and initials or a nickname, never a name, so those
// are what the check can look for.

/**
 * The elfproef for a BSN: nine digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11
 * (and not all zeros). Wrong numbers pass it one time in eleven; that is why it only refuses.
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = d.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) - d[8]!;
  return sum % 11 === 0;
}

/**
 * Nine digits in a row, also written in groups ("123 456 782", "12.34.56.782"); a longer run of
 * digits (an IBAN, a phone number with area code) is not a BSN and is left alone.
 */
const NINE_DIGITS = /(?<![\d.\- ]\d|\d)\d(?:[ .-]?\d){8}(?![ .-]?\d)/g;

export function containsBsnLike(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (passesElfproef(match[0].replace(/\D/g, ''))) return true;
  }
  return false;
}

/** Terms shorter than this are too common to warn about ("K.", "A"). */
export const MIN_TERM_LENGTH = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terms (references, labels) that occur in the text as whole words, ignoring case. */
export function mentionedTerms(text: string, terms: readonly string[]): string[] {
  const lower = text.toLocaleLowerCase('nl');
  return [...new Set(terms.map((t) => t.trim()))].filter((term) => {
    if (term.length < MIN_TERM_LENGTH) return false;
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{N}])${escape(term.toLocaleLowerCase('nl'))}($|[^\\p{L}\\p{N}])`,
      'u',
    );
    return pattern.test(lower);
  });
}
