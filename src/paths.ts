import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project directory (where package.json is), found from this file. The server runs from
 * src/ (tsx, tests) or bundled from dist/server/; both resolve to the same root.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'wegwijs'
    )
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Wegwijs project directory');
    dir = parent;
  }
}

export const projectRoot = findRoot();
export const fromRoot = (...parts: string[]) => join(projectRoot, ...parts);
