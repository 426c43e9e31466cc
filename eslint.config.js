// ESLint flat config: type-aware rules everywhere, plus the layering rules of
// docs/architecture.md and the security rules of DESIGN.md, so that the architecture is checked
// by a tool, not only described in words.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The architecture (docs/architecture.md draws it): each top-level folder of the product and
 * the folders of ours it may import, besides its own files. Every other folder of ours is
 * forbidden to it, the tooling folders included, so an arrow not written here is an error.
 * tests/unit/lint/layers.test.ts feeds ESLint every pair of folders and keeps its own copy of
 * this table, so neither the rules nor the picture can drift silently.
 * @type {Record<string, string[]>}
 */
const LAYERS = {
  contract: [],
  'catalogue-format': ['contract'],
  db: ['catalogue-format', 'contract'],
  feed: ['db', 'catalogue-format', 'contract'],
  export: ['db', 'catalogue-format', 'contract'],
  server: ['feed', 'export', 'db', 'catalogue-format', 'contract'],
  core: ['server', 'feed', 'export', 'db', 'catalogue-format', 'contract'],
  cli: ['core', 'contract'],
  electron: ['core', 'contract'],
  renderer: ['contract'],
};

/** Our folders outside the product: they may import anything, and no product file imports them. */
const TOOLING = ['bin', 'build', 'bench', 'tests'];

/** @param {string} text */
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A relative import specifier that reaches one of the given top-level folders. Imports of ours
 * are all relative (there are no path aliases), and from inside a top-level folder another one
 * is reached only by climbing out with `../` and naming it, so the folder is the first name
 * after the climb. (A same-named subfolder one level up would be flagged too: loudly, never
 * silently.)
 * @param {string[]} names
 */
function reachesFolder(names) {
  return `^(?:\\./)?(?:\\.\\./)+(?:${names.map(escapeRegex).join('|')})(?:/|$)`;
}

/** Node's built-in modules, with or without `node:`, and their subpaths (`fs/promises`). */
const NODE_BUILTIN = `^(?:node:.*|(?:${builtinModules.map(escapeRegex).join('|')})(?:/.*)?)$`;
/** Packages that need Node, which the sandboxed renderer does not have. */
const NODE_ONLY_PACKAGES = ['better-sqlite3', 'commander', 'cli-progress', 'tsx'];

const ELECTRON = { regex: '^electron(?:/.*)?$', message: 'Only electron/ may import Electron.' };
const REACT = { regex: '^react(?:-dom)?(?:/.*)?$', message: 'Only renderer/ uses React.' };

/**
 * The import restrictions of one product folder: the folders of ours it must not reach, and
 * the packages it must not use.
 * @param {string} layer
 * @returns {{ regex: string, message: string }[]}
 */
function layerPatterns(layer) {
  const allowed = LAYERS[layer] ?? [];
  const forbidden = [...Object.keys(LAYERS), ...TOOLING].filter(
    (name) => name !== layer && !allowed.includes(name),
  );
  const names = allowed.map((name) => `${name}/`);
  const reach =
    names.length === 0
      ? 'imports nothing of ours: it stands alone'
      : `may import only ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1) ?? ''} of ours`;
  const patterns = [
    { regex: reachesFolder(forbidden), message: `${layer}/ ${reach} (docs/architecture.md).` },
  ];
  if (layer === 'contract') {
    // Its one allowed package is zod: React and Electron are refused with the rest.
    patterns.push({
      regex: '^(?!zod(?:/|$))[^.]',
      message:
        'contract/ is shared with the renderer, which runs without Node: its only package is zod.',
    });
  } else if (layer === 'renderer') {
    patterns.push(ELECTRON);
    patterns.push({
      regex: NODE_BUILTIN,
      message: 'The renderer runs in a sandbox without Node: no Node built-in modules.',
    });
    patterns.push({
      regex: `^(?:${NODE_ONLY_PACKAGES.map(escapeRegex).join('|')})(?:/.*)?$`,
      message: 'The renderer runs in a sandbox without Node: no packages that need Node.',
    });
  } else {
    if (layer !== 'electron') patterns.push(ELECTRON);
    patterns.push(REACT);
  }
  return patterns;
}

/**
 * The same restrictions for `import()`, which no-restricted-imports does not look at (server/
 * loads feed/ and export/ lazily): one no-restricted-syntax selector per pattern.
 * @param {{ regex: string, message: string }[]} patterns
 */
function dynamicImportSelectors(patterns) {
  return patterns.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
    message,
  }));
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
    'Open links only through openExternalSafely() in electron/security.ts (https, http, mailto, tel).',
};
const noIpcHandle = {
  selector:
    "CallExpression[callee.object.name='ipcMain'][callee.property.name=/^(handle|handleOnce|on|once)$/]",
  message: 'Register IPC handlers only through the validating wrapper in electron/ipc.ts.',
};
const restrictedSyntax = [noInnerHtml, noOpenExternal, noIpcHandle];

/**
 * The config object that keeps one product folder in its place: its import restrictions, for
 * `import`/`export … from` and for `import()`, next to the security rules (a file's
 * no-restricted-syntax options replace, never add to, those of an earlier config object).
 * @param {string} name
 * @param {object[]} [syntax] the security rules that apply to these files
 * @param {string[]} [files]
 */
function layer(name, syntax = restrictedSyntax, files = [`${name}/**`]) {
  const patterns = layerPatterns(name);
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', ...syntax, ...dynamicImportSelectors(patterns)],
    },
  };
}

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
  ...Object.keys(LAYERS).map((name) => layer(name)),
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
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
    // Tooling may import any folder of ours; Electron's runtime, though, does not exist there.
    files: ['build/**', 'bench/**', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ELECTRON] }] },
  },
  // The two files that own a security job are exempted from its rule, and only from it.
  layer('electron', [noInnerHtml, noIpcHandle], ['electron/security.ts']),
  layer('electron', [noInnerHtml, noOpenExternal], ['electron/ipc.ts']),
);
