/** The build day: SOURCE_DATE_EPOCH's day when set, else the clock's, both read in Việt Nam time. */
import { describe, expect, it } from 'vitest';
import { buildDay } from '../today.ts';

describe('buildDay', () => {
  it('reads SOURCE_DATE_EPOCH as a day in Việt Nam time (UTC+7)', () => {
    expect(buildDay('1730221200')).toBe('2024-10-30'); // 2024-10-29T17:00:00Z is midnight in Hà Nội
    expect(buildDay('1730221199')).toBe('2024-10-29');
    expect(buildDay(' 1730221200 ', Date.UTC(2030, 0, 1))).toBe('2024-10-30');
  });

  it('is the clock’s day, in Việt Nam time, when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(buildDay(undefined, Date.UTC(2026, 11, 1, 9, 0))).toBe('2026-12-01');
    expect(buildDay('', Date.UTC(2026, 11, 31, 17, 30))).toBe('2027-01-01');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    expect(() => buildDay('2024-10-29')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
