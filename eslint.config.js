// ESLint flat config: type-aware rules everywhere, plus the layering rules of DESIGN.md,
// so that the architecture is checked by a tool, not only described in words.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'crypto',
  'stream',
  'stream/*',
  'zlib',
  'url',
  'util',
];

/** Layers below the UI: plain Node modules that never know about React or Electron. */
const coreRestrictions = {
  patterns: [
    { regex: '^electron(/.*)?$', message: 'Only electron/ may import Electron.' },
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
      message: 'Only renderer/ uses React.',
    },
    {
      group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
      message: 'Core layers never import the UI, the shell or the CLI.',
    },
  ],
};

/**
 * Security rules from DESIGN.md, as lint: catalogue text never becomes HTML, links leave the
 * app only through the one allow-listing function, and every IPC handler goes through the
 * one validating wrapper. The two files that own those jobs are exempted below.
 */
const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Catalogue text is data, never HTML: render it as text.',
};
const noOpenExternal = {
  selector: "MemberExpression[property.name='openExternal']",
  message:
    'Open links only through openExternalSafely() in electron/security.ts (https, mailto, tel).',
};
const noIpcHandle = {
  selector:
    "CallExpression[callee.object.name='ipcMain'][callee.property.name=/^(handle|handleOnce|on|once)$/]",
  message: 'Register IPC handlers only through the validating wrapper in electron/ipc.ts.',
};
const restrictedSyntax = [noInnerHtml, noOpenExternal, noIpcHandle];

export default defineConfig(
  {
    ignores: [
      'node_modules',
      'dist',
      'out',
      'coverage',
      'test-results',
      'playwright-report',
      'renderer/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...restrictedSyntax],
    },
  },
  {
    files: ['contract/**', 'db/**', 'feed/**', 'export/**', 'server/**', 'core/**'],
    rules: { 'no-restricted-imports': ['error', coreRestrictions] },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.filter((n) => !n.includes('*')),
          patterns: [
            {
              group: nodeBuiltins.filter((n) => n.includes('*')),
              message: 'The renderer runs in a sandbox without Node.',
            },
            { regex: '^electron(/.*)?$', message: 'Only electron/ may import Electron.' },
            {
              group: [
                '**/db/**',
                '**/feed/**',
                '**/export/**',
                '**/cli/**',
                '**/electron/**',
                '**/server/**',
                '**/core/**',
              ],
              message: 'The renderer talks only to the CatalogueApi contract (contract/).',
            },
          ],
        },
      ],
    },
  },
  {
    // Hooks called in a fixed order and effects that list what they read: a hook reading a
    // value it does not list keeps a stale one, which no type checks. (The plugin's newer
    // React Compiler rules are left off: the renderer does not use the compiler.)
    files: ['renderer/**', 'tests/unit/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['cli/**', 'build/**', 'bench/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^electron(/.*)?$', message: 'Only electron/ may import Electron.' }],
        },
      ],
    },
  },
  {
    files: ['electron/security.ts'],
    rules: { 'no-restricted-syntax': ['error', noInnerHtml, noIpcHandle] },
  },
  {
    files: ['electron/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', noInnerHtml, noOpenExternal] },
  },
);
