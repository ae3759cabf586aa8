/**
 * Entry into force as documents print it, on folded text (citations/fold.ts):
 * `có hiệu lực (thi hành) kể từ ngày ký (ban hành)`, `… từ ngày 01 tháng 01 năm 2025`, `… từ 01/01/2025`,
 * `… sau 10 ngày kể từ ngày ký`, `… kể từ ngày thông qua`, `… đến hết ngày 31/12/2024`, and the dates
 * that `kể từ ngày …` gives a change (`hết hiệu lực kể từ ngày Quyết định này có hiệu lực`).
 */
import type { EffectStatement, RelativeDate, StatementRef } from '../../schemas/status.ts';
import { type BlockText, citedBefore, clauseStart, selfBefore, sentenceOf, sentenceText } from './clauses.ts';
import { DATE } from '../citations/patterns.ts';
import { toDate } from '../citations/tail.ts';

/** `có hiệu lực`, `có hiệu lực thi hành`, `có hiệu lực thi hành và áp dụng`. */
export const IN_FORCE = /(?<![a-z])c[oe]\s+hi[e]u\s+luc(?:\s+thi\s+hanh)?(?:\s+(?:va\s+)?ap\s+dung)?(?![a-z])/g;

const SIGNING = String.raw`(?:duoc\s+)?(?:ky(?!\s+hop)(?:\s+ban\s+hanh)?|ban\s+hanh|thong\s+qua|cong\s+bo)`;
/** `kể từ ngày ký`, `từ ngày ký ban hành`, `kế từ ngày ký` (OCR). */
const FROM_SIGNING = new RegExp(String.raw`\s*,?\s*(?:ke\s+)?tu\s+ngay\s+(${SIGNING})(?![a-z])`, 'y');
/** `kể từ ngày Hội đồng nhân dân tỉnh thông qua`: the body named between `ngày` and the verb. */
const FROM_PASSING = /\s*,?\s*(?:ke\s+)?tu\s+ngay\s+(?:[a-z]+\s+){1,8}?(thong\s+qua)(?![a-z])/y;
/** `sau 10 ngày kể từ ngày ký`, `sau mười (10) ngày, kể từ ngày ký`. */
const AFTER_DAYS = new RegExp(String.raw`\s*,?\s*(?:ke\s+tu\s+ngay\s+ky\s+)?sau\s+(?:[a-z]+(?:\s+[a-z]+)?\s*\()?(\d{1,3})\)?\s+ngay\s*,?\s*(?:ke\s+)?tu\s+ngay\s+(${SIGNING})(?![a-z])`, 'y');
/** `kể từ ngày 01 tháng 01 năm 2025`, `từ 01/7/2025`. */
const FROM_DATE = new RegExp(String.raw`\s*,?\s*(?:ke\s+)?tu\s+(?:ngay\s+)?(?:${DATE})`, 'y');
/** `đến hết ngày 31 tháng 12 năm 2024`, `cho đến ngày 31/12/2024`. */
const UNTIL = new RegExp(String.raw`\s*,?\s*(?:va\s+)?(?:cho\s+)?den\s+(?:het\s+)?(?:ngay\s+)?(?:${DATE})`, 'y');
/** `thông qua ngày 08 tháng 12 năm 2023` earlier in the sentence: the passing date. */
const PASSED_ON = new RegExp(String.raw`thong\s+qua\s+(?:ngay\s+)?(?:${DATE})`);

export interface InForce {
  from: RelativeDate | null;
  until: RelativeDate | null;
  /** Folded end of what was read. */
  end: number;
}

function signingForm(word: string, days: number, sentence: string): RelativeDate {
  if (!word.includes('thong qua')) return { form: 'ky', days };
  const passed = PASSED_ON.exec(sentence);
  return { form: 'thong-qua', date: passed ? toDate(passed, 1) : null };
}

/**
 * Reads what follows `có hiệu lực` at folded offset `at` (its end). `sentence` is the folded sentence
 * before it, where an HĐND resolution prints its passing date. Null when no date form follows.
 */
export function readInForce(folded: string, at: number, sentence: string): InForce | null {
  let from: RelativeDate | null = null;
  let end = at;
  for (const [pattern, read] of [
    [AFTER_DAYS, (m: RegExpExecArray) => signingForm(m[2]!, Number(m[1]), sentence)],
    [FROM_SIGNING, (m: RegExpExecArray) => signingForm(m[1]!, 0, sentence)],
    [FROM_PASSING, (m: RegExpExecArray) => signingForm(m[1]!, 0, sentence)],
    [FROM_DATE, (m: RegExpExecArray) => dated(m)],
  ] as const) {
    pattern.lastIndex = at;
    const m = pattern.exec(folded);
    if (m) {
      from = read(m);
      end = pattern.lastIndex;
      break;
    }
  }
  UNTIL.lastIndex = end;
  const u = UNTIL.exec(folded);
  const until = u ? dated(u) : null;
  if (u) end = UNTIL.lastIndex;
  if (from === null && until === null) return null;
  return { from, until, end };
}

function dated(m: RegExpExecArray): RelativeDate | null {
  const date = toDate(m, 1);
  return date ? { form: 'ngay', date } : null;
}

/** `kể từ ngày 01/01/2025`, `từ ngày Quyết định này có hiệu lực`: the date a change states, searched in `after`. */
const CHANGE_FROM_DATE = new RegExp(String.raw`(?:ke\s+)?tu\s+(?:ngay\s+)?(?:${DATE})`);
const CHANGE_FROM_SELF = /(?:ke\s+)?tu\s+ngay\s+(?:[a-z]+\s+){1,3}nay\s+co\s+hieu\s+luc/;
const CHANGE_FROM_SIGNING = new RegExp(String.raw`(?:ke\s+)?tu\s+ngay\s+(${SIGNING})(?![a-z])`);

export function changeDate(after: string): RelativeDate | null {
  if (CHANGE_FROM_SELF.test(after)) return { form: 'hieu-luc-van-ban' };
  const signing = CHANGE_FROM_SIGNING.exec(after);
  if (signing) return signingForm(signing[1]!, 0, after);
  const m = CHANGE_FROM_DATE.exec(after);
  return m ? dated(m) : null;
}

/** Between a cited instrument and `có hiệu lực`: `(`, `,`, `đã`, `sẽ`, `chính thức`. */
const SUBJECT_GAP = /^[\s,(]*(?:(?:da|se|chinh thuc|bat dau|cung)\s+)*$/;

/**
 * Entry-into-force statements of one block: about the document itself (`Quyết định này có hiệu lực …`)
 * or about a cited instrument (`Luật … số 48/2024/QH15 (có hiệu lực từ ngày 01/7/2025)`).
 */
export function readEffects(b: BlockText): EffectStatement[] {
  const found: EffectStatement[] = [];
  for (const m of b.f.folded.matchAll(IN_FORCE)) {
    const [sentenceStart] = sentenceOf(b, m.index, m.index);
    const read = readInForce(b.f.folded, m.index + m[0].length, b.f.folded.slice(sentenceStart, m.index));
    if (read === null) continue;
    const clause = clauseStart(b, m.index);
    const before = citedBefore(b, m.index, clause);
    const self = selfBefore(b, sentenceStart, m.index);
    let subject: StatementRef | null = null;
    if (before && (before.fEnd > m.index || SUBJECT_GAP.test(b.f.folded.slice(before.fEnd, m.index)))) {
      subject = { kind: 'citation', block: b.index, start: before.candidate.start };
    } else if (self) subject = { kind: 'self', type: self.type };
    if (subject === null) continue;
    found.push({ type: 'effect', subject, from: read.from, until: read.until, block: b.index, sentence: sentenceText(b, m.index, read.end) });
  }
  return found;
}
