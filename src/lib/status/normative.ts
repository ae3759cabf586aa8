/**
 * Which document types have legal force to speak of, and whether `Quyết định này` in a text is the
 * document itself (a Công văn quoting `Nghị định này có hiệu lực …` speaks of the decree it quotes).
 */
import { DOC_TYPES } from '../identity/doc-types.ts';
import { foldDiacritics } from '../text.ts';

const key = (type: string): string => foldDiacritics(type).toLowerCase();

/** Types whose entry into force and amendment are legal facts (the doc-type table's `normative`). */
const NORMATIVE = new Set(DOC_TYPES.filter((type) => type.normative).map((type) => key(type.name)));

/** Texts issued with (ban hành kèm theo) a decision: their `này` is the decision's. */
const ATTACHED = new Set(['Quy định', 'Quy chế', 'Điều lệ', 'Hướng dẫn', 'Kế hoạch', 'Chương trình', 'Đề án', 'Phương án'].map(key));
const ISSUING = new Set(['Quyết định', 'Thông tư', 'Nghị định', 'Nghị quyết', 'Chỉ thị', 'Thông tư liên tịch'].map(key));

export function isNormative(docType: string | null): boolean {
  return docType !== null && NORMATIVE.has(key(docType));
}

/** Whether `{printed} này` in a document of type `docType` names that document. */
export function namesItself(printed: string, docType: string | null): boolean {
  if (docType === null || key(printed) === 'van ban') return true;
  if (key(printed) === key(docType)) return true;
  return ATTACHED.has(key(printed)) && ISSUING.has(key(docType));
}
