/**
 * Citation recall on the 28 real documents: every numbered instrument a careful reader finds
 * (real-corpus.citations.ts) must be found, with the right issuer; nothing else may be taken for one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../extract/encodings/decode.ts';
import { parseDocument } from '../../parse/index.ts';
import { formatNumberSymbol, normalizeSymbol, numberKey } from '../../identity/index.ts';
import { foldDiacritics } from '../../text.ts';
import { resolveCitations } from '../resolve.ts';
import { REAL_CORPUS, hasRealCorpus, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';
import { REAL_CITATIONS, bodyKey } from './real-corpus.citations.ts';

/** One key for the spellings of one number (`6676/BYT-CDS` and `6676/BYT-CĐS`, `08/…` and `8/…`). */
function key(numberSymbol: string): string {
  const m = /^(\d+(?:\.\d+)?)\s*[/-](.*)$/.exec(numberSymbol);
  const [number, symbol] = m ? [m[1] ?? '', m[2] ?? ''] : ['', numberSymbol];
  return foldDiacritics(`${numberKey(number)}|${normalizeSymbol(symbol)}`).toUpperCase().replace(/[^A-Z0-9|]/g, '');
}

function cited(file: string): Map<string, string[]> {
  const decoded = decodeSource(readFileSync(join(REAL_CORPUS, file)));
  if (!decoded.ok) throw new Error(decoded.reason);
  const doc = parseDocument(decoded.text);
  const { instruments, edges } = resolveCitations([{ id: 'doc', metadata: doc.metadata, blocks: doc.blocks }]);
  const found = new Map<string, string[]>();
  for (const id of new Set(edges.map((e) => e.to))) {
    const i = instruments.find((x) => x.id === id);
    if (!i || i.number === null || i.symbol === null) continue;
    const k = key(formatNumberSymbol(i.number, i.symbol));
    found.set(k, [...(found.get(k) ?? []), i.issuer ?? '∅']);
  }
  return found;
}

describe.skipIf(!hasRealCorpus)('real corpus: cited instruments and their issuers', () => {
  it('has a reading of all 28 documents', () => expect(Object.keys(REAL_CITATIONS).sort()).toEqual(realCorpusFiles));

  it('finds ≥ 99% of the numbered citations with the right issuer, and nothing else', () => {
    let expected = 0;
    let right = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const [file, want] of Object.entries(REAL_CITATIONS)) {
      const found = cited(file);
      const wanted = new Set(Object.keys(want).map(key));
      for (const [printed, issuer] of Object.entries(want)) {
        expected++;
        const issuers = found.get(key(printed)) ?? [];
        if (issuers.length > 0 && issuers.every((i) => bodyKey(i) === bodyKey(issuer))) right++;
        else misses.push(`${file} ${printed}: ${issuers.join(' | ') || 'not found'} (want ${issuer})`);
      }
      for (const k of found.keys()) if (!wanted.has(k)) extras.push(`${file} ${k}`);
    }
    console.log(`real corpus citations: ${right}/${expected} with the right issuer (${((100 * right) / expected).toFixed(1)}%)`);
    for (const m of misses) console.log(`  miss: ${m}`);
    for (const e of extras) console.log(`  extra: ${e}`);
    expect(extras).toEqual([]);
    expect(right / expected).toBeGreaterThanOrEqual(0.99);
  });
});
