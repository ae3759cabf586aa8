/**
 * Zod schemas for everything the ingest writes and the site reads. Every field is described once, in
 * src/schemas/, and every TypeScript type of these shapes is inferred from its schema. The ingest validates
 * its output against these before writing, and Astro validates on load.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/identity/id-pattern.ts';
import { coIssuerSchema, correctableFields, metadataSchema, partialDateSchema } from './metadata.ts';
import { relationSchema } from './relations.ts';
import { ocrMeasureSchema } from './ocr.ts';

const meta = metadataSchema.shape;

/** An instrument id: the URL segment of /van-ban/{id}/ (src/lib/identity/ids.ts). */
export const idSchema = z.string().regex(ID_PATTERN);

/** A section head of a document's text, for its "Mục lục" (src/lib/outline/outline.ts). */
export const outlineEntrySchema = z.object({
  /** Index of the block; its paragraph anchor is `d{block}`. */
  block: z.number().int().nonnegative(),
  /** 1 for the outermost kind of section present (Phần > Chương > Mục > Điều > I. > 1.), never skipping one. */
  level: z.number().int().positive(),
  /** The head as printed, shortened to its first words. */
  label: z.string(),
});
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;

/**
 * What was changed in the text for display and identity (src/lib/extract/unicode.ts); the original file,
 * served as the download, keeps every character. Null when nothing was.
 */
export const neutralisedSchema = z.object({
  /** Invisible format characters removed (bidirectional controls, zero-width characters…), by code point (`U+202E`). */
  formatCharacters: z.record(z.string().regex(/^U\+[0-9A-F]{4,6}$/), z.number().int().positive()),
  /** Numbers and symbols holding a look-alike letter of another script (`NĐ-СP`, Cyrillic С): as printed and as read. */
  lookalikes: z.array(z.object({ printed: z.string(), read: z.string() })),
});

/** How a document's text was obtained from its source file (shown on its page). */
export const extractionSchema = z.object({
  /** The source's format: plain text, Markdown, Word, PDF, or an image (scan). */
  format: z.enum(['txt', 'md', 'docx', 'pdf', 'image']),
  /** `text`: read as written; `text-layer`: a PDF's own text; `ocr`: recognised from a scan by Tesseract. */
  method: z.enum(['text', 'text-layer', 'ocr']),
  /** How the bytes were read: `utf-8`, `utf-8-bom`, `utf-16le`, `tcvn3`, `vni-as-utf-8`, `docx`, `pdf-text`, `ocr`… */
  encoding: z.string(),
  /** The legacy encoding the text was converted from, or null when it was Unicode already. */
  convertedFrom: z.enum(['tcvn3', 'vni', 'windows-1258', 'utf-16']).nullable(),
  neutralised: neutralisedSchema.nullable(),
});

export const documentSchema = z.object({
  /** Stable URL segment (content/ids.yaml): the page is /van-ban/{id}/. */
  id: idSchema,
  /** Short citation form that begins the page title and h1 (`Công văn 5817/UBND-KTTH`). */
  title: z.string(),
  /** Standard full citation (`Công văn số 5817/UBND-KTTH ngày 29/10/2024 của UBND tỉnh Quảng Ngãi`). */
  citation: z.string(),
  /** Source file path inside content/sources/ as received (`/` between sub-folders), e.g. `2024/cv-5817.pdf`. */
  sourceFile: z.string(),
  /** SHA-256 of the source bytes, hex. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** How the text was obtained from the source file. */
  extraction: extractionSchema,
  issuer: meta.issuer,
  issuerParent: meta.issuerParent,
  /** The other issuing bodies of a joint document, each with its signing block; [] for a single issuer. */
  coIssuers: z.array(coIssuerSchema),
  number: meta.number,
  symbol: meta.symbol,
  /** Number and symbol formatted together as printed in citations (`5817/UBND-KTTH`, `…/KH-UBND`). */
  numberSymbol: z.string().nullable(),
  docType: meta.docType,
  place: meta.place,
  date: meta.date,
  subject: meta.subject,
  recipients: meta.recipients,
  distribution: meta.distribution,
  signature: meta.signature,
  /** Fields whose value comes from an editor's correction file rather than extraction. */
  corrected: z.array(z.enum(correctableFields)),
  /** Path of the correction file applied, relative to the project, or null. */
  correctionFile: z.string().nullable(),
  /** Editor's note from the correction file (why the values were corrected), or null. */
  correctionNote: z.string().nullable(),
  /** Metadata fields that are still unknown (shown as "chưa rõ"). */
  missing: z.array(z.string()),
  /** The sections of its text (empty when it has none); written with the body, from its blocks. */
  outline: z.array(outlineEntrySchema).default([]),
  /** How damaged its text is by OCR: a damaged one is marked and has a machine-restored reading beside it. */
  ocr: ocrMeasureSchema,
});
export type DocumentRecord = z.infer<typeof documentSchema>;

export const instrumentSchema = z.object({
  /** Stable URL segment from identity; equals the held document's id when the archive holds the text. */
  id: z.string(),
  /** Short citation form (`Nghị quyết 57/NQ-CP`, or the name of an unnumbered instrument). */
  title: z.string(),
  /** Full citation (type, number, date, issuer) as far as known. */
  citation: z.string(),
  docType: meta.docType,
  number: meta.number,
  /** Normalized symbol (src/lib/identity/number-symbol.ts). */
  symbol: meta.symbol,
  numberSymbol: z.string().nullable(),
  /** Full issuer name, resolved from relative (`UBND tỉnh` → `UBND tỉnh Quảng Ngãi`) or implied (`NQ-CP` → `Chính phủ`) forms. */
  issuer: z.string().nullable(),
  date: partialDateSchema.nullable(),
  /** Name of an instrument without a number (`Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi`). */
  name: z.string().nullable(),
  /** What citing documents say it is about (distinct, in first-seen order). */
  about: z.array(z.string()),
  /** True when the archive holds its text (then /van-ban/{id}/ shows the document). */
  held: z.boolean(),
  /** Official title given by an editor in content/instruments.yaml. */
  officialTitle: z.string().nullable(),
  /** Link to the official text given by an editor. */
  officialUrl: z.string().nullable(),
});
export type InstrumentRecord = z.infer<typeof instrumentSchema>;

/** An instrument as resolution builds it, before its citation texts and the editors' additions. */
export const instrumentIdentitySchema = instrumentSchema.omit({ title: true, citation: true, numberSymbol: true, officialTitle: true, officialUrl: true });
/** An instrument: anything a document cites or is, held in the archive or not. Its id is its URL segment. */
export type Instrument = z.infer<typeof instrumentIdentitySchema>;

export const citationSchema = z.object({
  /** `{from}~{block}~{start}`: unique per citation occurrence. */
  id: z.string(),
  /** Citing document id. */
  from: z.string(),
  /** Cited instrument id. */
  to: z.string(),
  relation: relationSchema,
  /** Index of the block (paragraph) in the citing document; its anchor is `#d{block}`. */
  block: z.number().int().nonnegative(),
  /** Offsets into the block's plain text (the concatenated `inlines[].text`), end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The citation as printed. */
  printed: z.string(),
  /** The sentence that contains the citation (plain text), for quoting on the instrument page. */
  sentence: z.string(),
});
export type CitationRecord = z.infer<typeof citationSchema>;
/** One citation edge as resolution builds it: document `from` cites instrument `to` in block `block`. */
export type CitationEdge = Omit<CitationRecord, 'id'>;

export const citationCandidateSchema = z.object({
  start: citationSchema.shape.start,
  end: citationSchema.shape.end,
  /** The text as printed, e.g. `Quyét dinh s6 9 1/Qb-\nUBND ngay 19/01/2024` (the span start..end). */
  printed: z.string(),
  /** Normalized type name (`Nghị quyết`, `Kết luận`, `Bản ghi nhớ`, `Luật`), or null when only a number is printed. */
  docType: z.string().nullable(),
  /** Normalized number (`91`, `107`), null for instruments without a number (memoranda, laws by name). */
  number: z.string().nullable(),
  /** Normalized symbol (`QĐ-UBND`, `2021/NĐ-CP`, `KL/TW`, `BC/BCSĐ`), null when none. */
  symbol: z.string().nullable(),
  date: partialDateSchema.nullable(),
  /** Issuer as stated in the citation (`Bộ Chính trị`, `UBND tỉnh`, `Chủ tịch UBND tỉnh`), else null. */
  issuer: z.string().nullable(),
  /** For unnumbered instruments, their name (`Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi`, `Luật Quy hoạch 2017`). */
  name: z.string().nullable(),
  /** What the citation says the instrument is about (`về …`), else null. */
  about: z.string().nullable(),
  relation: relationSchema,
});
/** A citation found in one block of text: what was printed and what it says about the instrument. */
export type CitationCandidate = z.infer<typeof citationCandidateSchema>;
