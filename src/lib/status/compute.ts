/**
 * An instrument's status on the build day, from the facts (resolve.ts) and an editor's statement:
 * - in force from its stated entry into force (`Chưa có hiệu lực` before it), until its stated term ends;
 * - a change in effect on the build day (or whose date is not known) ends it (thay thế, bãi bỏ, hủy bỏ,
 *   hết hiệu lực: wholly, or the part named), ends a part (sửa đổi, bổ sung, điều chỉnh) or suspends it
 *   (tạm ngưng, đình chỉ); đính chính changes nothing;
 * - nothing known is `Chưa xác định`, never a guess;
 * - an editor's statement is shown as such; it decides the status unless the documents know of a change
 *   after the date the editor gives.
 */
import type { PartialDate } from '../../schemas/metadata.ts';
import type { ChangeRecord, EditorStatement, StatusRecord, StatusValue, TimelineEvent } from '../../schemas/status.ts';
import { addDays, compareDates, relativeToDay } from './dates.ts';
import type { Facts } from './resolve.ts';
import { isNormative } from './normative.ts';
import { effectOf } from './verbs.ts';

export interface StatusInstrument {
  id: string;
  docType: string | null;
  date: PartialDate | null;
}

/** Strength of what a change does, strongest last. */
const RANK: Record<StatusValue, number> = {
  'chua-xac-dinh': 0, 'chua-co-hieu-luc': 0, 'con-hieu-luc': 0,
  'ngung-hieu-luc-mot-phan': 1, 'het-hieu-luc-mot-phan': 2, 'ngung-hieu-luc': 3, 'het-hieu-luc-toan-bo': 4,
};

function outcome(change: ChangeRecord): StatusValue | null {
  const effect = effectOf(change.kind);
  if (effect === 'none') return null;
  if (effect === 'part') return 'het-hieu-luc-mot-phan';
  if (effect === 'end') return change.part === null ? 'het-hieu-luc-toan-bo' : 'het-hieu-luc-mot-phan';
  return change.part === null ? 'ngung-hieu-luc' : 'ngung-hieu-luc-mot-phan';
}

interface Decided { status: StatusValue; since: PartialDate | null; basis: string[] }

function fromDocuments(inForceFrom: PartialDate | null, until: PartialDate | null, changes: ChangeRecord[], today: string): Decided {
  let decided: Decided = { status: 'chua-xac-dinh', since: null, basis: [] };
  if (inForceFrom !== null) {
    const when = relativeToDay(inForceFrom, today);
    if (when === 'past') decided = { status: 'con-hieu-luc', since: inForceFrom, basis: [] };
    if (when === 'future') decided = { status: 'chua-co-hieu-luc', since: null, basis: [] };
  }
  const ended = until === null ? null : addDays(until, 1);
  if (ended !== null && relativeToDay(ended, today) === 'past') decided = { status: 'het-hieu-luc-toan-bo', since: ended, basis: [] };
  for (const change of changes) {
    const status = outcome(change);
    // A change whose date is unknown is stated by a document already issued: it counts, its date "chưa rõ".
    if (status === null || (change.effective !== null && relativeToDay(change.effective, today) !== 'past')) continue;
    if (RANK[status] > RANK[decided.status]) decided = { status, since: change.effective, basis: [change.id] };
    else if (RANK[status] === RANK[decided.status] && RANK[status] > 0) decided.basis.push(change.id);
  }
  return decided;
}

/** The editor's statement decides unless the documents' deciding change is later than the date it gives. */
function withEditor(documents: Decided, editor: EditorStatement | null): Decided {
  if (editor === null) return documents;
  const documentsLater = editor.date !== null && documents.since !== null && compareDates(documents.since, editor.date) > 0;
  return documentsLater ? documents : { status: editor.status, since: editor.date, basis: documents.basis };
}

const event = (date: PartialDate | null, kind: TimelineEvent['kind'], change: string | null, via: string | null, today: string): TimelineEvent => ({
  date, kind, change, via, future: date !== null && relativeToDay(date, today) === 'future',
});

/** Changes to the instrument and, down the chain, to the instruments that changed it (A ← B ← C). */
function timeline(instrument: StatusInstrument, inForceFrom: PartialDate | null, until: PartialDate | null, changesTo: Map<string, ChangeRecord[]>, editor: EditorStatement | null, today: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (instrument.date) events.push(event(instrument.date, 'ban-hanh', null, null, today));
  if (inForceFrom) events.push(event(inForceFrom, 'co-hieu-luc', null, null, today));
  if (until) events.push(event(addDays(until, 1) ?? until, 'het-han', null, null, today));
  const visited = new Set([instrument.id]);
  const walk = (id: string, depth: number) => {
    for (const change of changesTo.get(id) ?? []) {
      events.push(event(change.effective, change.kind, change.id, id === instrument.id ? null : id, today));
      if (change.from !== null && depth < 3 && !visited.has(change.from)) {
        visited.add(change.from);
        walk(change.from, depth + 1);
      }
    }
  };
  walk(instrument.id, 0);
  if (editor) events.push(event(editor.date, 'bien-tap', null, null, today));
  return events.sort((a, b) => compareDates(a.date, b.date));
}

export function computeStatuses(instruments: StatusInstrument[], facts: Facts, editors: Map<string, EditorStatement>, today: string): StatusRecord[] {
  const changesTo = new Map<string, ChangeRecord[]>();
  for (const change of facts.changes) {
    const list = changesTo.get(change.to);
    if (list) list.push(change);
    else changesTo.set(change.to, [change]);
  }
  return instruments.map((instrument) => {
    const effects = facts.effects.get(instrument.id) ?? [];
    const inForceFrom = effects.find((effect) => effect.from !== null)?.from ?? null;
    const until = effects.find((effect) => effect.until !== null)?.until ?? null;
    const editor = editors.get(instrument.id) ?? null;
    const documents = fromDocuments(inForceFrom, until, changesTo.get(instrument.id) ?? [], today);
    const shown = withEditor(documents, editor);
    return {
      id: instrument.id,
      status: shown.status,
      since: shown.since,
      fromDocuments: documents.status,
      inForceFrom,
      inForceUntil: until,
      effect: effects.map((effect) => effect.evidence),
      basis: documents.basis,
      editor,
      normative: isNormative(instrument.docType),
      timeline: timeline(instrument, inForceFrom, until, changesTo, editor, today),
    };
  });
}
