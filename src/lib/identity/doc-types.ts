/**
 * The ONE table of document types: each type's name (sentence case, as pages print it), its code in
 * numbers/symbols (Nghị định 30/2020/NĐ-CP, Phụ lục III, plus the Party and legal-document codes seen in
 * citations), whether the parser recognises it as a type title printed in capitals, and the words a
 * citation or a search query names it by. The parser, the citation detector, identity and the search
 * page's number reading all read this table.
 */
import { foldDiacritics } from '../text.ts';

export interface DocType {
  /** `Nghị quyết`: the type as pages print it and as the `docType` field holds it. */
  name: string;
  /** The code that opens its symbols (`NQ` in `57/NQ-CP`), or null when it has none of its own. */
  code: string | null;
  /** True when the parser takes a line holding only this name (`NGHỊ QUYẾT`) as the document's type title. */
  title: boolean;
  /** Other spellings of the title, folded (`quyet nghi`). */
  titleVariants?: readonly string[];
  /**
   * How citations print it, as regular expressions over folded text (citations/fold.ts), tolerant of the
   * OCR damage seen in the corpus; absent when citations never name it by a type word.
   */
  cited?: readonly string[];
  /**
   * True for the types whose entry into force, amendment and repeal are legal facts (laws, decrees,
   * resolutions, decisions, directives, circulars and the rules they issue): src/lib/status/ lets their text
   * act without naming itself (`Điều 2. Bãi bỏ …`) and reports their effect; a công văn's only when it says so.
   */
  normative?: true;
}

const R = String.raw;

export const DOC_TYPES: readonly DocType[] = [
  { name: 'Nghị quyết', code: 'NQ', title: true, titleVariants: ['quyet nghi'], cited: [R`nghi\s*quyet`], normative: true },
  { name: 'Nghị quyết liên tịch', code: null, title: false, cited: [R`nghi\s*quyet\s+lien\s+tich`], normative: true },
  { name: 'Nghị định', code: 'NĐ', title: true, cited: [R`nghi\s*dinh`], normative: true },
  { name: 'Quyết định', code: 'QĐ', title: true, cited: [R`quyet\s+dinh`], normative: true },
  { name: 'Chỉ thị', code: 'CT', title: true, cited: [R`chi\s+thi`], normative: true },
  { name: 'Quy chế', code: 'QC', title: true, cited: [R`quy\s+che\s+phoi\s+hop`, R`quy\s+che`], normative: true },
  { name: 'Quy định', code: 'QyĐ', title: true, cited: [R`quy\s+dinh`], normative: true },
  { name: 'Thông cáo', code: 'TC', title: true, cited: [R`thong\s+cao`] },
  { name: 'Thông báo', code: 'TB', title: true, cited: [R`thong\s+b[ae]o\s+ket\s+luan`, R`thong\s+b[ae]o`] },
  { name: 'Hướng dẫn', code: 'HD', title: true, cited: [R`huong\s+dan`] },
  { name: 'Chương trình', code: 'CTr', title: true, cited: [R`chuong\s+trinh`] },
  { name: 'Chương trình hành động', code: null, title: false, cited: [R`chuong\s+trinh\s+hanh\s+d[oe]ng`] },
  { name: 'Kế hoạch', code: 'KH', title: true, cited: [R`ke\s*hoach`] },
  { name: 'Phương án', code: 'PA', title: true, cited: [R`phuong\s+an`] },
  { name: 'Đề án', code: 'ĐA', title: true, cited: [R`de\s+an`] },
  { name: 'Dự án', code: 'DA', title: true },
  { name: 'Báo cáo', code: 'BC', title: true, cited: [R`b[aeo]o\s+c[a4]o`] },
  { name: 'Biên bản', code: 'BB', title: true, cited: [R`bien\s+ban`] },
  { name: 'Tờ trình', code: 'TTr', title: true, cited: [R`to\s+trinh`] },
  { name: 'Hợp đồng', code: 'HĐ', title: true },
  { name: 'Công điện', code: 'CĐ', title: true, cited: [R`cong\s+dien`] },
  { name: 'Bản ghi nhớ', code: 'BGN', title: true },
  { name: 'Bản thỏa thuận', code: 'BTT', title: true, titleVariants: ['ban thoa thuan'] },
  { name: 'Giấy ủy quyền', code: 'GUQ', title: true },
  { name: 'Giấy mời', code: 'GM', title: true, cited: [R`giay\s+moi`] },
  { name: 'Giấy giới thiệu', code: 'GGT', title: true },
  { name: 'Giấy nghỉ phép', code: 'GNP', title: true },
  { name: 'Phiếu gửi', code: 'PG', title: true },
  { name: 'Phiếu chuyển', code: 'PC', title: true },
  { name: 'Phiếu báo', code: 'PB', title: true },
  { name: 'Kết luận', code: 'KL', title: true, cited: [R`ket\s+lu[a]n`] },
  { name: 'Công văn', code: 'CV', title: true, cited: [R`c[oe]ng\s+van`] },
  { name: 'Thông tư', code: 'TT', title: true, cited: [R`thong\s+tu`], normative: true },
  { name: 'Thông tư liên tịch', code: 'TTLT', title: true, cited: [R`thong\s+tu\s+lien\s+tich`], normative: true },
  { name: 'Bộ luật', code: null, title: false, cited: [R`bo\s+luat`], normative: true },
  { name: 'Luật', code: null, title: true, cited: [R`luat`], normative: true },
  { name: 'Pháp lệnh', code: null, title: true, cited: [R`phap\s+lenh`], normative: true },
  { name: 'Lệnh', code: null, title: true, normative: true },
  { name: 'Quy hoạch', code: null, title: true },
  { name: 'Văn bản hợp nhất', code: 'VBHN', title: true, cited: [R`van\s+ban\s+hop\s+nhat`] },
  // Not a type: the generic word a citation may use instead of one (`văn bản số 123/UBND-VP`).
  { name: 'Văn bản', code: null, title: false, cited: [R`van\s+ban`] },
];

/** Every type code (`NQ`, `QĐ`, `KL`…): the first part of `QĐ-UBND`, `KL/TW`. */
export const TYPE_CODES: readonly string[] = DOC_TYPES.flatMap((type) => (type.code === null ? [] : [type.code]));

const BY_CODE = new Map(DOC_TYPES.flatMap((type) => (type.code === null ? [] : [[type.code, type.name] as const])));

export function isTypeCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** The type a code stands for (`KH` → Kế hoạch), spelled exactly or in other case (`Ctr`), else null. */
export function typeOfCode(code: string): string | null {
  const exact = BY_CODE.get(code);
  if (exact !== undefined) return exact;
  const upper = code.toUpperCase();
  return [...BY_CODE].find(([known]) => known.toUpperCase() === upper)?.[1] ?? null;
}

/** Title spellings, folded to lower-case ASCII words, with the type they name (`quyet dinh` → Quyết định). */
export function titleKeys(): Array<[string, string]> {
  return DOC_TYPES.filter((type) => type.title).flatMap((type) => [
    [foldedWords(type.name), type.name] as [string, string],
    ...(type.titleVariants ?? []).map((variant) => [variant, type.name] as [string, string]),
  ]);
}

/**
 * The type words of citations, `[name, regex source]`, longest phrase first: where one phrase begins
 * another (`nghị quyết liên tịch`, `nghị quyết`), an alternation must try the longer one first.
 */
export function citedTypeWords(): Array<[string, string]> {
  const words = DOC_TYPES.flatMap((type) => (type.cited ?? []).map((source) => [type.name, source] as [string, string]));
  return words.sort((a, b) => literalLength(b[1]) - literalLength(a[1]));
}

/** The type names a person may type before a number (`nghị quyết 57`), folded, longest first. */
export function typedTypeWords(): string[] {
  return DOC_TYPES.map((type) => foldedWords(type.name)).sort((a, b) => b.length - a.length);
}

function foldedWords(name: string): string {
  return foldDiacritics(name).toLowerCase();
}

/** The length of the phrase a pattern spells (`thong\s+b[ae]o` → `thong bao`), for ordering. */
function literalLength(source: string): number {
  return source.replace(/\\s[*+]/g, ' ').replace(/\[[^\]]*\]/g, 'x').length;
}
