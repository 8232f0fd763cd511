import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A layer's files (tests excluded) may not import these. */
const layer = (files, patterns) => ({
  files: [files],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'coverage', 'src/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Layers import one way (docs/architecture.md): domain ← contract ← content/db ← server;
  // the web app uses contract and domain only. Each block names what its layer may not import.
  layer('src/contract/**', [
    '**/db/**',
    '**/server/**',
    '**/web/**',
    '**/content/**',
    'node:*',
    'pg',
  ]),
  layer('src/content/**', ['**/db/**', '**/server/**', '**/web/**']),
  layer('src/db/**', ['**/server/**', '**/web/**']),
  layer('src/server/**', ['**/web/**']),
  {
    // SQL lives in repositories (src/db/**/*.repository.ts). Server code calls them and may name
    // their types (the app wiring passes `db` around), but never builds a query itself.
    files: ['src/server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*', '**/db/schema'],
              allowTypeImports: true,
              message: 'Queries belong in a repository under src/db; import that instead.',
            },
          ],
        },
      ],
    },
  },
  layer('src/web/**', [
    '**/db/**',
    '**/server/**',
    '**/content/**',
    'node:*',
    'pg',
    '@electric-sql/*',
  ]),
  {
    // The domain stays pure: no I/O, no clock, no server or database imports.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            '**/db/**',
            '**/server/**',
            '**/web/**',
            '**/contract/**',
            '**/content/**',
            'pg',
            '@electric-sql/*',
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass a peildatum instead of reading the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass a peildatum instead of reading the clock.',
        },
      ],
    },
  },
  {
    // A function fits on a screen: at most 80 lines, blank lines and comments not counted. One
    // whose length is earned (a declarative table) says why in an eslint-disable comment.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
