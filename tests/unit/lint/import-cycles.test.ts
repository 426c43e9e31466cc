/**
 * No import circle in the product (#12): a circle means a module runs before one it needs has
 * finished loading, and it ties the layers together where docs/architecture.md keeps them
 * apart (a landed migration once reached store code that kept changing). Type-only imports
 * count too: they tie the code together for a reader as much as any other. Imports are read
 * by TypeScript's own pre-processor, not by a pattern.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The product's TypeScript files, as git tracks them (tests, benches and scripts aside). */
function productFiles(): string[] {
  return execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && !/^(tests|bench|scripts)\//.test(f));
}

/** The files of ours each file imports (relative specifiers, resolved as the bundler does). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | undefined => {
    const base = join(dirname(from), specifier);
    return [
      base,
      `${base}.ts`,
      `${base}.tsx`,
      join(base, 'index.ts'),
      join(base, 'index.tsx'),
    ].find((candidate) => known.has(candidate));
  };
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true);
      const targets = importedFiles
        .map((i) => i.fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => resolve(file, name))
        .filter((target): target is string => target !== undefined);
      return [file, targets];
    }),
  );
}

/** The circles of `graph`: its strongly connected parts of more than one file (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const part: string[] = [];
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        part.push(top);
        if (top === node) break;
      }
      if (part.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(part.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('form no circle anywhere in the product', () => {
    const files = productFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.every((f) => existsSync(join(root, f)))).toBe(true);
    const graph = importGraph(files);
    // The graph is read for real: the store imports its row mapping.
    expect(graph.get('db/store/bulk-write.ts')).toContain('db/store/rows.ts');
    expect(circles(graph)).toEqual([]);
  });

  it('are found going round when they do', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(circles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
