import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICKSCAN_LEARNING_MODULE_IDS } from '../contract/content';
import { readContent, type ContentError } from './read-content';

// The professionals' quickscan (content/quickscan/*.yaml) is checked like every content file: a
// writer's mistake comes back with file, line, column and field in Dutch and English, and nothing
// loads. Its decks must exist in cards/, its learning modules must be known ids.

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const FILE = join('quickscan', 'professionals.yaml');
let dir: string;
let original: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegwijs-quickscan-'));
  await cp(contentDir, dir, { recursive: true });
  original = await readFile(join(contentDir, FILE), 'utf8');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function errorsWith(edit: (yaml: string) => string): Promise<ContentError[]> {
  const changed = edit(original);
  expect(changed).not.toBe(original);
  await writeFile(join(dir, FILE), changed);
  const result = await readContent(dir);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('content/quickscan', () => {
  it('loads the real quickscan: three parts, 12–18 statements, help links that exist', async () => {
    const result = await readContent(contentDir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [scan] = result.content.quickscans;
    expect(scan?.parts.map((p) => p.id)).toEqual(['kennis', 'gesprek', 'samenwerking']);
    const count = scan!.parts.reduce((n, p) => n + p.statements.length, 0);
    expect(count).toBeGreaterThanOrEqual(12);
    expect(count).toBeLessThanOrEqual(18);
    const decks = new Set(result.content.decks.map((d) => d.id));
    for (const part of scan!.parts) {
      expect(part.help.decks.length + part.help.learning.length).toBeGreaterThan(0);
      for (const id of part.help.decks) expect(decks).toContain(id);
    }
  });

  it('names a deck that does not exist at its line and column', async () => {
    const errors = await errorsWith((y) => y.replace('decks: [gesprekstechnieken,', 'decks: [gesprekstechniek,'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: join(dir, FILE),
      field: 'parts.1.help.decks.0',
      column: 15,
    });
    expect(errors[0]!.message.en).toBe("There is no card deck with id 'gesprekstechniek' in cards/.");
  });

  it('accepts only the agreed learning-module ids', async () => {
    const errors = await errorsWith((y) => y.replace('learning: [ervaringsdeskundigheid,', 'learning: [ervaring,'));
    expect(errors.map((e) => e.field)).toEqual(['parts.2.help.learning.0']);
    expect(errors[0]!.message.nl).toContain(QUICKSCAN_LEARNING_MODULE_IDS.join(', '));
  });

  it('refuses a missing English twin, a broken scale and too few statements', async () => {
    const twin = await errorsWith((y) =>
      y.replace(/\n {10}en: I raise the subject of money myself[^\n]*/, ''),
    );
    expect(twin.map((e) => [e.field, e.message.nl])).toEqual([
      [
        'parts.1.statements.0.text.en',
        'De Engelse tekst ontbreekt; elke tekst staat er in het Nederlands en het Engels.',
      ],
    ]);
    const scale = await errorsWith((y) => y.replace('{ value: 3, label', '{ value: 4, label'));
    expect(scale.map((e) => [e.field, e.line])).toEqual([['scale.2.value', 23]]);
    // Drop the last part: ten statements remain.
    const short = await errorsWith((y) => y.replace(/\n {2}- id: samenwerking[\s\S]*?(?=\nsources:)/, ''));
    expect(short.map((e) => [e.field, e.message.en])).toEqual([
      ['parts', 'A quickscan has 12 to 18 statements; this one has 10.'],
    ]);
  });
});
