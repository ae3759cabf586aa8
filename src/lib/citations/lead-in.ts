/**
 * Issuers stated before the citations they belong to:
 * - `Xét đề nghị của Sở Xây dựng tại Tờ trình số 191/TTr-SXD …` (`của X tại`, `được X ban hành tại`,
 *   `đề nghị của Giám đốc Sở Nội vụ tại`): the body before `tại` issued what follows it, and the list
 *   that follows (`… tại Tờ trình số 4017/TTr-BNNMT … và Báo cáo số 4123/BC-BNNMT …`);
 * - a lead-in naming type and issuer once for a list: `Căn cứ các Nghị quyết của Quốc hội: số
 *   55/2010/QH12 …; số 28/2016/QH14 …`, `Các văn bản của Văn phòng Trung ương Đảng:` over list items.
 */
import { squashSpaces } from '../text.ts';
import { type FoldedText, isUpperAt, originalSlice } from './fold.ts';
import { readIssuerName } from './issuer-name.ts';
import { CUA, TYPE_ALTERNATION, TYPE_WORDS } from './patterns.ts';

export interface LeadIn {
  /** Folded offset just past the lead-in's colon. */
  end: number;
  /** The type the lead-in names (`Nghị quyết`), null for `các văn bản`. */
  docType: string | null;
  issuer: string;
}

const BEFORE = new RegExp(String.raw`(?:^|[\s(;,])(?:${CUA}|duoc|giua|do)\s+`, 'g');
/** After the body: `tại`, perhaps after its verb (`ban hành tại`, `chuyển đến tại`, `gửi kèm tại`). */
const AFTER_NAME = /^\s*[:,]?\s*(?:(?:ban hanh|chuyen den|gui|gui kem)\s+)?tai\s*(?:cac\s+)?$/;

/** The issuer stated before folded offset `at` (`… của X tại ` + citation), or null. */
export function precedingIssuer(f: FoldedText, at: number): string | null {
  const from = Math.max(0, at - 200);
  const window = f.folded.slice(from, at);
  let found: string | null = null;
  for (const m of window.matchAll(BEFORE)) {
    const start = from + m.index + m[0].length;
    const end = readIssuerName(f, start);
    if (end > start && AFTER_NAME.test(f.folded.slice(end, at))) found = squashSpaces(originalSlice(f, start, end));
    else if (isUpperAt(f, start)) {
      // A long unit name with words of its own (`Trung tâm dự báo khí tượng thủy văn Quốc gia: tại …`): the whole
      // phrase up to `: tại`, when short and unbroken by punctuation.
      const lenient = LENIENT.exec(f.folded.slice(start, at));
      if (lenient?.[1] && lenient[1].split(' ').length <= 12) found = squashSpaces(originalSlice(f, start, start + lenient[1].length));
    }
  }
  return found;
}

const LENIENT = /^([a-z0-9]+(?: [a-z0-9]+)*)\s*:\s*tai\s*(?:cac\s+)?$/;

const LEAD = new RegExp(String.raw`\bcac\s+(?:(van ban)|${TYPE_ALTERNATION})(?:\s+[a-z]+){0,3}?\s+${CUA}\s+`, 'g');

/** Every lead-in of a block (`các Nghị quyết của Quốc hội:`), in order. */
export function leadIns(f: FoldedText): LeadIn[] {
  const out: LeadIn[] = [];
  for (const m of f.folded.matchAll(LEAD)) {
    const start = m.index + m[0].length;
    const end = readIssuerName(f, start);
    const colon = /^\s*:/.exec(f.folded.slice(end, end + 3));
    if (end === start || !colon) continue;
    const group = m.slice(2).findIndex((g) => g !== undefined);
    out.push({
      end: end + colon[0].length,
      docType: m[1] !== undefined || group < 0 ? null : (TYPE_WORDS[group]?.[0] ?? null),
      issuer: squashSpaces(originalSlice(f, start, end)),
    });
  }
  return out;
}

/** A lead-in that ends its block (`Các văn bản của UBND tỉnh:`): it names the issuer of the list items below. */
export function trailingLeadIn(f: FoldedText): LeadIn | null {
  const last = leadIns(f).at(-1);
  return last !== undefined && f.folded.slice(last.end).trim() === '' ? last : null;
}
