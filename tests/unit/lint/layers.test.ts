/**
 * The layers of docs/architecture.md, as ESLint enforces them: every pair of folders is fed to
 * the project's own eslint.config.js, so a rule that stops matching (a typo in a pattern, a
 * config object that overrides another, a folder left out) fails here instead of letting an
 * arrow through silently. The table below is this test's own copy of the architecture, written
 * from the picture, not read from the config.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Each product folder and the folders of ours it may import (docs/architecture.md). */
const ALLOWED: Record<string, string[]> = {
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
const PRODUCT = Object.keys(ALLOWED);
/** Scripts, benches and tests: they may import anything of ours. */
const TOOLING = ['bin', 'build', 'bench', 'tests'];

const ELECTRON_ONLY = 'Only electron/ may import Electron.';
const REACT_ONLY = 'Only renderer/ uses React.';
const NO_NODE_IN_RENDERER = /^The renderer runs in a sandbox without Node: no Node built-in/;
const NODE_PACKAGE_IN_RENDERER = /^The renderer runs in a sandbox without Node: no packages/;
const ZOD_ONLY = /^contract\/ is shared with the renderer.*its only package is zod\.$/;

// The project's config, only its import rules, without type information, so that the probe
// files need not exist on disk and the whole matrix lints in seconds.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: join(root, 'eslint.config.js'),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) =>
    ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
});

/**
 * The messages ESLint gives `code` as the file `filePath` (relative to the project root), each
 * the rule's own message: no-restricted-imports prefixes it with the specifier, which
 * no-restricted-syntax (for `import()`) does not.
 */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  const fatal = result?.messages.find((m) => m.fatal === true);
  if (fatal !== undefined) throw new Error(`${filePath}: ${fatal.message}`);
  return (result?.messages ?? []).map((m) =>
    m.message.replace(/^'.*' import is restricted from being used by a pattern\. /, ''),
  );
}

/** A file `depth` folders deep inside `folder`, and the climb from it to the project root. */
function probeIn(folder: string, depth: number): { file: string; up: string } {
  const inside = Array.from({ length: depth - 1 }, (_, i) => `sub${i}`);
  return { file: [folder, ...inside, 'probe.ts'].join('/'), up: '../'.repeat(depth) };
}

/** The folder names a layer message says may be imported (everything after the first). */
function namedFolders(message: string): string[] {
  return [...message.matchAll(/([a-z-]+)\/(?![\w.])/g)].map((m) => m[1] ?? '').slice(1);
}

describe('the layer table', () => {
  it('covers every top-level folder that holds TypeScript', () => {
    const holdsTypeScript = (dir: string): boolean =>
      readdirSync(join(root, dir), { withFileTypes: true }).some((entry) =>
        entry.isDirectory() ? holdsTypeScript(join(dir, entry.name)) : /\.tsx?$/.test(entry.name),
      );
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => e.name)
      .filter(holdsTypeScript);
    expect(folders.sort()).toEqual([...PRODUCT, ...TOOLING].sort());
  });
});

describe.each(PRODUCT)('%s/', (folder) => {
  const allowed = ALLOWED[folder] ?? [];
  const forbidden = [...PRODUCT, ...TOOLING].filter((f) => f !== folder && !allowed.includes(f));

  it.each([1, 3])('imports exactly its allowed folders, from %i folder(s) deep', async (depth) => {
    const { file, up } = probeIn(folder, depth);
    const got: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    let message = '';
    for (const target of [...PRODUCT, ...TOOLING].filter((f) => f !== folder)) {
      const messages = await lint(
        `import { probe } from '${up}${target}/probe';\nprobe();\n`,
        file,
      );
      got[target] = messages;
      expected[target] = allowed.includes(target) ? [] : [expect.any(String) as string];
      message = messages[0] ?? message;
    }
    expect(got).toEqual(expected);
    // One message for every forbidden folder, naming the rule and what IS allowed.
    for (const target of forbidden) expect(got[target]).toEqual([message]);
    expect(message).toMatch(new RegExp(`^${folder}/ .*\\(docs/architecture\\.md\\)\\.$`));
    expect(namedFolders(message).sort()).toEqual([...allowed].sort());
  });

  it('is held to it by every form of import, and `import()` of an allowed folder passes', async () => {
    const { file, up } = probeIn(folder, 2);
    const target = `${up}${forbidden[0] ?? ''}/probe`;
    const forms = [
      `import type { Probe } from '${target}';\nexport type P = Probe;\n`,
      `export { probe } from '${target}';\n`,
      `export * from '${target}';\n`,
      `import '${target}';\n`,
      `export const load = () => import('${target}');\n`,
      `import { probe } from '${up}${forbidden[0] ?? ''}';\nprobe();\n`,
    ];
    const messages = await Promise.all(forms.map((code) => lint(code, file)));
    for (const got of messages) expect(got).toEqual([expect.stringMatching(`^${folder}/ `)]);
    for (const name of allowed) {
      expect(await lint(`export const load = () => import('${up}${name}/probe');\n`, file)).toEqual(
        [],
      );
    }
  });

  it.each([
    {
      owner: 'electron',
      message: ELECTRON_ONLY,
      code: "import { app } from 'electron';\nexport const load = () => import('electron/main');\napp.quit();\n",
    },
    {
      owner: 'renderer',
      message: REACT_ONLY,
      code: "import { useState } from 'react';\nimport { createRoot } from 'react-dom/client';\nexport const x = [useState, createRoot];\n",
    },
  ])("uses $owner/'s framework only if it is $owner/", async ({ owner, message, code }) => {
    // contract/ refuses every package but zod, with its own message.
    const expected: unknown = expect.stringMatching(folder === 'contract' ? ZOD_ONLY : message);
    expect(await lint(code, probeIn(folder, 2).file)).toEqual(
      folder === owner ? [] : [expected, expected],
    );
  });
});

describe('packages', () => {
  const builtins = ["'fs'", "'node:fs'", "'fs/promises'", "'events'", "'node:worker_threads'"];
  const importing = (specifier: string): string =>
    `import * as probe from ${specifier};\nexport { probe };\n`;

  it('the renderer and the contract use no Node built-in module; db/ may', async () => {
    for (const specifier of builtins) {
      expect(await lint(importing(specifier), 'renderer/src/probe.ts')).toEqual([
        expect.stringMatching(NO_NODE_IN_RENDERER),
      ]);
      expect(await lint(importing(specifier), 'contract/probe.ts')).toEqual([
        expect.stringMatching(ZOD_ONLY),
      ]);
      expect(await lint(importing(specifier), 'db/probe.ts')).toEqual([]);
    }
  });

  it('the renderer uses UI libraries, never a package that needs Node', async () => {
    for (const name of ['react-i18next', 'i18next', 'qrcode', 'fuse.js']) {
      expect(await lint(importing(`'${name}'`), 'renderer/src/probe.ts')).toEqual([]);
    }
    expect(await lint(importing("'better-sqlite3'"), 'renderer/src/probe.ts')).toEqual([
      expect.stringMatching(NODE_PACKAGE_IN_RENDERER),
    ]);
  });

  it('the contract uses zod and nothing else', async () => {
    expect(await lint(importing("'zod'"), 'contract/probe.ts')).toEqual([]);
    expect(await lint(importing("'zod/v4'"), 'contract/probe.ts')).toEqual([]);
    expect(await lint(importing("'i18next'"), 'contract/probe.ts')).toEqual([
      expect.stringMatching(ZOD_ONLY),
    ]);
  });
});

describe('tooling', () => {
  it.each(['tests/unit/probe.test.ts', 'build/probe.ts', 'bench/search/probe.ts'])(
    '%s imports any folder of ours, but not Electron',
    async (file) => {
      const up = '../'.repeat(file.split('/').length - 1);
      for (const target of PRODUCT) {
        expect(
          await lint(`import { probe } from '${up}${target}/probe';\nprobe();\n`, file),
        ).toEqual([]);
      }
      expect(await lint("import { app } from 'electron';\napp.quit();\n", file)).toEqual([
        ELECTRON_ONLY,
      ]);
    },
  );
});

describe('the security exemptions keep the layer rules', () => {
  it.each(['electron/security.ts', 'electron/ipc.ts'])('%s', async (file) => {
    expect(await lint("export const load = () => import('../db/sqlite');\n", file)).toEqual([
      expect.stringMatching(/^electron\/ may import only core\/ and contract\//),
    ]);
    expect(await lint("import { x } from '../server/dispatch';\nx();\n", file)).toHaveLength(1);
  });
});
