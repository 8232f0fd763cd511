import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUICKSCAN_LEARNING_MODULE_IDS, type LearningModule, type Quickscan } from '../contract/content';
import { readContent } from './read-content';

// The shipped learning modules: exactly the five issue 13 names, under ids another screen (the
// quickscan) links to, each with a few short sections and three to five check questions.

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
let modules: LearningModule[];
let quickscans: Quickscan[];

beforeAll(async () => {
  const result = await readContent(contentDir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  modules = result.content.learningModules;
  quickscans = result.content.quickscans;
});

describe('the learning modules', () => {
  it('are exactly the five modules with their fixed ids', () => {
    expect(modules.map((m) => m.id)).toEqual([
      'armoedetypen',
      'ervaringsdeskundigheid',
      'kapitalen',
      'schaarste-en-stress',
      'stress-sensitief-werken',
    ]);
  });

  it('include every module the quickscan may point to, and every one it does point to', () => {
    const ids = modules.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining([...QUICKSCAN_LEARNING_MODULE_IDS]));
    const linked = quickscans.flatMap((q) => q.parts.flatMap((p) => p.help.learning));
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(ids).toContain(id);
  });

  it('each link to the catalogue and to the decks and ask three to five questions', () => {
    for (const m of modules) {
      expect(m.questions.length, m.id).toBeGreaterThanOrEqual(3);
      expect(m.questions.length, m.id).toBeLessThanOrEqual(5);
      expect(m.interventions.length, m.id).toBeGreaterThanOrEqual(1);
      expect(m.cards.length, m.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('the module on poverty types covers situational, generational and migration poverty', () => {
    const types = modules.find((m) => m.id === 'armoedetypen');
    expect(types?.sections.map((s) => s.id)).toEqual(['situationeel', 'generatie', 'migratie']);
  });

  it('does not always put the right answer in the same place', () => {
    const places = new Set(
      modules.flatMap((m) => m.questions.map((q) => q.options.findIndex((o) => o.id === q.answer))),
    );
    expect(places.size).toBeGreaterThanOrEqual(3);
  });
});
