import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError, readContent, type ContentError } from './read-content';

// Signal checklists per setting (content/signal-checklists/*.yaml) are checked like the rest of
// content/: file, line, column and field in Dutch and English, and nothing loads on an error.
// The fixture catalogue holds budgetcoach and buurtkamer.

const validFixture = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const VALID = `id: school
last_reviewed: 2026-12-01
title: { nl: School, en: School }
intro: { nl: Kijk goed., en: Look closely. }
look_for:
  - id: lunch
    capital: economisch
    text: { nl: Geen eten mee., en: No food brought. }
conversation:
  - { nl: Begin bij het kind., en: Start with the child. }
refer: [budgetcoach]
sources:
  - { document: 003_b39c53ad28568bb9.txt, section: 5.3.2 }
`;

async function contentWith(file: string, name = 'school.yaml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-signals-'));
  tempDirs.push(dir);
  await cp(validFixture, dir, { recursive: true });
  await mkdir(join(dir, 'signal-checklists'));
  await writeFile(join(dir, 'signal-checklists', name), file);
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

describe('signal checklists in content/signal-checklists', () => {
  it('loads a valid checklist', async () => {
    const result = await readContent(await contentWith(VALID));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [list] = result.content.signalChecklists;
    expect(list?.look_for.map((s) => [s.id, s.capital])).toEqual([['lunch', 'economisch']]);
    expect(list?.refer).toEqual(['budgetcoach']);
  });

  it('names a setting the brief does not know', async () => {
    const error = only(await errorsFor(VALID.replace('id: school', 'id: bibliotheek'), 'bibliotheek.yaml'), 'id');
    expect(error.line).toBe(1);
    expect(error.message.en).toContain('school');
  });

  it('names an unknown capital and an unknown referral at their place', async () => {
    const errors = await errorsFor(
      VALID.replace('capital: economisch', 'capital: financieel').replace('[budgetcoach]', '[budgetcoach, fietsles]'),
    );
    expect(only(errors, 'look_for.0.capital').message.nl).toContain("'financieel'");
    const refer = only(errors, 'refer.1');
    expect(formatContentError(refer)).toMatch(/school\.yaml:11:\d+ refer\.1 — Er is geen interventie met id 'fietsles'/);
  });

  it('requires an English twin and at least one source', async () => {
    const errors = await errorsFor(
      VALID.replace('{ nl: Begin bij het kind., en: Start with the child. }', '{ nl: Begin bij het kind. }').replace(
        /sources:\n.*\n/,
        'sources: []\n',
      ),
    );
    expect(only(errors, 'conversation.0.en').message.nl).toContain('Engelse tekst ontbreekt');
    expect(only(errors, "sources").line).toBe(12);
  });
});
