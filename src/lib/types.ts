/**
 * The data contract between the ingest steps. Every step consumes and produces these shapes;
 * the Zod schema in src/schemas/archive.ts validates the serialized form of `DocumentRecord`.
 */

/** How much of a date is known: `ngày tháng 02 năm 2024` is known to the month. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date known to some precision. `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
}

/** A run of inline text. Emphasis marks of the source (`**`, `*`) become flags; the text is verbatim. */
export interface Inline {
  text: string;
  strong?: boolean;
  emphasis?: boolean;
}

/** Where a block sits in the paper layout of an administrative document. */
export type BlockSection =
  | 'header' // issuer, national motto, number, place/date, V/v or type title and subject
  | 'recipients' // Kính gửi
  | 'body' // the text proper
  | 'distribution' // Nơi nhận
  | 'signature'; // authority marks, capacity, signer's name

/** One block of a document's text, in reading order. Together the blocks hold every word of the source. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  section: BlockSection;
  /** Heading depth 1–6 (only for headings). */
  depth?: number;
  /** A list marker as printed (`-`, `+`, `•`), kept out of `inlines`; numbered items keep their number in the text. */
  marker?: string;
  inlines: Inline[];
}

/** The signing block: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `Trần Phước Hiền`. */
export interface Signature {
  /** Authority marks in printed order, normalized: `KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`. */
  marks: string[];
  /** Every capacity line as printed, including the one carrying a mark (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`). */
  capacityLines: string[];
  /** The capacity the signer signs in: the last capacity line (`PHÓ CHỦ TỊCH`). */
  capacity: string | null;
  /** The signer's name as printed, or null when it cannot be read. */
  name: string | null;
}

/** Metadata extracted from one source (before corrections). A field that cannot be known is null. */
export interface ExtractedMetadata {
  /** Issuing body as printed, in title case where the source is in capitals (`UBND tỉnh Quảng Ngãi` stays as printed in words). */
  issuer: string | null;
  /** Parent body printed above the issuer (`UBND tỉnh Quảng Ngãi` above `Sở Kế hoạch và Đầu tư`), else null. */
  issuerParent: string | null;
  /** The number part of `Số:`; null when blank (an unsigned copy). Leading zeros kept as printed (`012`). */
  number: string | null;
  /**
   * Everything after the number and its separator, as printed but with spacing removed:
   * `UBND-KTTH` (from `5817/UBND-KTTH`), `KH-UBND` (from `Số: /KH-UBND`), `2021/NĐ-CP` (from `107/2021/NĐ-CP`),
   * `CV/TU` (from the Party form `2371-CV/TU`). src/lib/identity.ts formats number + symbol back together.
   */
  symbol: string | null;
  /** Document type in Vietnamese sentence case (`Công văn`, `Kế hoạch`, `Quyết định`...). */
  docType: string | null;
  /** Place name as printed before `, ngày` (`Quảng Ngãi`, `TP. Quảng Ngãi`, `Ba Tơ`). */
  place: string | null;
  date: PartialDate | null;
  /** Trích yếu, re-joined into one line (without the `V/v` prefix). */
  subject: string | null;
  /** Kính gửi entries, one per recipient, without list markers and trailing `;`/`.`. */
  recipients: string[];
  /** Nơi nhận entries, one per line item, without list markers and trailing `;`/`.`. */
  distribution: string[];
  signature: Signature | null;
}

/** A document parsed from its source text: metadata plus its text as blocks. */
export interface ParsedDocument {
  metadata: ExtractedMetadata;
  blocks: Block[];
}

/** How a citing document relates to what it cites, read from the verb before the citation. */
export type Relation = 'can-cu' | 'thuc-hien' | 'theo' | 'bao-cao' | 'dan-chieu';

/** A citation found in one block of text: what was printed and what it says about the instrument. */
export interface CitationCandidate {
  /** Offsets into the block's plain text (the concatenated `inlines[].text`), end exclusive. */
  start: number;
  end: number;
  /** The text as printed, e.g. `Quyét dinh s6 9 1/Qb-\nUBND ngay 19/01/2024` (the span start..end). */
  printed: string;
  /** Normalized type name (`Nghị quyết`, `Kết luận`, `Bản ghi nhớ`, `Luật`), or null when only a number is printed. */
  docType: string | null;
  /** Normalized number (`91`, `107`), null for instruments without a number (memoranda, laws by name). */
  number: string | null;
  /** Normalized symbol (`QĐ-UBND`, `2021/NĐ-CP`, `KL/TW`, `BC/BCSĐ`), null when none. */
  symbol: string | null;
  date: PartialDate | null;
  /** Issuer as stated in the citation (`Bộ Chính trị`, `UBND tỉnh`, `Chủ tịch UBND tỉnh`), else null. */
  issuer: string | null;
  /** For unnumbered instruments, their name (`Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi`, `Luật Quy hoạch 2017`). */
  name: string | null;
  /** What the citation says the instrument is about (`về …`), else null. */
  about: string | null;
  relation: Relation;
}

/** An instrument: anything a document cites or is, held in the archive or not. Its id is its URL segment. */
export interface Instrument {
  /** Stable ASCII slug from identity (src/lib/identity.ts); the page is /van-ban/{id}/. */
  id: string;
  docType: string | null;
  number: string | null;
  symbol: string | null;
  /** Full issuer name, resolved from relative (`UBND tỉnh` → `UBND tỉnh Quảng Ngãi`) or implied (`NQ-CP` → `Chính phủ`) forms. */
  issuer: string | null;
  date: PartialDate | null;
  name: string | null;
  /** What citing documents say it is about (distinct, in first-seen order). */
  about: string[];
  /** Set when the archive holds this instrument's text: the held document's id (equal to `id`). */
  held: boolean;  /** Official title and link to the official text, from the editors' content/instruments.yaml. */
  title?: string;
  url?: string;
}

/** One citation edge: document `from` cites instrument `to` in block `block`. */
export interface CitationEdge {
  from: string;
  to: string;
  relation: Relation;
  block: number;
  start: number;
  end: number;
  printed: string;
  /** The sentence around the citation (plain text), for quoting on the instrument page. */
  sentence: string;
}
