/** extractTasks never throws on real documents of other bodies, split plainly or by the parser. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse/index.ts';
import { extractTasks } from '../extract.ts';
import { deadlineStatus } from '../status.ts';
import { splitBlocks } from './blocks.ts';
import { REAL_CORPUS, hasRealCorpus, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';

const files = realCorpusFiles;

describe.skipIf(!hasRealCorpus)('real corpus', () => {
  it('holds 28 documents', () => expect(files).toHaveLength(28));
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(REAL_CORPUS, file), 'utf8');
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
