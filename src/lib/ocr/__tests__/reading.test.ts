import { describe, expect, it } from 'vitest';
import { buildModel } from '../model.ts';
import { restoreBlocks, restoredHtml, trainingSources } from '../reading.ts';
import type { Block } from '../../../schemas/text.ts';

const sha = (n: number) => n.toString(16).padStart(64, '0');

describe('the restoration model learns from the clean documents', () => {
  const documents = [5, 3, 9, 1, 7].map((n) => ({ sha256: sha(n), damaged: n === 3 }));
  it('takes the undamaged ones only, by smallest SHA-256, at most the limit', () => {
    expect(trainingSources(documents, 3).map((document) => document.sha256)).toEqual([sha(1), sha(5), sha(7)]);
  });
  it('takes each text once (two sources of one text)', () => {
    expect(trainingSources([...documents, { sha256: sha(1), damaged: false }]).map((document) => document.sha256)).toEqual([sha(1), sha(5), sha(7), sha(9)]);
  });
  it('is the same sample in any order of the documents', () => {
    expect(trainingSources([...documents].reverse(), 2)).toEqual(trainingSources(documents, 2));
  });
});

describe('a restored reading', () => {
  const model = buildModel(['Ủy ban nhân dân tỉnh Quảng Ngãi yêu cầu các sở, ban, ngành triển khai thực hiện kết luận số 12.']);
  const blocks: Block[] = [
    { kind: 'heading', section: 'header', depth: 1, inlines: [{ text: 'KET LUAN' }] },
    { kind: 'paragraph', section: 'body', inlines: [{ text: 'Uy ban nhan dan tinh yeu cau ' }, { text: 'cac sd', strong: true }] },
    { kind: 'list-item', section: 'body', marker: '-', inlines: [{ text: 'trién khai <b>2209-KL/TU</b>' }] },
  ];
  const restored = restoreBlocks(model, blocks);

  it('reads each block again, keeping its kind, section and runs', () => {
    expect(restored.blocks.map((block) => block.inlines.map((inline) => inline.text))).toEqual([
      ['KẾT LUẬN'],
      ['Ủy ban nhân dân tỉnh yêu cầu ', 'các sở'],
      ['triển khai <b>2209-KL/TU</b>'],
    ]);
    expect(restored.blocks.map(({ kind, section }) => [kind, section])).toEqual(blocks.map(({ kind, section }) => [kind, section]));
    expect(restored.blocks[1]!.inlines[1]!.strong).toBe(true);
    expect(restored.changed).toBeGreaterThan(0.5);
  });

  it('renders with anchors of its own (#k…, the original has #d…), escaped text and no links', () => {
    const html = restoredHtml(restored.blocks);
    expect(html).toContain('id="k0"');
    expect(html).toContain('id="k2"');
    expect(html).not.toMatch(/id="d\d/);
    expect(html).toContain('&lt;b>2209-KL/TU&lt;/b>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<a ');
  });
});
