// The built server's entry point (dist/server/main.mjs, see scripts/build.mjs). It sets V8's flags
// and then runs the server bundle (server.cjs beside it) from V8's code cache.
import { fileURLToPath } from 'node:url';
import { mapBundleStackTraces } from './bundle-stack-traces';
import { runWithCodeCache } from './code-cache';
import { applyV8Flags } from './v8-flags';

const bundle = fileURLToPath(new URL('./server.cjs', import.meta.url));
// Before compiling: the code cache is only accepted under the flags it was made with.
applyV8Flags(!process.env.DATABASE_URL);
if (process.sourceMapsEnabled) mapBundleStackTraces(bundle);
runWithCodeCache(bundle);
