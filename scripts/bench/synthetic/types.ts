/** Shared shapes of the synthetic corpus: what a generated document is and what it cites. */
import type { SimpleDate } from './dates.ts';

/** File-name codes of the document types: công văn, kế hoạch, quyết định, thông báo, nghị quyết, kết luận. */
export type DocType = 'cv' | 'kh' | 'qd' | 'tb' | 'nq' | 'kl';

export type IssuerKind = 'province' | 'department' | 'district' | 'council' | 'party';

/** Anything a document can cite: an earlier generated document or a national instrument. */
export interface Citable {
  /** `Công văn`, `Nghị định`, `Kết luận`… as written before `số`. */
  kindName: string;
  /** Number and symbol as printed: `716/UBND-KTTH`, `107/2021/NĐ-CP`, `94-KL/TW`. */
  reference: string;
  date: SimpleDate;
  /** The issuer as a citation names it: `UBND tỉnh`, `Chính phủ`, `Bộ Chính trị`. */
  issuer: string;
  /** Subject without the leading `về`/`V/v`, or '' when unknown. */
  subject: string;
  /** Set for generated documents: their 1-based index in the corpus. */
  index?: number;
  /** Laws are cited by name and date (`Luật Đầu tư công ngày 13 tháng 6 năm 2019`). */
  lawName?: string;
}

export interface CitationMeta {
  /** Index of the cited generated document, absent for national instruments. */
  index?: number;
  reference: string;
  date: SimpleDate;
  issuer: string;
  /** The full first-mention form inserted in the text (before OCR damage). */
  text: string;
}

export interface DocumentMeta {
  index: number;
  type: DocType;
  issuerId: string;
  /** Full name of the issuer (`UBND tỉnh Quảng Ngãi`, `Sở Tài chính tỉnh Quảng Ngãi`). */
  issuer: string;
  /** Null when the copy was kept before signing (`Số: /UBND-TH`). */
  number: number | null;
  /** The symbol as printed after the number: `UBND-KTTH`, `2024/QĐ-UBND`, `CV/TU`. */
  symbol: string;
  /** `716/UBND-KTTH` / `2371-CV/TU`, or null for a blank number. */
  reference: string | null;
  date: SimpleDate;
  subject: string;
  ocr: boolean;
  blankNumber: boolean;
  citations: CitationMeta[];
}

export interface GeneratedDocument {
  name: string;
  text: string;
  /** Ground truth for tests and benchmarks; not written by the CLI. */
  meta: DocumentMeta;
}

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Share of OCR-damaged documents (default 0.05). */
  ocrRate?: number;
  /** Share of documents with a blank number (default 0.03). */
  blankRate?: number;
  firstYear?: number;
  lastYear?: number;
}
