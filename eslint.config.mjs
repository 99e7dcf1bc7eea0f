// Lint rules that keep the runtime boundaries real: shared/ runs anywhere, the renderer never reaches
// Node or the backend, only electron/main and electron/preload import Electron, only electron/db imports
// better-sqlite3.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'util', 'readline', 'zlib', 'worker_threads'];
const node = [{ group: ['node:*'], message: 'Node APIs belong in electron/.' }];
const builtins = NODE_BUILTINS.map((name) => ({ name, message: 'Node APIs belong in electron/.' }));
const electron = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const sqlite = { name: 'better-sqlite3', message: 'All SQL lives in electron/db.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron, sqlite, ...builtins, { name: 'react', message: 'shared/ has no UI.' }],
        patterns: [...node, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of ours.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron, sqlite, ...builtins],
        patterns: [...node, { group: ['**/electron/**'], message: 'The renderer talks to the backend only through the contract client.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**', 'electron/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron, sqlite] }] },
  },
  {
    files: ['electron/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron] }] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [sqlite] }] },
  },
);
