/**
 * Legal status as the pages see it: content/generated/status.json (computed at ingest, src/lib/status/),
 * validated once per build, with the look-ups the pages need. Pages never work status out themselves.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ChangeKind, type ChangeRecord, type StatusRecord, type StatusValue, statusFileSchema, statusValueSchema } from '../../schemas/status.ts';
import { t } from '../../i18n/t.ts';
import { AMENDING_RELATIONS, relationKeys } from '../../schemas/relations.ts';
import { viCollator } from '../text.ts';
import { getArchive } from './archive.ts';
import { dateSortKey } from './format.ts';

export interface StatusView {
  /** The build day the statuses hold on. */
  today: string;
  statusById: Map<string, StatusRecord>;
  changeById: Map<string, ChangeRecord>;
  /** Changes made to an instrument, oldest first. */
  changesTo: Map<string, ChangeRecord[]>;
  /** Changes an instrument makes, oldest first. */
  changesFrom: Map<string, ChangeRecord[]>;
}

function group(changes: ChangeRecord[], key: (change: ChangeRecord) => string | null): Map<string, ChangeRecord[]> {
  const map = new Map<string, ChangeRecord[]>();
  for (const change of changes) {
    const id = key(change);
    if (id === null) continue;
    const list = map.get(id);
    if (list) list.push(change);
    else map.set(id, [change]);
  }
  return map;
}

async function load(): Promise<StatusView> {
  const file = statusFileSchema.parse(JSON.parse(await readFile(path.join(process.cwd(), 'content/generated/status.json'), 'utf8')));
  return {
    today: file.today,
    statusById: new Map(file.statuses.map((record) => [record.id, record])),
    changeById: new Map(file.changes.map((change) => [change.id, change])),
    changesTo: group(file.changes, (change) => change.to),
    changesFrom: group(file.changes, (change) => change.from),
  };
}

let cached: Promise<StatusView> | undefined;

export function getStatus(): Promise<StatusView> {
  cached ??= load();
  return cached;
}

/** The status of an instrument, `Chưa xác định` for one the file does not list. */
export function statusOf(view: StatusView, id: string): StatusValue {
  return view.statusById.get(id)?.status ?? 'chua-xac-dinh';
}

/** Every status value in display order: in force first, unknown last. */
export const STATUS_ORDER: readonly StatusValue[] = statusValueSchema.options;

export const statusLabel = (status: StatusValue): string => t(`legal.${status}`);

/** How a change is named from the changing side (`Thay thế`) and from the changed side (`Bị thay thế bởi`). */
export const changeLabel = (kind: ChangeKind): string => t(relationKeys(kind).label);
export const changedByLabel = (kind: ChangeKind): string => t(relationKeys(kind).reverseLabel);

/** Changes grouped by kind, in the relation table's order (thay thế, bãi bỏ… first, đính chính last). */
export function byKind(changes: ChangeRecord[]): Array<{ kind: ChangeKind; changes: ChangeRecord[] }> {
  const groups = new Map<ChangeKind, ChangeRecord[]>();
  for (const change of changes) {
    const list = groups.get(change.kind);
    if (list) list.push(change);
    else groups.set(change.kind, [change]);
  }
  return AMENDING_RELATIONS.filter((kind) => groups.has(kind)).map((kind) => ({ kind, changes: groups.get(kind)! }));
}

let grouped: Promise<Array<{ status: StatusValue; ids: string[] }>> | undefined;

/** Every instrument (held or cited) by status, in STATUS_ORDER; within a status newest first. Empty statuses are left out. */
export function statusGroups(): Promise<Array<{ status: StatusValue; ids: string[] }>> {
  grouped ??= groupByStatus();
  return grouped;
}

async function groupByStatus(): Promise<Array<{ status: StatusValue; ids: string[] }>> {
  const [archive, view] = await Promise.all([getArchive(), getStatus()]);
  const sorted = [...archive.instruments].sort(
    (a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || viCollator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1),
  );
  const groups = new Map<StatusValue, string[]>();
  for (const instrument of sorted) {
    const status = statusOf(view, instrument.id);
    const list = groups.get(status);
    if (list) list.push(instrument.id);
    else groups.set(status, [instrument.id]);
  }
  return STATUS_ORDER.filter((status) => groups.has(status)).map((status) => ({ status, ids: groups.get(status)! }));
}
