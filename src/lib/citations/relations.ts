/**
 * How a citing document relates to what it cites, read from the verb before the citation
 * (`Căn cứ`, `Thực hiện`, `theo`, `báo cáo kết quả thực hiện`), with labels for both directions.
 */
import type { Relation } from '../types.ts';

export const RELATIONS: Readonly<Record<Relation, { label: string; reverse: string }>> = {
  'can-cu': { label: 'Căn cứ', reverse: 'Là căn cứ của' },
  'thuc-hien': { label: 'Triển khai thực hiện', reverse: 'Được triển khai bởi' },
  theo: { label: 'Theo', reverse: 'Được dẫn theo bởi' },
  'bao-cao': { label: 'Báo cáo về', reverse: 'Được báo cáo bởi' },
  'dan-chieu': { label: 'Dẫn chiếu', reverse: 'Được dẫn chiếu bởi' },
};

/** Strongest first: when one document cites an instrument several ways, the page shows this one. */
export const RELATION_ORDER: readonly Relation[] = ['can-cu', 'thuc-hien', 'bao-cao', 'theo', 'dan-chieu'];

/**
 * Verbs on folded text (see fold.ts). `báo cáo kết quả thực hiện` must match as one unit, before `thực hiện`
 * alone; `kèm theo`, `theo đó`, `tiếp theo`… are not the verb `theo`.
 */
const VERBS =
  /\b(?:(can cu)|(bao cao|bao cao ket qua)(?:\s+(?:thuc hien|trien khai))?|(thuc hien|trien khai|cu the hoa)|(?<!kem |sau |tiep |theo )(theo)(?!\s+(?:do|doi|dung|quy dinh|yeu cau|chuc nang|thoi gian|ke hoach nay)\b))\b/g;

/**
 * The relation given by the last verb in `before` (folded text of the clause before a citation),
 * or null when the clause has no such verb.
 */
export function relationFromVerb(before: string): Relation | null {
  let found: Relation | null = null;
  for (const m of before.replace(/\s+/g, ' ').matchAll(VERBS)) {
    found = m[1] ? 'can-cu' : m[2] ? 'bao-cao' : m[3] ? 'thuc-hien' : 'theo';
  }
  return found;
}
