// A built search index kept on disk beside the embedded database (issue 12.4). A restart with an
// unchanged catalogue loads it instead of building it again: starting the worker thread and
// building took 0.2 s of every start at 130 items, and seconds at 50 000.
// The file's name is a hash of all the index is built from: the catalogue version, the synonyms
// and the code that builds it. A file of any other name is left over, and goes at the next write.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SynonymsInput } from '../../domain/catalogue/search';
import type { PackedIndex } from './search-index-transfer';

/** Where indexes are kept, and a stamp of the code that builds them. */
export type IndexStore = { dir: string; code: string };

/** An index as kept: packed as the worker sends it, with its items' ids in doc order. */
export type StoredIndex = { packed: PackedIndex; ids: string[] };

const PREFIX = 'search-index-';

/** The file for the index of this catalogue version, these synonyms and this code. */
export function storedIndexFile(
  store: IndexStore,
  version: number,
  synonyms: SynonymsInput,
): string {
  const key = createHash('sha256')
    .update(JSON.stringify([store.code, version, synonyms]))
    .digest('hex');
  return join(store.dir, `${PREFIX}${key.slice(0, 32)}.v8`);
}

/**
 * The index kept in `file`; undefined when there is none or it cannot be read. Read at once rather
 * than in turns: the start reads it before the server listens, and deserialising the 54 MB of an
 * index at 50 000 items held the main thread 0.2 s, which a request must not wait for.
 */
export function readStoredIndex(file: string): StoredIndex | undefined {
  try {
    return ownArrays(deserialize(readFileSync(file)) as StoredIndex);
  } catch {
    return undefined;
  }
}

/**
 * `value` with each typed array in memory of its own. deserialize() makes them views of the file's
 * buffer, which then stayed whole (54 MB at 50 000 items) as long as the smallest of them lived.
 */
function ownArrays<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice() as T;
  if (Array.isArray(value)) return value.map(ownArrays) as T;
  if (value && typeof value === 'object' && !(value instanceof Map))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ownArrays(v)])) as T;
  return value;
}

/**
 * Keeps `index` in `file`, written whole and then renamed so a reader never sees half of it, and
 * removes the indexes kept before. Best effort: where nothing can be written, only the gain is lost.
 */
export function writeStoredIndex(file: string, index: StoredIndex): void {
  const temp = `${file}.tmp`;
  try {
    writeFileSync(temp, serialize(index));
    renameSync(temp, file);
    removeStoredIndexes(dirname(file), file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Removes the indexes kept in `dir` but `except` (the benchmarks remove all, to measure a build). */
export function removeStoredIndexes(dir: string, except?: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (name.startsWith(PREFIX) && file !== except) rmSync(file, { force: true });
  }
}
