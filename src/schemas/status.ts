/**
 * Legal status: what documents say about amending, replacing, repealing and bringing into force, and the
 * status of every instrument computed from it (content/generated/status.json). Every field is described
 * once, here; the ingest writes these shapes and the pages read them through the read model.
 */
import { z } from 'astro/zod';
import { partialDateSchema } from './metadata.ts';
import { AMENDING_RELATIONS, type AmendingRelation } from './relations.ts';

/** How one document changes another: the amending relations of the one relation table (./relations.ts). */
export const changeKindSchema = z
  .enum(AMENDING_RELATIONS as [AmendingRelation, ...AmendingRelation[]])
  .describe('The amending verb: thay thế / bãi bỏ / hủy bỏ / hết hiệu lực / sửa đổi, bổ sung / điều chỉnh / tạm ngưng / đình chỉ thi hành / đính chính.');
export type ChangeKind = AmendingRelation;

/** A date stated relative to something the resolver knows (the signing day, this document's entry into force). */
export const relativeDateSchema = z.discriminatedUnion('form', [
  /** A printed date (`kể từ ngày 01 tháng 01 năm 2025`). */
  z.object({ form: z.literal('ngay'), date: partialDateSchema }),
  /** `days` days after the document is signed (`kể từ ngày ký` is 0, `sau 10 ngày kể từ ngày ký` is 10). */
  z.object({ form: z.literal('ky'), days: z.number().int().nonnegative() }),
  /** The day the body passed it (`kể từ ngày thông qua`); `date` when the sentence prints it. */
  z.object({ form: z.literal('thong-qua'), date: partialDateSchema.nullable() }),
  /** When the stating document itself takes effect (`kể từ ngày Quyết định này có hiệu lực`). */
  z.object({ form: z.literal('hieu-luc-van-ban') }),
]);
export type RelativeDate = z.infer<typeof relativeDateSchema>;

/** Who or what a statement is about, as the text names it. */
export const statementRefSchema = z.discriminatedUnion('kind', [
  /** The document itself, named (`Quyết định này`): `type` is the type printed, checked against the document's. */
  z.object({ kind: z.literal('self'), type: z.string() }),
  /** A citation detected in the text, by block and start offset (its instrument comes from resolution). */
  z.object({ kind: z.literal('citation'), block: z.number().int().nonnegative(), start: z.number().int().nonnegative() }),
  /** Unnamed but implied: the document itself when it is of a type that makes such changes (`Bãi bỏ Quyết định số …` in a decision). */
  z.object({ kind: z.literal('implicit') }),
  /** Not named at all (`Quyết định số … đã bị bãi bỏ`). */
  z.object({ kind: z.literal('unnamed') }),
]);
export type StatementRef = z.infer<typeof statementRefSchema>;

const evidenceFields = {
  /** Block (paragraph) of the stating document; its anchor is `#d{block}`. */
  block: z.number().int().nonnegative(),
  /** The sentence that says it (for a list item: the lead-in, `…`, then the item). */
  sentence: z.string(),
};

/** What one document's text says, before resolution: detected per source and cached with it. */
export const statementSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('change'),
    kind: changeKindSchema,
    /** The instrument that makes the change. */
    by: statementRefSchema,
    /** The instrument changed. */
    target: statementRefSchema,
    /** The part of the target named (`khoản 2 Điều 3`, `một số điều`), or null for the whole instrument. */
    part: z.string().nullable(),
    /** The part of the changing instrument that makes the change (`khoản 3 Điều 1`), or null. */
    byPart: z.string().nullable(),
    /** From when, when the sentence says it. */
    date: relativeDateSchema.nullable(),
    /** True when the text reports a change made elsewhere (`đã được sửa đổi`) rather than making it. */
    reported: z.boolean(),
    /** `active` (`bãi bỏ Quyết định số …`) or `passive` (`Quyết định số … bị bãi bỏ`, `… hết hiệu lực`). */
    voice: z.enum(['active', 'passive']),
    ...evidenceFields,
  }),
  z.object({
    type: z.literal('effect'),
    /** The instrument whose entry into force is stated. */
    subject: statementRefSchema,
    from: relativeDateSchema.nullable(),
    /** The last day in force (`đến hết ngày 31 tháng 12 năm 2024`), or null. */
    until: relativeDateSchema.nullable(),
    ...evidenceFields,
  }),
]);
export type Statement = z.infer<typeof statementSchema>;
export type ChangeStatement = Extract<Statement, { type: 'change' }>;
export type EffectStatement = Extract<Statement, { type: 'effect' }>;

/** Where a fact comes from: a sentence of a held document (linked `/van-ban/{document}/#d{block}`). */
export const evidenceSchema = z.object({
  /** The held document whose text says it. */
  document: z.string(),
  ...evidenceFields,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** One resolved change between instruments. */
export const changeRecordSchema = z.object({
  /** `{document}~{block}~{n}`: unique per statement. */
  id: z.string(),
  kind: changeKindSchema,
  /** The changing instrument's id, or null when the text does not name it. */
  from: z.string().nullable(),
  /** The changed instrument's id. */
  to: z.string(),
  part: z.string().nullable(),
  byPart: z.string().nullable(),
  /** From when the change applies, when known (stated, or the changing instrument's entry into force). */
  effective: partialDateSchema.nullable(),
  /** True when the stating document reports the change rather than making it. */
  reported: z.boolean(),
  evidence: evidenceSchema,
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

export const statusValueSchema = z
  .enum(['con-hieu-luc', 'het-hieu-luc-toan-bo', 'het-hieu-luc-mot-phan', 'ngung-hieu-luc', 'ngung-hieu-luc-mot-phan', 'chua-co-hieu-luc', 'chua-xac-dinh'])
  .describe('Còn hiệu lực / Hết hiệu lực toàn bộ / Hết hiệu lực một phần / Ngưng hiệu lực (một phần) / Chưa có hiệu lực / Chưa xác định.');
export type StatusValue = z.infer<typeof statusValueSchema>;

/** What an editor states in content/instruments.yaml, shown as an editor's statement. */
export const editorStatementSchema = z.object({
  status: statusValueSchema,
  /** From when it holds, when the editor knows it. */
  date: partialDateSchema.nullable(),
  /** Where the editor learned it (`Công báo tỉnh số 12/2025`, a link). */
  source: z.string(),
});
export type EditorStatement = z.infer<typeof editorStatementSchema>;

/** One line of an instrument's timeline, oldest first. */
export const timelineEventSchema = z.object({
  date: partialDateSchema.nullable(),
  /** `ban-hanh` issued, `co-hieu-luc` enters into force, `het-han` its stated term ends, a change kind, `bien-tap` an editor's statement. */
  kind: z.union([z.enum(['ban-hanh', 'co-hieu-luc', 'het-han', 'bien-tap']), changeKindSchema]),
  /** The change (changes.id) this line shows, or null. */
  change: z.string().nullable(),
  /** For a line of the chain: the instrument (which changed this one) that this change affects. */
  via: z.string().nullable(),
  /** True when the date is after the build day. */
  future: z.boolean(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const statusRecordSchema = z.object({
  /** Instrument id. */
  id: z.string(),
  /** The status shown (documents and editor together). */
  status: statusValueSchema,
  /** From when that status holds, when known. */
  since: partialDateSchema.nullable(),
  /** The status from the archive's documents alone (differs from `status` only through an editor's statement). */
  fromDocuments: statusValueSchema,
  /** Entry into force, when known. */
  inForceFrom: partialDateSchema.nullable(),
  /** The last day of a stated term (`đến hết ngày 31/12/2024`), when known. */
  inForceUntil: partialDateSchema.nullable(),
  /** Evidence of the entry into force and of the stated term. */
  effect: z.array(evidenceSchema),
  /** The changes (changes.id) that decide `fromDocuments`. */
  basis: z.array(z.string()),
  editor: editorStatementSchema.nullable(),
  /** True for types whose effect is a legal question (Quyết định, Nghị quyết…); false for công văn, kế hoạch… */
  normative: z.boolean(),
  timeline: z.array(timelineEventSchema),
});
export type StatusRecord = z.infer<typeof statusRecordSchema>;

/** content/generated/status.json. */
export const statusFileSchema = z.object({
  /** The build day the statuses are computed for (src/lib/portal/today.ts). */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  statuses: z.array(statusRecordSchema),
  changes: z.array(changeRecordSchema),
});
export type StatusFile = z.infer<typeof statusFileSchema>;
