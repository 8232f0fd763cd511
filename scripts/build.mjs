// Builds what is missing or older than its sources, so a fresh clone works with just
// `npm install && npm start`. Run by `npm start` (scripts/start.mjs), `npm run build` and the tests.
// - the web app (Vite) into dist/web
// - the server, bundled with esbuild into dist/server/server.cjs and run by dist/server/main.mjs
//   (src/server/boot.ts) from V8's code cache: starting from one plain JavaScript
//   file is about a second faster than compiling TypeScript at every start, and bundling the
//   packages too saves reading hundreds of small files. Packages with native code, WebAssembly or
//   data files of their own stay outside the bundle.
import { isAscii } from 'node:buffer';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nodeBundle, serverBundle } from './bundle-options.mjs';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const stale = (output, sources) => builtAt(output) < Math.max(...sources.map(newestMtime));

/**
 * V8 holds a source with one non-ASCII character as two bytes per character: the server bundle
 * would take twice the memory and longer to read at every start. esbuild escapes strings but not
 * regular expressions, so write such characters there as \uXXXX.
 */
function assertAscii(file) {
  const bytes = readFileSync(file);
  if (isAscii(bytes)) return;
  const at = bytes.findIndex((byte) => byte > 0x7f);
  const context = bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8');
  throw new Error(`${file} is not ASCII at byte ${at}: …${context}…`);
}

const web = 'dist/web/index.html';
if (
  stale(web, [
    'src/web',
    'src/contract',
    'src/domain',
    'content',
    'rules',
    'vite.config.ts',
    'package-lock.json',
  ])
) {
  console.log('Building the web app…');
  // Always the production bundle: Vite follows NODE_ENV, and a caller's 'test' or 'development'
  // (vitest sets 'test') would otherwise ship React's development build.
  execSync('npx vite build --logLevel warn', {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

// main.mjs is written last, so a build that stops halfway is found stale at the next start.
const server = 'dist/server/main.mjs';
if (
  stale(server, ['src', 'package-lock.json', 'scripts/build.mjs', 'scripts/bundle-options.mjs'])
) {
  console.log('Building the server…');
  const { build, stop } = await import('esbuild');
  await build({
    ...serverBundle,
    entryPoints: { server: 'src/server/main.ts' },
    outdir: 'dist/server',
  });
  assertAscii('dist/server/server.cjs');
  await build({
    ...nodeBundle,
    // The search index is built in a worker thread (issue 12.1), from its own entry point.
    entryPoints: {
      main: 'src/server/boot.ts',
      'search-index-worker': 'src/server/catalogue/search-index-worker.ts',
    },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // Bundled CommonJS packages call require(); give the ES modules one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  // esbuild runs a helper process; `npm start` goes on to run the server in this process.
  await stop();
}
