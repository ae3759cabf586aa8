/**
 * Pins the loader's MDX → HTML rendering: hostile document text comes out as escaped text, citations
 * as links under the base, and anything the ingest never writes is refused rather than rendered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../extract/encodings/decode.ts';
import { parseDocument } from '../../parse/index.ts';
import type { Block } from '../../../schemas/text.ts';
import { blocksToMdast } from '../blocks-to-mdast.ts';
import { serializeMdx } from '../processor.ts';
import { BASE_TOKEN, renderMdxBody, renderTree } from '../to-html.ts';
import { REAL_CORPUS, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';

function htmlOf(blocks: Block[], spans: Parameters<typeof blocksToMdast>[1] = [], base = '/'): string {
  const mdx = serializeMdx({}, blocksToMdast(blocks, spans)).replace(/^---\n[\s\S]*?\n---\n/, '');
  return renderMdxBody(mdx, { base });
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', section: 'body', inlines: [{ text }] });
const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const hostileTexts = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '{1 + 1} } {',
    'import fs from "node:fs"',
    'export const x = 1',
    '<!-- c -->',
    '${x} `y` ```z```',
    '&amp; &lt;',
    '<Ref to="x">forged</Ref>',
];

describe('renderMdxBody', () => {
  it.each(hostileTexts)('renders %j as text, with no element from the text', (text) => {
    const html = htmlOf([paragraph(text)]);
    expect(decode(html)).toBe(text);
    expect(html.match(/<[a-z]+/gi)).toEqual(['<div', '<p']);
  });

  it('renders a citation as a link under the base, titled with the full citation', () => {
    const text = 'Thực hiện Nghị quyết số 57/NQ-CP của Chính phủ';
    const start = text.indexOf('Nghị');
    const html = htmlOf([paragraph(text)], [{ block: 0, start, end: text.indexOf(' của'), to: '57-nq-cp-2022', label: 'Nghị quyết "57"' }], '/luu-tru/');
    expect(html).toContain('<a class="ref" href="/luu-tru/van-ban/57-nq-cp-2022/" title="Nghị quyết &quot;57&quot;">Nghị quyết số 57/NQ-CP</a>');
  });

  it('keeps anchors, sections and list structure', () => {
    const html = htmlOf([
      { kind: 'heading', section: 'body', depth: 2, inlines: [{ text: 'I. MỤC ĐÍCH', strong: true }] },
      { kind: 'list-item', section: 'distribution', marker: '-', inlines: [{ text: 'Như trên;' }] },
    ]);
    // A section head is an h3 at the outline's first level, whatever its `#` count (src/lib/outline/).
    expect(html).toBe('<div id="d0" class="vb-noi-dung vb-tieu-de"><h3><strong>I. MỤC ĐÍCH</strong></h3></div><ul class="vb-noi-nhan"><li id="d1"><p>Như trên;</p></li></ul>');
  });

  it.each([
    ['an expression', '{alert(1)}'],
    ['an import', 'import x from "y"\n\ntext'],
    ['an unknown element', '<script>alert(1)</script>'],
    ['an event attribute', '<div onclick="x">a</div>'],
    ['a link', '[a](javascript:alert(1))'],
    ['a Ref to a foreign URL', '<Ref to="https://evil">a</Ref>'],
  ])('refuses %s, which the ingest never writes', (_label, mdx) => {
    expect(() => renderMdxBody(mdx, { base: '/' })).toThrow();
  });
});

describe('the ingest renders the same HTML from the tree as the loader does from the MDX', () => {
  const ROOT = path.resolve(import.meta.dirname, '../../../..');
  const sources = [
    ...readdirSync(path.join(ROOT, 'content/sources')).map((name) => path.join(ROOT, 'content/sources', name)),
    ...readdirSync(path.join(ROOT, 'tests/fixtures/hostile')).map((name) => path.join(ROOT, 'tests/fixtures/hostile', name)),
    ...realCorpusFiles.map((name) => path.join(REAL_CORPUS, name)),
  ];
  const extra = ['e\u0301 NFD text', 'zero\u200bwidth\u00a0space', '  leading spaces', 'trailing spaces   ', 'tab\tinside', '\\ backslash \\{'];

  it.each(sources.map((file) => [path.basename(file), file]))('%s', (_name, file) => {
    const decoded = decodeSource(readFileSync(file));
    if (!decoded.ok) return;
    const tree = blocksToMdast(parseDocument(decoded.text).blocks, []);
    const viaMdx = renderMdxBody(serializeMdx({}, tree).replace(/^---\n[\s\S]*?\n---\n/, ''), { base: '/x/' });
    expect(renderTree(tree, { base: '/x/' })).toBe(viaMdx);
  });

  it('holds for hostile and whitespace-laden text with a citation span', () => {
    const blocks = [...hostileTexts, ...extra].map(paragraph);
    const spans = [{ block: 0, start: 0, end: 3, to: 'abc-1', label: 'A "quoted" <label>' }];
    const tree = blocksToMdast(blocks, spans);
    const viaMdx = renderMdxBody(serializeMdx({}, tree).replace(/^---\n[\s\S]*?\n---\n/, ''), { base: BASE_TOKEN });
    expect(renderTree(tree, { base: BASE_TOKEN })).toBe(viaMdx);
  });
});
