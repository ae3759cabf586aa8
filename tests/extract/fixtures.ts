/**
 * Source files in every format, made by the tests from the seeds: a .docx written with the `docx` library
 * (header as a two-column table, bold and italics kept), a PDF printed by Chromium, a scan rasterised from
 * that PDF by pdftoppm. Nothing is stored: each test run makes them anew.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/site.ts';

/** A seed as blocks (paragraphs), with its header's two columns apart: what the fixtures lay out. */
export interface SeedLayout {
  left: string[];
  right: string[];
  body: string[];
}

/** Seed 000 (Công văn 5817/UBND-KTTH), laid out as printed: issuer, number and V/v left; motto and date right. */
export function seedLayout(): SeedLayout {
  return layoutOf(readFileSync(path.join(ROOT, 'content/sources/cv-5817-ubnd-ktth-2024.txt'), 'utf8'));
}

/** A document written as the seeds are: blocks 0–2 issuer, Số, V/v; 3–4 motto, place and date; the rest is the body. */
export function layoutOf(text: string): SeedLayout {
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter((block) => block !== '');
  return { left: blocks.slice(0, 3), right: blocks.slice(3, 5), body: blocks.slice(5) };
}

/** `**bold**` and `*italic*` of the seed → runs; a line break inside a block stays one. */
function runs(block: string): TextRun[] {
  return block.split('\n').flatMap((line, lineIndex) =>
    line
      .trim()
      .split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)
      .filter((part) => part !== '')
      .map((part, partIndex) => {
        const bold = part.startsWith('**');
        const italics = !bold && part.startsWith('*');
        return new TextRun({ text: part.replace(/^\*\*?|\*\*?$/g, ''), bold, italics, break: lineIndex > 0 && partIndex === 0 ? 1 : undefined });
      }),
  );
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The seed as Word writes it: the header in a borderless two-column table, the body as paragraphs. */
export async function seedDocx(layout = seedLayout()): Promise<Uint8Array> {
  const cell = (blocks: string[]) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      children: blocks.map((block) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(block) })),
    });
  const header = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell(layout.left), cell(layout.right)] })] });
  const body = layout.body.map((block) => new Paragraph({ children: runs(block) }));
  return Packer.toBuffer(new Document({ sections: [{ children: [header, ...body] }] }));
}

/** A .docx whose runs are set in legacy fonts: each paragraph's text given as the font's Windows-1252 characters. */
export async function legacyFontDocx(paragraphs: Array<{ text: string; font: string }>): Promise<Uint8Array> {
  const children = paragraphs.map(({ text, font }) => new Paragraph({ children: [new TextRun({ text, font })] }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The seed printed by Chromium as an A4 PDF: the header as two columns side by side, the body below. */
export async function seedPdf(layout = seedLayout()): Promise<Uint8Array> {
  return (await printPdfs([layout]))[0]!;
}

/** Documents printed by one Chromium, one A4 PDF each, laid out as seedPdf does. */
export async function printPdfs(layouts: SeedLayout[]): Promise<Uint8Array[]> {
  const paragraphs = (blocks: string[]) => blocks.map((block) => h('p', block.replace(/\*/g, '').replace(/\s*\n\s*/g, ' ')));
  const page = (layout: SeedLayout) =>
    h('html', { lang: 'vi' }, [
      h('head', [h('meta', { charset: 'utf-8' }), h('style', 'body{font:13pt "DejaVu Serif",serif;margin:0} .head{display:flex;gap:3em;text-align:center} .head div{flex:1} p{margin:0 0 .6em}')]),
      h('body', [h('div.head', [h('div', paragraphs(layout.left)), h('div', paragraphs(layout.right))]), ...paragraphs(layout.body)]),
    ]);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    const pdfs: Uint8Array[] = [];
    for (const layout of layouts) {
      await tab.setContent(toHtml(page(layout)));
      pdfs.push(await tab.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '25mm', right: '20mm' } }));
    }
    return pdfs;
  } finally {
    await browser.close();
  }
}

/** Page `page` of a PDF rasterised by pdftoppm, as a scanner would give it (PNG, grey, `dpi`). */
export function rasterise(pdf: Uint8Array, page: number, dpi: number): Uint8Array {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'scan-'));
  try {
    writeFileSync(path.join(folder, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', path.join(folder, 'in.pdf'), path.join(folder, 'out')]);
    return readFileSync(path.join(folder, 'out.png'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A one-page PDF holding only an image (a scanned PDF), made by Chromium from a PNG. */
export async function imagePdf(png: Uint8Array): Promise<Uint8Array> {
  const page = h('html', [h('head', h('style', 'body{margin:0} img{width:210mm;display:block}')), h('body', h('img', { src: `data:image/png;base64,${Buffer.from(png).toString('base64')}` }))]);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await tab.setContent(toHtml(page));
    return await tab.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' } });
  } finally {
    await browser.close();
  }
}

/** The words of a text, without Markdown marks and cell separators. */
export function words(text: string): string[] {
  return text.normalize('NFC').replace(/[*#|]/g, ' ').replace(/\\/g, '').split(/\s+/).filter((word) => word !== '');
}
