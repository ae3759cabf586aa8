/** A document's text as the parser hands it on: blocks of inline runs, in reading order. */
import { z } from 'astro/zod';

export const inlineSchema = z.object({
  /** The text, verbatim. */
  text: z.string(),
  /** Set when the source marks the run strong (`**`). */
  strong: z.boolean().optional(),
  /** Set when the source marks the run emphasized (`*`). */
  emphasis: z.boolean().optional(),
});
/** A run of inline text. Emphasis marks of the source (`**`, `*`) become flags; the text is verbatim. */
export type Inline = z.infer<typeof inlineSchema>;

export const blockSectionSchema = z.enum([
  'header', // issuer, national motto, number, place/date, V/v or type title and subject
  'recipients', // Kính gửi
  'body', // the text proper
  'distribution', // Nơi nhận
  'signature', // authority marks, capacity, signer's name
]);
/** Where a block sits in the paper layout of an administrative document. */
export type BlockSection = z.infer<typeof blockSectionSchema>;

export const blockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'list-item']),
  section: blockSectionSchema,
  /** Heading depth 1–6 (only for headings). */
  depth: z.number().int().min(1).max(6).optional(),
  /** A list marker as printed (`-`, `+`, `•`), kept out of `inlines`; numbered items keep their number in the text. */
  marker: z.string().optional(),
  inlines: z.array(inlineSchema),
});
/** One block of a document's text, in reading order. Together the blocks hold every word of the source. */
export type Block = z.infer<typeof blockSchema>;
