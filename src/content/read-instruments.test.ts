import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError, readContent } from './read-content';
import { readInstruments } from './read-instruments';

const realContent = fileURLToPath(new URL('../../content/', import.meta.url));

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A content dir with only scan/kapitaalscan-v1.yaml, changed by `edit`. */
async function withInstrument(edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-scan-'));
  tempDirs.push(dir);
  const text = await readFile(join(realContent, 'scan', 'kapitaalscan-v1.yaml'), 'utf8');
  await mkdir(join(dir, 'scan'));
  await writeFile(join(dir, 'scan', 'kapitaalscan-v1.yaml'), edit(text));
  return dir;
}

describe('readInstruments', () => {
  it('reads the real kapitaalscan with its English texts, checked against the vocabularies', async () => {
    const content = await readContent(realContent);
    if (!content.ok) throw new Error('content/ is invalid');
    const { instruments, errors } = await readInstruments(
      realContent,
      content.content.vocabularies,
    );
    expect(errors).toEqual([]);
    expect(instruments.map((i) => `${i.id} v${i.version}`)).toEqual(['kapitaalscan v1']);
  });

  it('reports a missing or empty English text with file, line, column and field', async () => {
    const dir = await withInstrument((text) =>
      text
        .replace(/^ {8}question_en: .*\n/m, '')
        .replace(/^( {12}description_en: ).*$/m, '$1""'),
    );
    const { instruments, errors } = await readInstruments(dir);
    expect(instruments).toEqual([]);
    const file = join(dir, 'scan', 'kapitaalscan-v1.yaml');
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      [file, 'capitals.0.aspects.0.question_en'],
      [file, 'capitals.0.aspects.0.levels.0.description_en'],
    ]);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const empty = errors[1]!;
    expect(lines[empty.line - 1]).toMatch(/^ {12}description_en: ""$/);
    expect(empty.column).toBe(29);
    expect(formatContentError(empty, 'en')).toBe(
      `${file}:${empty.line}:29 capitals.0.aspects.0.levels.0.description_en — This field is required.`,
    );
  });

  it('has nothing to check without a scan folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wegwijs-scan-'));
    tempDirs.push(dir);
    expect(await readInstruments(dir)).toEqual({ instruments: [], errors: [] });
  });
});
