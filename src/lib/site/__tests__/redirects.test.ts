/** Redirect data as the pages read it: a missing file is no redirect, chains lead to the end, bad entries stop the build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRedirects, resolveRedirects } from '../redirects.ts';

const live = new Set(['57-nq-cp-2022', '5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai']);
const isPage = (id: string) => live.has(id);
let root = '';

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

function withFile(text: string): string {
  root = mkdtempSync(path.join(tmpdir(), 'redirects-'));
  mkdirSync(path.join(root, 'content/generated'), { recursive: true });
  writeFileSync(path.join(root, 'content/generated/redirects.json'), text);
  return root;
}

describe('loadRedirects', () => {
  it('reads a missing file as no redirects', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'redirects-'));
    expect(await loadRedirects(root)).toEqual([]);
  });

  it('reads the entries of the file', async () => {
    expect(await loadRedirects(withFile('[{"from":"57-nq-cp-2021","to":"57-nq-cp-2022"}]'))).toEqual([{ from: '57-nq-cp-2021', to: '57-nq-cp-2022' }]);
  });

  it('names the file and the field of an entry that is not an id', async () => {
    await expect(loadRedirects(withFile('[{"from":"Bad Id","to":"57-nq-cp-2022"}]'))).rejects.toThrow(/^content\/generated\/redirects\.json: 0\.from: /);
  });
});

describe('resolveRedirects', () => {
  it('sorts by old id and follows a chain to the live page', () => {
    const chain = [
      { from: 'b-2024', to: '57-nq-cp-2022' },
      { from: 'a-2024', to: 'b-2024' },
    ];
    expect(resolveRedirects(chain, isPage)).toEqual([
      { from: 'a-2024', to: '57-nq-cp-2022' },
      { from: 'b-2024', to: '57-nq-cp-2022' },
    ]);
  });

  it('refuses an old id that is a live page, a target that is no page, two targets and a loop', () => {
    expect(() => resolveRedirects([{ from: '57-nq-cp-2022', to: '5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai' }], isPage)).toThrow(/"57-nq-cp-2022" là địa chỉ của một văn bản đang có/);
    expect(() => resolveRedirects([{ from: 'a-2024', to: 'khong-co' }], isPage)).toThrow(/không có văn bản nào mang địa chỉ "khong-co"/);
    expect(() => resolveRedirects([{ from: 'a-2024', to: '57-nq-cp-2022' }, { from: 'a-2024', to: '5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai' }], isPage)).toThrow(/hai địa chỉ/);
    expect(() => resolveRedirects([{ from: 'a-2024', to: 'b-2024' }, { from: 'b-2024', to: 'a-2024' }], isPage)).toThrow(/vòng tròn/);
  });
});
