import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Vocabularies } from '../contract/content';
import {
  parseInstrumentYaml,
  type InstrumentFileError,
  type InstrumentVocabularies,
} from '../contract/scan';
import type { Instrument } from '../domain/assessment/types';
import type { ContentError } from './read-content';

// The kapitaalscan instruments in content/scan/, checked like the other content files: every error
// with file, line, column and field. Used by `npm run content:check`; the server reads the
// instrument it uses itself (src/server/households/instrument.ts) and reports errors the same way.

export const INSTRUMENT_DIR = 'scan';

/** The ids an instrument may refer to, from content/vocabularies.yaml. */
export function instrumentVocabularies(vocabularies: Vocabularies): InstrumentVocabularies {
  return {
    lifeEvents: vocabularies.life_events.map((e) => e.id),
    targetGroups: vocabularies.target_groups.map((t) => t.id),
  };
}

/** Parse errors of one instrument file as content errors of that file. */
export function instrumentContentErrors(
  file: string,
  errors: readonly InstrumentFileError[],
): ContentError[] {
  return errors.map((e) => ({
    file,
    line: e.line ?? 1,
    column: e.column ?? 1,
    field: e.field,
    message: e.messages,
  }));
}

/**
 * Validates every `<dir>/scan/*.yaml`. Without vocabularies (when vocabularies.yaml itself is
 * broken) the references to life events and target groups are not checked.
 */
export async function readInstruments(
  dir: string,
  vocabularies?: Vocabularies,
): Promise<{ instruments: Instrument[]; errors: ContentError[] }> {
  const scanDir = join(dir, INSTRUMENT_DIR);
  let names: string[];
  try {
    names = (await readdir(scanDir)).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return { instruments: [], errors: [] };
  }
  const instruments: Instrument[] = [];
  const errors: ContentError[] = [];
  for (const name of names) {
    const file = join(scanDir, name);
    const result = parseInstrumentYaml(
      await readFile(file, 'utf8'),
      vocabularies ? instrumentVocabularies(vocabularies) : {},
    );
    if (result.ok) instruments.push(result.instrument);
    else errors.push(...instrumentContentErrors(file, result.errors));
  }
  return { instruments, errors };
}
