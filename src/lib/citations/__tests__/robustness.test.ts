/** The 28 real documents of other bodies: detection never throws, and key citations are found. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCitations } from '../detect.ts';
import { formatNumberSymbol } from '../../identity/index.ts';
import { resolveCitations } from '../resolve.ts';
import { blocksOf } from './fixtures.ts';
import { REAL_CORPUS, hasRealCorpus, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';

const dir = REAL_CORPUS;
const files = realCorpusFiles;

function found(file: string): string[] {
  const text = readFileSync(`${dir}/${file}`, 'utf8').normalize('NFC');
  return text.split(/\n\s*\n/).flatMap((b) => detectCitations(b)).map((c) => (c.number ? formatNumberSymbol(c.number, c.symbol) : (c.name ?? '')));
}

describe.skipIf(!hasRealCorpus)('real documents', () => {
  it('has the 28 documents', () => expect(files).toHaveLength(28));

  it.each(files)('%s: detection and resolution do not throw, offsets hold', (file) => {
    const raw = readFileSync(`${dir}/${file}`, 'utf8');
    for (const text of [raw.normalize('NFC'), raw]) {
      for (const block of text.split(/\n\s*\n/)) {
        for (const c of detectCitations(block)) expect(block.slice(c.start, c.end)).toBe(c.printed);
      }
    }
    const meta = { issuer: null, issuerParent: null, number: null, symbol: null, docType: null, place: null, date: null, subject: null, recipients: [], distribution: [], signature: null };
    expect(() => resolveCitations([{ id: file, metadata: meta, blocks: blocksOf(raw.normalize('NFC')) }])).not.toThrow();
  });

  it.each([
    ['11.txt', ['210-KL/TW', '72/2025/QH15']],
    ['13.txt', ['27/CT-TTg', '21-NQ/TW', '6676/BYT-CĐS', '02/2021/TT-BYT', '30-CTr/TU', '137/NQ-CP', '149-KL/TW', '2539/QĐ-BYT']],
    ['05.txt', ['9151-CV/BTCTW', '9671-CV/BTCTW']],
    ['21.txt', ['55/2010/QH12', '89-TC/TCT', '59/2025/TT-BTC']],
    ['22.txt', ['158/CĐ-TTg', '627/TB-VPCP', '10894/VPCP-CN']],
    ['24.txt', ['02-NQ/TW', '80-NQ/TW', '08-CTr/TU']],
    ['28.txt', ['02-NQ/TW', '39/2022/NĐ-CP', '4123/BC-BNNMT']],
  ])('%s cites %j', (file, expected) => {
    expect(found(file)).toEqual(expect.arrayContaining(expected));
  });

  it('own Số: header lines are not citations', () => {
    expect(found('01.txt')).not.toContain('4085/UBND-ĐT');
    expect(found('22.txt')).not.toContain('224/CĐ-TTg');
  });
});
