/**
 * One ingest at a time per output folder. The lock is a folder beside the output (proper-lockfile:
 * `content/.generated.lock`), refreshed while the run lives and released on exit and on Ctrl-C; a lock
 * left by a killed run goes stale and is taken over. A second ingest waits for the first, saying so in one
 * line. Once the lock is held, the leftovers of killed runs (temporary and old output folders, temporary
 * cache files) are removed: no other run can own them.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { IngestError } from './errors.ts';

/** How long a second ingest waits for the first before giving up with one line. */
const WAIT_MS = 20 * 60_000;
/** A lock not refreshed for this long belongs to a run that was killed (refreshed every STALE_MS / 6). */
const STALE_MS = 30_000;
const RETRY_MS = 500;

export interface LockOptions {
  /** Other files whose `.tmp-PID` siblings a killed run may leave (the cache file). */
  alsoClean?: string[];
  /** Called once when another run holds the lock and this one starts waiting. */
  onWait?: (lockPath: string) => void;
}

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** The lock folder of an output folder: `.{name}.lock` beside it. */
export const lockPathOf = (out: string) => path.join(path.dirname(out), `.${path.basename(out)}.lock`);

export async function withOutputLock<T>(out: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  await mkdir(path.dirname(out), { recursive: true });
  const lockPath = lockPathOf(out);
  let compromised: Error | null = null;
  const lock = (retries: number) =>
    lockfile.lock(out, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 6,
      retries: { retries, factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS },
      // The default throws from a timer (an uncaught stack trace); the run reports it when it ends instead.
      onCompromised: (error) => {
        compromised = error;
      },
    });
  let release: () => Promise<void>;
  try {
    release = await lock(0).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED') throw error;
      options.onWait?.(lockPath);
      return lock(Math.ceil(WAIT_MS / RETRY_MS));
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      throw new IngestError(`${shown(out)}: một lần ingest khác vẫn đang ghi thư mục này sau ${WAIT_MS / 60_000} phút chờ (khoá ${shown(lockPath)}).`);
    }
    throw new IngestError(`${shown(lockPath)}: không tạo được khoá cho thư mục đầu ra: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await removeLeftovers(out);
    for (const file of options.alsoClean ?? []) await removeLeftovers(file);
    const result = await work();
    if (compromised !== null) {
      throw new IngestError(`${shown(lockPath)}: khoá bị mất trong khi chạy (${(compromised as Error).message}); hãy chạy lại ingest.`);
    }
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

/** A killed run's `.{name}.tmp-PID` / `.{name}.old-PID` folders and `{name}.tmp-PID` files beside `target`. */
export async function removeLeftovers(target: string): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const leftover = new RegExp(`^(\\.${escape(base)}\\.(tmp|old)|${escape(base)}\\.tmp)-\\d+$`);
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) if (leftover.test(entry)) await rm(path.join(parent, entry), { recursive: true, force: true });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
