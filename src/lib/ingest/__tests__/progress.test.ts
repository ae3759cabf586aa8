/** Pins the progress line (count, rate, ETA) and that it stays silent in CI or off a terminal. */
import { describe, expect, it } from 'vitest';
import { formatProgress, progressBar } from '../progress.ts';

describe('progress', () => {
  it('shows count, rate and time left', () => {
    expect(formatProgress(500, 1000, 2)).toBe('[############............] 500/1000 · 250/s · còn 2 s');
  });

  it('writes nothing in CI or when the stream is not a terminal', () => {
    const writes: string[] = [];
    const stream = { isTTY: true, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream, { CI: 'true' });
    bar.update(1, 2);
    bar.finish();
    const notTty = progressBar({ ...stream, isTTY: false } as unknown as NodeJS.WriteStream, {});
    notTty.update(1, 2);
    expect(writes).toEqual([]);
  });
});
