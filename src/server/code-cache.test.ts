import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverBundle } from '../../scripts/bundle-options.mjs';

const codeCache = new URL('./code-cache.ts', import.meta.url).href;
const stackTraces = new URL('./bundle-stack-traces.ts', import.meta.url).href;

// A small program, bundled as scripts/build.mjs bundles the server.
const program = `import { join } from 'node:path';
function greet(name: string): string {
  return 'hello ' + name;
}
console.log(greet(join('a', 'b')));
void import('node:os').then((os) => console.log('imported ' + typeof os.cpus));
if (process.env.FAIL) throw new Error('stopped on purpose');
`;

let dir: string;
let bundle: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-code-cache-'));
  writeFileSync(join(dir, 'program.ts'), program);
  bundle = join(dir, 'program.cjs');
  buildSync({ ...serverBundle, entryPoints: { program: join(dir, 'program.ts') }, outdir: dir });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the bundle as dist/server/main.mjs starts the server, in a fresh Node process. */
function start(options: { nodeFlags?: string[]; fail?: boolean } = {}) {
  const boot = `
    import { runWithCodeCache } from ${JSON.stringify(codeCache)};
    import { mapBundleStackTraces } from ${JSON.stringify(stackTraces)};
    if (process.sourceMapsEnabled) mapBundleStackTraces(process.argv[1]);
    console.log('cache ' + runWithCodeCache(process.argv[1]));`;
  const args = [...(options.nodeFlags ?? []), '--import', 'tsx', '--input-type=module', '-e', boot];
  const result = spawnSync(process.execPath, [...args, bundle], {
    encoding: 'utf8',
    env: { ...process.env, FAIL: options.fail ? '1' : '' },
  });
  return { output: result.stdout.trim().split('\n'), stderr: result.stderr, status: result.status };
}

describe('running the server bundle from a code cache', () => {
  it('compiles from the cache its first clean exit left, and runs the same', () => {
    expect(start()).toMatchObject({
      output: ['hello a/b', 'cache none', 'imported function'],
      status: 0,
    });
    expect(existsSync(`${bundle}.v8cache`)).toBe(true);
    expect(start().output).toEqual(['hello a/b', 'cache used', 'imported function']);
  });

  it('never uses the cache of an earlier build, even one of the same length', () => {
    start();
    const built = readFileSync(bundle, 'utf8');
    const rebuilt = built.replace('"hello "', '"howdy "');
    expect(rebuilt).not.toBe(built);
    writeFileSync(bundle, rebuilt);
    const later = new Date(Date.now() + 5_000);
    utimesSync(bundle, later, later);
    expect(start().output).toEqual(['howdy a/b', 'cache stale', 'imported function']);
    expect(start().output).toEqual(['howdy a/b', 'cache used', 'imported function']);
  });

  it('replaces a cache that V8 refuses because its flags differ', () => {
    start();
    expect(start({ nodeFlags: ['--stack-size=900'] }).output).toContain('cache rejected');
    expect(start({ nodeFlags: ['--stack-size=900'] }).output).toContain('cache used');
  });

  it('leaves no cache after a run that failed', () => {
    expect(start({ fail: true }).status).not.toBe(0);
    expect(existsSync(`${bundle}.v8cache`)).toBe(false);
  });

  it('shows an error at its place in the sources when source maps are on', () => {
    const { stderr } = start({ nodeFlags: ['--enable-source-maps'], fail: true });
    expect(stderr).toContain('Error: stopped on purpose');
    expect(stderr).toContain(`${join(dir, 'program.ts')}:7:`);
    expect(stderr).not.toMatch(/ at .*program\.cjs/);
  });
});
