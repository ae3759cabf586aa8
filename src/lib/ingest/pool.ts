/**
 * Runs the ingest's per-document tasks on all cores with worker threads (large corpora), or inline
 * (small ones, where starting workers costs more than it saves). Results come back in input order.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks.ts';

type Input<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
type Output<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;

/** Below this many tasks the work runs inline. */
const PARALLEL_THRESHOLD = 200;
const BATCH = 50;

export async function runTasks<N extends TaskName>(
  name: N,
  inputs: Input<N>[],
  onDone?: (done: number) => void,
): Promise<Output<N>[]> {
  const task = TASKS[name] as (input: Input<N>) => Output<N>;
  const threads = Math.min(os.availableParallelism(), 4);
  if (inputs.length < PARALLEL_THRESHOLD || threads < 2) {
    return inputs.map((input, index) => {
      const output = task(input);
      onDone?.(index + 1);
      return output;
    });
  }
  const results = new Array<Output<N>>(inputs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= inputs.length) {
                resolve();
                return;
              }
              const start = next;
              next = Math.min(inputs.length, next + BATCH);
              worker.postMessage({ name, start, inputs: inputs.slice(start, next) });
            };
            worker.on('message', (message: { start: number; outputs: Output<N>[] } | { error: string }) => {
              if ('error' in message) {
                reject(new Error(message.error));
                return;
              }
              message.outputs.forEach((output, offset) => (results[message.start + offset] = output));
              done += message.outputs.length;
              onDone?.(done);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
