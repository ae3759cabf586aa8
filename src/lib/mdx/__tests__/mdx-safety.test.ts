/**
 * Pins that document text can never execute or break the MDX build: every hostile character sequence
 * round-trips through serialization and a real MDX compile as literal text.
 */
import { describe, expect, it } from 'vitest';
import { compile, run } from '@mdx-js/mdx';
import type { Block } from '../../../schemas/text.ts';
import { blocksToMdast, type RefSpan } from '../blocks-to-mdast.ts';
import { serializeMdx } from '../processor.ts';

/** A minimal JSX runtime that renders to an element tree we can inspect (no React needed). */
interface Element { type: string; props: Record<string, unknown>; children: Node[] }
type Node = string | Element;
const Fragment = 'fragment';
function toChildren(value: unknown): Node[] {
  if (value === undefined || value === null || value === false) return [];
  if (Array.isArray(value)) return value.flatMap(toChildren);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [value as Element];
}
function jsx(type: unknown, props: Record<string, unknown>): Node {
  if (typeof type === 'function') return (type as (p: Record<string, unknown>) => Node)(props);
  const { children, ...rest } = props;
  return { type: String(type), props: rest, children: toChildren(children) };
}
const runtime = { Fragment, jsx, jsxs: jsx };

function textOf(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
function elements(node: Node): Element[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}

async function render(blocks: Block[], spans: RefSpan[] = []): Promise<Node> {
  const source = serializeMdx({ title: 'x {y} <z>' }, blocksToMdast(blocks, spans));
  // Astro strips the YAML frontmatter before compiling; so does this test.
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  expect(body.length).toBeLessThan(source.length);
  const code = String(await compile(body, { outputFormat: 'function-body' }));
  const module = await run(code, { ...runtime, baseUrl: import.meta.url });
  const Ref = (props: Record<string, unknown>) => ({ type: 'Ref', props: { to: props.to, label: props.label }, children: toChildren(props.children) });
  return (module.default as (p: unknown) => Node)({ components: { Ref } });
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', section: 'body', inlines: [{ text }] });

const hostile = [
  '{1 + 1} and {', 'a } b', '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'import fs from "node:fs"',
  'export const x = 1', '<!-- comment -->', '`code` and ```fence```', '${template}', '# not a heading', '1. not a list',
  '- not a list', '> not a quote', '| a | b |', '[link](javascript:alert(1))', '&amp; &lt;', '\\ backslash \\{',
  '***', '~~~', 'a_b_c *d* __e__', '<Ref to="x">forged</Ref>', 'http://example.com', '    four spaces',
];

describe('MDX safety: document text stays literal text', () => {
  for (const text of hostile) {
    it(`keeps ${JSON.stringify(text)} literal`, async () => {
      const tree = await render([paragraph(text)]);
      expect(textOf(tree).trim()).toBe(text.trim());
      const types = elements(tree).map((element) => element.type);
      expect(types.filter((type) => !['fragment', 'div', 'p'].includes(type))).toEqual([]);
    });
  }

  it('keeps a whole hostile document literal, line by line', async () => {
    const tree = await render(hostile.map(paragraph));
    const text = textOf(tree);
    for (const line of hostile) expect(text).toContain(line.trim());
  });

  it('wraps a citation span in exactly one Ref with its target and label', async () => {
    const text = 'Thực hiện Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ {x}';
    const start = text.indexOf('Nghị');
    const end = text.indexOf(' của');
    const tree = await render([paragraph(text)], [{ block: 0, start, end, to: '57-nq-cp-2022', label: 'Nghị quyết "57" <b>' }]);
    const refs = elements(tree).filter((element) => element.type === 'Ref');
    expect(refs).toHaveLength(1);
    expect(refs[0]!.props).toEqual({ to: '57-nq-cp-2022', label: 'Nghị quyết "57" <b>' });
    expect(textOf(refs[0]!)).toBe('Nghị quyết số 57/NQ-CP ngày 21/4/2022');
    expect(textOf(tree)).toBe(text);
  });

  it('keeps bold runs and a citation that spans them', async () => {
    const block: Block = { kind: 'paragraph', section: 'header', inlines: [{ text: 'Số: ' }, { text: '5817', strong: true }, { text: ' /UBND-KTTH' }] };
    const tree = await render([block], [{ block: 0, start: 4, end: 19, to: 'a', label: 'b' }]);
    expect(textOf(tree)).toBe('Số: 5817 /UBND-KTTH');
    const ref = elements(tree).find((element) => element.type === 'Ref')!;
    expect(textOf(ref)).toBe('5817 /UBND-KTTH');
    expect(elements(ref).some((element) => element.type === 'strong')).toBe(true);
  });

  it('anchors every block and groups list items into one list', async () => {
    const tree = await render([
      paragraph('Kính gửi:'),
      { kind: 'list-item', section: 'recipients', marker: '-', inlines: [{ text: 'Sở A;' }] },
      { kind: 'list-item', section: 'recipients', marker: '-', inlines: [{ text: 'Sở B.' }] },
      { kind: 'heading', section: 'body', depth: 1, inlines: [{ text: 'I. MỤC ĐÍCH' }] },
    ]);
    const all = elements(tree);
    expect(all.filter((e) => e.props.id).map((e) => e.props.id)).toEqual(['d0', 'd1', 'd2', 'd3']);
    expect(all.filter((e) => e.type === 'ul')).toHaveLength(1);
    expect(all.some((e) => e.type === 'h3' && textOf(e) === 'I. MỤC ĐÍCH')).toBe(true);
  });
});
