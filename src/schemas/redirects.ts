/** content/generated/redirects.json: old document ids that an editor changed on purpose, and the id each became. */
import { z } from 'astro/zod';
import { documentSchema } from './archive.ts';

export const redirectSchema = z.object({
  /** The id the document was published under (its old /van-ban/{from}/ keeps working). */
  from: documentSchema.shape.id,
  /** The id it has now. */
  to: documentSchema.shape.id,
});
export type Redirect = z.infer<typeof redirectSchema>;

/** The whole file, sorted by `from` (written by the ingest, `[]` when no identity changed). */
export const redirectsFileSchema = z.array(redirectSchema);
