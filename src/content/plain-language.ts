// Plain Dutch at B1: short sentences. Used by plain-language.test.ts on household-facing content.

/** B1 guidance for written Dutch: most sentences stay under about 15 words, none above 20. */
export const MAX_SENTENCE_WORDS = 20;

/** Sentences of a text: split after . ! ? when the next sentence starts with a capital or digit. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'\u2018\u201c(])/u)
    .filter((s) => s.length > 0);
}

/** Words of a sentence: tokens that hold a letter or digit ("–" and "&" do not count). */
export function wordCount(sentence: string): number {
  return sentence.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The sentences of a text that are longer than `max` words. */
export function longSentences(text: string, max = MAX_SENTENCE_WORDS): string[] {
  return sentences(text).filter((s) => wordCount(s) > max);
}
