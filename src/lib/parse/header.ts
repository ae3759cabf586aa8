/**
 * The header of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing body,
 * national motto, `Số:`, place and date, type title or `V/v`, subject. Crawls and scans shuffle
 * the two columns, so each field is looked for anywhere in the header zone rather than by
 * position. A field that is not printed stays null.
 */
import type { ExtractedMetadata } from '../../schemas/metadata.ts';
import type { Line } from './lines.ts';
import { SO } from './keywords.ts';
import { parseDetachedSymbol, parseNumberValue } from './number.ts';
import { hasYear, looksLikeDateLine, parsePlaceDate } from './date.ts';
import { typeFromSymbol, typeFromTitle } from './doctype.ts';
import { readIssuer } from './issuer-lines.ts';
import { titleAfterNoise } from './stamp.ts';
import { VV, titleSubject, veSubject, vvSubject, type SubjectSpan } from './subject.ts';

export interface HeaderFields
  extends Pick<ExtractedMetadata, 'issuer' | 'issuerParent' | 'number' | 'symbol' | 'docType' | 'place' | 'date' | 'subject'> {
  /** First line after the header. */
  end: number;
  /** Runs of consecutive lines that read as one header block (a wrapped subject, a spread date). */
  groups: number[][];
  /** Every body printed in the issuer block, in order (issuing-bodies.ts decides issuer, parent, joint). */
  bodies: string[];
  /** The body a Party title names under itself (`CỦA BỘ CHÍNH TRỊ`), as printed. */
  titleBody: string | null;
}

/** Parses the header within lines [0, limit). `closed` says the zone ends at the recipients. */
export function parseHeader(lines: Line[], limit: number, closed: boolean): HeaderFields {
  const used: number[] = [];
  const groups: number[][] = [];
  const find = (test: (line: Line, i: number) => boolean, from = 0): number => {
    for (let i = from; i < limit; i++) {
      const line = lines[i];
      if (line && !line.blank && test(line, i)) return i;
    }
    return -1;
  };
  const nextFilled = (from: number): number => find(() => true, from);

  // Số: number and symbol, possibly on the next line or split by an e-signature stamp.
  let number: string | null = null;
  let symbol: string | null = null;
  let rest = '';
  const soAt = find((l) => SO.test(l.key));
  let afterNumber = soAt;
  if (soAt >= 0) {
    used.push(soAt);
    let value = (lines[soAt]?.text ?? '').replace(/^[^\p{L}\p{N}]*S\S?\s*[:.]?\s*/u, '');
    if (value.trim() === '') {
      const next = nextFilled(soAt + 1);
      if (next >= 0 && /^[\d/]/.test(lines[next]?.text ?? '')) {
        value = lines[next]?.text ?? '';
        used.push(next);
        afterNumber = next;
      }
    }
    ({ number, symbol, rest } = parseNumberValue(value));
    if (symbol === null) {
      const detached = find((l) => parseDetachedSymbol(l.text) !== null, afterNumber + 1);
      if (detached >= 0 && detached - afterNumber <= 8) {
        symbol = parseDetachedSymbol(lines[detached]?.text ?? '');
        used.push(detached);
      }
    }
  }

  // Place and date; a scan can print them on the number line.
  let placeDate = rest !== '' && looksLikeDateLine(rest) ? parsePlaceDate(rest) : null;
  if (placeDate === null) {
    const at = find((l, i) => i < filledBound(lines, 0, 20, limit) && looksLikeDateLine(l.text));
    if (at >= 0) {
      const group = [at];
      let text = lines[at]?.text ?? '';
      for (let i = at + 1; i < limit && !hasYear(text) && group.length < 8; i++) {
        const line = lines[i];
        if (!line) break;
        group.push(i);
        if (!line.blank) text += ` ${line.text}`;
      }
      placeDate = parsePlaceDate(text);
      if (placeDate) {
        used.push(...group);
        groups.push(group);
      }
    }
  }

  // Type title and its subject, else a V/v (or `Về`) subject.
  let docType: string | null = null;
  let subject: SubjectSpan | null = null;
  // The title sits right under the number and date; a later `QUYẾT ĐỊNH:` opens the articles.
  const anchor = Math.max(afterNumber, ...groups.flat(), -1);
  const titleLimit = anchor >= 0 ? filledBound(lines, anchor + 1, 6, limit) : filledBound(lines, 0, 8, limit);
  const titleOf = (text: string): string | null => typeFromTitle(text) ?? typeFromTitle(titleAfterNoise(text) ?? '');
  const titleAt = find((l, i) => i < titleLimit && titleOf(l.text) !== null);
  if (titleAt >= 0) {
    docType = titleOf(lines[titleAt]?.text ?? '');
    used.push(titleAt);
    subject = titleSubject(lines, titleAt, limit);
  } else {
    const vvAt = find((l) => VV.test(l.text));
    if (vvAt >= 0) subject = vvSubject(lines, vvAt, limit);
    else if (afterNumber >= 0) {
      const next = nextFilled(afterNumber + 1);
      if (next >= 0) subject = veSubject(lines, next, limit);
    }
    if (subject) docType = 'Công văn';
  }
  if (subject) {
    used.push(...subject.lines);
    groups.push(subject.lines);
    if (subject.titleBody) used.push(subject.titleBody.line);
  }
  if (docType === null && symbol !== null) docType = typeFromSymbol(symbol);

  // The issuing body is printed above every other field.
  const firstField = used.length > 0 ? Math.min(...used) : closed ? limit : 0;
  const issuer = readIssuer(lines, firstField);
  used.push(...issuer.used);

  const end = closed ? limit : used.length > 0 ? Math.max(...used) + 1 : 0;
  return {
    issuer: issuer.issuer,
    issuerParent: issuer.issuerParent,
    number,
    symbol,
    docType,
    place: placeDate?.place ?? null,
    date: placeDate?.date ?? null,
    subject: subject?.text === '' ? null : (subject?.text ?? null),
    end,
    groups,
    bodies: issuer.bodies,
    titleBody: subject?.titleBody?.text ?? null,
  };
}

/** The index just past the `count`-th non-blank line from `from` (capped at `limit`). */
function filledBound(lines: Line[], from: number, count: number, limit: number): number {
  let seen = 0;
  for (let i = from; i < limit; i++) {
    if (!lines[i]?.blank) seen++;
    if (seen > count) return i;
  }
  return limit;
}
