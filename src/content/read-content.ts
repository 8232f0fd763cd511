import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  capitalsFileSchema,
  deckSchema,
  interventionSchema,
  learningModuleSchema,
  lifeEventSchema,
  policyOptionSchema,
  quickscanSchema,
  signalChecklistSchema,
  synonymsSchema,
  vocabulariesSchema,
  type CapitalsFile,
  type CatalogueIntervention,
  type Deck,
  type LearningModule,
  type LifeEvent,
  type PolicyOption,
  type Quickscan,
  type SignalChecklist,
  type Synonyms,
  type Vocabularies,
} from '../contract/content';
import type { Bilingual } from '../contract/problem';
import { catalogue } from '../contract/messages/catalogue';
import { issueText } from '../contract/validation-messages';
import { message } from '../domain/message';
import './message-files';
import { locateKey, locatePath, pathAtOffset } from './yaml-locate';

// Reads and validates every content file before returning anything: either all content, or every
// error found (file, line, column, field and a Dutch and English message). Nothing is returned
// half. Reading has no side effects, so calling it twice gives the same result.

export interface ContentError {
  /** Path of the file: the content directory joined with the file's place in it. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Dotted path of the field ('evidence.level', 'capitals.0.signals.2.type'); '(root)' for the file. */
  field: string;
  message: Bilingual;
}

export interface Content {
  vocabularies: Vocabularies;
  capitals: CapitalsFile;
  /** Sorted by id. */
  interventions: CatalogueIntervention[];
  synonyms: Synonyms;
  /** Conversation card decks from cards/, sorted by id; none when the folder is absent. */
  decks: Deck[];
  /** Life-event checklists from life-events/, sorted by id; none when the folder is absent. */
  lifeEvents: LifeEvent[];
  /** Signal checklists per setting from signal-checklists/, sorted by id; none when absent. */
  signalChecklists: SignalChecklist[];
  /** Learning modules for professionals from learning/, sorted by id; none when absent. */
  learningModules: LearningModule[];
  /** Policy options per capital from policy-options/, sorted by id; none when absent. */
  policyOptions: PolicyOption[];
  /** The professionals' self-scans from quickscan/, sorted by id; none when absent (ADR 1504). */
  quickscans: Quickscan[];
}

export type ReadContentResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

export const CONTENT_FILES = {
  vocabularies: 'vocabularies.yaml',
  capitals: 'capitals.yaml',
  synonyms: 'synonyms.yaml',
  interventions: 'interventions',
  cards: 'cards',
  lifeEvents: 'life-events',
  signalChecklists: 'signal-checklists',
  learning: 'learning',
  policyOptions: 'policy-options',
  quickscan: 'quickscan',
} as const;

const ROOT_FIELD = '(root)';

interface ParsedFile {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  data: unknown;
}

function fileError(file: string, message: Bilingual, field = ROOT_FIELD): ContentError {
  return { file, line: 1, column: 1, field, message };
}

async function exists(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** Parses one YAML file; syntax errors come back with their line and the field they are in. */
async function parseFile(file: string): Promise<{ parsed?: ParsedFile; errors: ContentError[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      errors: [
        fileError(file, catalogue().bilingual(message('contentFile.cannotRead', { reason }))),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((err) => {
        const offset = err.pos[0];
        const { line, col } = lineCounter.linePos(offset);
        const field = pathAtOffset(doc, offset) || ROOT_FIELD;
        return {
          file,
          line,
          column: col,
          field,
          // The catalogue explains the YAML errors people actually make, by yaml's error code.
          message: catalogue().bilingual(message('contentFile.invalidYaml', { code: err.code })),
        };
      }),
    };
  }
  return { parsed: { file, doc, lineCounter, data: doc.toJS() }, errors: [] };
}

function zodErrors(parsed: ParsedFile, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  const { file, doc, lineCounter } = parsed;
  return issues.flatMap((issue): ContentError[] => {
    const path = issue.path;
    const base = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const pos = locateKey(doc, lineCounter, path, key);
        return {
          file,
          ...pos,
          field: [base, key].filter(Boolean).join('.'),
          message: catalogue().bilingual(message('contentFile.unknownField', { key })),
        };
      });
    }
    const pos = locatePath(doc, lineCounter, path);
    return [{ file, ...pos, field: base || ROOT_FIELD, message: issueText(issue) }];
  });
}

function validate<T>(
  parsed: ParsedFile,
  schema: z.ZodType<T>,
): { value?: T; errors: ContentError[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { value: result.data, errors: [] };
  return { errors: zodErrors(parsed, result.error.issues) };
}

function errorAt(parsed: ParsedFile, path: (string | number)[], message: Bilingual): ContentError {
  return {
    file: parsed.file,
    ...locatePath(parsed.doc, parsed.lineCounter, path),
    field: path.join('.'),
    message,
  };
}

function fileId(parsed: { file: string }): string {
  return basename(parsed.file, '.yaml');
}

/** Plain code-unit order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: ContentError, b: ContentError): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

export interface ReadContentOptions {
  /** The kapitaalscan's aspect ids; when given, every `matching.aspects` entry must be one. */
  aspectIds?: ReadonlySet<string>;
}

/** Reads and validates the whole content directory. */
export async function readContent(
  dir: string,
  options: ReadContentOptions = {},
): Promise<ReadContentResult> {
  const errors: ContentError[] = [];

  // 1. Find and parse every file.
  const vocabFile = await parseSingle(dir, CONTENT_FILES.vocabularies, errors);
  const capitalsFile = await parseSingle(dir, CONTENT_FILES.capitals, errors);
  const synonymsFile = await parseSingle(dir, CONTENT_FILES.synonyms, errors);
  const { interventionFiles, brokenIds } = await parseInterventionFolder(dir, errors);
  const deckFiles = await parseFolder(join(dir, CONTENT_FILES.cards), errors);
  const lifeEventFiles = await parseFolder(join(dir, CONTENT_FILES.lifeEvents), errors);
  const signalFiles = await parseFolder(join(dir, CONTENT_FILES.signalChecklists), errors);
  const learningFiles = await parseFolder(join(dir, CONTENT_FILES.learning), errors);
  const policyFiles = await parseFolder(join(dir, CONTENT_FILES.policyOptions), errors);
  const quickscanFiles = await parseFolder(join(dir, CONTENT_FILES.quickscan), errors);

  // 2. The vocabularies first: every other schema is built from them.
  const vocabularies = vocabFile ? validate(vocabFile, vocabulariesSchema) : undefined;
  if (vocabularies) errors.push(...vocabularies.errors);
  const vocab = vocabularies?.value;
  if (!vocab) return { ok: false, errors: errors.sort(byPosition) };

  // 3. Each file against its schema.
  const { interventions, filesById } = validateInterventions(interventionFiles, vocab, errors);
  const capitals = capitalsFile ? validate(capitalsFile, capitalsFileSchema(vocab)) : undefined;
  if (capitals) errors.push(...capitals.errors);
  const synonyms = synonymsFile ? validate(synonymsFile, synonymsSchema) : undefined;
  if (synonyms) errors.push(...synonyms.errors);

  // 4. Cross-references between files. A file that failed on its own still counts as present under
  // its file name, so one broken file does not also break every reference to it.
  const knownIds = new Set([...filesById.keys(), ...interventionFiles.map(fileId), ...brokenIds]);
  if (capitalsFile && capitals?.value)
    checkCapitalExamples(capitalsFile, capitals.value, knownIds, errors);
  if (options.aspectIds) checkAspects(interventionFiles, options.aspectIds, errors);

  const decks = validateDecks(deckFiles, vocab, knownIds, errors);
  const lifeEvents = validateLifeEvents(lifeEventFiles, vocab, interventions, knownIds, errors);
  const signalChecklists = validateSignalChecklists(signalFiles, vocab, knownIds, errors);
  const learningModules = validateLearningModules(learningFiles, knownIds, deckFiles, errors);
  const policyOptions = validatePolicyOptions(policyFiles, vocab, knownIds, errors);
  const deckIds = new Set([...deckFiles.map(fileId)]);
  const quickscans = validateQuickscans(quickscanFiles, deckIds, errors);

  if (errors.length > 0 || !capitals?.value || !synonyms?.value)
    return { ok: false, errors: errors.sort(byPosition) };

  return {
    ok: true,
    content: {
      vocabularies: vocab,
      capitals: capitals.value,
      interventions: byId(interventions),
      synonyms: synonyms.value,
      decks: byId(decks),
      lifeEvents: byId(lifeEvents),
      signalChecklists: byId(signalChecklists),
      learningModules: byId(learningModules),
      policyOptions: byId(policyOptions),
      quickscans: byId(quickscans),
    },
  };
}

/** Sorts items by id in place, the same way on every machine, and returns them. */
function byId<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareText(a.id, b.id));
}

/** Parses one required file of the content directory; a missing file is an error. */
async function parseSingle(
  dir: string,
  name: string,
  errors: ContentError[],
): Promise<ParsedFile | undefined> {
  const file = join(dir, name);
  if ((await exists(file)) !== 'file') {
    errors.push(fileError(file, catalogue().bilingual(message('contentFile.fileMissing', { dir }))));
    return undefined;
  }
  const { parsed, errors: parseErrors } = await parseFile(file);
  errors.push(...parseErrors);
  return parsed;
}

/**
 * Parses every intervention file; the folder is required and `.yml` is refused. The ids of files
 * that do not parse are kept, so references to them are not reported twice.
 */
async function parseInterventionFolder(
  dir: string,
  errors: ContentError[],
): Promise<{ interventionFiles: ParsedFile[]; brokenIds: string[] }> {
  const interventionsDir = join(dir, CONTENT_FILES.interventions);
  const interventionFiles: ParsedFile[] = [];
  const brokenIds: string[] = [];
  if ((await exists(interventionsDir)) !== 'dir') {
    errors.push(
      fileError(interventionsDir, catalogue().bilingual(message('contentFile.interventionsFolderMissing'))),
    );
    return { interventionFiles, brokenIds };
  }
  const names = (await readdir(interventionsDir)).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const file = join(interventionsDir, name);
    if (name.endsWith('.yml')) {
      errors.push(fileError(file, catalogue().bilingual(message('contentFile.ymlExtension'))));
      continue;
    }
    if (!name.endsWith('.yaml') || (await exists(file)) !== 'file') continue;
    const { parsed, errors: parseErrors } = await parseFile(file);
    errors.push(...parseErrors);
    if (parsed) interventionFiles.push(parsed);
    else brokenIds.push(fileId({ file }));
  }
  return { interventionFiles, brokenIds };
}

/** Validates each intervention and checks that its id is its file name and used once. */
function validateInterventions(
  interventionFiles: readonly ParsedFile[],
  vocab: Vocabularies,
  errors: ContentError[],
): { interventions: CatalogueIntervention[]; filesById: Map<string, ParsedFile[]> } {
  const itemSchema = interventionSchema(vocab);
  const interventions: CatalogueIntervention[] = [];
  const filesById = new Map<string, ParsedFile[]>();
  for (const parsed of interventionFiles) {
    const { value, errors: itemErrors } = validate(parsed, itemSchema);
    errors.push(...itemErrors);
    if (value) interventions.push(value);
    // The id checks also run on a file with other errors, so one run reports everything.
    const data = parsed.data as { id?: unknown } | null;
    const id = typeof data?.id === 'string' ? data.id : undefined;
    if (id === undefined) continue;
    const expected = fileId(parsed);
    if (id !== expected)
      errors.push(
        errorAt(parsed, ['id'], catalogue().bilingual(message('contentFile.idNotFileName', { id, expected }))),
      );
    filesById.set(id, [...(filesById.get(id) ?? []), parsed]);
  }
  // An id used by several files: the file named after the id keeps it, every other file is wrong.
  for (const [id, files] of filesById) {
    if (files.length < 2) continue;
    const owner = files.find((f) => fileId(f) === id) ?? files[0]!;
    for (const parsed of files) {
      if (parsed === owner) continue;
      errors.push(
        errorAt(parsed, ['id'], catalogue().bilingual(message('contentFile.idTwice', { id, file: owner.file }))),
      );
    }
  }
  return { interventions, filesById };
}

/** Every example intervention of a capital must exist. */
function checkCapitalExamples(
  capitalsFile: ParsedFile,
  capitals: CapitalsFile,
  knownIds: ReadonlySet<string>,
  errors: ContentError[],
): void {
  capitals.capitals.forEach((capital, c) => {
    capital.example_interventions.forEach((id, i) => {
      if (!knownIds.has(id))
        errors.push(
          errorAt(capitalsFile, ['capitals', c, 'example_interventions', i], catalogue().bilingual(message('contentFile.unknownIntervention', { id, folder: CONTENT_FILES.interventions }))),
        );
    });
  });
}

/** Every `matching.aspects` entry must be one of the kapitaalscan's aspects. */
function checkAspects(
  interventionFiles: readonly ParsedFile[],
  aspectIds: ReadonlySet<string>,
  errors: ContentError[],
): void {
  for (const parsed of interventionFiles) {
    const aspects = (parsed.data as { matching?: { aspects?: unknown } } | null)?.matching
      ?.aspects;
    if (!Array.isArray(aspects)) continue;
    aspects.forEach((id: unknown, i) => {
      if (typeof id === 'string' && !aspectIds.has(id))
        errors.push(
          errorAt(parsed, ['matching', 'aspects', i], catalogue().bilingual(message('contentFile.unknownAspect', { id }))),
        );
    });
  }
}

/** Parses every `*.yaml` of an optional folder (cards/, life-events/). */
async function parseFolder(folder: string, errors: ContentError[]): Promise<ParsedFile[]> {
  if ((await exists(folder)) !== 'dir') return [];
  const parsed: ParsedFile[] = [];
  const names = (await readdir(folder)).filter((n) => n.endsWith('.yaml')).sort();
  for (const name of names) {
    const result = await parseFile(join(folder, name));
    errors.push(...result.errors);
    if (result.parsed) parsed.push(result.parsed);
  }
  return parsed;
}

/** The id of a file must equal its file name. */
function checkFileId(parsed: ParsedFile, errors: ContentError[]): void {
  const data = parsed.data as { id?: unknown } | null;
  if (typeof data?.id === 'string' && data.id !== fileId(parsed))
    errors.push(
      errorAt(parsed, ['id'], catalogue().bilingual(message('contentFile.idNotFileName', { id: data.id, expected: fileId(parsed) }))),
    );
}

/**
 * Reports every id in the list under `key` that names no catalogue item, at its own place; `extra`
 * may report a further problem with an id that does exist.
 */
function checkInterventionIds(
  parsed: ParsedFile,
  key: string,
  interventionIds: ReadonlySet<string>,
  errors: ContentError[],
  extra?: (id: string, path: (string | number)[]) => ContentError | undefined,
): void {
  const ids = (parsed.data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(ids)) return;
  ids.forEach((id: unknown, i) => {
    if (typeof id !== 'string') return;
    const path = [key, i];
    const problem = !interventionIds.has(id)
      ? errorAt(parsed, path, catalogue().bilingual(message('contentFile.unknownIntervention', { id, folder: CONTENT_FILES.interventions })))
      : extra?.(id, path);
    if (problem) errors.push(problem);
  });
}

/** The card ids of every deck file, by deck id, as written (a deck with other errors counts too). */
function cardIdsByDeck(deckFiles: readonly ParsedFile[]): Map<string, Set<string>> {
  const byDeck = new Map<string, Set<string>>();
  for (const parsed of deckFiles) {
    const cards = (parsed.data as { cards?: unknown } | null)?.cards;
    const ids = Array.isArray(cards) ? cards.map((c: { id?: unknown } | null) => c?.id) : [];
    byDeck.set(fileId(parsed), new Set(ids.filter((id): id is string => typeof id === 'string')));
  }
  return byDeck;
}

/** Reports every deck or card a module links to that does not exist, at its own place. */
function checkCardLinks(
  parsed: ParsedFile,
  decks: ReadonlyMap<string, ReadonlySet<string>>,
  errors: ContentError[],
): void {
  const links = (parsed.data as { cards?: unknown } | null)?.cards;
  if (!Array.isArray(links)) return;
  links.forEach((link: { deck?: unknown; card?: unknown } | null, i) => {
    if (typeof link?.deck !== 'string') return;
    const cards = decks.get(link.deck);
    const words = (key: string, path: (string | number)[]) =>
      errors.push(
        errorAt(parsed, path, catalogue().bilingual(message(key, { deck: String(link.deck), card: String(link.card) }))),
      );
    if (!cards) words('validation.content.learning.unknownDeck', ['cards', i, 'deck']);
    else if (typeof link.card === 'string' && !cards.has(link.card))
      words('validation.content.learning.unknownCard', ['cards', i, 'card']);
  });
}

/** Each learning module against its schema and file name; its links must name catalogue items and cards. */
function validateLearningModules(
  files: readonly ParsedFile[],
  interventionIds: ReadonlySet<string>,
  deckFiles: readonly ParsedFile[],
  errors: ContentError[],
): LearningModule[] {
  const decks = cardIdsByDeck(deckFiles);
  const modules: LearningModule[] = [];
  for (const parsed of files) {
    const { value, errors: moduleErrors } = validate(parsed, learningModuleSchema);
    errors.push(...moduleErrors);
    checkFileId(parsed, errors);
    checkInterventionIds(parsed, 'interventions', interventionIds, errors);
    checkCardLinks(parsed, decks, errors);
    if (value) modules.push(value);
  }
  return modules;
}

/** Each signal checklist against its schema and file name; its referrals must be catalogue items. */
function validateSignalChecklists(
  files: readonly ParsedFile[],
  vocab: Vocabularies,
  interventionIds: ReadonlySet<string>,
  errors: ContentError[],
): SignalChecklist[] {
  const schema = signalChecklistSchema(vocab);
  const lists: SignalChecklist[] = [];
  for (const parsed of files) {
    const { value, errors: listErrors } = validate(parsed, schema);
    errors.push(...listErrors);
    checkFileId(parsed, errors);
    checkInterventionIds(parsed, 'refer', interventionIds, errors);
    if (value) lists.push(value);
  }
  return lists;
}

/**
 * Each policy option against its schema and its file name. Its id must not be a catalogue item:
 * a measure is either something to refer a household to or a policy option, never both.
 */
function validatePolicyOptions(
  files: readonly ParsedFile[],
  vocab: Vocabularies,
  interventionIds: ReadonlySet<string>,
  errors: ContentError[],
): PolicyOption[] {
  const schema = policyOptionSchema(vocab);
  const options: PolicyOption[] = [];
  for (const parsed of files) {
    const { value, errors: optionErrors } = validate(parsed, schema);
    errors.push(...optionErrors);
    checkFileId(parsed, errors);
    const id = (parsed.data as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && interventionIds.has(id))
      errors.push(
        errorAt(
          parsed,
          ['id'],
          catalogue().bilingual(
            message('aanbod.content.policyIsIntervention', {
              id,
              folder: CONTENT_FILES.interventions,
            }),
          ),
        ),
      );
    if (value) options.push(value);
  }
  return options;
}

/**
 * Each checklist against its schema and its file name. Its interventions must be catalogue items
 * for households: the checklist is added to a household's plan as suggested referrals.
 */
function validateLifeEvents(
  files: readonly ParsedFile[],
  vocab: Vocabularies,
  interventions: readonly CatalogueIntervention[],
  interventionIds: ReadonlySet<string>,
  errors: ContentError[],
): LifeEvent[] {
  const schema = lifeEventSchema(vocab);
  const audience = new Map(interventions.map((i) => [i.id, i.matching?.audience]));
  const events: LifeEvent[] = [];
  for (const parsed of files) {
    const { value, errors: eventErrors } = validate(parsed, schema);
    errors.push(...eventErrors);
    checkFileId(parsed, errors);
    checkInterventionIds(parsed, 'interventions', interventionIds, errors, (id, path) =>
      audience.has(id) && audience.get(id) !== 'huishouden'
        ? errorAt(parsed, path, catalogue().bilingual(message('contentFile.notForHouseholds', { id })))
        : undefined,
    );
    if (value) events.push(value);
  }
  return events;
}

/** Each deck against its schema, its id against its file name, its interventions against the catalogue. */
function validateDecks(
  files: readonly ParsedFile[],
  vocab: Vocabularies,
  interventionIds: ReadonlySet<string>,
  errors: ContentError[],
): Deck[] {
  const schema = deckSchema(vocab);
  const decks: Deck[] = [];
  for (const parsed of files) {
    const { value, errors: deckErrors } = validate(parsed, schema);
    errors.push(...deckErrors);
    const data = parsed.data as { cards?: unknown } | null;
    checkFileId(parsed, errors);
    const cards = Array.isArray(data?.cards) ? (data.cards as { interventions?: unknown }[]) : [];
    cards.forEach((card, c) => {
      if (!Array.isArray(card?.interventions)) return;
      card.interventions.forEach((id: unknown, i) => {
        if (typeof id === 'string' && !interventionIds.has(id))
          errors.push(
            errorAt(parsed, ['cards', c, 'interventions', i], catalogue().bilingual(message('contentFile.unknownIntervention', { id, folder: CONTENT_FILES.interventions }))),
          );
      });
    });
    if (value) decks.push(value);
  }
  return decks;
}

/** Each quickscan against its schema and file name; the decks its parts name must exist in cards/. */
function validateQuickscans(
  files: readonly ParsedFile[],
  deckIds: ReadonlySet<string>,
  errors: ContentError[],
): Quickscan[] {
  const scans: Quickscan[] = [];
  for (const parsed of files) {
    const { value, errors: scanErrors } = validate(parsed, quickscanSchema);
    errors.push(...scanErrors);
    checkFileId(parsed, errors);
    const parts = (parsed.data as { parts?: unknown } | null)?.parts;
    (Array.isArray(parts) ? (parts as { help?: { decks?: unknown } }[]) : []).forEach((part, p) => {
      const decks = part?.help?.decks;
      if (!Array.isArray(decks)) return;
      decks.forEach((id: unknown, d) => {
        if (typeof id === 'string' && !deckIds.has(id))
          errors.push(
            errorAt(
              parsed,
              ['parts', p, 'help', 'decks', d],
              catalogue().bilingual(message('quickscan.validation.unknownDeck', { id })),
            ),
          );
      });
    });
    if (value) scans.push(value);
  }
  return scans;
}

/** One error as `file:line:column field — message`, in the chosen language. */
export function formatContentError(error: ContentError, language: 'nl' | 'en' = 'nl'): string {
  return `${error.file}:${error.line}:${error.column} ${error.field} — ${error.message[language]}`;
}
