import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { sourceGrams, stringsIn, type ContentText } from './own-words';

// Reads the texts of content/ and the source documents for the own-words check
// (src/content/own-words.test.ts, scripts/own-words-report.ts).

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/**
 * Fixed names and titles that may be quoted exactly: titles of the source documents. The names of
 * all catalogue items, an item's providers and the capitals' names are added from the data.
 */
export const PROPER_NAMES = [
  'Uit de duivelskring van armoede',
  'Wegwijs in de aanpak van armoede',
  'Omgaan met kinderarmoede in het sociaal domein',
  'Sociale analyse en praktisch inzicht met betrekking tot intergenerationele armoede',
  'Een overzicht van bevindingen, interventies, tools en samenwerkingen',
];

/** Keys whose values are ids, vocabulary references, citations, names or links, not our text. */
const NOT_OUR_TEXT = new Set([
  'id',
  'sources',
  'source',
  'links',
  'matching',
  'providers',
  'example_interventions',
]);

/** In a card deck, besides the keys above: vocabulary references and the catalogue ids. */
const NOT_OUR_CARD_TEXT = new Set([
  ...NOT_OUR_TEXT,
  'capitals',
  'interventions',
  'category',
  'kind',
  'type',
  'last_reviewed',
]);

/** In a life-event checklist: scheme ids, the 'wat als' kind and the catalogue ids. */
const NOT_OUR_LIFE_EVENT_TEXT = new Set([
  ...NOT_OUR_TEXT,
  'scheme',
  'what_if',
  'interventions',
  'last_reviewed',
]);

/** In a signal checklist: the capital of each signal and the catalogue ids to refer to. */
const NOT_OUR_SIGNAL_TEXT = new Set([...NOT_OUR_TEXT, 'capital', 'refer', 'last_reviewed']);

/** In a learning module: the catalogue ids, the deck and card links and the right option's id. */
const NOT_OUR_LEARNING_TEXT = new Set([
  ...NOT_OUR_TEXT,
  'interventions',
  'cards',
  'answer',
  'last_reviewed',
]);
/** In a policy option: the capitals it is listed under. */
const NOT_OUR_POLICY_TEXT = new Set([...NOT_OUR_TEXT, 'capitals', 'last_reviewed']);
/** In a quickscan: the help links (deck and learning-module ids) and the scale's values. */
const NOT_OUR_QUICKSCAN_TEXT = new Set([...NOT_OUR_TEXT, 'help', 'last_reviewed']);

interface Named {
  name: string;
  providers?: string[];
}

async function yamlOf(path: string): Promise<unknown> {
  return parse(await readFile(path, 'utf8'));
}

async function yamlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
}

/** Every text of the content (catalogue, capitals, synonyms, scan, decks, life events, signal checklists, learning modules, policy options, quickscan), with the names it may quote. */
export async function contentTexts(): Promise<ContentText[]> {
  const interventionDir = join(contentDir, 'interventions');
  const items = await Promise.all(
    (await yamlFiles(interventionDir)).map(async (f) => ({
      file: `interventions/${f}`,
      data: (await yamlOf(join(interventionDir, f))) as Named,
    })),
  );
  const names = [...PROPER_NAMES, ...items.map((i) => i.data.name)];
  const texts: ContentText[] = [];
  const add = (file: string, data: unknown, own: readonly string[] = [], skip = NOT_OUR_TEXT) => {
    const allowed = [...names, ...own];
    for (const s of stringsIn(data, skip)) texts.push({ file, ...s, names: allowed });
  };
  for (const { file, data } of items) add(file, data, data.providers);
  const capitals = (await yamlOf(join(contentDir, 'capitals.yaml'))) as { capitals: Named[] };
  add(
    'capitals.yaml',
    capitals,
    capitals.capitals.map((c) => c.name),
  );
  add('synonyms.yaml', await yamlOf(join(contentDir, 'synonyms.yaml')));
  const scanDir = join(contentDir, 'scan');
  for (const f of await yamlFiles(scanDir)) add(`scan/${f}`, await yamlOf(join(scanDir, f)));
  // Card decks may quote the names of the capitals (capital cards) and of the catalogue items.
  const cardsDir = join(contentDir, 'cards');
  const capitalNames = capitals.capitals.map((c) => c.name);
  for (const f of await yamlFiles(cardsDir))
    add(`cards/${f}`, await yamlOf(join(cardsDir, f)), capitalNames, NOT_OUR_CARD_TEXT);
  // Life-event checklists: every text besides ids, scheme references and catalogue ids.
  const lifeEventsDir = join(contentDir, 'life-events');
  for (const f of await yamlFiles(lifeEventsDir))
    add(`life-events/${f}`, await yamlOf(join(lifeEventsDir, f)), [], NOT_OUR_LIFE_EVENT_TEXT);
  // Signal checklists per setting: every text besides ids, capitals and the catalogue ids.
  const signalsDir = join(contentDir, 'signal-checklists');
  for (const f of await yamlFiles(signalsDir))
    add(`signal-checklists/${f}`, await yamlOf(join(signalsDir, f)), [], NOT_OUR_SIGNAL_TEXT);
  // Learning modules for professionals: every text besides ids, links and the answer key.
  const learningDir = join(contentDir, 'learning');
  for (const f of await yamlFiles(learningDir))
    add(`learning/${f}`, await yamlOf(join(learningDir, f)), capitalNames, NOT_OUR_LEARNING_TEXT);
  // Policy options per capital: every text besides ids, capitals and citations.
  const policyDir = join(contentDir, 'policy-options');
  for (const f of await yamlFiles(policyDir))
    add(`policy-options/${f}`, await yamlOf(join(policyDir, f)), [], NOT_OUR_POLICY_TEXT);
  // The professionals' quickscan: its statements, scale labels and intros (ADR 1504).
  const quickscanDir = join(contentDir, 'quickscan');
  for (const f of await yamlFiles(quickscanDir))
    add(`quickscan/${f}`, await yamlOf(join(quickscanDir, f)), [], NOT_OUR_QUICKSCAN_TEXT);
  return texts;
}

/** The 8-grams of every source document in ../shared/seeds/. */
export async function seedGrams(): Promise<Set<string>> {
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt'));
  return sourceGrams(await Promise.all(files.map((f) => readFile(join(seedsDir, f), 'utf8'))));
}
