import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { decodeSource } from '../../extract/encodings/decode.ts';
import { blockWords, sourceWords } from './words.ts';
import { REAL_CORPUS, hasRealCorpus, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';
import { REAL_FIELDS } from './real-corpus.fields.ts';

const DIR = REAL_CORPUS;
const files = realCorpusFiles;

function load(file: string): string {
  const decoded = decodeSource(readFileSync(join(DIR, file)));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
  return decoded.text;
}

describe.skipIf(!hasRealCorpus)('real corpus: every document parses and keeps every word in order', () => {
  it('has the 28 documents', () => expect(files).toHaveLength(28));
  for (const file of files) {
    it(file, () => {
      const text = load(file);
      const doc = parseDocument(text);
      expect(blockWords(doc.blocks)).toEqual(sourceWords(text));
    });
  }
});

const FIELDS = Object.keys(REAL_FIELDS['01.txt'] ?? {}) as (keyof typeof REAL_FIELDS[string])[];

describe.skipIf(!hasRealCorpus)('real corpus: every metadata field as a careful reader reads it', () => {
  it('has a reading of all 28 documents', () => expect(Object.keys(REAL_FIELDS).sort()).toEqual(files));
  for (const [file, want] of Object.entries(REAL_FIELDS)) {
    it(`${file}: ${want.docType ?? 'no header'} ${want.number ?? '–'}/${want.symbol ?? '–'}`, () => {
      const { coIssuers, ...got } = parseDocument(load(file)).metadata;
      expect(coIssuers).toBeUndefined();
      expect(got).toEqual(want);
    });
  }
  it('field accuracy over the corpus (reported)', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const [file, want] of Object.entries(REAL_FIELDS)) {
      const got = parseDocument(load(file)).metadata;
      for (const field of FIELDS) {
        total++;
        if (JSON.stringify(got[field]) === JSON.stringify(want[field])) right++;
        else wrong.push(`${file}:${field}`);
      }
    }
    console.log(`real corpus fields: ${right}/${total} right${wrong.length ? ` (wrong: ${wrong.join(', ')})` : ''}`);
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(!hasRealCorpus)('real corpus: closing parts', () => {
  it('04: Đồng kính gửi adds its addressee to the recipients', () => {
    const m = parseDocument(load('04.txt')).metadata;
    expect(m.recipients).toHaveLength(5);
    expect(m.recipients[4]).toBe('Thủ tướng Chính phủ Phạm Minh Chính (để báo cáo)');
  });
  it('01: a name wrapped inside its bold span is re-joined', () => {
    expect(parseDocument(load('01.txt')).metadata.signature?.name).toBe('Bùi Xuân Cường');
  });
  it('03: `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM` is one capacity line', () => {
    expect(parseDocument(load('03.txt')).metadata.signature).toEqual({
      marks: ['KT.'],
      capacityLines: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'],
      capacity: 'PHÓ CHỦ NHIỆM',
      name: 'Phạm Mạnh Cường',
    });
  });
  it('12: stacked marks TL. then KT.', () => {
    const s = parseDocument(load('12.txt')).metadata.signature;
    expect(s?.marks).toEqual(['TL.', 'KT.']);
    expect(s?.name).toBe('Nguyễn Thanh Sơn');
  });
  it('17: a signature without a distribution list is still found', () => {
    expect(parseDocument(load('17.txt')).metadata.signature?.name).toBe('Hoàng Nam');
  });
  it('08: recipients printed without list markers, one per line', () => {
    expect(parseDocument(load('08.txt')).metadata.recipients[0]).toBe('Công Ty TNHH Khuôn Mẫu Yong Hong');
  });
  it('22: the addressees of a công điện are its recipients', () => {
    expect(parseDocument(load('22.txt')).metadata.recipients).toHaveLength(7);
  });
});
