import { fileURLToPath } from 'node:url';
import { readContent, formatContentError, type Content } from '../../content/read-content';

export const defaultContentDir = fileURLToPath(new URL('../../../content', import.meta.url));

export class ContentInvalidError extends Error {}

/** Reads and validates content/; a single bad file stops the start with file, line and field. */
export async function loadContent(dir = defaultContentDir): Promise<Content> {
  const result = await readContent(dir);
  if (!result.ok) {
    throw new ContentInvalidError(
      `The content files are not valid (${result.errors.length} problems):\n${result.errors.map((e) => '  ' + formatContentError(e)).join('\n')}`,
    );
  }
  return result.content;
}
