import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Whether the cache was used, and if not why (a new one is then written at a clean exit). */
export type CacheUse = 'used' | 'none' | 'stale' | 'rejected';

/**
 * Runs a CommonJS file, compiled from a V8 code cache beside it when there is one for this very
 * file. Compiling the 3 MB server bundle takes V8 about 0.2 s at every start; from the cache,
 * with the functions the previous run compiled as well, the start is about 0.1 s shorter
 * (ADR 0004). Node 20 keeps no code cache by itself.
 *
 * V8 checks a cache against its own version, its flags and the source's length only, so the cache
 * also records the file's size and modification time: after a rebuild it is not used, and the next
 * clean exit writes a new one.
 */
export function runWithCodeCache(file: string): CacheUse {
  // The stamp is taken before reading: a file replaced in between gets a cache that never fits.
  const { size, mtimeMs } = statSync(file);
  const stamp = `${size}:${mtimeMs}\n`;
  const cacheFile = `${file}.v8cache`;
  const cache = readCache(cacheFile, stamp);
  const cachedData = typeof cache === 'string' ? undefined : cache;
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    // No import() handler: Node 20 loses it for a script from the cache, so the build turns
    // dynamic imports into require() (scripts/bundle-options.mjs).
    cachedData,
  });
  const use = typeof cache === 'string' ? cache : script.cachedDataRejected ? 'rejected' : 'used';
  if (use !== 'used') {
    // Made at a clean exit, it holds every function the run compiled, not only the top level.
    process.on('exit', (code) => {
      if (code === 0) writeCache(cacheFile, stamp, script.createCachedData());
    });
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return use;
}

function readCache(cacheFile: string, stamp: string): Buffer | 'none' | 'stale' {
  if (!existsSync(cacheFile)) return 'none';
  const content = readFileSync(cacheFile);
  const stampBytes = Buffer.from(stamp);
  const fits = content.subarray(0, stampBytes.length).equals(stampBytes);
  return fits ? content.subarray(stampBytes.length) : 'stale';
}

/** Renamed into place, so another instance never reads half a cache. */
function writeCache(cacheFile: string, stamp: string, data: Buffer): void {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(stamp), data]));
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only or full disk: the next start compiles without the cache, slower, not wrong.
    removeQuietly(temporary);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Where nothing could be written, nothing needs removing.
  }
}
