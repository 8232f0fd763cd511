import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError, readContent, type ContentError } from './read-content';

// Life-event checklists (content/life-events/*.yaml) are checked by the same reader as the
// catalogue and the decks: a writer gets file, line, column and field in Dutch and English, and
// nothing loads. The fixture vocabulary knows one life event, scheiding; the fixture catalogue
// holds budgetcoach (no matching block: not offered to households) and buurtkamer.

const validFixture = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const VALID = `id: scheiding
last_reviewed: 2026-12-01
intro: { nl: Een scheiding raakt veel., en: A separation affects a lot. }
arrange:
  - id: toeslagen
    scheme: huurtoeslag
    text: { nl: Geef de scheiding door., en: Report the separation. }
  - id: overzicht
    text: { nl: Maak een overzicht., en: Make an overview. }
schemes:
  - scheme: kindgebonden-budget
    change: { nl: Er komt een extra bedrag bij., en: An extra amount is added. }
what_if: rent
interventions: [buurtkamer]
`;

async function contentWith(file: string, name = 'scheiding.yaml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-life-'));
  tempDirs.push(dir);
  await cp(validFixture, dir, { recursive: true });
  // buurtkamer is offered to households; budgetcoach stays without a matching block.
  await appendFile(join(dir, 'interventions', 'buurtkamer.yaml'), 'matching:\n  audience: huishouden\n');
  await mkdir(join(dir, 'life-events'));
  await writeFile(join(dir, 'life-events', name), file);
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

describe('life events in content/life-events', () => {
  it('loads a valid checklist with its steps, scheme changes and interventions', async () => {
    const result = await readContent(await contentWith(VALID));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [event] = result.content.lifeEvents;
    expect(event?.id).toBe('scheiding');
    expect(event?.arrange.map((a) => [a.id, a.scheme])).toEqual([
      ['toeslagen', 'huurtoeslag'],
      ['overzicht', undefined],
    ]);
    expect(event?.schemes[0]?.scheme).toBe('kindgebonden-budget');
    expect(event?.what_if).toBe('rent');
    expect(event?.interventions).toEqual(['buurtkamer']);
  });

  it('a content directory without life-events/ has no checklists', async () => {
    const result = await readContent(validFixture);
    expect(result.ok && result.content.lifeEvents).toEqual([]);
  });

  it('names a life event that is not in the vocabulary, at its line and column', async () => {
    const errors = await errorsFor(VALID.replace('id: scheiding', 'id: verhuizen'), 'verhuizen.yaml');
    const error = only(errors, 'id');
    expect(error.line).toBe(1);
    expect(error.column).toBe(5);
    expect(error.message.nl).toContain("'verhuizen'");
    expect(error.message.nl).toContain('life_events');
    expect(error.message.en).toContain("'verhuizen'");
  });

  it('requires the id to equal the file name', async () => {
    const error = only(await errorsFor(VALID, 'echtscheiding.yaml'), 'id');
    expect(error.message.nl).toContain("'echtscheiding'");
    expect(error.message.en).toContain('must equal the file name');
  });

  it('names a scheme the voorzieningencheck does not know', async () => {
    const errors = await errorsFor(VALID.replace('scheme: huurtoeslag', 'scheme: huursubsidie'));
    const error = only(errors, 'arrange.0.scheme');
    expect(error.line).toBe(6);
    expect(formatContentError(error)).toMatch(
      /scheiding\.yaml:6:13 arrange\.0\.scheme — .*'huursubsidie'.*voorzieningencheck/,
    );
  });

  it('names a missing English twin', async () => {
    const errors = await errorsFor(
      VALID.replace('{ nl: Maak een overzicht., en: Make an overview. }', '{ nl: Maak een overzicht. }'),
    );
    const error = only(errors, 'arrange.1.text.en');
    expect(error.message.nl).toContain('Engelse tekst ontbreekt');
  });

  it('refuses an unknown intervention and one that is not offered to households', async () => {
    const errors = await errorsFor(
      VALID.replace('interventions: [buurtkamer]', 'interventions: [buurtkamer, budgetcoach, fietsles]'),
    );
    expect(only(errors, 'interventions.1').message.nl).toContain('geen aanbod voor huishoudens');
    expect(only(errors, 'interventions.2').message.nl).toContain("geen interventie met id 'fietsles'");
    expect(only(errors, 'interventions.2').line).toBe(14);
  });

  it('names a repeated step id and a wat-als the check does not have', async () => {
    const errors = await errorsFor(
      VALID.replace('id: overzicht', 'id: toeslagen').replace('what_if: rent', 'what_if: lottery'),
    );
    expect(only(errors, 'arrange.1').message.nl).toContain('staat al eerder in de lijst (plek 1)');
    const whatIf = only(errors, 'what_if');
    expect(whatIf.message.nl).toContain('income');
    expect(whatIf.message.en).toContain('rent');
  });

  it('keeps step ids short enough to name them in a plan', async () => {
    const errors = await errorsFor(VALID.replace('id: overzicht', 'id: een-heel-lang-overzicht-van-alles'));
    const error = only(errors, 'arrange.1.id');
    expect(error.message.nl).toContain('20');
    expect(error.message.en).toContain('20');
  });
});
