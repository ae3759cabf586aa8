/**
 * Editor's corrections: one YAML file per source in content/corrections/, named after the source
 * (`kh-ubnd-ba-to-2024-04-ghi-nho.yaml` corrects `kh-ubnd-ba-to-2024-04-ghi-nho.txt`; sub-folders mirror the
 * sources'), in UTF-8. Values win over
 * extraction and the page marks them as corrected. Every problem is one sentence naming file and value.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { correctionFileSchema, correctionKeys } from '../../schemas/corrections.ts';
import type { CorrectableField, ExtractedMetadata, PartialDate } from '../../schemas/metadata.ts';
import { IngestError } from './errors.ts';
import { parseEditorDate } from '../editorial/date.ts';
import { neutraliseText } from '../extract/unicode.ts';

export interface Correction {
  file: string;
  /** The source file this corrects (its name inside content/sources/). */
  source: string;
  note: string | null;
  /** An explicit URL id, for a document whose identity cannot be derived (no number, no date). */
  id: string | null;
  values: Partial<ExtractedMetadata>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `trường "${issue.path.join('.')}"` : 'nội dung tệp';
  if (issue.code === 'unrecognized_keys') {
    return `có trường không được phép ${issue.keys.map((k) => `"${k}"`).join(', ')} (chỉ được sửa: ${correctionKeys.join(', ')})`;
  }
  return `${where} không hợp lệ: ${issue.message}`;
}

export async function loadCorrections(folder: string, sourceNames: string[]): Promise<Map<string, Correction>> {
  const result = new Map<string, Correction>();
  if (!existsSync(folder)) return result;
  // Sub-folders mirror those of content/sources/: `2024/cv-12.yaml` corrects `2024/cv-12.pdf`.
  const files = (await readdir(folder, { recursive: true })).map((name) => name.split(path.sep).join('/')).filter((name) => /\.ya?ml$/i.test(name)).sort();
  const byStem = new Map(sourceNames.map((name) => [name.replace(/\.[^.]+$/, ''), name]));
  for (const name of files) {
    const shown = path.join(path.relative(process.cwd(), folder) || folder, name);
    const stem = name.replace(/\.ya?ml$/i, '').normalize('NFC');
    const source = byStem.get(stem);
    if (!source) {
      throw new IngestError(`${shown}: không có văn bản nguồn "${stem}.*" trong content/sources/ để sửa (tên tệp sửa phải trùng tên tệp nguồn).`);
    }
    let text: string;
    try {
      // Read strictly: a file in another encoding would put U+FFFD into corrected values.
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path.join(folder, name)));
    } catch {
      throw new IngestError(`${shown}: tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI); hãy lưu lại bằng UTF-8.`);
    }
    let raw: unknown;
    try {
      // An editor's values are shown like a source's text: no bidirectional control, look-alikes read as Latin.
      raw = neutraliseValues(parse(text));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new IngestError(`${shown}: không đọc được YAML (${reason}).`);
    }
    const parsed = correctionFileSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      throw new IngestError(`${shown}: ${describeIssue(parsed.error.issues[0]!)}.`);
    }
    const { note, id, date, ...rest } = parsed.data;
    // The schema's other keys are the metadata fields, each in its metadata form (schemas/corrections.ts).
    const values = { ...rest } as Partial<ExtractedMetadata>;
    if (date !== undefined) {
      const parsedDate = date === null ? null : parseEditorDate(String(date));
      if (date !== null && parsedDate === null) {
        throw new IngestError(`${shown}: ngày "${date}" không hợp lệ; cần dạng 29/10/2024, 10/2024 hoặc 2024.`);
      }
      values.date = parsedDate;
    }
    result.set(source, { file: shown, source, note: note ?? null, id: id ?? null, values });
  }
  return result;
}

/** Applies a correction: its values win; returns the merged metadata and the names of corrected fields. */
export function applyCorrection(
  metadata: ExtractedMetadata,
  correction: Correction | undefined,
): { metadata: ExtractedMetadata; corrected: CorrectableField[] } {
  if (!correction) return { metadata, corrected: [] };
  const corrected = Object.keys(correction.values).sort() as CorrectableField[];
  return { metadata: { ...metadata, ...correction.values }, corrected };
}

/** Every string of a parsed YAML value neutralised (src/lib/extract/unicode.ts), escapes such as "\\u202E" included. */
function neutraliseValues(value: unknown): unknown {
  if (typeof value === 'string') return neutraliseText(value).text;
  if (Array.isArray(value)) return value.map(neutraliseValues);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, neutraliseValues(item)]));
  return value;
}
