import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every string exists in Dutch and in English: a missing key would show up as a raw key name.
const dir = new URL('.', import.meta.url).pathname;
const load = (file: string) =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
// i18next plural forms differ per language; compare on the base key.
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  const pairs: [string, string][] = [['nl.json', 'en.json']];
  for (const f of readdirSync(join(dir, 'modules')).filter((f) => f.endsWith('.nl.json'))) {
    pairs.push([`modules/${f}`, `modules/${f.replace('.nl.json', '.en.json')}`]);
  }
  it.each(pairs)('%s and %s have the same keys', (nlFile, enFile) => {
    const nl = new Set(keys(load(nlFile)).map(base));
    const en = new Set(keys(load(enFile)).map(base));
    expect([...nl].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nl.has(k))).toEqual([]);
  });
});
