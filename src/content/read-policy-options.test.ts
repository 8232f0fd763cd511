import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError, readContent, type ContentError } from './read-content';

// Policy options per capital (content/policy-options/*.yaml) are checked like the rest of
// content/: file, line, column and field in Dutch and English, and nothing loads on an error.
// The fixture catalogue holds budgetcoach and buurtkamer.

const validFixture = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const VALID = `id: groen-in-de-wijk
last_reviewed: 2026-12-01
capitals: [economisch, sociaal]
title: { nl: Groen in de wijk, en: Green in the neighbourhood }
summary: { nl: De gemeente legt parken aan., en: The municipality lays out parks. }
sources:
  - { document: 003_b39c53ad28568bb9.txt, section: 3.3.1.3 }
`;

async function contentWith(file: string, name = 'groen-in-de-wijk.yaml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-policy-'));
  tempDirs.push(dir);
  await cp(validFixture, dir, { recursive: true });
  await mkdir(join(dir, 'policy-options'));
  await writeFile(join(dir, 'policy-options', name), file);
  return dir;
}

async function errorsFor(file: string, name?: string): Promise<ContentError[]> {
  const result = await readContent(await contentWith(file, name));
  expect(result).not.toHaveProperty('content');
  return result.ok ? [] : result.errors;
}

function only(errors: ContentError[], field: string): ContentError {
  const found = errors.filter((e) => e.field === field);
  expect(found, `errors for ${field}: ${JSON.stringify(errors)}`).toHaveLength(1);
  return found[0]!;
}

describe('policy options in content/policy-options', () => {
  it('loads a valid option with its capitals and source', async () => {
    const result = await readContent(await contentWith(VALID));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const [option] = result.content.policyOptions;
    expect(option?.capitals).toEqual(["economisch", "sociaal"]);
    expect(option?.title).toEqual({ nl: 'Groen in de wijk', en: 'Green in the neighbourhood' });
    expect(option?.sources[0]?.section).toBe('3.3.1.3');
  });

  it('names an unknown capital at its line and column', async () => {
    const errors = await errorsFor(VALID.replace('[economisch, sociaal]', '[economisch, financieel]'));
    const error = only(errors, 'capitals.1');
    expect(formatContentError(error)).toMatch(
      /policy-options\/groen-in-de-wijk\.yaml:3:24 capitals\.1 — .*'financieel'/,
    );
  });

  it('requires the English twin and a cited source', async () => {
    const errors = await errorsFor(
      VALID.replace(', en: The municipality lays out parks.', '').replace(
        /sources:\n.*\n/,
        'sources: []\n',
      ),
    );
    expect(only(errors, 'summary.en').message.nl).toContain('Engelse tekst ontbreekt');
    expect(only(errors, 'sources').line).toBe(6);
  });

  it('refuses an id that is a catalogue item, in both languages', async () => {
    const errors = await errorsFor(
      VALID.replace('id: groen-in-de-wijk', 'id: budgetcoach'),
      'budgetcoach.yaml',
    );
    const error = only(errors, 'id');
    expect(error.line).toBe(1);
    expect(error.message.nl).toContain('een beleidsoptie is geen interventie');
    expect(error.message.en).toContain('a policy option is not an intervention');
  });
});
