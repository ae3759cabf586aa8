/**
 * Pins the parts of the build-time Pagefind replica that are Pagefind's browser script rather than its index:
 * how a query is read (punctuation dropped, lower case, diacritics and the đ stroke folded, the spelling kept
 * for the diacritics bonus) and which index chunks a word loads (bounds are shortened prefixes).
 * Its searches are checked against Pagefind itself in tests/search/first-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PagefindBundle } from '../pagefind-files.ts';
import { pagefindQuery, requestedChunks } from '../pagefind-replica.ts';

const INCLUDE = ['_', '‿', '\u0335'];

describe('a query as Pagefind reads it', () => {
  it('keeps the joined pairs, folds tone marks and the stroke of đ, keeps the spelling apart', () => {
    expect(pagefindQuery('Triển‿khai d\u0335ổi‿số', INCLUDE)).toEqual({ exact: false, terms: ['trien‿khai', 'doi‿so'], originals: ['triển‿khai', 'd\u0335ổi‿số'] });
  });

  it('tells a quoted search, and drops its quotes and other punctuation', () => {
    expect(pagefindQuery('"quy‿hoạch,"', INCLUDE)).toEqual({ exact: true, terms: ['quy‿hoach'], originals: ['quy‿hoạch'] });
  });
});

describe('the chunks a word loads', () => {
  const bundle = { chunks: [
    { from: 'tri', to: 'trien‿c', hash: 'a' },
    { from: 'trien‿d', to: 'trien‿kha', hash: 'b' },
    { from: 'trien‿kho', to: 'trien‿nh', hash: 'c' },
  ] } as PagefindBundle;

  it('are those whose bounds hold it', () => {
    expect(requestedChunks(bundle, 'trien‿d')).toEqual([1]);
  });

  it('else those whose bounds, cut to its length, hold it (the bounds are shortened words)', () => {
    expect(requestedChunks(bundle, 'trien‿khai')).toEqual([1]);
  });
});
