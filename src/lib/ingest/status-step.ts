/**
 * The status step: every instrument's legal status on the build day and every amending relation
 * (content/generated/status.json, src/lib/status/). It rests on the citation resolution (which instrument
 * each citation means), on every document's statements and on the build day: while their key is the one
 * the memory holds (and the previous output still has the file), the file is kept as it was.
 */
import { readFileSync } from 'node:fs';
import type { CitationRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { statusFileText } from '../status/step.ts';
import { sha256, type StepMemory } from './cache.ts';
import type { IngestInputs } from './inputs.ts';
import type { OutputFiles, PreviousOutput } from './output.ts';
import type { ParsedSources } from './parse-step.ts';
import type { HeldDocument } from './records.ts';
import type { Resolution } from './resolve-step.ts';

/** A data file of the resolution, read back (a resolution kept from the previous run has no records in memory). */
function readData<T>(files: OutputFiles, name: string): T[] {
  const content = files.get(name)!;
  const text = typeof content === 'string' ? content : content instanceof Uint8Array ? Buffer.from(content).toString('utf8') : readFileSync(content.reuse, 'utf8');
  return JSON.parse(text) as T[];
}

export function statusStep(
  documents: HeldDocument[],
  parsed: ParsedSources,
  resolution: Resolution,
  input: { editorial: IngestInputs['editorial']; today: string },
  memory: StepMemory<string>,
  previous: PreviousOutput,
): OutputFiles {
  const key = sha256(JSON.stringify([resolution.key, input.today, documents.map((document) => [document.id, parsed.entryOf(document.sha256).statementsDigest])]));
  const kept = memory.recall('status.json') === key && previous.has('status.json');
  memory.remember('status.json', key);
  if (kept) return new Map([['status.json', previous.reuse('status.json')]]);
  const text = statusFileText({
    documents: documents.map((document) => ({ id: document.id, docType: document.metadata.docType, date: document.metadata.date, statements: parsed.statementsOf(document.sha256) })),
    instruments: resolution.records?.instruments ?? readData<InstrumentRecord>(resolution.files, 'instruments.json'),
    citations: resolution.records?.citations ?? readData<CitationRecord>(resolution.files, 'citations.json'),
    editorial: input.editorial?.file,
    today: input.today,
  });
  return new Map([['status.json', text]]);
}
