/**
 * The tasks step: every document's task records (src/lib/tasks/), joined into tasks.json. Tasks are dated
 * with the document's date, so they are remembered by id, source and date: one whose date an editor
 * corrected is extracted again with that date. tasks.json is kept as it was while no part changed.
 */
import type { Task } from '../../schemas/tasks.ts';
import { extractTasks } from '../tasks/extract.ts';
import { taskRecords } from '../tasks/records.ts';
import { sha256, type StepMemory } from './cache.ts';
import type { OutputFiles, PreviousOutput } from './output.ts';
import type { ParsedSources } from './parse-step.ts';
import type { HeldDocument } from './records.ts';
import { tasksFile, tasksFilePart } from './tasks-file.ts';

const taskKey = (document: HeldDocument) => `${document.id}\n${document.sha256}\n${JSON.stringify(document.metadata.date)}`;

/** The tasks this run parsed can serve a document when they were dated with its date (not corrected since). */
const freshTasks = (document: HeldDocument, parsed: ParsedSources): Task[] | undefined =>
  document.corrected.includes('date') ? undefined : parsed.tasks.get(document.sha256);

/** The sources whose blocks the step needs: documents with neither remembered nor freshly parsed tasks. */
export function tasksNeedBlocks(documents: HeldDocument[], parsed: ParsedSources, memory: StepMemory<Uint8Array>): string[] {
  return documents.filter((document) => memory.recall(taskKey(document)) === undefined && freshTasks(document, parsed) === undefined).map((document) => document.sha256);
}

export function tasksStep(
  documents: HeldDocument[],
  parsed: ParsedSources,
  memory: { tasks: StepMemory<Uint8Array>; data: StepMemory<string> },
  previous: PreviousOutput,
): OutputFiles {
  const parts = documents.map((document) => {
    const key = taskKey(document);
    const remembered = memory.tasks.recall(key);
    if (remembered !== undefined) return remembered;
    const tasks = freshTasks(document, parsed) ?? extractTasks(parsed.blocks.get(document.sha256)!, document.metadata.date);
    return memory.tasks.remember(key, tasksFilePart(taskRecords(document.id, tasks)));
  });
  const fileKey = sha256(documents.map(taskKey).join('\n'));
  const kept = memory.data.recall('tasks.json') === fileKey && previous.has('tasks.json');
  memory.data.remember('tasks.json', fileKey);
  return new Map([['tasks.json', kept ? previous.reuse('tasks.json') : tasksFile(parts)]]);
}
