// Builds what is missing or older than its sources, so a fresh clone works with just
// `npm install && npm start`. Run by `npm start` (scripts/start.mjs), `npm run build` and the tests.
// - the web app (Vite) into dist/web
// - the server, bundled with esbuild into dist/server/main.mjs: starting from one plain JavaScript
//   file is about a second faster than compiling TypeScript at every start, and bundling the
//   packages too saves reading hundreds of small files. Packages with native code, WebAssembly or
//   data files of their own stay outside the bundle.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const stale = (output, sources) => builtAt(output) < Math.max(...sources.map(newestMtime));

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

const server = 'dist/server/main.mjs';
if (stale(server, ['src', 'package-lock.json', 'scripts/build.mjs'])) {
  console.log('Building the server…');
  const { build, stop } = await import('esbuild');
  await build({
    // The search index is built in a worker thread (issue 12.1), from its own entry point.
    entryPoints: {
      main: 'src/server/main.ts',
      'search-index-worker': 'src/server/catalogue/search-index-worker.ts',
    },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [
      '@electric-sql/pglite',
      '@electric-sql/pglite/*',
      '@node-rs/argon2',
      'pdfmake',
      'pdfmake/*',
      'pg',
      'pg-native',
      'drizzle-orm/node-postgres',
      'drizzle-orm/node-postgres/*',
      // Loaded at the first password check only (src/server/auth/passwords.ts).
      '@zxcvbn-ts/*',
    ],
    // Bundled CommonJS packages call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: true,
    sourcesContent: false,
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  // esbuild runs a helper process; `npm start` goes on to run the server in this process.
  await stop();
}
