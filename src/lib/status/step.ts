/**
 * content/generated/status.json from the archive: every document's statements (detect.ts) resolved with the
 * citations (which instrument each one means), every instrument's status on the build day (compute.ts) and
 * every amending relation, validated by statusFileSchema. The ingest's status step (src/lib/ingest/
 * status-step.ts) decides when it must be computed again.
 */
import type { CitationRecord, InstrumentRecord } from '../../schemas/archive.ts';
import type { PartialDate } from '../../schemas/metadata.ts';
import { type EditorStatement, type Statement, statusFileSchema } from '../../schemas/status.ts';
import { type InstrumentsFile, finalId } from '../citations/editorial.ts';
import { computeStatuses } from './compute.ts';
import { resolveFacts } from './resolve.ts';

export interface StatusInput {
  documents: Array<{ id: string; docType: string | null; date: PartialDate | null; statements: Statement[] }>;
  instruments: InstrumentRecord[];
  citations: CitationRecord[];
  editorial: InstrumentsFile | undefined;
  /** The build day (src/lib/site/today.ts). */
  today: string;
}

export function statusFileText(input: StatusInput): string {
  const targets = new Map(input.citations.map((citation) => [`${citation.from}~${citation.block}~${citation.start}`, citation.to]));
  const facts = resolveFacts(input.documents, (document, block, start) => targets.get(`${document}~${block}~${start}`));
  const editors = new Map<string, EditorStatement>();
  for (const [id, entry] of Object.entries(input.editorial?.entries ?? {})) {
    if (entry.status) editors.set(finalId(input.editorial, id), entry.status);
  }
  const statuses = computeStatuses(input.instruments, facts, editors, input.today);
  return `${JSON.stringify(statusFileSchema.parse({ today: input.today, statuses, changes: facts.changes }))}\n`;
}
