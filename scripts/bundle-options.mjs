// esbuild options for the server's bundles (scripts/build.mjs; src/server/code-cache.test.ts).

/** Bundled for Node 20. Packages with native code, WebAssembly or data files stay outside. */
export const nodeBundle = {
  bundle: true,
  platform: 'node',
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
  sourcemap: true,
  sourcesContent: false,
  minifyWhitespace: true,
  minifySyntax: true,
  // Licence comments go to a file beside the bundle (*.LEGAL.txt): they may hold non-ASCII names.
  legalComments: 'linked',
  logLevel: 'warning',
};

/**
 * The server itself is CommonJS, so that src/server/boot.ts can run it from V8's code cache: Node
 * 20 offers a code cache for scripts, not for ES modules (ADR 0004). Dynamic imports become
 * require() calls: Node 20 loses a script's import() handler when it comes from the cache.
 */
export const serverBundle = {
  ...nodeBundle,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
