import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatContentError, readContent, type Content } from '../../content/read-content';
import { fromRoot } from '../../paths';

export const defaultContentDir = fromRoot('content');
const cacheFile = fromRoot('dist', 'content-cache.json');
/** The validator's own code is part of the fingerprint: a stricter rule means validating again. */
const validatorDirs = [fromRoot('src', 'content'), fromRoot('src', 'contract', 'content')];

export class ContentInvalidError extends Error {}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => !f.includes('fixtures') && !f.endsWith('.test.ts'))
    .sort();
}

/** A hash of every content file and of the validator: equal hashes mean equal validated content. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const root of [dir, ...validatorDirs]) {
    for (const file of files(root))
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Reads and validates content/; a single bad file stops the start with file, line and field.
 * Validating all files takes most of a second, so the validated result is kept in dist/ and used
 * again as long as no content file (and no validation rule) changed by a single byte.
 */
export async function loadContent(dir = defaultContentDir): Promise<Content> {
  const print = fingerprint(dir);
  const useCache = dir === defaultContentDir;
  if (useCache) {
    try {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
        fingerprint: string;
        content: Content;
      };
      if (cached.fingerprint === print) return cached.content;
    } catch {
      // no cache yet, or unreadable: validate below
    }
  }
  const result = await readContent(dir);
  if (!result.ok) {
    throw new ContentInvalidError(
      `The content files are not valid (${result.errors.length} problems):\n${result.errors.map((e) => '  ' + formatContentError(e)).join('\n')}`,
    );
  }
  if (useCache) {
    try {
      mkdirSync(fromRoot('dist'), { recursive: true });
      // Write-then-rename, so a reader never sees half a file.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ fingerprint: print, content: result.content }));
      renameSync(tmp, cacheFile);
    } catch {
      // a read-only install still works, only slower at start
    }
  }
  return result.content;
}
