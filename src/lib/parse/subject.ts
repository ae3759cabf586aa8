/**
 * The trích yếu. A công văn prints it after `V/v` (or `Về`), wrapped over several lines; other
 * types print the type title in capitals and the subject on the next line(s). Wrapped lines
 * are re-joined with single spaces, spelling kept as printed (OCR damage included).
 */
import type { Line } from './lines.ts';
import { KINH_GUI, SO, isAllCaps, isMotto, startsLower } from './keywords.ts';
import { looksLikeDateLine } from './date.ts';
import { typeFromTitle } from './doctype.ts';
import { afterStampField, subjectWithoutStamp } from './stamp.ts';

export interface SubjectSpan {
  text: string;
  /** Line indices of the subject, first to last. */
  lines: number[];
  /**
   * The body a Party title names under itself (`KẾT LUẬN` / `CỦA BỘ CHÍNH TRỊ`): the issuer of the
   * document when the header prints only the Central Committee; its line is part of the title.
   */
  titleBody?: { text: string; line: number };
}

/** `CỦA BỘ CHÍNH TRỊ`, `CỦA BAN BÍ THƯ`: the line under a Party document's type title. */
const TITLE_BODY = /^\s*CỦA\s+(\p{Lu}[\p{Lu}\s,-]*\p{Lu})\s*$/u;

/**
 * `V/v` as printed, and as OCR misreads it at the start of a header line: `V/V`, `V/y`, `V.v`, `V\v`,
 * `V|v`, `Vív`, `Viv`, `VW` (the slash and v run together).
 */
export const VV = /^\s*V\s*(?:[/\\|.]\s*[vy]|[iíìl1]\s*v|W)(?![\p{L}\p{N}])[.:]?\s*/iu;
const VE = /^\s*Về(\s+việc)?\s+/iu;

/** A `V/v` subject starting at `at`, continued by every following line up to a gap or another field. */
export function vvSubject(lines: Line[], at: number, end: number, prefix: RegExp = VV): SubjectSpan | null {
  const first = lines[at];
  if (!first || !prefix.test(first.text)) return null;
  const parts = [first.text.replace(prefix, '')];
  const used = [at];
  for (let i = at + 1; i < end; i++) {
    let line = lines[i];
    // A scan may leave an empty line inside the subject: a lower-case line after it goes on.
    if (line?.blank && lines[i + 1] && !lines[i + 1]?.blank && startsLower(lines[i + 1]?.text ?? '') && !/[.;:]$/.test(parts.at(-1) ?? '')) {
      line = lines[++i];
    }
    if (!line || line.blank || stopsSubject(line)) break;
    parts.push(line.text);
    used.push(i);
  }
  return { text: join(subjectWithoutStamp([first.text, ...parts.slice(1)]).map((p, k) => (k === 0 ? parts[0] ?? '' : p))), lines: used };
}

/** The `Về …` form some bodies use instead of `V/v`. */
export function veSubject(lines: Line[], at: number, end: number): SubjectSpan | null {
  return vvSubject(lines, at, end, VE);
}

/** The subject under a type title at `titleAt`: capitals continue while capitals, prose while lower-case. */
export function titleSubject(lines: Line[], titleAt: number, end: number): SubjectSpan | null {
  let i = titleAt + 1;
  while (i < end && lines[i]?.blank) i++;
  const of = TITLE_BODY.exec(lines[i]?.text ?? '');
  let titleBody: SubjectSpan['titleBody'];
  if (of?.[1] && i < end) {
    titleBody = { text: of[1], line: i };
    i++;
    while (i < end && lines[i]?.blank) i++;
  }
  const first = lines[i];
  if (!first || i >= end || stopsSubject(first)) return titleBody ? { text: '', lines: [], titleBody } : null;
  const firstText = afterStampField(first.text);
  const caps = isAllCaps(firstText, 2);
  const bold = isBold(first);
  const parts = [firstText];
  const used = [i];
  for (let j = i + 1; j < end; j++) {
    let line = lines[j];
    if (line?.blank && !caps) {
      // A scan's empty line inside the subject: the line after it goes on when the enacting authority follows it.
      const next = lines[j + 1];
      const after = nextFilledLine(lines, j + 2, end);
      if (next && !next.blank && next.depth === undefined && lines[j - 1]?.depth === undefined && !isAllCaps(next.text, 2) && !stopsSubject(next) && !OPENING.test(next.text) && !/[.;:]$/.test(parts.at(-1) ?? '') && !/[.;:]$/.test(next.text) && (after === null || isAllCaps(after.text, 4))) {
        line = lines[++j];
        if (line) {
          parts.push(line.text);
          used.push(j);
        }
        continue;
      }
    }
    if (!line || line.blank || stopsSubject(line)) break;
    const continues = caps
      ? isAllCaps(line.text, 1) && isBold(line) === bold && !isAuthority(line.text)
      : startsLower(line.text);
    if (!continues) break;
    parts.push(line.text);
    used.push(j);
  }
  return titleBody ? { text: join(parts), lines: used, titleBody } : { text: join(parts), lines: used };
}

/** The body's first words after a subject: never part of it. */
const OPENING = /^\s*(?:Căn cứ|Theo|Xét|Thực hiện|Nhằm|Để|Trên cơ sở|Ngày)(?=[\s,:]|$)/iu;

function nextFilledLine(lines: Line[], from: number, end: number): Line | null {
  for (let i = from; i < end; i++) if (lines[i] && !lines[i]?.blank) return lines[i] as Line;
  return null;
}

function stopsSubject(line: Line): boolean {
  return (
    isMotto(line) || looksLikeDateLine(line.text) || SO.test(line.key) || KINH_GUI.test(line.key) ||
    typeFromTitle(line.text) !== null
  );
}

function isBold(line: Line): boolean {
  return line.runs.length > 0 && line.runs.every((r) => r.strong === true);
}

/** The enacting authority of a decision (`ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI`, `CHÍNH PHỦ`) ends the subject. */
function isAuthority(text: string): boolean {
  return /^((ỦY|UỶ) BAN NHÂN DÂN (TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|QUẬN)(?=\s|$).*|CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|BỘ TRƯỞNG BỘ .*)$/u.test(
    text.trim(),
  );
}

function join(parts: string[]): string {
  return parts.join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
}
