import { formatContentError, readContent, type Content } from '../../content/read-content';
import { fromRoot } from '../../paths';
import { cachedValidation } from './validation-cache';

export const defaultContentDir = fromRoot('content');
/** The validator's own code is part of the fingerprint: a stricter rule means validating again. */
const validatorDirs = [fromRoot('src', 'content'), fromRoot('src', 'contract', 'content')];

export class ContentInvalidError extends Error {}

async function validate(dir: string): Promise<Content> {
  const result = await readContent(dir);
  if (!result.ok) {
    throw new ContentInvalidError(
      `The content files are not valid (${result.errors.length} problems):\n${result.errors.map((e) => '  ' + formatContentError(e)).join('\n')}`,
    );
  }
  return result.content;
}

/** Reads and validates content/; a single bad file stops the start with file, line and field. */
export async function loadContent(dir = defaultContentDir): Promise<Content> {
  if (dir !== defaultContentDir) return validate(dir);
  return cachedValidation('content', [dir, ...validatorDirs], () => validate(dir));
}
