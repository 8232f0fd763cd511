import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent, type ContentError } from './read-content';

// Card decks (content/cards/*.yaml) are checked by the same reader as the catalogue: a writer who
// makes a mistake gets the file, line, column and field, in Dutch and English, and nothing loads.

const validFixture = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

// A small valid deck; the fixture catalogue holds the interventions budgetcoach and buurtkamer.
const VALID_DECK = `id: proefkaarten
version: 1
last_reviewed: 2026-12-01
kind: kapitaalspel
title: { nl: Proefkaarten, en: Trial cards }
intro: { nl: Oefenen met kaarten., en: Practise with cards. }
cards:
  - id: casus-een
    type: casus
    capitals: [economisch, sociaal]
    front: { nl: Een gezin met weinig geld., en: A family with little money. }
    back: { nl: Economisch en sociaal., en: Economic and social. }
    sources:
      - { document: Uit de duivelskring van armoede, section: Sociaal kapitaal }
  - id: interventie-een
    type: interventie
    interventions: [budgetcoach]
    front: { nl: Budgetcoach, en: Budget coach }
`;

async function contentWith(deck: string, name = 'proefkaarten.yaml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-cards-'));
  tempDirs.push(dir);
  await cp(validFixture, dir, { recursive: true });
  await mkdir(join(dir, 'cards'));
  await writeFile(join(dir, 'cards', name), deck);
  return dir;
}

async function errorsFor(deck: string): Promise<ContentError[]> {
  const result = await readContent(await contentWith(deck));
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('content');
  return result.ok ? [] : result.errors;
}

function only(errors: ContentError[], field: string): ContentError {
  const found = errors.filter((e) => e.field === field);
  expect(found, `errors for ${field}: ${JSON.stringify(errors)}`).toHaveLength(1);
  return found[0]!;
}

describe('card decks in content/cards', () => {
  it('loads a valid deck with both languages of every text', async () => {
    const result = await readContent(await contentWith(VALID_DECK));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [deck] = result.content.decks;
    expect(deck?.id).toBe('proefkaarten');
    expect(deck?.title).toEqual({ nl: 'Proefkaarten', en: 'Trial cards' });
    expect(deck?.cards.map((c) => c.id)).toEqual(['casus-een', 'interventie-een']);
    expect(deck?.cards[1]?.interventions).toEqual(['budgetcoach']);
  });

  it('a content directory without cards/ has no decks', async () => {
    const result = await readContent(validFixture);
    expect(result.ok && result.content.decks).toEqual([]);
  });

  it('requires a back with the answer on a case card', async () => {
    const deck = VALID_DECK.replace(
      '    back: { nl: Economisch en sociaal., en: Economic and social. }\n',
      '',
    );
    const error = only(await errorsFor(deck), 'cards.0.back');
    expect(error.file).toMatch(/cards[/\\]proefkaarten\.yaml$/);
    // Reported at the card (line 8, the `- id:` item) that lacks the back.
    expect([error.line, error.column]).toEqual([8, 5]);
    expect(error.message.nl).toContain('casuskaart heeft een achterkant');
    expect(error.message.en).toContain('case card has a back');
  });

  it('names an intervention id that is not in the catalogue, at its place in the list', async () => {
    const deck = VALID_DECK.replace('interventions: [budgetcoach]', 'interventions: [budgetcoach, taalcafe]');
    const error = only(await errorsFor(deck), 'cards.1.interventions.1');
    expect([error.line, error.column]).toEqual([17, 34]);
    expect(error.message.nl).toBe("Er is geen interventie met id 'taalcafe' in interventions/.");
    expect(error.message.en).toContain("'taalcafe'");
  });

  it('names a capital that is not in the vocabulary', async () => {
    const deck = VALID_DECK.replace('capitals: [economisch, sociaal]', 'capitals: [economisch, spiritueel]');
    const error = only(await errorsFor(deck), 'cards.0.capitals.1');
    expect([error.line, error.column]).toEqual([10, 28]);
    expect(error.message.nl).toContain("'spiritueel' staat niet in vocabularies.yaml › capitals");
  });

  it('refuses a Dutch text without its English twin, naming the missing language', async () => {
    const deck = VALID_DECK.replace(
      'front: { nl: Budgetcoach, en: Budget coach }',
      'front: { nl: Budgetcoach }',
    );
    const error = only(await errorsFor(deck), 'cards.1.front.en');
    expect(error.line).toBe(18);
    expect(error.message.nl).toBe(
      'De Engelse tekst ontbreekt; elke tekst staat er in het Nederlands en het Engels.',
    );
    expect(error.message.en).toContain('English text is missing');
  });

  it('refuses an intervention card without an intervention and a case card without literature', async () => {
    const deck = VALID_DECK.replace('    interventions: [budgetcoach]\n', '').replace(
      / {4}sources:\n.*\n/,
      '',
    );
    const errors = await errorsFor(deck);
    expect(only(errors, 'cards.1.interventions').message.en).toContain('refers to an intervention');
    expect(only(errors, 'cards.0.sources').message.nl).toContain('literatuur');
  });

  it('refuses a deck whose id differs from its file name, and a card id used twice', async () => {
    const deck = VALID_DECK.replace('id: proefkaarten', 'id: andere-kaarten').replace(
      'id: interventie-een',
      'id: casus-een',
    );
    const errors = await errorsFor(deck);
    expect(only(errors, 'id').message.nl).toContain("bestandsnaam 'proefkaarten'");
    expect(only(errors, 'cards.1').message.nl).toContain('kaart staat al eerder');
  });

  it('refuses a card in a category the deck does not define', async () => {
    const deck = VALID_DECK.replace('    type: interventie\n', '    type: interventie\n    category: geld\n');
    const error = only(await errorsFor(deck), 'cards.1.category');
    expect(error.message.nl).toContain("categorie 'geld'");
  });
});
