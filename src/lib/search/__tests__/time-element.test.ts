import { describe, expect, it } from 'vitest';
import { formatDate } from '../../identity/index.ts';
import { isoOfShownDate } from '../time-element.ts';

describe('the ISO date of a shown date', () => {
  it.each([
    ['2024-10-29', 'day'],
    ['2024-02', 'month'],
    ['2017', 'year'],
  ] as const)('inverts formatDate for %s (%s precision)', (iso, precision) => {
    expect(isoOfShownDate(formatDate({ iso, precision }))).toBe(iso);
  });

  it('is null for anything else', () => {
    expect(isoOfShownDate('chưa rõ')).toBeNull();
    expect(isoOfShownDate('29/10')).toBeNull();
  });
});
