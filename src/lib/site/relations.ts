/** Relations between documents for display: grouping citations by verb and the upstream chain. */
import type { CitationRecord, InstrumentRecord } from '../../schemas/archive.ts';

export const RELATION_ORDER = ['can-cu', 'thuc-hien', 'theo', 'bao-cao', 'dan-chieu'] as const;
export type RelationKey = (typeof RELATION_ORDER)[number];

/** Groups citations by relation, keeping the first citation of each distinct key (instrument or document). */
export function groupByRelation(
  citations: CitationRecord[],
  key: 'from' | 'to',
): Array<{ relation: RelationKey; items: CitationRecord[] }> {
  const groups = new Map<RelationKey, Map<string, CitationRecord>>();
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
 * The chain upstream of a document: the instruments it implements or is based on, oldest first
 * (e.g. Bộ Chính trị 94-KL/TW → Tỉnh ủy 2371-CV/TU, then the document itself).
 */
export function upstreamChain(citations: CitationRecord[], instruments: Map<string, InstrumentRecord>): InstrumentRecord[] {
  const seen = new Set<string>();
  const chain: InstrumentRecord[] = [];
  for (const citation of citations) {
    if (citation.relation !== 'thuc-hien' && citation.relation !== 'can-cu') continue;
    const instrument = instruments.get(citation.to);
    if (!instrument || seen.has(instrument.id) || !instrument.date) continue;
    seen.add(instrument.id);
    chain.push(instrument);
  }
  return chain.sort((a, b) => a.date!.iso.localeCompare(b.date!.iso) || a.id.localeCompare(b.id));
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
