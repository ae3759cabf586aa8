/**
 * Dates for legal status: a date known to the day, month or year compared with the build day, N days after
 * signing worked out (`sau 10 ngày kể từ ngày ký`: signed 22/12/2014 → 05/02/2015 for 45 days, as
 * vbpl.vn counts), and the day after a term's last day.
 */
import type { PartialDate } from '../../schemas/metadata.ts';

/** The first and last day a partial date may mean (`2024-04` → 2024-04-01 … 2024-04-30). */
export function dayRange(date: PartialDate): [string, string] {
  const [year, month, day] = date.iso.split('-');
  if (day !== undefined) return [date.iso, date.iso];
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/** Whether the date is on or before `today` (`past`), after it (`future`), or may be either (`unknown`). */
export function relativeToDay(date: PartialDate, today: string): 'past' | 'future' | 'unknown' {
  const [first, last] = dayRange(date);
  if (last <= today) return 'past';
  if (first > today) return 'future';
  return 'unknown';
}

/** `days` days after a date known to the day; a date known only to the month or year stays unknown. */
export function addDays(date: PartialDate | null, days: number): PartialDate | null {
  if (date === null) return null;
  if (days === 0) return date;
  if (date.precision !== 'day') return null;
  const [year, month, day] = date.iso.split('-').map(Number);
  const shifted = new Date(Date.UTC(year!, month! - 1, day! + days));
  return { iso: shifted.toISOString().slice(0, 10), precision: 'day' };
}

/** Orders dates by their first possible day; ties by precision (the more precise first); null last. */
export function compareDates(a: PartialDate | null, b: PartialDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const [x, y] = [dayRange(a)[0], dayRange(b)[0]];
  return x < y ? -1 : x > y ? 1 : b.iso.length - a.iso.length;
}
