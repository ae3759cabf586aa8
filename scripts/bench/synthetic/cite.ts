/**
 * Citation text. The first mention of an instrument is the full Vietnamese form
 * (`Công văn số 716/UBND-KTTH ngày 06/02/2024 của UBND tỉnh`), later ones are short
 * (`Công văn số 716/UBND-KTTH`), as officials write them; every first mention is recorded as
 * ground truth for tests and benchmarks.
 */
import { longDate, shortDate } from './dates.ts';
import type { Rng } from './random.ts';
import type { Citable, CitationMeta } from './types.ts';

export function fullCitation(c: Citable, rng: Rng): string {
  if (c.lawName) {
    return rng.chance(0.75)
      ? `${c.lawName} ${longDate(c.date)}`
      : `${c.lawName} số ${c.reference} ngày ${shortDate(c.date)}`;
  }
  if (c.reference === '') return `${c.kindName} ngày ${shortDate(c.date)}`;
  const base = `${c.kindName} số ${c.reference} ngày ${shortDate(c.date)} của ${c.issuer}`;
  if (c.subject === '' || !rng.chance(0.45)) return base;
  return `${base} ${c.kindName === 'Công văn' ? 'về việc' : 'về'} ${c.subject}`;
}

export function shortCitation(c: Citable, rng: Rng): string {
  if (c.lawName) return c.lawName;
  if (c.reference === '') return c.kindName;
  return rng.chance(0.7) ? `${c.kindName} số ${c.reference}` : `${c.kindName} ${c.reference}`;
}

/** Hands out a document's chosen citations, full on first use and short after. */
export interface Citer {
  /** The next unused instrument in full form, or a short re-mention when all are used; null when none. */
  next(): string | null;
  /** Instruments not yet mentioned. */
  remaining(): number;
  /** Records a reference written outside the pool (a Tờ trình). */
  record(meta: CitationMeta): void;
  readonly used: CitationMeta[];
}

export function createCiter(chosen: readonly Citable[], rng: Rng): Citer {
  let at = 0;
  const used: CitationMeta[] = [];
  return {
    used,
    remaining: () => chosen.length - at,
    record: (meta) => used.push(meta),
    next() {
      const c = chosen[at];
      if (c) {
        at++;
        const text = fullCitation(c, rng);
        used.push({ ...(c.index === undefined ? {} : { index: c.index }), reference: c.reference, date: c.date, issuer: c.issuer, text });
        return text;
      }
      if (at === 0) return null;
      return shortCitation(rng.pick(chosen.slice(0, at)), rng);
    },
  };
}
