/**
 * Deadline phrases. A date in a document is a deadline only behind a marker (`trước ngày`,
 * `đến ngày`, `hoàn thành trong tháng`, `Thời gian thực hiện:`), so the dates of citations
 * (`Công văn số 1359/UBND-KTTH ngày 18/3/2024`) never become deadlines. Patterns run on the folded key
 * and tolerate the OCR damage of the corpus: `truwéc`, `trude`, `trwéec` (trước), `Quy 11` (Quý II).
 */
import type { Deadline } from '../../schemas/tasks.ts';
import { prepare } from './keys.ts';

export interface DeadlineMatch {
  start: number;
  end: number;
  deadline: Deadline;
}

const TRUOC = String.raw`tr[uw]{1,2}[oed]{1,2}c?`;
const DEN = String.raw`den(?: het)?`;
const DONE = String.raw`(?:(?:hoan thanh|thuc hien xong|xong)\s+)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const DATE = String.raw`(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?${YEAR})?(?!\d)`;
const DATE_WORDS = String.raw`(\d{1,2}) thang (\d{1,2})(?: nam ${YEAR})?`;
const MONTH = String.raw`thang (\d{1,2})(?:\s?[/.-]\s?${YEAR}| nam ${YEAR})?(?![\d/])`;
const QUARTER = String.raw`quy ([ivx1l]{1,4}|[1-4])(?:\s?[/.-]\s?${YEAR}| nam ${YEAR})?(?![\d/])`;
const RECURRING = String.raw`(?:thuc hien )?(?:thuong xuyen|hang (?:ngay|tuan|thang|quy|nam)|dinh ky(?: hang (?:thang|quy|nam))?)`;

/** Phrases with a marker, anywhere in running text. Order matters: dates before months. */
const RUNNING: { re: RegExp; kind: Deadline['kind'] }[] = [
  { re: new RegExp(String.raw`\b${DONE}(?:${TRUOC}|${DEN}|cham nhat(?: la)?|han chot(?: la)?)\s+(?:ngay\s+)?${DATE}`, 'g'), kind: 'date' },
  { re: new RegExp(String.raw`\b${DONE}(?:${TRUOC}|${DEN}|cham nhat(?: la)?)\s+ngay\s+${DATE_WORDS}`, 'g'), kind: 'date' },
  { re: new RegExp(String.raw`\b${DONE}(?:trong|${TRUOC}|${DEN}|cuoi)\s+${MONTH}`, 'g'), kind: 'month' },
  { re: new RegExp(String.raw`\b${DONE}(?:trong|${TRUOC}|${DEN}|cuoi)\s+${QUARTER}`, 'g'), kind: 'quarter' },
  { re: new RegExp(String.raw`\b(?:hoan thanh\s+(?:trong\s+)?|trong\s+)nam\s+${YEAR}(?!\s?[-–]\s?\d)`, 'g'), kind: 'year' },
];

/** `Thời gian thực hiện: …` and its kin: the value after the colon is a bare deadline. */
const LABEL = /\b(?:thoi gian|thoi han|tien do)(?: (?:thuc hien|hoan thanh|bao cao))?\s?:\s?/g;

/** Every deadline in a text, in order, non-overlapping. `year` fills dates printed without one. */
export function findDeadlines(rawText: string, year: number | null): DeadlineMatch[] {
  const { text, key } = prepare(rawText);
  return findInKey(text, key, year);
}

/** Same as findDeadlines, on a text already prepared (offsets are into `text`). */
export function findInKey(text: string, key: string, year: number | null): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const m of key.matchAll(LABEL)) {
    const at = m.index + m[0].length;
    const value = bareAt(text, key, at, year);
    if (value && !taken(at, value.end)) found.push(value);
  }
  for (const { re, kind } of RUNNING) {
    for (const m of key.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end) || asOf(key, start, end)) continue;
      found.push({ start, end, deadline: build(kind, m, text.slice(start, end), year) });
    }
  }
  // `…, thường xuyên.` closing a clause, or a block that is nothing but `Thường xuyên`.
  for (const m of key.matchAll(new RegExp(String.raw`(?:^|[,;(]\s?)(${RECURRING})\s?(?=[.;)]|$)`, 'g'))) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const end = start + (m[1] ?? '').length;
    if (!taken(start, end)) found.push({ start, end, deadline: { kind: 'recurring', iso: null, printed: text.slice(start, end) } });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `Theo báo cáo…, đến ngày 19/11/2025 đã có…`, `tính đến ngày…`: a date things stand at, not a deadline. */
function asOf(key: string, start: number, end: number): boolean {
  if (!/^(?:den|tinh)/.test(key.slice(start, end)) ) return false;
  return /\btinh\s*$/.test(key.slice(Math.max(0, start - 6), start)) || /^,?\s*(?:da|van|chua|con|moi)\b/.test(key.slice(end));
}

/** Parses one deadline phrase (`trước ngày 30/4/2024`, `Tháng 4 năm 2024`, `Thường xuyên`), or null. */
export function parseDeadline(phrase: string, year: number | null = null): Deadline | null {
  const { text, key } = prepare(phrase);
  return bareAt(text, key, 0, year)?.deadline ?? findInKey(text, key, year)[0]?.deadline ?? null;
}

/** A deadline starting exactly at `at`: a marked phrase, or a bare value as after a `Thời gian:` label. */
function bareAt(text: string, key: string, at: number, year: number | null): DeadlineMatch | null {
  const rest = key.slice(at);
  const forms: { re: RegExp; kind: Deadline['kind'] }[] = [
    ...RUNNING.map(({ re, kind }) => ({ re: new RegExp(re.source), kind })),
    { re: new RegExp(String.raw`(?:ngay\s+)?${DATE}`), kind: 'date' },
    { re: new RegExp(String.raw`(?:ngay\s+)?${DATE_WORDS}`), kind: 'date' },
    { re: new RegExp(MONTH), kind: 'month' },
    { re: new RegExp(QUARTER), kind: 'quarter' },
    { re: new RegExp(String.raw`nam\s+${YEAR}(?!\s?[-–]\s?\d)`), kind: 'year' },
    { re: new RegExp(RECURRING + String.raw`\b`), kind: 'recurring' },
  ];
  for (const { re, kind } of forms) {
    const m = new RegExp('^(?:' + re.source + ')').exec(rest);
    if (!m) continue;
    const start = at;
    const end = at + m[0].length;
    return { start, end, deadline: build(kind, m, text.slice(start, end), year) };
  }
  return null;
}

function build(kind: Deadline['kind'], m: RegExpMatchArray | RegExpExecArray, printed: string, fallbackYear: number | null): Deadline {
  const groups = m.slice(1).filter((g): g is string => g !== undefined);
  const numbers = groups.map((g) => g.trim());
  const y = (s: string | undefined) => (s ? Number(s) : fallbackYear);
  let iso: string | null = null;
  if (kind === 'date') {
    const [d, mo, yr] = numbers;
    iso = isoDate(Number(d), Number(mo), y(yr));
  } else if (kind === 'month') {
    const [mo, yr] = numbers;
    const year = y(yr);
    const month = Number(mo);
    iso = year !== null && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null;
  } else if (kind === 'quarter') {
    const [q, yr] = numbers;
    const year = y(yr);
    const n = quarterNumber(q ?? '');
    iso = year !== null && n !== null ? `${year}-Q${n}` : null;
  } else if (kind === 'year') {
    iso = numbers[0] ?? null;
  }
  return { kind, iso, printed: printed.replace(/[\s.,;:]+$/, '') };
}

/** `II`, `2`, and the OCR readings of roman numerals (`11` for II, `1V` for IV). */
function quarterNumber(raw: string): number | null {
  if (/^[1-4]$/.test(raw)) return Number(raw);
  const roman = raw.replace(/[1l]/g, 'i');
  const value = { i: 1, ii: 2, iii: 3, iv: 4 }[roman];
  return value ?? null;
}

function isoDate(day: number, month: number, year: number | null): string | null {
  if (year === null || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
