import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent, type ContentError } from './read-content';

// Learning modules (content/learning/*.yaml) go through the same reader as the decks: a writer's
// mistake comes back with file, line, column and field, in Dutch and English, and nothing loads.

const validFixture = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const DECK = `id: proefkaarten
version: 1
last_reviewed: 2026-12-01
kind: techniek
title: { nl: Proefkaarten, en: Trial cards }
intro: { nl: Oefenen., en: Practise. }
cards:
  - id: rust
    type: techniek
    front: { nl: Rust., en: Calm. }
`;

const question = (id: string) => `  - id: ${id}
    question: { nl: Vraag ${id}?, en: Question ${id}? }
    options:
      - { id: ja, text: { nl: Ja, en: Yes } }
      - { id: nee, text: { nl: Nee, en: No } }
    answer: ja
    explanation: { nl: Omdat het zo is., en: Because it is so. }
`;

const MODULE = `id: proefmodule
version: 2
last_reviewed: 2026-12-01
minutes: 5
title: { nl: Proefmodule, en: Trial module }
summary: { nl: Kort., en: Short. }
sections:
  - { id: een, title: { nl: Een, en: One }, body: { nl: Tekst een., en: Text one. } }
  - { id: twee, title: { nl: Twee, en: Two }, body: { nl: Tekst twee., en: Text two. } }
questions:
${question('q1')}${question('q2')}${question('q3')}interventions: [budgetcoach]
cards:
  - { deck: proefkaarten, card: rust }
  - { deck: proefkaarten }
sources:
  - { document: Uit de duivelskring van armoede, section: Mentaal kapitaal }
`;

async function contentWith(module: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wegwijs-learning-'));
  tempDirs.push(dir);
  await cp(validFixture, dir, { recursive: true });
  await mkdir(join(dir, 'cards'));
  await mkdir(join(dir, 'learning'));
  await writeFile(join(dir, 'cards', 'proefkaarten.yaml'), DECK);
  await writeFile(join(dir, 'learning', 'proefmodule.yaml'), module);
  return dir;
}

async function errorsFor(module: string): Promise<ContentError[]> {
  const result = await readContent(await contentWith(module));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function only(errors: ContentError[], field: string): ContentError {
  const found = errors.filter((e) => e.field === field);
  expect(found, `errors for ${field}: ${JSON.stringify(errors)}`).toHaveLength(1);
  return found[0]!;
}

/** The 1-based line of the first occurrence of `text` in the module. */
const lineOf = (module: string, text: string) =>
  module.slice(0, module.indexOf(text)).split('\n').length;

describe('learning modules in content/learning', () => {
  it('loads a valid module with its questions, links and version', async () => {
    const result = await readContent(await contentWith(MODULE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [module] = result.content.learningModules;
    expect(module?.id).toBe('proefmodule');
    expect(module?.version).toBe(2);
    expect(module?.questions.map((q) => q.answer)).toEqual(['ja', 'ja', 'ja']);
    expect(module?.cards).toEqual([{ deck: 'proefkaarten', card: 'rust' }, { deck: 'proefkaarten' }]);
  });

  it('names a right answer that is none of the options, at its line', async () => {
    const broken = MODULE.replace('    answer: ja\n', '    answer: misschien\n');
    const error = only(await errorsFor(broken), 'questions.0.answer');
    expect(error.file).toMatch(/learning\/proefmodule\.yaml$/);
    expect(error.line).toBe(lineOf(broken, 'answer: misschien'));
    expect(error.column).toBe(13);
    expect(error.message.nl).toContain("'misschien'");
    expect(error.message.en).toContain("'misschien'");
  });

  it('refuses fewer than three check questions', async () => {
    const broken = MODULE.replace(question('q3'), '');
    only(await errorsFor(broken), 'questions');
  });

  it('names an unknown intervention, an unknown deck and an unknown card where they stand', async () => {
    const broken = MODULE.replace('interventions: [budgetcoach]', 'interventions: [bestaat-niet]')
      .replace('card: rust }', 'card: onrust }')
      .replace('  - { deck: proefkaarten }\n', '  - { deck: geen-spel }\n');
    const errors = await errorsFor(broken);
    const intervention = only(errors, 'interventions.0');
    expect(intervention.line).toBe(lineOf(broken, 'interventions: [bestaat-niet]'));
    expect(intervention.message.en).toContain("'bestaat-niet'");
    const card = only(errors, 'cards.0.card');
    expect(card.line).toBe(lineOf(broken, 'card: onrust'));
    expect(card.message.nl).toBe("Het kaartspel 'proefkaarten' heeft geen kaart met id 'onrust'.");
    const deck = only(errors, 'cards.1.deck');
    expect(deck.message.en).toBe("There is no deck with id 'geen-spel' in cards/.");
  });

  it('names a missing English twin', async () => {
    const broken = MODULE.replace('summary: { nl: Kort., en: Short. }', 'summary: { nl: Kort. }');
    const error = only(await errorsFor(broken), 'summary.en');
    expect(error.line).toBe(lineOf(broken, 'summary:'));
  });
});
