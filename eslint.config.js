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

/** The folders below the composition root (core/), which only core/ may assemble. */
const BELOW_CORE = ['catalogue-format', 'db', 'feed', 'export', 'server'];

/**
 * Import patterns for whole folders, wherever the importing file is.
 * @param {...string} names
 */
function folders(...names) {
  return names.map((name) => `**/${name}/**`);
}

/**
 * The rule for one layer: the restrictions every layer below the UI has, plus the folders it
 * must not reach (those above it, or beside it), and for the contract Node's modules too.
 * @param {string[]} files
 * @param {string[]} forbidden folder names
 * @param {{ message: string, browserSafe?: boolean }} options
 */
function layer(files, forbidden, { message, browserSafe = false }) {
  const patterns = [...coreRestrictions.patterns];
  if (forbidden.length > 0) {
    patterns.push({ group: folders(...forbidden), message });
  }
  if (browserSafe) {
    patterns.push({
      group: nodeBuiltins,
      message: 'The contract is shared with the renderer, which runs without Node.',
    });
  }
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

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
  layer(['contract/**'], ['catalogue-format', 'db', 'feed', 'export', 'server', 'core'], {
    message: 'contract/ is browser-safe and stands alone: zod and its own files only.',
    browserSafe: true,
  }),
  // The catalogue file format: schema, readers, writers, validation; no SQL, no feed.
  layer(['catalogue-format/**'], ['db', 'feed', 'export', 'server', 'core'], {
    message: 'catalogue-format/ imports only the contract.',
  }),
  // The database knows the catalogue's format, never who feeds or exports it.
  layer(['db/**'], ['feed', 'export', 'server', 'core'], {
    message: 'db/ imports only catalogue-format/ and the contract.',
  }),
  layer(['feed/**'], ['export', 'server', 'core'], {
    message: 'feed/ imports only db/, catalogue-format/ and the contract.',
  }),
  layer(['export/**'], ['feed', 'server', 'core'], {
    message: 'export/ imports only db/, catalogue-format/ and the contract.',
  }),
  layer(['server/**'], ['core'], {
    message: 'server/ is below the composition root: it never imports core/.',
  }),
  layer(['core/**'], [], { message: '' }),
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
              group: folders(...BELOW_CORE, 'core', 'cli', 'electron'),
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
    // The shell and the command line reach the app through the composition root (core/) and
    // the contract only, so that they answer every call the way web mode does.
    files: ['electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: folders(...BELOW_CORE, 'cli', 'renderer'),
              message: 'electron/ imports only core/ and contract/.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
              message: 'Only renderer/ uses React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/.*)?$', message: 'Only electron/ may import Electron.' },
            {
              group: folders(...BELOW_CORE, 'electron', 'renderer'),
              message: 'cli/ imports only core/ and contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['build/**', 'bench/**', 'tests/**'],
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
