import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../content/read-content';
import { scanWords } from './tokenize';
import { scanWordNumbers, WordTable } from './word-table';

/** The words the fast scanner finds, as words (through a table that numbers them in order). */
function fastWords(texts: string[]): string[] {
  const seen: string[] = [];
  const table = new WordTable((word) => seen.push(word) - 1);
  const out: string[] = [];
  for (const text of texts) scanWordNumbers(text, table, (n) => out.push(seen[n]!));
  return out;
}
function slowWords(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) scanWords(text, (word) => out.push(word));
  return out;
}

describe('scanWordNumbers', () => {
  it('finds exactly the words scanWords finds, on tricky text', () => {
    const texts = [
      "Re-integratie, auto's en zzp'ers: 18+ of 65-plus? Financiën (€ 5) – Zoë’s café!",
      'relatie- en scheidingspunt; NEET-jongeren; a b c; ÉÉN keer; ĳs; x-y-z; 2026-11-24',
      'ABC abc Abc aBc',
    ];
    expect(fastWords(texts)).toEqual(slowWords(texts));
  });

  it('finds exactly the words scanWords finds, on all real content', async () => {
    const dir = fileURLToPath(new URL('../../../../content', import.meta.url));
    const result = await readContent(dir);
    if (!result.ok) throw new Error('content/ does not validate');
    const texts = result.content.interventions.flatMap((i) => [
      i.name,
      i.summary,
      i.description,
      ...i.working_elements,
      ...i.providers,
    ]);
    const fast = fastWords(texts);
    expect(fast.length).toBeGreaterThan(10_000);
    expect(fast).toEqual(slowWords(texts));
  });

  it('gives a word the same number however it is written', () => {
    let next = 0;
    const table: WordTable = new WordTable(() => next++);
    const numbers: number[] = [];
    scanWordNumbers('Schulden schulden SCHULDEN geld', table, (n) => numbers.push(n));
    expect(numbers).toEqual([0, 0, 0, 1]);
    expect(table.get('schulden')).toBe(0);
  });
});
