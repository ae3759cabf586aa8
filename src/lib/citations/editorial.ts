/**
 * The editors' file `content/instruments.yaml`: corrections the detector cannot know.
 *
 * ```yaml
 * 57-nq-cp-2022:
 *   title: Nghị quyết về các nhiệm vụ, giải pháp hoàn thiện thể chế liên kết vùng kinh tế - xã hội
 *   url: https://vanban.chinhphu.vn/...
 * luat-quy-hoach-2017:
 *   mergeInto: 21-2017-qh14        # the same law cited by name
 * 21-2017-qh14:
 *   aliases: [Luật Quy hoạch 2017]  # printed forms that mean this id
 *   status:                         # the editor's statement of its legal status (editorial/status.ts)
 *     value: Còn hiệu lực
 *     source: vbpl.vn, tra cứu ngày 10/7/2025
 * ```
 */
import { parse } from 'yaml';
import { ID_PATTERN as ID } from '../identity/index.ts';
import type { EditorStatement } from '../../schemas/status.ts';
import { readEditorStatus } from '../editorial/status.ts';
import { foldDiacritics, squashSpaces } from '../text.ts';

export interface InstrumentEntry {
  title?: string;
  url?: string;
  /** Another instrument id: this one is the same instrument and is merged into it. */
  mergeInto?: string;
  /** Printed forms (or other ids) that mean this instrument. */
  aliases?: string[];
  /** The editor's statement of its legal status (src/lib/editorial/status.ts). */
  status?: EditorStatement;
}

export interface InstrumentsFile {
  fileName: string;
  entries: Record<string, InstrumentEntry>;
}

const KEYS = new Set(['title', 'url', 'mergeInto', 'aliases', 'status']);

/** The key an alias is looked up by: printed forms differ in case, spacing and diacritics. */
export function aliasKey(text: string): string {
  return squashSpaces(foldDiacritics(text.normalize('NFC')).toLowerCase());
}

/** A problem in the editors' instruments file: one sentence naming the file, the value and what was expected. */
export class EditorialError extends Error {
  override name = 'EditorialError';
}

function fail(fileName: string, message: string): never {
  throw new EditorialError(`${fileName}: ${message}`);
}

export function loadInstrumentsFile(yamlText: string, fileName: string): InstrumentsFile {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    fail(fileName, `không đọc được YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  if (data === null || data === undefined) return { fileName, entries: {} };
  if (typeof data !== 'object' || Array.isArray(data)) fail(fileName, 'nội dung phải là bảng mã văn bản → mục.');
  const entries: Record<string, InstrumentEntry> = {};
  for (const [id, raw] of Object.entries(data as Record<string, unknown>)) {
    if (!ID.test(id)) fail(fileName, `mã "${id}" không phải là mã văn bản hợp lệ (chữ thường không dấu, số và dấu gạch ngang).`);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(fileName, `mục "${id}" phải là một bảng (title, url, mergeInto, aliases, status).`);
    const entry: InstrumentEntry = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!KEYS.has(key)) fail(fileName, `mục "${id}" có khóa "${key}" không được hỗ trợ (chỉ title, url, mergeInto, aliases, status).`);
      if (key === 'status') {
        const status = readEditorStatus(value);
        if ('error' in status) fail(fileName, `mục "${id}" có status ${status.error}`);
        entry.status = status as EditorStatement;
        continue;
      }
      if (key === 'aliases') {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          fail(fileName, `mục "${id}" có aliases "${String(value)}" không phải là danh sách chuỗi.`);
        }
        entry.aliases = value as string[];
        continue;
      }
      if (typeof value !== 'string' || value.trim() === '') fail(fileName, `mục "${id}" có ${key} "${String(value)}" không phải là chuỗi.`);
      if (key === 'url' && !/^https?:\/\/\S+$/.test(value)) fail(fileName, `mục "${id}" có url "${value}" không phải là địa chỉ http(s).`);
      if (key === 'mergeInto' && (!ID.test(value) || value === id)) {
        fail(fileName, `mục "${id}" có mergeInto "${value}" không phải là mã văn bản khác hợp lệ.`);
      }
      if (key === 'title') entry.title = value.trim();
      if (key === 'url') entry.url = value;
      if (key === 'mergeInto') entry.mergeInto = value;
    }
    entries[id] = entry;
  }
  return { fileName, entries };
}

/** Follows mergeInto links to the final id; a cycle is an editor error. */
export function finalId(file: InstrumentsFile | undefined, id: string): string {
  let current = id;
  const seen = new Set<string>();
  while (file?.entries[current]?.mergeInto !== undefined) {
    if (seen.has(current)) fail(file.fileName, `mục "${id}" có mergeInto tạo thành vòng lặp qua "${current}".`);
    seen.add(current);
    current = file.entries[current].mergeInto ?? current;
  }
  return current;
}

/** Alias key → id, for every alias in the file. */
export function aliasMap(file: InstrumentsFile | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, entry] of Object.entries(file?.entries ?? {})) {
    for (const alias of entry.aliases ?? []) map.set(aliasKey(alias), id);
  }
  return map;
}
