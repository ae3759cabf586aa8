/**
 * What the parser extracts from one source, before corrections. A field that cannot be known is null.
 * The correctable fields are this schema's fields: an editor may correct any of them.
 */
import { z } from 'astro/zod';
import { blockSchema } from './text.ts';

export const partialDateSchema = z.object({
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** How much of the date the source prints: `ngày tháng 02 năm 2024` is `month`. */
  precision: z.enum(['day', 'month', 'year']),
});
/** A calendar date known to some precision. */
export type PartialDate = z.infer<typeof partialDateSchema>;
export type DatePrecision = PartialDate['precision'];

export const signatureSchema = z.object({
  /** Authority marks in printed order, normalized: `KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`; Party marks as printed: `T/M`, `K/T`, `T/L`, `T/U`. */
  marks: z.array(z.string()),
  /** Every capacity line as printed, including the one carrying a mark (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`). */
  capacityLines: z.array(z.string()),
  /** The capacity the signer signs in: the last capacity line (`PHÓ CHỦ TỊCH`), or null. */
  capacity: z.string().nullable(),
  /** The signer's name as printed, or null when it cannot be read. */
  name: z.string().nullable(),
});
/** The signing block: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `Trần Phước Hiền`. */
export type Signature = z.infer<typeof signatureSchema>;

export const coIssuerSchema = z.object({
  /** A further issuing body of a joint document, in the written form (`Bộ Nông nghiệp và Môi trường`). */
  issuer: z.string(),
  /** Its signing block, or null when none names it. */
  signature: signatureSchema.nullable(),
});

export const metadataSchema = z.object({
  /** Issuing body, e.g. `Sở Kế hoạch và Đầu tư` (title case where the source prints capitals); null when unknown. */
  issuer: z.string().nullable(),
  /** Parent body printed above the issuer (`UBND tỉnh Quảng Ngãi` above `Sở Kế hoạch và Đầu tư`), else null. */
  issuerParent: z.string().nullable(),
  /** The other issuing bodies of a joint document (liên tịch), each with its own signing block; absent otherwise. */
  coIssuers: z.array(coIssuerSchema).optional(),
  /** Number part of the `Số:` line; null when left blank (unsigned copy). Leading zeros kept as printed (`012`). */
  number: z.string().nullable(),
  /**
   * Everything after the number and its separator, spacing removed: `UBND-KTTH` (from `5817/UBND-KTTH`),
   * `KH-UBND` (from `Số: /KH-UBND`), `2021/NĐ-CP`, `CV/TU` (from the Party form `2371-CV/TU`); null when absent.
   */
  symbol: z.string().nullable(),
  /** Document type in sentence case (`Công văn`, `Kế hoạch`…; src/lib/identity/doc-types.ts). */
  docType: z.string().nullable(),
  /** Place printed before `, ngày` (`Quảng Ngãi`, `TP. Quảng Ngãi`, `Ba Tơ`). */
  place: z.string().nullable(),
  /** Date of issue with its precision. */
  date: partialDateSchema.nullable(),
  /** Trích yếu: what the document is about, re-joined into one line (without the `V/v` prefix). */
  subject: z.string().nullable(),
  /** Kính gửi: addressees, one per recipient, without list markers and trailing `;`/`.`. */
  recipients: z.array(z.string()),
  /** Nơi nhận: distribution list, one per line item, without list markers and trailing `;`/`.`. */
  distribution: z.array(z.string()),
  /** Signing block. */
  signature: signatureSchema.nullable(),
});
/** Metadata extracted from one source (before corrections). */
export type ExtractedMetadata = z.infer<typeof metadataSchema>;

/** Metadata fields an editor may correct in content/corrections/*.yaml: every metadata field. */
export const correctableFields = metadataSchema.keyof().options;
export type CorrectableField = keyof ExtractedMetadata;

/**
 * Fields reported as missing (shown as "chưa rõ") when empty: every field but the parent body, which most
 * documents rightly lack.
 */
export const reportedFields = correctableFields.filter((field) => field !== 'issuerParent');

export const parsedDocumentSchema = z.object({
  metadata: metadataSchema,
  blocks: z.array(blockSchema),
});
/** A document parsed from its source text: metadata plus its text as blocks. */
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;
