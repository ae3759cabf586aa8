/**
 * The build day: deadline statuses are judged against the day set by SOURCE_DATE_EPOCH (the tests pin
 * 29/10/2024), and every built page that shows a past or upcoming status says which day it counts from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/lib/site/today.ts';
import { listFiles, TEST_SOURCE_DATE_EPOCH } from '../support/project.ts';
import { DIST } from './helpers.ts';

const day = buildDay(TEST_SOURCE_DATE_EPOCH);
const pages = listFiles(DIST).filter((file) => file.endsWith('.html'));
const withStatus = pages.filter((file) => /class="status status-(past|upcoming)"/.test(readFileSync(path.join(DIST, file), 'utf8')));

describe('the day statuses count from', () => {
  it('is the pinned SOURCE_DATE_EPOCH day', () => expect(day).toBe('2024-10-29'));

  it('is stated on every page that shows a past or upcoming status (home, deadlines, agencies, documents)', () => {
    expect(withStatus).toEqual(expect.arrayContaining(['index.html', 'thoi-han/index.html']));
    expect(withStatus.some((file) => file.startsWith('co-quan-nhan/'))).toBe(true);
    expect(withStatus.some((file) => file.startsWith('van-ban/'))).toBe(true);
    const silent = withStatus.filter((file) => {
      const html = readFileSync(path.join(DIST, file), 'utf8');
      return !new RegExp(`<p class="as-of">[^]*?<time datetime="${day}">29/10/2024</time>[^]*?</p>`).test(html);
    });
    expect(silent).toEqual([]);
  });
});
