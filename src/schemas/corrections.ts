/**
 * An editor's correction file, content/corrections/<source name>.yaml: any metadata field (src/schemas/
 * metadata.ts, so a field added there is correctable here), a note, and an explicit id. Text values are
 * trimmed and may not be empty (null says "unknown"); a date is written as an editor writes it
 * (`29/10/2024`, `10/2024`, `2024`) and read by ingest/corrections.ts.
 */
import { z } from 'astro/zod';
import { idSchema } from './archive.ts';
import { correctableFields, metadataSchema, type CorrectableField } from './metadata.ts';

const nullableText = z.string().trim().min(1).nullable();
const editorDate = z.union([z.string(), z.number()]).nullable();

function editorForm(field: CorrectableField): z.ZodType {
  const schema = metadataSchema.shape[field];
  if (field === 'date') return editorDate;
  if (schema instanceof z.ZodNullable && schema.unwrap() instanceof z.ZodString) return nullableText;
  return schema;
}

export const correctionFileSchema = z
  .object({
    /** Why the values were corrected, shown on the page. */
    note: z.string(),
    /** The id the document takes, instead of its registered one (src/lib/ingest/ids.ts). */
    id: idSchema,
    ...(Object.fromEntries(correctableFields.map((field) => [field, editorForm(field)])) as Record<CorrectableField, z.ZodType>),
  })
  .partial()
  .strict();

/** The keys a correction file may hold, in the order an editor reads them. */
export const correctionKeys: readonly string[] = correctionFileSchema.keyof().options;
