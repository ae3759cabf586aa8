/**
 * content/ids.yaml, the id registry: which source each published document id belongs to, and where the ids
 * of documents that moved now lead. The ingest reads it and extends it (src/lib/ingest/ids.ts); it is
 * committed and reviewed like a lock file.
 */
import { z } from 'astro/zod';
import { idSchema } from './archive.ts';

export const registryEntrySchema = z
  .object({
    /** The source file (its path inside content/sources/) the id was given to. */
    source: z.string().min(1),
    /**
     * SHA-256 of that source's bytes when it was last read, for a document without a number only: its id is
     * a name given once, found again by the file's name or, when the file was renamed, by its bytes.
     */
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .strict();
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

export const idRegistrySchema = z
  .object({
    /** Every id ever given to a document, with its source; kept when the source is deleted, so that it comes back. */
    ids: z.record(idSchema, registryEntrySchema).default({}),
    /** Old id → the id its document has now (written to content/generated/redirects.json while it is no page). */
    redirects: z.record(idSchema, idSchema).default({}),
  })
  .strict();
export type IdRegistry = z.infer<typeof idRegistrySchema>;
