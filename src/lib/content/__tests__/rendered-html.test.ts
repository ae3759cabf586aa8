/** Pins that the ingest's pre-rendered HTML is used only for the exact MDX it was rendered from. */
import { describe, expect, it } from 'vitest';
import { renderedHtmlFile, renderedHtmlFor } from '../rendered-html.ts';

describe('rendered HTML beside the MDX', () => {
  const mdx = '---\nid: "a"\n---\n\n<div id="d0">\n  Văn bản\n</div>\n';
  const file = renderedHtmlFile(mdx, '<div id="d0"><p>Văn bản</p></div>');

  it('is used for the MDX it was rendered from', () => {
    expect(renderedHtmlFor(file, mdx)).toBe('<div id="d0"><p>Văn bản</p></div>');
  });

  it('is ignored once the MDX changed (an edited file is rendered from its MDX)', () => {
    expect(renderedHtmlFor(file, mdx.replace('Văn bản', 'Văn bản đã sửa'))).toBeNull();
    expect(renderedHtmlFor('', mdx)).toBeNull();
    expect(renderedHtmlFor('<div>no header</div>', mdx)).toBeNull();
  });
});
