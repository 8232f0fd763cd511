import type { ReactNode } from 'react';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks the matched words in a text with <mark>, as the search reported them. */
export function Highlight({ text, words }: { text: string; words: string[] }): ReactNode {
  const usable = words.filter((w) => w.trim().length > 1);
  if (usable.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const parts = text.split(pattern);
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}
