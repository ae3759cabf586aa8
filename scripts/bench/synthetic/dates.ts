/**
 * Calendar dates as plain {year, month, day} and their printed Vietnamese forms. Day numbers
 * come from Date.UTC, which is deterministic and independent of the machine's time zone.
 */

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(d: SimpleDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

export function fromDayNumber(n: number): SimpleDate {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: SimpleDate, days: number): SimpleDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** Days Monday to Saturday of a year: offices issue little on Sundays. */
export function workingDays(year: number): number[] {
  const days: number[] = [];
  const end = dayNumber({ year: year + 1, month: 1, day: 1 });
  for (let n = dayNumber({ year, month: 1, day: 1 }); n < end; n++) {
    // Day 0 (1 Jan 1970) was a Thursday, so (n + 4) % 7 === 0 is a Sunday.
    if ((n + 4) % 7 !== 0) days.push(n);
  }
  return days;
}

/** Nghị định 30/2020: days below 10 and the months 1 and 2 take a leading zero. */
export function dayText(day: number): string {
  return String(day).padStart(2, '0');
}

export function monthText(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** `06/02/2024`, `21/4/2022`: the form used inside citations. */
export function shortDate(d: SimpleDate): string {
  return `${dayText(d.day)}/${monthText(d.month)}/${d.year}`;
}

/** `ngày 29 tháng 10 năm 2024`: the form of the place-and-date line and of laws. */
export function longDate(d: SimpleDate): string {
  return `ngày ${dayText(d.day)} tháng ${monthText(d.month)} năm ${d.year}`;
}

/** Fraction of the way from `start` to `end` (0 before, 1 after). */
export function progress(d: SimpleDate, start: SimpleDate, end: SimpleDate): number {
  const a = dayNumber(start);
  const span = dayNumber(end) - a;
  return Math.min(1, Math.max(0, (dayNumber(d) - a) / span));
}
