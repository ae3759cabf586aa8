/**
 * The restore step: an OCR-damaged document's machine-restored reading (src/lib/ocr/reading.ts), written to
 * restored/{id}.html. The model is learned from the archive's clean documents (a bounded sample, the same
 * from run to run); a reading is kept while neither its document nor the model's sample changed, and the
 * others are read in the worker pool.
 */
import { restorationModel, trainingSources } from '../ocr/reading.ts';
import { sha256, type StepMemory } from './cache.ts';
import type { OutputFiles, PreviousOutput } from './output.ts';
import type { ParsedSources } from './parse-step.ts';
import { runTasks } from './pool.ts';
import type { HeldDocument } from './records.ts';

export const restoredPath = (id: string) => `restored/${id}.html`;

export interface PendingRestorations {
  pending: HeldDocument[];
  kept: OutputFiles;
  /** The clean sources the model learns from, by SHA-256. */
  training: string[];
}

/** The damaged documents whose reading must be written; the others' readings are kept. */
export function documentsToRestore(documents: HeldDocument[], memory: StepMemory<string>, previous: PreviousOutput): PendingRestorations {
  const training = trainingSources(documents.map((document) => ({ sha256: document.sha256, damaged: document.ocr.damaged }))).map((source) => source.sha256);
  const modelKey = sha256(training.join('\n'));
  const pending: HeldDocument[] = [];
  const kept: OutputFiles = new Map();
  for (const document of documents) {
    if (!document.ocr.damaged) continue;
    const file = restoredPath(document.id);
    const key = sha256(`${modelKey}\n${document.sha256}`);
    if (memory.recall(file) === key && previous.has(file)) kept.set(file, previous.reuse(file));
    else pending.push(document);
    memory.remember(file, key);
  }
  return { pending, kept, training };
}

/** Reads the pending documents again (their blocks must be in `parsed.blocks`) with a model of the clean ones. */
export async function restoreDocuments({ pending, training }: PendingRestorations, parsed: ParsedSources): Promise<OutputFiles> {
  if (pending.length === 0) return new Map();
  // The model goes to the workers with each batch (structured clone: once per batch, not per document).
  const model = restorationModel(training.map((sha) => parsed.textOf(sha)));
  const readings = await runTasks('restore', pending.map((document) => ({ model, blocks: parsed.blocks.get(document.sha256)! })));
  return new Map(pending.map((document, index) => [restoredPath(document.id), readings[index]!]));
}
