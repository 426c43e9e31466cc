/**
 * The project's import graph, resolved exactly as TypeScript resolves it (the tsconfig's own
 * options), and the import circles in it. Written over the compiler API the project already
 * depends on rather than with madge or dependency-cruiser: those add a dozen packages to find
 * what fifty lines here find with the resolver tsc itself uses.
 *
 * Every import counts: static, `export … from`, `import type` and dynamic `import()`. A circle
 * of type-only imports does nothing at run time, but it still means two files cannot be read,
 * changed or moved one without the other, which is what a layer forbids.
 */
import { dirname, relative } from 'node:path';
import ts from 'typescript';

/** File → the project files it imports (paths relative to the project root, sorted). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Reads the files the tsconfig at `configPath` includes and resolves their imports. */
export function importGraph(configPath: string): ImportGraph {
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error(`Cannot read ${configPath}.`);
  const root = dirname(configPath);
  const graph = new Map<string, string[]>();
  // Files imported but not listed by the tsconfig are read too, so none hides a circle.
  const queue = [...config.fileNames];
  const seen = new Set(queue);
  for (const file of queue) {
    const text = ts.sys.readFile(file) ?? '';
    const imported = ts.preProcessFile(text, true, true).importedFiles;
    const targets = new Set<string>();
    for (const { fileName } of imported) {
      const resolved = ts.resolveModuleName(fileName, file, config.options, ts.sys).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport === true) continue;
      const target = relative(root, resolved.resolvedFileName);
      if (target.startsWith('..')) continue;
      targets.add(target);
      if (!seen.has(resolved.resolvedFileName)) {
        seen.add(resolved.resolvedFileName);
        queue.push(resolved.resolvedFileName);
      }
    }
    graph.set(relative(root, file), [...targets].sort());
  }
  return graph;
}

/** Files that import each other, directly or through one another. */
export interface ImportCircle {
  /** Every file of the group, sorted. */
  files: string[];
  /** One shortest closed path through it (first file repeated at the end), to follow. */
  path: string[];
}

/** The import circles: each strongly connected group of files (Tarjan's algorithm). */
export function importCircles(graph: ImportGraph): ImportCircle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group);
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return groups.map((group) => ({
    files: group.sort(),
    path: closedPath(graph, new Set(group)),
  }));
}

/** A shortest path from the group's first file (by name) back to itself, inside the group. */
function closedPath(graph: ImportGraph, group: ReadonlySet<string>): string[] {
  const start = [...group].sort()[0] ?? '';
  const previous = new Map<string, string>();
  const queue = [start];
  // Breadth first (an array iterator also visits what is pushed while it runs).
  for (const file of queue) {
    for (const next of graph.get(file) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = file; at !== start; at = previous.get(at) ?? start) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

// `tsx build/import-graph.ts`: prints the circles of the whole tree, exits 1 if there is one.
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const root = new URL('../', import.meta.url).pathname;
  const circles = importCircles(importGraph(`${root}tsconfig.json`));
  for (const { files, path } of circles) {
    process.stdout.write(`${files.length} files, for example ${path.join('\n  → ')}\n\n`);
  }
  process.stdout.write(`${circles.length} import circle(s)\n`);
  process.exitCode = circles.length === 0 ? 0 : 1;
}
