/**
 * Citations of one block read together: what one states applies to its neighbours in a list. A bare
 * number after a citation takes its type (`Nghị quyết số 57/NQ-CP …, 02/NQ-CP`); an issuer stated once
 * at the end applies to every number before it (`Chỉ thị số 31-CT/TU …, Kế hoạch số 134-KH/TU … của Ban
 * Thường vụ Tỉnh ủy`); an issuer stated before (`của X tại …`) or in a lead-in (lead-in.ts) applies to
 * what follows it.
 */
import type { CitationCandidate } from '../../schemas/archive.ts';
import type { FoldedText } from './fold.ts';
import { type LeadIn, leadIns, precedingIssuer } from './lead-in.ts';
import { SO } from './patterns.ts';

/** A citation with the folded offsets the block-level passes need. */
export interface Raw extends CitationCandidate {
  /** Folded offsets, for grouping and relations. */
  fStart: number;
  fEnd: number;
  /** Folded end of the `về …` part: verbs inside it belong to the cited instrument, not to the citing text. */
  fAboutEnd: number;
  typed: boolean;
  /** The issuer was stated before the citation (`của X tại …`), so it carries on to the next in a list. */
  before?: boolean;
}

/** Separators that join a grouped list: `, `, `; `, ` và `, optionally followed by `số`. */
const LIST_GAP = new RegExp(String.raw`^\s*(?:,|;|,?\s*va|&)?\s*(?:${SO}\s+)?$`);
/** The same, after an issuer stated before: `… và Báo cáo số …`, `…, các văn bản số …`. */
const FORWARD_GAP = new RegExp(String.raw`^\s*(?:,|;|,?\s*va)?\s*(?:cac\s+)?(?:${SO}\s*)?$`);

export function shareInList(f: FoldedText, list: Raw[], inherited: LeadIn | null = null): void {
  for (let i = 1; i < list.length; i++) {
    const [prev, next] = [list[i - 1] as Raw, list[i] as Raw];
    if (!next.typed && prev.about === null && LIST_GAP.test(f.folded.slice(prev.fEnd, next.fStart))) next.docType = prev.docType;
  }
  // An issuer stated after the list wins over one stated before it (`chỉ đạo của X tại Văn bản số … của Văn phòng Chính phủ`).
  for (let i = list.length - 2; i >= 0; i--) {
    const [c, next] = [list[i] as Raw, list[i + 1] as Raw];
    const gap = f.folded.slice(c.fEnd, next.fStart);
    const both = c.number !== null && next.number !== null;
    if (both && c.issuer === null && c.about === null && next.issuer !== null && LIST_GAP.test(gap)) c.issuer = next.issuer;
  }
  for (const [i, c] of list.entries()) {
    if (c.issuer !== null || c.number === null) continue;
    const prev = list[i - 1];
    const stated = precedingIssuer(f, c.fStart);
    if (stated !== null) [c.issuer, c.before] = [stated, true];
    else if (prev?.before && FORWARD_GAP.test(f.folded.slice(prev.fEnd, c.fStart))) [c.issuer, c.before] = [prev.issuer, true];
  }
  applyLeadIns(list, [...(inherited ? [{ ...inherited, end: 0 }] : []), ...leadIns(f)]);
}

/** `các Nghị quyết của Quốc hội: số 55/2010/QH12 …` names type and issuer of the numbers after it; `các văn bản của X:` the issuer. */
function applyLeadIns(list: Raw[], leads: LeadIn[]): void {
  leads.forEach((lead, k) => {
    const until = leads[k + 1]?.end ?? Infinity;
    for (const c of list) {
      if (c.fStart < lead.end || c.fStart >= until || c.number === null) continue;
      if (lead.docType !== null && c.typed) continue;
      if (!c.typed && lead.docType !== null) c.docType = lead.docType;
      if (c.issuer === null) c.issuer = lead.issuer;
    }
  });
}
