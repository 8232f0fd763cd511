import { setFlagsFromString } from 'node:v8';

// PGlite is PostgreSQL compiled to WebAssembly. V8 soon recompiles its busiest functions with the
// optimising compiler, and with the default budget the start waited about 0.4 s for that. With
// this budget only functions that stay busy are optimised, later. Measured in docs/benchmarks.md.
const WASM_TIERING_BUDGET = 50_000_000;
// How far V8 lets the JavaScript heap grow past what was live at its last full collection. By
// default up to fourfold while collecting is cheap, so after reading a large catalogue the server
// held some 100 MB of garbage until V8's memory reducer ran, 30-45 s later. Twofold collects
// sooner while reading; 1.5-fold collected so often that requests waited longer (ADR 0203). Read
// by V8 at each collection, so setting it here works as well as on the command line.
const HEAP_GROWING_PERCENT = 100;

/**
 * The server's V8 settings. Set before the bundle is compiled (src/server/boot.ts): V8 accepts a
 * code cache only under the flags it was made with, and the cache is made after these are set.
 * Setting the same values again (src/server/main.ts, when run from source) changes nothing.
 */
export function applyV8Flags(usesPglite: boolean): void {
  if (usesPglite) setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
