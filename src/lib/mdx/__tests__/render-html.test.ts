/**
 * Pins the loader's MDX → HTML rendering: hostile document text comes out as escaped text, citations
 * as links under the base, and anything the ingest never writes is refused rather than rendered.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../types.ts';
import { blocksToMdast } from '../blocks-to-mdast.ts';
import { renderMdxBody } from '../render-html.ts';
import { serializeMdx } from '../serialize.ts';

function htmlOf(blocks: Block[], spans: Parameters<typeof blocksToMdast>[1] = [], base = '/'): string {
  const mdx = serializeMdx({}, blocksToMdast(blocks, spans)).replace(/^---\n[\s\S]*?\n---\n/, '');
  return renderMdxBody(mdx, { base });
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', section: 'body', inlines: [{ text }] });
const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('renderMdxBody', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '{1 + 1} } {',
    'import fs from "node:fs"',
    'export const x = 1',
    '<!-- c -->',
    '${x} `y` ```z```',
    '&amp; &lt;',
    '<Ref to="x">forged</Ref>',
  ])('renders %j as text, with no element from the text', (text) => {
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
    expect(html).toBe('<div id="d0" class="vb-noi-dung vb-tieu-de"><h4><strong>I. MỤC ĐÍCH</strong></h4></div><ul class="vb-noi-nhan"><li id="d1"><p>Như trên;</p></li></ul>');
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
