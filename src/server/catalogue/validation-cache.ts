import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromRoot } from '../../paths';

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => files(join(path, e.name)))
    .filter((f) => !f.includes('fixtures') && !f.endsWith('.test.ts'))
    .sort();
}

/** A hash of every file under the given paths: equal hashes mean byte-identical files. */
export function fingerprint(paths: string[]): string {
  const hash = createHash('sha256');
  for (const root of paths) {
    for (const file of files(root))
      hash.update(relative(fromRoot(), file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Validating data files is slow (YAML parsing and schema checks over hundreds of files), so the
 * validated result is kept in dist/ and used again as long as no input file — and no file of the
 * validator itself — changed by a single byte. Invalid data is never cached: it throws.
 */
export async function cachedValidation<T>(
  name: string,
  inputs: string[],
  validate: () => Promise<T>,
): Promise<T> {
  const file = fromRoot('dist', 'cache', `${name}.json`);
  const print = fingerprint(inputs);
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; value: T };
    if (cached.fingerprint === print) return cached.value;
  } catch {
    // no cache yet, or unreadable: validate below
  }
  const value = await validate();
  try {
    mkdirSync(fromRoot('dist', 'cache'), { recursive: true });
    // Write-then-rename, so a reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ fingerprint: print, value }));
    renameSync(tmp, file);
  } catch {
    // a read-only install still works, only slower at start
  }
  return value;
}
