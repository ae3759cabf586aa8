import { describe, expect, it } from 'vitest';
import { tasksFile, tasksFilePart as part } from '../tasks-file.ts';
import type { TaskRecord } from '../../../schemas/tasks.ts';

const task = (document: string, block: number, action: string): TaskRecord => ({
  id: `${document}~${block}~0`, document, block, lead: ['Sở Tài chính'], support: [], action, deadline: null,
});

describe('tasks.json joined from cached per-document parts', () => {
  it('is byte-identical to serializing every record at once, documents without tasks included', () => {
    const documents = [[task('a', 1, 'Triển khai “ngay”'), task('a', 4, 'Báo cáo')], [], [task('c', 2, 'Rà soát')], []];
    const joined = tasksFile(documents.map(part)).toString('utf8');
    expect(joined).toBe(`${JSON.stringify(documents.flat())}\n`);
    expect(JSON.parse(joined)).toHaveLength(3);
  });

  it('is an empty array when no document states a task', () => {
    expect(tasksFile([part([]), part([])]).toString('utf8')).toBe('[]\n');
  });
});
