/**
 * The ingest's status step: after citation resolution, every instrument's legal status on the build day
 * (content/generated/status.json, validated by statusFileSchema). Its inputs are the resolution (which
 * instrument each citation means), every document's statements, the editors' file and the build day; while
 * their key is the previous run's, the previous file stands.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CitationRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { type EditorStatement, type Statement, statusFileSchema } from '../../schemas/status.ts';
import { type InstrumentsFile, finalId } from '../citations/editorial.ts';
import type { PartialDate } from '../../schemas/metadata.ts';
import { computeStatuses } from './compute.ts';
import { resolveFacts } from './resolve.ts';

export interface StatusStepInput {
  documents: Array<{ id: string; docType: string | null; date: PartialDate | null; statements: () => Statement[]; statementsDigest: string }>;
  /** The key of the citation resolution these statuses rest on. */
  resolutionKey: string;
  /** The resolution's records: this run's, or read from the previous output when it was reused. */
  records: () => { instruments: InstrumentRecord[]; citations: CitationRecord[] };
  editorial: InstrumentsFile | undefined;
  today: string;
  /** The previous run's key, when its status.json is still there. */
  previousKey: string | null;
}

export function statusStep(input: StatusStepInput): { key: string; file: string | null } {
  const key = createHash('sha256').update(JSON.stringify([input.resolutionKey, input.today, input.documents.map((document) => [document.id, document.statementsDigest])])).digest('hex');
  if (input.previousKey === key) return { key, file: null };
  const { instruments, citations } = input.records();
  const targets = new Map(citations.map((citation) => [`${citation.from}~${citation.block}~${citation.start}`, citation.to]));
  const facts = resolveFacts(
    input.documents.map((document) => ({ id: document.id, docType: document.docType, date: document.date, statements: document.statements() })),
    (document, block, start) => targets.get(`${document}~${block}~${start}`),
  );
  const editors = new Map<string, EditorStatement>();
  for (const [id, entry] of Object.entries(input.editorial?.entries ?? {})) {
    if (entry.status) editors.set(finalId(input.editorial, id), entry.status);
  }
  const statuses = computeStatuses(instruments, facts, editors, input.today);
  const file = statusFileSchema.parse({ today: input.today, statuses, changes: facts.changes });
  return { key, file: `${JSON.stringify(file)}\n` };
}

/** The previous run's resolution records, for a run that reused them. */
export function readPreviousRecords(out: string): { instruments: InstrumentRecord[]; citations: CitationRecord[] } {
  const read = <T>(name: string): T[] => JSON.parse(readFileSync(path.join(out, name), 'utf8')) as T[];
  return { instruments: read<InstrumentRecord>('instruments.json'), citations: read<CitationRecord>('citations.json') };
}
