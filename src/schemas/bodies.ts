/**
 * The registry of bodies (content/co-quan.yaml, editors' data): canonical names, other spellings, parent,
 * kind and succession. Facets, agency pages and search filters show the canonical name of every body that
 * matches one (src/lib/bodies/).
 */
import { z } from 'astro/zod';

/** Kinds of bodies; `nhóm` is a group of bodies documents address as one (`UBND các huyện, thị xã, thành phố`). */
export const BODY_KINDS = ['Đảng', 'chính quyền', 'HĐND', 'Quốc hội', 'đoàn thể', 'ngành dọc', 'tư pháp', 'nhóm'] as const;
export const BODY_LEVELS = ['trung ương', 'tỉnh', 'huyện', 'xã'] as const;

export const successionSchema = z
  .object({
    /** What happened to the body: merged into another, renamed, dissolved, split into several. */
    type: z.enum(['merged-into', 'renamed', 'dissolved', 'split']),
    /** The bodies it became (ids); empty for a dissolution without a successor. */
    to: z.array(z.string()).default([]),
    /** From which day (`YYYY-MM-DD`), month or year. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    /** What the change means, in Vietnamese. */
    note: z.string().optional(),
    /** The act that made the change, as a reader would look it up. */
    source: z.string().optional(),
  })
  .strict();
export type Succession = z.infer<typeof successionSchema>;

export const bodySchema = z
  .object({
    /** Stable id (lower-case ASCII words joined by `-`). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Canonical written name (`UBND tỉnh Quảng Ngãi`, `Sở Tài chính tỉnh Quảng Ngãi`). */
    name: z.string().min(1),
    /** Other spellings and abbreviations; case and diacritics need no separate entries. */
    aliases: z.array(z.string().min(1)).default([]),
    kind: z.enum(BODY_KINDS),
    level: z.enum(BODY_LEVELS).optional(),
    /** The id of the body it belongs to. */
    parent: z.string().optional(),
    succession: z.array(successionSchema).default([]),
    /** What an editor still has to check before the entry is certain (shown on the body's page). */
    verify: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Body = z.infer<typeof bodySchema>;

export const bodiesFileSchema = z.object({ bodies: z.array(bodySchema) }).strict();
export type BodiesFile = z.infer<typeof bodiesFileSchema>;
