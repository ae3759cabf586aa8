/** extractTasks never throws on real documents of other bodies, split plainly or by the parser. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse/index.ts';
import { extractTasks } from '../extract.ts';
import { deadlineStatus } from '../status.ts';
import { splitBlocks } from './blocks.ts';

const dir = new URL('../../../../../shared/corpus/real/', import.meta.url);
let files: string[] = [];
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
} catch {
  // The shared corpus lives beside the repository; without it there is nothing to run.
}

describe.skipIf(files.length === 0)('real corpus', () => {
  it('holds 28 documents', () => expect(files).toHaveLength(28));
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const { metadata, blocks } = parseDocument(text);
      for (const input of [splitBlocks(text), blocks]) {
        const tasks = extractTasks(input, metadata.date);
        for (const t of tasks) {
          expect(t.block).toBeGreaterThanOrEqual(0);
          expect(t.block).toBeLessThan(input.length);
          expect(t.action).not.toBe('');
          for (const body of [...t.lead, ...t.support]) expect(body.trim()).toBe(body);
          if (t.deadline) expect(['past', 'upcoming', 'recurring', 'unknown']).toContain(deadlineStatus(t.deadline, '2025-06-01'));
        }
      }
    });
  }
  it('survives empty and odd input', () => {
    expect(extractTasks([], null)).toEqual([]);
    expect(extractTasks(splitBlocks('\n\n:\n\n- \n\n1.\n\na)\n\ngiao\n\ntrước ngày'), null)).toEqual([]);
  });
});
