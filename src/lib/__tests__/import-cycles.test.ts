/**
 * No import cycles: neither between modules nor between the folders of src/lib (site/ is the read model,
 * routes/ the path table, portal/ the output formats…; a folder that imports another must not be imported
 * back). Only imports that run count: `import type` is erased and carries no dependency at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../..');

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : modules(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The relative modules a file imports at run time (`import type` left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

/** `lib/site` for src/lib/site/archive.ts, `schemas` for src/schemas/tasks.ts. */
function folderOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts[0] === 'lib' ? `lib/${parts[1]!.replace(/\.ts$/, '')}` : parts[0]!.replace(/\.ts$/, '');
}

/** Every cycle found by depth-first search, as the path that closes it. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, stack: string[]) => {
    if (stack.includes(node)) return void found.push([...stack.slice(stack.indexOf(node)), node]);
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...stack, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

const files = modules(SRC);
const fileGraph = new Map(files.map((file) => [file, new Set(runtimeImports(file))]));
const folderGraph = new Map<string, Set<string>>();
for (const [file, imports] of fileGraph) {
  for (const target of imports) {
    if (folderOf(file) === folderOf(target)) continue;
    const edges = folderGraph.get(folderOf(file)) ?? new Set<string>();
    folderGraph.set(folderOf(file), edges.add(folderOf(target)));
  }
}

describe('imports', () => {
  it('reads the module graph', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(folderGraph.get('lib/site')).toContain('lib/routes');
  });

  it('has no cycle between modules', () => {
    expect(cycles(fileGraph).map((cycle) => cycle.map((file) => path.relative(SRC, file)).join(' → '))).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderGraph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual([['a', 'b', 'c', 'a']]);
  });
});
