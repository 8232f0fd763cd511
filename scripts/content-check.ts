// npm run content:check — validates everything in content/ without loading it anywhere.
// Prints each error as `file:line:column field — message` and exits 1, or a summary and exits 0.
// Usage: tsx scripts/content-check.ts [content-dir] [--en]
import { messages } from '../src/content/message-files';
import { message, type MessageValues } from '../src/domain/message';
import { formatContentError, readContent } from '../src/content/read-content';
import { readInstruments } from '../src/content/read-instruments';

const args = process.argv.slice(2);
const language: 'nl' | 'en' = args.includes('--en') ? 'en' : 'nl';
const dir = args.find((a) => !a.startsWith('--')) ?? 'content';

const first = await readContent(dir);
// The kapitaalscan instruments (scan/*.yaml); their references are checked when the vocabularies are.
const scan = await readInstruments(dir, first.ok ? first.content.vocabularies : undefined);
// Then the catalogue again, now also checking the scan aspects its items name.
const aspectIds = new Set(
  scan.instruments.flatMap((i) => [
    ...i.capitals.flatMap((c) => c.aspects.map((a) => a.id)),
    ...i.childPart.aspects.map((a) => a.id),
  ]),
);
const result = scan.instruments.length > 0 ? await readContent(dir, { aspectIds }) : first;

if (!result.ok || scan.errors.length > 0) {
  const errors = [...(result.ok ? [] : result.errors), ...scan.errors];
  for (const error of errors) console.error(formatContentError(error, language));
  const count = errors.length;
  console.error(`\n${messages.text(language, message('contentFile.errorCount', { count, dir }))}`);
  process.exit(1);
}

const {
  vocabularies,
  capitals,
  interventions,
  synonyms,
  decks,
  lifeEvents,
  signalChecklists,
  learningModules,
  policyOptions,
  quickscans,
} = result.content;
const perKind = new Map<string, number>();
for (const item of interventions) perKind.set(item.kind, (perKind.get(item.kind) ?? 0) + 1);
const kinds = vocabularies.kinds
  .filter((k) => perKind.has(k.id))
  .map((k) => `${perKind.get(k.id)} ${k.id}`)
  .join(', ');
const signals = capitals.capitals.reduce((n, c) => n + c.signals.length, 0);

const say = (key: string, values?: MessageValues) =>
  messages.text(language, message(`contentFile.summary.${key}`, values));
console.log(
  [
    say('ok', { dir }),
    `  ${say('interventions', { count: interventions.length, kinds })}`,
    `  ${say('capitals', { capitals: capitals.capitals.length, signals, interactions: capitals.interactions.length })}`,
    `  ${say('synonyms', { count: synonyms.groups.length })}`,
    ...decks.map(
      (d) =>
        `  ${say('deck', { title: d.title[language], version: d.version, cards: d.cards.length })}`,
    ),
    `  ${say('lifeEvents', { count: lifeEvents.length, steps: lifeEvents.reduce((n, e) => n + e.arrange.length, 0) })}`,
    `  ${say('signalChecklists', { count: signalChecklists.length, ids: signalChecklists.map((l) => l.id).join(', ') })}`,
    `  ${say('learningModules', { count: learningModules.length, modules: learningModules.map((m) => `${m.id} v${m.version}`).join(', ') })}`,
    `  ${say('policyOptions', { count: policyOptions.length })}`,
    ...scan.instruments.map(
      (i) => `  ${say('instrument', { title: i.title, version: i.version })}`,
    ),
    ...quickscans.map(
      (q) =>
        `  ${say('quickscan', { title: q.title[language], version: q.version, statements: q.parts.reduce((n, p) => n + p.statements.length, 0), parts: q.parts.length })}`,
    ),
  ].join('\n'),
);
