/**
 * The ONE relation table: how a citing document relates to what it cites, read from the verb before the
 * citation (`Căn cứ`, `Thực hiện`, `theo`, `báo cáo kết quả thực hiện`). Its order is the order pages list
 * relations in; its verb patterns are what the citation detector reads (citations/relations.ts); every
 * text a reader sees comes from src/i18n/vi.json under the keys `relationKeys` gives.
 *
 * A relation is added here and nowhere else (then its four texts in vi.json; a test checks they exist).
 */
import { z } from 'astro/zod';

export interface RelationEntry {
  /** The value written in citations.json and the open data (`can-cu`). */
  key: string;
  /**
   * The verbs that state it, as regular expressions over folded text (lower case, no diacritics); the last
   * verb before a citation wins. Empty for the relation given when no verb is found.
   */
  verbs: readonly string[];
  /**
   * Set for the amending relations (the citing document changes the cited one): src/lib/status/ reads them,
   * verb, instrument and part named together (`Quyết định này thay thế Quyết định số …`), not from a verb alone.
   */
  amending?: true;
}

const R = String.raw;

export const RELATIONS = [
  // Amending relations first: what changes an instrument's force is what a reader needs first.
  { key: 'thay-the', verbs: [], amending: true },
  { key: 'bai-bo', verbs: [], amending: true },
  { key: 'huy-bo', verbs: [], amending: true },
  { key: 'het-hieu-luc', verbs: [], amending: true },
  { key: 'sua-doi-bo-sung', verbs: [], amending: true },
  { key: 'sua-doi', verbs: [], amending: true },
  { key: 'bo-sung', verbs: [], amending: true },
  { key: 'dieu-chinh', verbs: [], amending: true },
  { key: 'tam-ngung', verbs: [], amending: true },
  { key: 'dinh-chi', verbs: [], amending: true },
  { key: 'dinh-chinh', verbs: [], amending: true },
  { key: 'can-cu', verbs: [R`can cu`] },
  { key: 'thuc-hien', verbs: [R`thuc hien|trien khai|cu the hoa`] },
  // `kèm theo`, `theo đó`, `tiếp theo`… are not the verb `theo`.
  { key: 'theo', verbs: [R`(?<!kem |sau |tiep |theo )theo(?!\s+(?:do|doi|dung|quy dinh|yeu cau|chuc nang|thoi gian|ke hoach nay)\b)`] },
  // `báo cáo kết quả thực hiện` is one verb: it must not read as `thực hiện`.
  { key: 'bao-cao', verbs: [R`(?:bao cao|bao cao ket qua)(?:\s+(?:thuc hien|trien khai))?`] },
  { key: 'dan-chieu', verbs: [] },
] as const satisfies readonly RelationEntry[];

export type Relation = (typeof RELATIONS)[number]['key'];

type AmendingEntry = Extract<(typeof RELATIONS)[number], { amending: true }>;
/** The amending relations (sửa đổi, bổ sung / thay thế / bãi bỏ …), in table order. */
export type AmendingRelation = AmendingEntry['key'];
export const AMENDING_RELATIONS = RELATIONS.filter((relation): relation is AmendingEntry => 'amending' in relation).map((relation) => relation.key);

/** Relations in the order pages list them. */
export const RELATION_ORDER: readonly Relation[] = RELATIONS.map((relation) => relation.key);

export const relationSchema = z
  .enum(RELATION_ORDER as [Relation, ...Relation[]])
  .describe('How the citing document relates to the cited one, read from the verb before the citation.');

/**
 * The dictionary keys of a relation's texts: `label` heads the list on the citing document's page
 * ("Căn cứ"), `reverseLabel` on the cited one's ("Là căn cứ của"); `verb` states it with the citing
 * document as subject ("{from} căn cứ {to}", "Công văn 5817/UBND-KTTH triển khai văn bản này"), and
 * `reverseVerb` with the cited one as subject ("{to} là căn cứ của {from}").
 */
export function relationKeys(relation: Relation) {
  return {
    label: `relation.${relation}`,
    reverseLabel: `reverse.${relation}`,
    verb: `relation-verb.${relation}`,
    reverseVerb: `reverse-verb.${relation}`,
  } as const;
}
