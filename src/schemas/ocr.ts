/**
 * How damaged a document's text is by optical character recognition, measured on the text itself (so that
 * a scan delivered as plain text is recognised too), and the restored reading shown beside a damaged one.
 */
import { z } from 'astro/zod';

export const ocrMeasureSchema = z.object({
  /** Shown as OCR text: few valid Vietnamese syllables, or Vietnamese written without its diacritics. */
  damaged: z.boolean(),
  /** Share (0–1) of the words that are valid Vietnamese syllables (src/lib/vietnamese/syllables.ts); null without words. */
  validShare: z.number().min(0).max(1).nullable(),
  /** Share (0–1) of the lower-case words written with a Vietnamese letter or tone mark; null without such words. */
  diacriticShare: z.number().min(0).max(1).nullable(),
  /** How many words were judged. */
  words: z.number().int().nonnegative(),
});
export type OcrMeasure = z.infer<typeof ocrMeasureSchema>;

/** A damaged document's restored reading: one text per block of the original, same order (src/lib/ocr/restore.ts). */
export const restoredReadingSchema = z.object({
  /** The document's id. */
  id: z.string(),
  /** Block index → restored text, for the body blocks the restoration changed; other blocks read as printed. */
  blocks: z.record(z.string(), z.string()),
  /** Share of the words the restoration changed. */
  changed: z.number().min(0).max(1),
});
export type RestoredReading = z.infer<typeof restoredReadingSchema>;
