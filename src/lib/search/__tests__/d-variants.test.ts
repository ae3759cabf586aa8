/** Pins the đ spellings the search page tries for a query typed without đ. */
import { describe, expect, it } from 'vitest';
import { dVariants, MAX_VARIANTS } from '../d-variants.ts';

describe('dVariants', () => {
  it('adds the đ reading of a word with d', () => {
    expect(dVariants('dang')).toEqual(['dang', 'đang']);
    expect(dVariants('107/2021/ND-CP')).toEqual(['107/2021/ND-CP', '107/2021/NĐ-CP']);
  });

  it('combines words independently', () => {
    expect(dVariants('Dinh dang')).toEqual(['Dinh dang', 'Đinh dang', 'Dinh đang', 'Đinh đang']);
  });

  it('leaves a query without d alone', () => {
    expect(dVariants('quang ngai')).toEqual(['quang ngai']);
  });

  it('caps the number of variants', () => {
    expect(dVariants('d d d d d d')).toHaveLength(MAX_VARIANTS);
  });
});
