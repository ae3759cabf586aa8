/** Pins which phrases are deadlines, what they resolve to, and when a deadline counts as past. */
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline } from '../deadline.ts';
import { deadlineStatus } from '../status.ts';
import type { Deadline } from '../../../schemas/tasks.ts';

describe('deadline phrases (document year 2024 where a year is missing)', () => {
  const table: [string, Deadline['kind'], string | null, string][] = [
    ['trước ngày 30/6/2025', 'date', '2025-06-30', 'trước ngày 30/6/2025'],
    ['hoàn thành trước ngày 06/3/2024', 'date', '2024-03-06', 'hoàn thành trước ngày 06/3/2024'],
    ['trong tháng 4/2024', 'month', '2024-04', 'trong tháng 4/2024'],
    ['thường xuyên', 'recurring', null, 'thường xuyên'],
    ['Thường xuyên.', 'recurring', null, 'Thường xuyên'],
    ['Thời gian thực hiện: Tháng 4 năm 2024.', 'month', '2024-04', 'Tháng 4 năm 2024'],
    ['Thời gian thực hiện: Thường xuyên', 'recurring', null, 'Thường xuyên'],
    ['Thời hạn: 15/01/2025', 'date', '2025-01-15', '15/01/2025'],
    ['trong Quý II/2024', 'quarter', '2024-Q2', 'trong Quý II/2024'],
    ['hoàn thành trong quý 4 năm 2025', 'quarter', '2025-Q4', 'hoàn thành trong quý 4 năm 2025'],
    ['đến ngày 31/12/2024', 'date', '2024-12-31', 'đến ngày 31/12/2024'],
    ['trước ngày 10 tháng 5 năm 2026', 'date', '2026-05-10', 'trước ngày 10 tháng 5 năm 2026'],
    ['chậm nhất ngày 05/01/2025', 'date', '2025-01-05', 'chậm nhất ngày 05/01/2025'],
    ['hoàn thành trong năm 2025', 'year', '2025', 'hoàn thành trong năm 2025'],
    // Without diacritics, and with the OCR damage of seed 003.
    ['truoc ngay 30/6/2025', 'date', '2025-06-30', 'truoc ngay 30/6/2025'],
    ['truéc ngay 30/4/2024', 'date', '2024-04-30', 'truéc ngay 30/4/2024'],
    ['truwéc ngay 30/4/2024', 'date', '2024-04-30', 'truwéc ngay 30/4/2024'],
    ['trwéec\nngay 30/4/2024', 'date', '2024-04-30', 'trwéec ngay 30/4/2024'],
    ['trude ngay 31/3/2024', 'date', '2024-03-31', 'trude ngay 31/3/2024'],
    ['dén ngay\n31/12/2024', 'date', '2024-12-31', 'dén ngay 31/12/2024'],
    ['trong thang 4/2024', 'month', '2024-04', 'trong thang 4/2024'],
    ['trong Quy 11/2024', 'quarter', '2024-Q2', 'trong Quy 11/2024'],
    ['thuong xuyén', 'recurring', null, 'thuong xuyén'],
    // The year is missing: the document's year.
    ['trước ngày 30/4', 'date', '2024-04-30', 'trước ngày 30/4'],
    ['trong tháng 9', 'month', '2024-09', 'trong tháng 9'],
    // A date that does not exist keeps its words but no ISO value.
    ['trước ngày 31/4/2024', 'date', null, 'trước ngày 31/4/2024'],
  ];
  for (const [phrase, kind, iso, printed] of table) {
    it(JSON.stringify(phrase), () => expect(parseDeadline(phrase, 2024)).toEqual({ kind, iso, printed }));
  }

  it('a missing year stays unknown when the document date is unknown', () => {
    expect(parseDeadline('trước ngày 30/4', null)).toEqual({ kind: 'date', iso: null, printed: 'trước ngày 30/4' });
  });
});

describe('what is not a deadline', () => {
  const none = [
    'Công văn số 1359/UBND-KTTH ngày 18/3/2024 của UBND tỉnh', // a citation's date
    'Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050', // a planning horizon
    'giai đoạn 2021 - 2025',
    'Sở Tài nguyên và Môi trường thường xuyên theo dõi, tham mưu', // an adverb, not a schedule
    'rà soát, triệt để tiết kiệm chi thường xuyên, nhất là các khoản chi', // recurrent expenditure
    'trong Quy hoạch tỉnh',
  ];
  for (const text of none) it(JSON.stringify(text), () => expect(findDeadlines(text, 2024)).toEqual([]));

  it('finds the deadline after a citation date, with offsets into the squashed text', () => {
    const text = 'theo Công văn số 1359/UBND-KTTH ngày 18/3/2024; hoàn thành trong tháng 4/2024.';
    const found = findDeadlines(text, null);
    expect(found.map((f) => [text.slice(f.start, f.end), f.deadline.iso])).toEqual([['hoàn thành trong tháng 4/2024', '2024-04']]);
  });
});

describe('deadlineStatus', () => {
  const d = (kind: Deadline['kind'], iso: string | null): Deadline => ({ kind, iso, printed: '' });
  const table: [Deadline, string, ReturnType<typeof deadlineStatus>][] = [
    [d('date', '2024-03-06'), '2024-03-06', 'upcoming'], // due today is not yet past
    [d('date', '2024-03-06'), '2024-03-07', 'past'],
    [d('month', '2024-04'), '2024-04-30', 'upcoming'], // a month runs to its last day
    [d('month', '2024-04'), '2024-05-01', 'past'],
    [d('month', '2024-02'), '2024-02-29', 'upcoming'], // leap year
    [d('quarter', '2024-Q2'), '2024-06-30', 'upcoming'],
    [d('quarter', '2024-Q2'), '2024-07-01', 'past'],
    [d('quarter', '2024-Q4'), '2025-01-01', 'past'],
    [d('year', '2024'), '2024-12-31', 'upcoming'],
    [d('year', '2024'), '2025-01-01', 'past'],
    [d('recurring', null), '2030-01-01', 'recurring'],
    [d('date', null), '2024-01-01', 'unknown'],
  ];
  for (const [deadline, today, status] of table) {
    it(`${deadline.kind} ${deadline.iso} on ${today} → ${status}`, () => expect(deadlineStatus(deadline, today)).toBe(status));
  }
  it('rejects a malformed today', () => expect(() => deadlineStatus(d('date', '2024-01-01'), '1/1/2024')).toThrow(RangeError));
});
