import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatContentError } from '../../content/read-content';
import { instrumentContentErrors, instrumentVocabularies } from '../../content/read-instruments';
import type { Vocabularies } from '../../contract/content';
import { parseInstrumentYaml } from '../../contract/scan';
import type { Instrument } from '../../domain/assessment/types';
import { fromRoot } from '../../paths';
import { ContentInvalidError } from '../catalogue/content';
import { cachedValidation } from '../catalogue/validation-cache';

export const instrumentFile = fromRoot('content', 'scan', 'kapitaalscan-v1.yaml');
const validatorDirs = [
  fromRoot('src', 'contract', 'scan'),
  fromRoot('src', 'content', 'read-instruments.ts'),
  fromRoot('content', 'vocabularies.yaml'),
];

async function validate(vocabularies: Vocabularies, file: string): Promise<Instrument> {
  const result = parseInstrumentYaml(
    await readFile(file, 'utf8'),
    instrumentVocabularies(vocabularies),
  );
  if (!result.ok) {
    const lines = instrumentContentErrors(file, result.errors).map(
      (e) => `  ${formatContentError(e)}`,
    );
    throw new ContentInvalidError(`The kapitaalscan instrument is not valid:\n${lines.join('\n')}`);
  }
  return result.instrument;
}

/**
 * Reads and validates the kapitaalscan instrument; a bad file stops the start with line and field.
 * Like the catalogue, the validated result is cached while the file is unchanged.
 */
export async function loadInstrument(
  vocabularies: Vocabularies,
  file = instrumentFile,
): Promise<Instrument> {
  if (file !== instrumentFile) return validate(vocabularies, file);
  return cachedValidation(`instrument-${basename(file, '.yaml')}`, [file, ...validatorDirs], () =>
    validate(vocabularies, file),
  );
}
