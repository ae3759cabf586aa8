/**
 * content/co-quan.yaml read and checked: its schema (src/schemas/bodies.ts), unique ids, parents and
 * successors that exist, and no spelling claimed by two bodies. A problem is one sentence naming the file.
 * The directory answers what pages need: a name's body, and what a body became or came from.
 */
import { parse } from 'yaml';
import { type Body, type BodiesFile, type Succession, bodiesFileSchema } from '../../schemas/bodies.ts';
import { nameKey } from './keys.ts';
import { type BodyMatcher, bodyMatcher } from './match.ts';

export class BodiesError extends Error {}

export function parseBodiesFile(text: string, fileName: string): BodiesFile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new BodiesError(`${fileName}: không đọc được YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  const checked = bodiesFileSchema.safeParse(raw ?? { bodies: [] });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new BodiesError(`${fileName}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'không hợp lệ'}.`);
  }
  const ids = new Set<string>();
  const spellings = new Map<string, string>();
  for (const body of checked.data.bodies) {
    if (ids.has(body.id)) throw new BodiesError(`${fileName}: mã "${body.id}" ghi hai lần.`);
    ids.add(body.id);
    for (const spelling of [body.name, ...body.aliases]) {
      const key = nameKey(spelling);
      const other = spellings.get(key);
      if (other !== undefined && other !== body.id) throw new BodiesError(`${fileName}: tên "${spelling}" của "${body.id}" đã là tên của "${other}".`);
      spellings.set(key, body.id);
    }
  }
  for (const body of checked.data.bodies) {
    const refs = [body.parent, ...body.succession.flatMap((s) => s.to)].filter((r): r is string => r !== undefined);
    const unknown = refs.find((r) => !ids.has(r));
    if (unknown !== undefined) throw new BodiesError(`${fileName}: "${body.id}" nhắc tới mã "${unknown}" không có trong sổ.`);
  }
  return checked.data;
}

/** A change in a body's history, seen from one side: what it became, or what became it. */
export interface SuccessionLink {
  type: Succession['type'];
  date: string;
  bodies: Body[];
  note?: string;
  source?: string;
}

export interface BodyDirectory extends BodyMatcher {
  bodies: readonly Body[];
  byId: ReadonlyMap<string, Body>;
  /** What the body became (merged into, renamed, dissolved), in the registry's order. */
  successors(id: string): SuccessionLink[];
  /** The bodies that became this one. */
  predecessors(id: string): SuccessionLink[];
}

export function bodyDirectory(file: BodiesFile): BodyDirectory {
  const byId = new Map(file.bodies.map((b) => [b.id, b]));
  const resolve = (ids: string[]) => ids.map((id) => byId.get(id)).filter((b): b is Body => b !== undefined);
  const incoming = new Map<string, SuccessionLink[]>();
  for (const body of file.bodies) {
    for (const step of body.succession) {
      for (const to of step.to) {
        const link: SuccessionLink = { type: step.type, date: step.date, bodies: [body], ...(step.note ? { note: step.note } : {}) };
        incoming.set(to, [...(incoming.get(to) ?? []), link]);
      }
    }
  }
  const matcher = bodyMatcher(file.bodies);
  return {
    bodies: file.bodies,
    byId,
    match: matcher.match,
    successors: (id) =>
      (byId.get(id)?.succession ?? []).map((s) => ({
        type: s.type, date: s.date, bodies: resolve(s.to), ...(s.note ? { note: s.note } : {}), ...(s.source ? { source: s.source } : {}),
      })),
    predecessors: (id) => incoming.get(id) ?? [],
  };
}
