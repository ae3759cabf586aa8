/** A worker thread of the ingest pool: runs batches of per-document tasks (src/lib/ingest/tasks.ts). */
import { parentPort } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks.ts';

parentPort!.on('message', (message: { name: TaskName; start: number; inputs: unknown[] }) => {
  try {
    const task = TASKS[message.name] as (input: unknown) => unknown;
    parentPort!.postMessage({ start: message.start, outputs: message.inputs.map(task) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
