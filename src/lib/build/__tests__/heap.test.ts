import { describe, expect, it } from 'vitest';
import { heapFlags } from '../heap.ts';

describe('the heap given to the build steps', () => {
  it('is three quarters of the machine memory', () => {
    expect(heapFlags(24 * 2 ** 30)).toEqual(['--max-old-space-size=18432']);
  });
  it('is never below 2 GB, on a small machine', () => {
    expect(heapFlags(2 * 2 ** 30)).toEqual(['--max-old-space-size=2048']);
  });
});
