/** Reading the built site in tests: pages as text, generated records, source words. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { DocumentRecord } from '../../src/schemas/archive.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

export function readPage(urlPath: string): string {
  const relative = urlPath.replace(/^\//, '');
  return readFileSync(path.join(DIST, relative, relative.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Visible text of an HTML fragment: tags dropped (block boundaries become spaces), entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
      if (code[0] === '#') return String.fromCodePoint(code[1]!.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
      return ENTITIES[code] ?? whole;
    });
}

/** The words of a text: runs of letters and digits, NFC. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The generated document records (frontmatter of content/generated/documents/*.mdx). */
export function generatedDocuments(): DocumentRecord[] {
  const folder = path.join(ROOT, 'content/generated/documents');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(folder, name), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
      if (!frontmatter) throw new Error(`${name}: không có frontmatter`);
      return parse(frontmatter[1]!) as DocumentRecord;
    });
}

/** Words of `expected` missing from `actual` when matched in order (greedy subsequence). */
export function missingInOrder(expected: string[], actual: string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const word of expected) {
    const found = actual.indexOf(word, at);
    if (found < 0) missing.push(word);
    else at = found + 1;
  }
  return missing;
}
