/** Pins where a document page's body comes from: the ingest's rendering while it matches the MDX, else the MDX. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_IN_HTML, BASE_TOKEN, renderTree } from '../../mdx/to-html.ts';
import { documentBody, type DocumentFolders } from '../document-body.ts';
import { renderedHtmlFile } from '../rendered-html.ts';

const made: string[] = [];
afterEach(async () => {
  while (made.length > 0) await rm(made.pop()!, { recursive: true, force: true });
});

async function folders(mdx: string, html: string | null): Promise<DocumentFolders> {
  const root = await mkdtemp(path.join(tmpdir(), 'body-'));
  made.push(root);
  const result = { documents: path.join(root, 'documents'), html: path.join(root, 'html') };
  await mkdir(result.documents);
  await mkdir(result.html);
  await writeFile(path.join(result.documents, 'vb.mdx'), mdx);
  if (html !== null) await writeFile(path.join(result.html, 'vb.html'), html);
  return result;
}

const MDX = '---\nid: "vb"\n---\n<div id="d0" class="vb-noi-dung">\n  Theo <Ref to="57-nq-cp-2022" label="Nghị quyết 57/NQ-CP">Nghị quyết số 57/NQ-CP</Ref>.\n</div>\n';

describe('the body of a document page', () => {
  it("uses the ingest's rendering of the same MDX, with links under the site base", async () => {
    const rendered = `<div id="d0"><p>Theo <a href="${BASE_IN_HTML}van-ban/57-nq-cp-2022/">đã dựng sẵn</a>.</p></div>`;
    const body = await documentBody('vb', '/luu-tru/', await folders(MDX, renderedHtmlFile(MDX, rendered)));
    expect(body).toBe('<div id="d0"><p>Theo <a href="/luu-tru/van-ban/57-nq-cp-2022/">đã dựng sẵn</a>.</p></div>');
  });

  it('finds the base token where the ingest\'s rendering puts it', () => {
    const tree = { type: 'root' as const, children: [{ type: 'mdxJsxFlowElement' as const, name: 'Ref', attributes: [{ type: 'mdxJsxAttribute' as const, name: 'to', value: 'a-1' }], children: [] }] };
    expect(renderTree(tree, { base: BASE_TOKEN })).toContain(`href="${BASE_IN_HTML}van-ban/a-1/"`);
  });

  it('renders the MDX itself when the rendering is missing or was made from another MDX', async () => {
    for (const html of [null, renderedHtmlFile(`${MDX}\n`, '<p>cũ</p>')]) {
      const body = await documentBody('vb', '/', await folders(MDX, html));
      expect(body).toContain('href="/van-ban/57-nq-cp-2022/"');
      expect(body).toContain('Nghị quyết số 57/NQ-CP');
      expect(body).not.toContain('cũ');
    }
  });

  it('names the MDX file when it holds something the ingest never writes', async () => {
    const bad = MDX.replace('</div>', '{alert(1)}\n</div>');
    await expect(documentBody('vb', '/', await folders(bad, null))).rejects.toThrow(/vb\.mdx: /);
  });
});
