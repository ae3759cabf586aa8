/** Relations between documents for display: grouping citations by verb and the upstream chain. */
import type { CitationRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { RELATION_ORDER, type Relation } from '../../schemas/relations.ts';

/** Groups citations by relation, keeping the first citation of each distinct key (instrument or document). */
export function groupByRelation(
  citations: CitationRecord[],
  key: 'from' | 'to',
): Array<{ relation: Relation; items: CitationRecord[] }> {
  const groups = new Map<Relation, Map<string, CitationRecord>>();
  for (const citation of citations) {
    const group = groups.get(citation.relation) ?? new Map<string, CitationRecord>();
    if (!group.has(citation[key])) group.set(citation[key], citation);
    groups.set(citation.relation, group);
  }
  return RELATION_ORDER.filter((relation) => groups.has(relation)).map((relation) => ({
    relation,
    items: [...groups.get(relation)!.values()],
  }));
}

/** Splits a quoted sentence around the printed citation so that the page can highlight it. */
export function highlight(sentence: string, printed: string): { before: string; match: string; after: string } {
  const at = sentence.indexOf(printed);
  if (at < 0) return { before: sentence, match: '', after: '' };
  return { before: sentence.slice(0, at), match: printed, after: sentence.slice(at + printed.length) };
}

/**
 * Whether the citing text says that instrument A implements instrument B: in one sentence, A is followed
 * by `về việc … thực hiện/triển khai …` and then B, with no `;` between them
 * (`Công văn số 2371-CV/TU … về việc … tổ chức thực hiện Kết luận số 94-KL/TW`).
 */
function implementsInText(a: CitationRecord, b: CitationRecord): boolean {
  if (a.block !== b.block || a.sentence !== b.sentence || b.start <= a.end) return false;
  const from = a.sentence.indexOf(a.printed);
  const to = a.sentence.indexOf(b.printed, from + a.printed.length);
  if (from < 0 || to < 0) return false;
  const between = a.sentence.slice(from + a.printed.length, to);
  return !between.includes(';') && /(?<!\p{L})về(?!\p{L})/iu.test(between) && /(thực hiện|triển khai|cụ thể hóa)/iu.test(between);
}

/**
 * The chain upstream of a document, oldest first, ending before the document itself: the longest path of
 * "implements" links that starts at an instrument the document implements and follows what the citing
 * text says that instrument implements (Bộ Chính trị 94-KL/TW → Tỉnh ủy 2371-CV/TU → this document).
 * Among equally long paths, the one cited first wins (the subject line comes first).
 */
export function upstreamChain(citations: CitationRecord[], instruments: Map<string, InstrumentRecord>): InstrumentRecord[] {
  const implemented = citations.filter((citation) => citation.relation === 'thuc-hien' || citation.relation === 'can-cu');
  const next = new Map<CitationRecord, CitationRecord[]>();
  for (const a of citations) next.set(a, citations.filter((b) => b.to !== a.to && implementsInText(a, b)));
  // Links only point forward in the text (b starts after a ends), so the graph is acyclic: memoize.
  const memo = new Map<CitationRecord, CitationRecord[]>();
  const longest = (start: CitationRecord): CitationRecord[] => {
    const known = memo.get(start);
    if (known) return known;
    let best: CitationRecord[] = [];
    for (const step of next.get(start) ?? []) {
      const path = longest(step);
      if (path.length > best.length) best = path;
    }
    const result = [start, ...best];
    memo.set(start, result);
    return result;
  };
  let chain: CitationRecord[] = [];
  for (const start of implemented) {
    const path = longest(start);
    if (path.length > chain.length) chain = path;
  }
  return chain
    .map((citation) => instruments.get(citation.to))
    .filter((instrument): instrument is InstrumentRecord => instrument !== undefined)
    .reverse();
}

/** Instruments cited in the same documents as `id`, with how many documents cite both. */
export function coCited(id: string, citationsTo: CitationRecord[], citationsFrom: Map<string, CitationRecord[]>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const from of new Set(citationsTo.map((citation) => citation.from))) {
    for (const other of new Set((citationsFrom.get(from) ?? []).map((citation) => citation.to))) {
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
