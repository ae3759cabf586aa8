/** Pins what an agency collects: each record or task once, its calendar in task order. */
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../schemas/archive.ts';
import { agencies } from '../agencies.ts';
import type { TaskRecord } from '../../../schemas/tasks.ts';

const record = (id: string, recipients: string[], distribution: string[] = []) => ({ id, recipients, distribution }) as unknown as DocumentRecord;
const task = (id: string, lead: string[], support: string[]): TaskRecord => ({
  id, document: 'vb', block: 1, lead, support, action: 'Báo cáo', deadline: null,
});

describe('agencies', () => {
  const tasks = [
    task('t1', ['Sở Tài chính'], []),
    task('t2', ['Sở Xây dựng'], ['Sở Tài chính', 'Sở Tài Chính']),
    task('t3', ['Sở Tài chính'], ['Sở Tài chính']),
  ];
  const records = [record('a', ['Sở Tài chính', 'Sở Tài Chính'], ['Sở Tài chính']), record('b', ['Sở Xây dựng'])];
  const finance = agencies(records, tasks).find((agency) => agency.name === 'Sở Tài chính')!;

  it('lists a record or task once, however many times (or spellings) it names the body', () => {
    expect(finance.addressedBy.map((r) => r.id)).toEqual(['a']);
    expect(finance.copiedBy.map((r) => r.id)).toEqual(['a']);
    expect(finance.leads.map((t) => t.id)).toEqual(['t1', 't3']);
    expect(finance.supports.map((t) => t.id)).toEqual(['t2', 't3']);
  });

  it('has the tasks it leads or supports in task order, for its calendar', () => {
    expect(finance.tasks.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });
});
