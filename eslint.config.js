import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Import boundaries from DESIGN.md: who may import what. */
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'util', 'url', 'stream', 'zlib', 'http', 'net', 'worker_threads'];
const noNodePatterns = [{ group: ['node:*', ...nodeBuiltins], message: 'shared/ and renderer/ run in the browser too: no Node modules.' }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/store/**', 'electron/services/**', 'electron/export/**', 'electron/cli/**', 'electron/host/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'better-sqlite3', message: 'shared/ holds no database code.' }, { name: 'react', message: 'shared/ holds no UI code.' }],
        patterns: [...noNodePatterns, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'Buffer', 'process'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'better-sqlite3', message: 'The renderer reaches the store only through the API.' }],
        patterns: [...noNodePatterns, { group: ['**/electron/**'], message: 'renderer/ imports only shared/ and itself.' }],
      }],
    },
  },
);
