/**
 * Word (.docx) → the markdown-ish text the parser reads, through mammoth (paragraphs, headings, bold,
 * italics, lists, tables). Runs set in legacy Vietnamese fonts (TCVN3 `.VnTime`, `.VnTimeH`; VNI
 * `VNI-Times`) hold the Windows-1252 characters of their bytes: they are converted run by run before
 * mammoth renders them; text whose fonts come from styles is caught afterwards by the mojibake check.
 */
import mammoth from 'mammoth';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { bytesOfCp1252Text } from './encodings/single-byte.ts';
import { decodeTcvn3 } from './encodings/tcvn3.ts';
import { decodeVniText } from './encodings/vni.ts';

interface Run {
  type: 'run';
  font?: string | null;
  children: Array<{ type: string; value?: string }>;
}

/** The legacy encoding a font name stands for. */
export function legacyFont(font: string | null | undefined): { from: 'tcvn3' | 'vni'; capitals: boolean } | null {
  if (!font) return null;
  if (/^\.vn/i.test(font)) return { from: 'tcvn3', capitals: /H$/.test(font) };
  if (/^vni[- ]/i.test(font)) return { from: 'vni', capitals: false };
  return null;
}

/** mammoth's document transforms (documented, not in its type declarations). */
const transforms = (mammoth as unknown as { transforms: { run: (transform: (run: Run) => Run) => (document: unknown) => unknown } }).transforms;

/** Word keeps a symbol-font character at U+F000 + its byte. */
const bytesOf = (text: string) => bytesOfCp1252Text(text.replace(/[\uf020-\uf0ff]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xf000)));

export async function extractDocx(bytes: Uint8Array): Promise<{ text: string; convertedFrom: 'tcvn3' | 'vni' | null }> {
  let convertedFrom: 'tcvn3' | 'vni' | null = null;
  const convertRun = (run: Run): Run => {
    const legacy = legacyFont(run.font);
    if (!legacy) return run;
    const children = run.children.map((child) => {
      if (child.type !== 'text' || !child.value) return child;
      const raw = bytesOf(child.value);
      if (raw === null) return child; // Unicode already (a document converted but left in the old font).
      convertedFrom = legacy.from;
      const value = legacy.from === 'tcvn3' ? decodeTcvn3(raw, { capitalsFont: legacy.capitals }) : decodeVniText(child.value);
      return { ...child, value };
    });
    return { ...run, children };
  };
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { transformDocument: transforms.run(convertRun), ignoreEmptyParagraphs: true } as Parameters<typeof mammoth.convertToHtml>[1],
  );
  return { text: htmlToText(result.value), convertedFrom };
}

/** mammoth's HTML → paragraphs separated by blank lines, `**bold**`, `*italic*`, `#` headings, `- ` items, `|` cells. */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  walkBlocks(fromHtml(html, { fragment: true }), blocks);
  return `${blocks.filter((block) => block.trim() !== '').join('\n\n')}\n`;
}

function walkBlocks(node: Root | Element, blocks: string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') {
      if (child.type === 'text' && child.value.trim() !== '') blocks.push(escape(child.value).trim());
      continue;
    }
    const tag = child.tagName;
    if (/^h[1-6]$/.test(tag)) blocks.push(`${'#'.repeat(Number(tag[1]))} ${inline(child.children).trim()}`);
    else if (tag === 'p') blocks.push(inline(child.children).trim());
    else if (tag === 'ul' || tag === 'ol') listItems(child, blocks, tag === 'ol');
    else if (tag === 'td' || tag === 'th') {
      // A cell is a block of its own, as in the crawled sources: the header's two columns stay apart.
      blocks.push('|');
      walkBlocks(child, blocks);
    } else walkBlocks(child, blocks);
  }
}

function listItems(list: Element, blocks: string[], ordered: boolean): void {
  let number = 0;
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    number += 1;
    const own = item.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')));
    blocks.push(`${ordered ? `${number}.` : '-'} ${inline(own as ElementContent[]).trim()}`);
    for (const nested of item.children) if (nested.type === 'element' && (nested.tagName === 'ul' || nested.tagName === 'ol')) listItems(nested, blocks, nested.tagName === 'ol');
  }
}

function inline(children: Array<ElementContent | RootContent>): string {
  let out = '';
  for (const child of children) {
    if (child.type === 'text') out += escape(child.value);
    else if (child.type === 'element') {
      const inner = inline(child.children);
      if (child.tagName === 'br') out += '  \n';
      else if (child.tagName === 'strong' || child.tagName === 'b') out += mark(inner, '**');
      else if (child.tagName === 'em' || child.tagName === 'i') out += mark(inner, '*');
      else if (child.tagName === 'p') out += `${inner}\n`;
      else out += inner;
    }
  }
  return out;
}

/** Emphasis markers go inside the spaces (`** x **` is not emphasis in Markdown). */
function mark(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] === '' ? text : `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

/** Asterisks of the text stay text. */
const escape = (text: string): string => text.replace(/\*/g, '\\*');
