/**
 * Zod schemas for everything the ingest writes and the site reads. Every field is described once, here.
 * The ingest validates its output against these before writing, and Astro validates on load.
 */
import { z } from 'astro/zod';

export const relationSchema = z
  .enum(['can-cu', 'thuc-hien', 'theo', 'bao-cao', 'dan-chieu'])
  .describe('How the citing document relates to the cited one, read from the verb before the citation.');

export const partialDateSchema = z.object({
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** How much of the date the source prints: `ngày tháng 02 năm 2024` is `month`. */
  precision: z.enum(['day', 'month', 'year']),
});

export const signatureSchema = z.object({
  /** Authority marks in printed order: `KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`. */
  marks: z.array(z.string()),
  /** Every capacity line as printed (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`). */
  capacityLines: z.array(z.string()),
  /** The capacity the signer signs in (the last capacity line), or null. */
  capacity: z.string().nullable(),
  /** The signer's name as printed, or null. */
  name: z.string().nullable(),
});

/** Metadata fields an editor may correct in content/corrections/*.yaml. */
export const correctableFields = [
  'issuer',
  'issuerParent',
  'number',
  'symbol',
  'docType',
  'place',
  'date',
  'subject',
  'recipients',
  'distribution',
  'signature',
] as const;
export type CorrectableField = (typeof correctableFields)[number];

export const documentSchema = z.object({
  /** Stable URL segment from identity: the page is /van-ban/{id}/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Short citation form that begins the page title and h1 (`Công văn 5817/UBND-KTTH`). */
  title: z.string(),
  /** Standard full citation (`Công văn số 5817/UBND-KTTH ngày 29/10/2024 của UBND tỉnh Quảng Ngãi`). */
  citation: z.string(),
  /** Source file name inside content/sources/, as received. */
  sourceFile: z.string(),
  /** SHA-256 of the source bytes, hex. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Issuing body, e.g. `Sở Kế hoạch và Đầu tư`; null when unknown. */
  issuer: z.string().nullable(),
  /** Parent body printed above the issuer (`UBND tỉnh Quảng Ngãi`), else null. */
  issuerParent: z.string().nullable(),
  /** Number part of the `Số:` line; null when left blank (unsigned copy). */
  number: z.string().nullable(),
  /** Symbol part (`UBND-KTTH`, `KH-UBND`, `2021/NĐ-CP`, `CV/TU`); null when absent. */
  symbol: z.string().nullable(),
  /** Number and symbol formatted together as printed in citations (`5817/UBND-KTTH`, `…/KH-UBND`). */
  numberSymbol: z.string().nullable(),
  /** Document type (`Công văn`, `Kế hoạch`…). */
  docType: z.string().nullable(),
  /** Place printed before the date (`Quảng Ngãi`). */
  place: z.string().nullable(),
  /** Date of issue with its precision. */
  date: partialDateSchema.nullable(),
  /** Trích yếu: what the document is about. */
  subject: z.string().nullable(),
  /** Kính gửi: addressees. */
  recipients: z.array(z.string()),
  /** Nơi nhận: distribution list. */
  distribution: z.array(z.string()),
  /** Signing block. */
  signature: signatureSchema.nullable(),
  /** Fields whose value comes from an editor's correction file rather than extraction. */
  corrected: z.array(z.enum(correctableFields)),
  /** Path of the correction file applied, relative to the project, or null. */
  correctionFile: z.string().nullable(),
  /** Editor's note from the correction file (why the values were corrected), or null. */
  correctionNote: z.string().nullable(),
  /** Metadata fields that are still unknown (shown as "chưa rõ"). */
  missing: z.array(z.string()),
});
export type DocumentRecord = z.infer<typeof documentSchema>;

export const instrumentSchema = z.object({
  /** Stable URL segment from identity; equals the held document's id when the archive holds the text. */
  id: z.string(),
  /** Short citation form (`Nghị quyết 57/NQ-CP`, or the name of an unnumbered instrument). */
  title: z.string(),
  /** Full citation (type, number, date, issuer) as far as known. */
  citation: z.string(),
  docType: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  numberSymbol: z.string().nullable(),
  issuer: z.string().nullable(),
  date: partialDateSchema.nullable(),
  /** Name of an instrument without a number (`Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi`). */
  name: z.string().nullable(),
  /** What citing documents say it is about. */
  about: z.array(z.string()),
  /** True when the archive holds its text (then /van-ban/{id}/ shows the document). */
  held: z.boolean(),
  /** Official title given by an editor in content/instruments.yaml. */
  officialTitle: z.string().nullable(),
  /** Link to the official text given by an editor. */
  officialUrl: z.string().nullable(),
});
export type InstrumentRecord = z.infer<typeof instrumentSchema>;

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
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The citation as printed. */
  printed: z.string(),
  /** The sentence that contains the citation. */
  sentence: z.string(),
});
export type CitationRecord = z.infer<typeof citationSchema>;
