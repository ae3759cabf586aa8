/** A date as an editor writes it in the editors' files (corrections, instruments.yaml): `29/10/2024`, `10/2024`, `2024`. */
import type { PartialDate } from '../../schemas/metadata.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Parses `29/10/2024`, `10/2024` or `2024` into a PartialDate; null for anything else (or 31/02). */
export function parseEditorDate(value: string): PartialDate | null {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (day) {
    const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
    return { iso: `${day[3]}-${pad(m)}-${pad(d)}`, precision: 'day' };
  }
  const month = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? { iso: `${month[2]}-${pad(m)}`, precision: 'month' } : null;
  }
  return /^\d{4}$/.test(value) ? { iso: value, precision: 'year' } : null;
}
