import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importCircles, importGraph } from '../../../build/import-graph';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A project of the given files with a tsconfig resolving like the real one. */
function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'mcc-import-graph-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', noEmit: true },
      include: ['a.ts', 'p.ts', 'self.ts'],
    }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, 'tsconfig.json');
}

describe('import circles', () => {
  it('there is none in the whole tree (product, tests, build scripts, benches)', () => {
    const graph = importGraph(join(root, 'tsconfig.json'));
    // The graph really is the tree's: the opener imports the migrations' list.
    expect(graph.get('db/connection.ts')).toContain('db/migrations/index.ts');
    expect(importCircles(graph)).toEqual([]);
  }, 60_000);

  it('finds a circle closed by a type-only import, a re-export or a dynamic import', () => {
    const config = project({
      'a.ts': "import { b } from './b';\nexport const a = b;\n",
      'b.ts': "export { c as b } from './c';\n",
      'c.ts': "import type { D } from './d';\nexport const c: D = 1;\n",
      'd.ts': "export type D = number;\nexport const load = () => import('./a');\n",
      'leaf.ts':
        "import { a } from './a';\nimport { readFileSync } from 'node:fs';\nexport { a, readFileSync };\n",
    });
    const circles = importCircles(importGraph(config));
    expect(circles).toEqual([
      { files: ['a.ts', 'b.ts', 'c.ts', 'd.ts'], path: ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'a.ts'] },
    ]);
  });

  it('finds a file that imports itself, and two separate circles apart', () => {
    const config = project({
      'self.ts': "import { x } from './self';\nexport const y = x;\nexport const x = 1;\n",
      'p.ts': "import { q } from './q';\nexport const p = q;\n",
      'q.ts': "import { p } from './p';\nexport const q = () => p;\n",
    });
    expect(importCircles(importGraph(config))).toEqual([
      { files: ['p.ts', 'q.ts'], path: ['p.ts', 'q.ts', 'p.ts'] },
      { files: ['self.ts'], path: ['self.ts', 'self.ts'] },
    ]);
  });
});
