/**
 * A progress bar for long ingests (count, rate, ETA) on a terminal; silent in CI and when output is not
 * a terminal, so logs stay readable.
 */
export interface ProgressBar { update: (done: number, total: number) => void; finish: () => void }

const WIDTH = 24;
const INTERVAL_MS = 100;

export function formatProgress(done: number, total: number, elapsedSeconds: number): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * WIDTH);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} · ${rate.toFixed(0)}/s · còn ${eta === null ? '?' : `${eta} s`}`;
}

export function progressBar(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): ProgressBar {
  if (!stream.isTTY || env.CI) return { update: () => {}, finish: () => {} };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < INTERVAL_MS && done < total) return;
      last = now;
      shown = true;
      stream.write(`\r${formatProgress(done, total, (now - started) / 1000)}\u001b[K`);
    },
    finish() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
