/** Pins the search page's URL: what it reads, what it writes back, and the date range as filter values. */
import { describe, expect, it } from 'vitest';
import { dateRangeValues, isBrowse, paramsOfState, scopesOf, searchOptions, stateOfParams } from '../search-state.ts';

const state = (query: string) => stateOfParams(new URLSearchParams(query));

describe('search state', () => {
  it('reads every parameter and writes back only what differs from the defaults', () => {
    const read = state('q=triển khai&loai=Kế hoạch&nam=2024&tu-ngay=2024-03-10&den-ngay=2024-04-30&pham-vi=tat-ca&sap-xep=moi&x=1');
    expect(read).toEqual({ q: 'triển khai', filters: { loai: 'Kế hoạch', nam: '2024' }, from: '2024-03-10', to: '2024-04-30', scope: 'tat-ca', sort: 'moi' });
    expect(paramsOfState(read).toString()).toBe('q=tri%E1%BB%83n+khai&loai=K%E1%BA%BF+ho%E1%BA%A1ch&nam=2024&tu-ngay=2024-03-10&den-ngay=2024-04-30&pham-vi=tat-ca&sap-xep=moi');
    expect(paramsOfState(state('q=ba to&sap-xep=lien-quan')).toString()).toBe('q=ba+to');
  });

  it('ignores bad values and keeps the scope labels of earlier links', () => {
    expect(state('tu-ngay=10/03/2024&sap-xep=x&pham-vi=y')).toMatchObject({ from: null, sort: 'lien-quan', scope: null });
    expect(state('pham-vi=V%C4%83n+b%E1%BA%A3n+%C4%91%C6%B0%E1%BB%A3c+d%E1%BA%ABn+chi%E1%BA%BFu').scope).toBe('dan-chieu');
  });

  it('searches held documents unless another scope is asked for', () => {
    expect(scopesOf(state('q=x'))).toEqual(['held']);
    expect(scopesOf(state('q=x&pham-vi=dan-chieu'))).toEqual(['cited']);
    expect(scopesOf(state('pham-vi=tat-ca'))).toEqual(['held', 'cited']);
  });

  it('is a list without a query when a filter, range, scope or order is given', () => {
    expect(isBrowse(state(''))).toBe(false);
    expect(isBrowse(state('loai=Công văn'))).toBe(true);
    expect(isBrowse(state('sap-xep=cu'))).toBe(true);
    expect(isBrowse(state('q=x&loai=Công văn'))).toBe(false);
  });

  it('turns a date range into the date values wholly inside it', () => {
    const values = dateRangeValues('2024-02-28', '2024-04-30', { first: 2020, last: 2025 });
    expect(values).toContain('2024-02-28');
    expect(values).toContain('2024-02-29');
    expect(values).toContain('2024-03');
    expect(values).toContain('2024-04');
    expect(values).not.toContain('2024-02');
    expect(values).not.toContain('2024');
    expect(values).not.toContain('2024-05-01');
    expect(dateRangeValues('2021-01-01', null, { first: 2020, last: 2022 })).toEqual(expect.arrayContaining(['2021', '2022', '2022-12-31']));
    expect(dateRangeValues('2024-05-01', '2024-04-01', { first: 2020, last: 2025 })).toEqual([]);
    expect(searchOptions(state('tu-ngay=2024-01-01&den-ngay=2024-12-31&sap-xep=cu'), { first: 2024, last: 2024 })).toMatchObject({
      filters: { ngay: { any: expect.arrayContaining(['2024', '2024-06', '2024-06-15']) } },
      sort: { date: 'asc' },
    });
  });
});
