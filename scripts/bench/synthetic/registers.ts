/**
 * Number registers. State bodies number each type of document per calendar year, restarting at 1
 * every January (Nghị định 30/2020, Điều 15); normative documents have their own register and
 * carry the year (`15/2024/QĐ-UBND`). Party bodies number per congress term (`2371-CV/TU`).
 * The archive holds only a sample, so a number is set from how far the period has run and the
 * register's yearly volume: 716/UBND-KTTH falls early in February as in the real register.
 */
import { dayNumber, progress, type SimpleDate } from './dates.ts';
import type { Issuer } from './issuers.ts';
import type { Rng } from './random.ts';
import type { DocType, IssuerKind } from './types.ts';

export interface Numbering {
  number: number;
  /** What follows the number: `UBND-KTTH`, `2024/QĐ-UBND`, `CV/TU`. */
  symbol: string;
  /** Number and symbol joined as printed: `716/UBND-KTTH`, `2371-CV/TU`. */
  reference: string;
}

const TYPE_CODE: Record<DocType, string> = { cv: 'CV', kh: 'KH', qd: 'QĐ', tb: 'TB', nq: 'NQ', kl: 'KL' };

/** Documents issued per year (per term for the Party) by one issuer of a kind. */
const VOLUME: Record<IssuerKind, Partial<Record<DocType | 'legal', number>>> = {
  province: { cv: 6000, qd: 2200, kh: 260, tb: 650, legal: 60 },
  department: { cv: 2500, qd: 300, kh: 120, tb: 150 },
  district: { cv: 2200, qd: 1600, kh: 200, tb: 250 },
  council: { cv: 400, tb: 120, kh: 40, nq: 90, legal: 40 },
  party: { cv: 3000, kl: 2500, kh: 300, tb: 1200, nq: 60 },
};

/** Starts of the Tỉnh ủy terms (congresses; a new provincial Party committee from 1/7/2025). */
const PARTY_TERMS: readonly SimpleDate[] = [
  { year: 2000, month: 12, day: 1 },
  { year: 2005, month: 12, day: 1 },
  { year: 2010, month: 10, day: 20 },
  { year: 2015, month: 10, day: 20 },
  { year: 2020, month: 10, day: 15 },
  { year: 2025, month: 7, day: 1 },
  { year: 2030, month: 10, day: 1 },
];

/** Numbers below 10 are printed with a leading zero (`05/KH-UBND`). */
export function numberText(n: number): string {
  return String(n).padStart(2, '0');
}

export function joinReference(party: boolean, number: string, symbol: string): string {
  return party ? `${number}-${symbol}` : `${number}/${symbol}`;
}

function period(kind: IssuerKind, date: SimpleDate): { key: string; start: SimpleDate; end: SimpleDate } {
  if (kind !== 'party') {
    return { key: String(date.year), start: { year: date.year, month: 1, day: 1 }, end: { year: date.year, month: 12, day: 31 } };
  }
  const day = dayNumber(date);
  let i = 0;
  while (i + 2 < PARTY_TERMS.length && dayNumber(PARTY_TERMS[i + 1] as SimpleDate) <= day) i++;
  return { key: `term${i}`, start: PARTY_TERMS[i] as SimpleDate, end: PARTY_TERMS[i + 1] as SimpleDate };
}

export interface Registers {
  /** The next number of a register; `legal` selects the normative register (year in the symbol). */
  assign(issuer: Issuer, type: DocType, date: SimpleDate, legal: boolean): Numbering;
}

export function createRegisters(rng: Rng): Registers {
  const last = new Map<string, number>();
  return {
    assign(issuer, type, date, legal) {
      const party = issuer.kind === 'party';
      const p = period(issuer.kind, date);
      const register = legal ? 'legal' : type;
      const key = `${issuer.id}|${register}|${p.key}`;
      const volume = VOLUME[issuer.kind][register] ?? 100;
      const expected = Math.floor(volume * progress(date, p.start, p.end) * (0.9 + 0.2 * rng.next()));
      const number = Math.max((last.get(key) ?? 0) + 1, expected + 1);
      last.set(key, number);
      const code = TYPE_CODE[type];
      let symbol: string;
      if (party) symbol = `${code}/${issuer.code}`;
      else if (legal) symbol = `${date.year}/${code}-${issuer.code}`;
      else if (type === 'cv') symbol = `${issuer.code}-${rng.pick(issuer.units)}`;
      else symbol = `${code}-${issuer.code}`;
      return { number, symbol, reference: joinReference(party, numberText(number), symbol) };
    },
  };
}
