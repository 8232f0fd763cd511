import { readFile } from 'node:fs/promises';
import { fromRoot } from '../../paths';

import type { Vocabularies } from '../../contract/content';
import { parseInstrumentYaml } from '../../contract/scan';
import type { Instrument } from '../../domain/assessment/types';
import { ContentInvalidError } from '../catalogue/content';

export const instrumentFile = fromRoot('content', 'scan', 'kapitaalscan-v1.yaml');

/** Reads and validates the kapitaalscan instrument; a bad file stops the start with line and field. */
export async function loadInstrument(
  vocabularies: Vocabularies,
  file = instrumentFile,
): Promise<Instrument> {
  const result = parseInstrumentYaml(await readFile(file, 'utf8'), {
    lifeEvents: vocabularies.life_events.map((e) => e.id),
    targetGroups: vocabularies.target_groups.map((t) => t.id),
  });
  if (!result.ok) {
    throw new ContentInvalidError(
      `The kapitaalscan instrument is not valid:\n${result.errors.map((e) => `  ${file}:${e.line ?? '?'} ${e.field} — ${e.messages.nl}`).join('\n')}`,
    );
  }
  return result.instrument;
}
