/**
 * An editor's statement of an instrument's status in content/instruments.yaml, shown on its page as the
 * editor's (beside, never instead of, what the archive's documents say):
 *
 * ```yaml
 * 33-2019-qd-ubnd-ubnd-tinh-quang-ngai:
 *   status:
 *     value: Hết hiệu lực toàn bộ      # or its slug, het-hieu-luc-toan-bo
 *     date: 01/07/2025                 # from when (29/10/2024, 10/2024 or 2024); may be left out
 *     source: Quyết định 45/2025/QĐ-UBND, Công báo tỉnh số 30   # where the editor learned it
 * ```
 */
import { type EditorStatement, type StatusValue, statusValueSchema } from '../../schemas/status.ts';
import { parseEditorDate } from './date.ts';
import { slugify } from '../text.ts';
import vi from '../../i18n/vi.json' with { type: 'json' };

const KEYS = new Set(['value', 'date', 'source']);

/** `het-hieu-luc-toan-bo` or `Hết hiệu lực toàn bộ` (any case, with or without diacritics). */
function statusValue(text: string): StatusValue | null {
  const slug = slugify(text);
  const labels = vi as Record<string, string>;
  return statusValueSchema.options.find((value) => value === slug || slugify(labels[`legal.${value}`] ?? '') === slug) ?? null;
}

/** The statement, or the reason it is not one (completing `mục "{id}" có status …`). */
export function readEditorStatus(raw: unknown): EditorStatement | { error: string } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'không phải là một bảng (value, date, source).' };
  const fields = raw as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !KEYS.has(key));
  if (unknown !== undefined) return { error: `có khóa "${unknown}" không được hỗ trợ (chỉ value, date, source).` };
  const value = typeof fields.value === 'string' ? statusValue(fields.value) : null;
  if (value === null) return { error: `"${String(fields.value)}" không phải là tình trạng hiệu lực (${statusValueSchema.options.join(', ')}).` };
  if (typeof fields.source !== 'string' || fields.source.trim() === '') return { error: 'thiếu source: nguồn của thông tin (văn bản, công báo, địa chỉ).' };
  let date = null;
  if (fields.date !== undefined && fields.date !== null) {
    date = parseEditorDate(String(fields.date));
    if (date === null) return { error: `có ngày "${String(fields.date)}" không hợp lệ; cần dạng 29/10/2024, 10/2024 hoặc 2024.` };
  }
  return { status: value, date, source: fields.source.trim() };
}
