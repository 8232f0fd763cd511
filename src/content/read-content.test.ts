import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError, readContent, type ContentError } from './read-content';

// Each error case is a small overlay on fixtures/valid: only the files that differ.
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const realContent = fileURLToPath(new URL('../../content/', import.meta.url));

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function fixture(overlay?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-content-'));
  tempDirs.push(dir);
  await cp(join(fixtures, 'valid'), dir, { recursive: true });
  if (overlay) await cp(join(fixtures, overlay), dir, { recursive: true });
  return dir;
}

async function errorsOf(overlay: string): Promise<ContentError[]> {
  const result = await readContent(await fixture(overlay));
  expect(result.ok).toBe(false);
  // All or nothing: a failed read carries no content at all.
  expect(result).not.toHaveProperty('content');
  return result.ok ? [] : result.errors;
}

function only(errors: ContentError[], field: string): ContentError {
  const found = errors.filter((e) => e.field === field);
  expect(found, `errors for ${field}: ${JSON.stringify(errors)}`).toHaveLength(1);
  return found[0]!;
}

describe('readContent', () => {
  it('loads a valid directory completely, interventions sorted by id', async () => {
    const result = await readContent(await fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.interventions.map((i) => i.id)).toEqual(['budgetcoach', 'buurtkamer']);
    expect(result.content.capitals.capitals.map((c) => c.id)).toEqual(['economisch', 'sociaal']);
    expect(result.content.synonyms.groups[0]?.typed).toContain('geldzorgen');
    expect(result.content.vocabularies.kinds.map((k) => k.id)).toContain('voorziening');
    // An unquoted date stays the ISO string, a quoted year stays a year.
    expect(result.content.interventions[1]?.evidence.date).toBe('2021-01-18');
    expect(result.content.interventions[0]?.evidence.date).toBe('2025');
  });

  it('gives the same result when read twice', async () => {
    const dir = await fixture();
    expect(await readContent(dir)).toEqual(await readContent(dir));
  });

  it('names file, line and field of an unknown key, also inside a nested object', async () => {
    const errors = await errorsOf('unknown-key');
    const top = only(errors, 'contact');
    expect(top.file).toMatch(/interventions[/\\]buurtkamer\.yaml$/);
    expect([top.line, top.column]).toEqual([5, 1]);
    expect(top.message.nl).toContain("Onbekend veld 'contact'");
    expect(top.message.en).toContain("Unknown field 'contact'");
    const nested = only(errors, 'evidence.score');
    expect([nested.line, nested.column]).toEqual([23, 3]);
  });

  it('names the wrong vocabulary id and the vocabulary it should come from', async () => {
    const errors = await errorsOf('wrong-vocabulary');
    const group = only(errors, 'target_groups.1');
    expect(group.file).toMatch(/buurtkamer\.yaml$/);
    expect([group.line, group.column]).toEqual([13, 30]);
    expect(group.message.nl).toContain("'alleenstaanden'");
    expect(group.message.nl).toContain('target_groups');
    const kind = only(errors, 'kind');
    expect(kind.line).toBe(3);
    // Short vocabularies list the allowed ids.
    expect(kind.message.en).toContain('werkwijze, voorziening');
  });

  it('reports a missing field at the object that should hold it', async () => {
    const errors = await errorsOf('missing-field');
    const summary = only(errors, 'summary');
    expect(summary.file).toMatch(/buurtkamer\.yaml$/);
    expect(summary.line).toBe(1);
    expect(summary.message).toEqual({ nl: 'Dit veld is verplicht.', en: 'This field is required.' });
    // Reported at the `evidence:` key (line 17) that should hold the date.
    const date = only(errors, 'evidence.date');
    expect([date.line, date.column]).toEqual([17, 1]);
  });

  it('reports a YAML syntax error with its line and the field it is in', async () => {
    const errors = await errorsOf('yaml-syntax');
    expect(errors.length).toBeGreaterThan(0);
    const first = errors[0]!;
    expect(first.file).toMatch(/budgetcoach\.yaml$/);
    // The list opened on line 14 is still open when line 15 starts.
    expect(first.line).toBe(15);
    expect(first.field).toMatch(/^target_groups/);
    expect(first.message.nl).toContain('geen geldige YAML');
    // Both languages explain the mistake in their own words, not only yaml's English message.
    expect(first.message.en).toMatch(/^This is not valid YAML \([A-Z_]+\): [a-z]/);
    expect(first.message.nl).toMatch(/^Dit is geen geldige YAML \([A-Z_]+\): [a-z]/);
    expect(first.message.en).not.toMatch(/ de | het | een /);
    // The other, valid intervention is not returned on its own.
    expect(errors.every((e) => e.file.endsWith('budgetcoach.yaml'))).toBe(true);
  });

  it('reports an id used by two files on the file that does not own it', async () => {
    const errors = await errorsOf('duplicate-id');
    const copyErrors = errors.filter((e) => e.file.endsWith('buurtkamer-kopie.yaml'));
    expect(copyErrors.map((e) => e.field)).toEqual(['id', 'id']);
    expect(copyErrors.every((e) => e.line === 1)).toBe(true);
    const duplicate = copyErrors.find((e) => e.message.en.includes('also used in'));
    expect(duplicate?.message.en).toMatch(/interventions[/\\]buurtkamer\.yaml/);
    expect(errors.filter((e) => /interventions[/\\]buurtkamer\.yaml$/.test(e.file))).toEqual([]);
  });

  it('requires example interventions of a capital to exist in the catalogue', async () => {
    const errors = await errorsOf('broken-reference');
    const ref = only(errors, 'capitals.1.example_interventions.1');
    expect(ref.file).toMatch(/capitals\.yaml$/);
    expect(ref.line).toBe(28);
    expect(ref.message.nl).toContain("'taalcafe'");
  });

  it('formats an error as file:line:column field — message', () => {
    const line = formatContentError({
      file: 'content/interventions/x.yaml',
      line: 4,
      column: 7,
      field: 'kind',
      message: { nl: 'Kies een soort.', en: 'Choose a kind.' },
    });
    expect(line).toBe('content/interventions/x.yaml:4:7 kind — Kies een soort.');
  });

  it('validates the real content directory', async () => {
    const result = await readContent(realContent);
    const report = result.ok ? '' : result.errors.map((e) => formatContentError(e)).join('\n');
    expect(report).toBe('');
    expect(result.ok).toBe(true);
  });
});
