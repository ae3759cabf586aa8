/**
 * The machine-restored reading of an OCR-damaged document (content/generated/restored/{id}.html, written by
 * the ingest from src/lib/ocr/reading.ts), or null when it has none.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BASE_TOKEN } from '../mdx/to-html.ts';

export const RESTORED = path.join(process.cwd(), 'content/generated/restored');

export async function restoredBody(id: string, base: string, folder: string = RESTORED): Promise<string | null> {
  const html = await readFile(path.join(folder, `${id}.html`), 'utf8').catch(() => null);
  return html === null ? null : html.trim().replaceAll(BASE_TOKEN, base);
}
