/**
 * Reproducible builds: two full builds (ingest → astro build → Pagefind) of the same sources, each in its
 * own fresh copy of the project at a different path, give byte-identical output — every file of dist/, the
 * search index included. No file is excluded: none has needed to be.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildProject, copyProject, hashTree, type TempProject } from '../support/project.ts';

const projects: TempProject[] = [];
let first = new Map<string, string>();
let second = new Map<string, string>();

beforeAll(() => {
  for (const label of ['archive-repro-a', 'archive-repro-b']) projects.push(copyProject(label));
  // Same sources in both copies (copied at the same moment from this tree).
  first = hashTree(buildProject(projects[0]!));
  second = hashTree(buildProject(projects[1]!));
}, 300_000);
afterAll(() => {
  for (const project of projects) project.remove();
});

it('builds the same list of files', () => {
  const onlyFirst = [...first.keys()].filter((file) => !second.has(file));
  const onlySecond = [...second.keys()].filter((file) => !first.has(file));
  expect({ onlyFirst, onlySecond }).toEqual({ onlyFirst: [], onlySecond: [] });
  expect(first.size).toBeGreaterThan(50);
  expect([...first.keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);
});

it('builds every file byte for byte the same, the search index included', () => {
  const differing = [...first].filter(([file, hash]) => second.has(file) && second.get(file) !== hash).map(([file]) => file);
  expect(differing, `${differing.length} tệp khác nhau giữa hai lần dựng:\n${differing.join('\n')}`).toEqual([]);
});
