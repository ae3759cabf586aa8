/**
 * Receiving agencies: every body a document is addressed to (Kính gửi), distributed to (Nơi nhận) or
 * given a task (chủ trì / phối hợp). Entries are cleaned (`Như trên`, `Lưu: VT…` dropped; trailing notes
 * such as `(b/cáo)` removed), filed under the written form of a known body when they are a spelling or OCR
 * variant of it (the task extractor's list, src/lib/tasks/bodies.ts), and merged by slug, so case and
 * diacritic variants are one agency. Works on metadata fields only: pages never parse document text.
 */
import type { DocumentRecord } from '../../schemas/archive.ts';
import type { Body } from '../../schemas/bodies.ts';
import type { MatchContext } from '../bodies/match.ts';
import type { BodyNames } from '../site/bodies.ts';
import { normalizeBody } from '../tasks/bodies.ts';
import { skeleton } from '../tasks/keys.ts';
import { slugify, squashSpaces, viCollator } from '../text.ts';
import { preferredSpelling } from './facets.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';

/** Trailing notes of a Nơi nhận line: `(b/cáo)`, `(B/c)`, `(để báo cáo)`, `(t/h)`, `(để biết)`. */
const NOTE = /\s*\((?:để\s+|de\s+)?(?:b\s*\/\s*c(?:áo|ao)?|báo\s+cáo|bao\s+cao|biết|biet|t\s*\/\s*h|thực\s+hiện|thuc\s+hien|p\s*\/\s*h|phối\s+hợp|phoi\s+hop|chỉ\s+đạo|chi\s+dao|c\s*\/\s*đ|c\s*\/\s*d)\)\s*$/iu;

/** A Nơi nhận / Kính gửi entry as an agency name, or null when it is not one (`Như trên`, `Lưu: VT`). */
export function cleanEntry(entry: string): string | null {
  let name = squashSpaces(entry).replace(/^[-+•–]\s*/, '').replace(/[\s;,.:]+$/, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(NOTE, '').replace(/[\s;,.:]+$/, '');
  }
  const slug = slugify(name);
  if (!slug || slug === 'nhu-tren' || slug.startsWith('nhu-tren-') || slug === 'luu' || slug.startsWith('luu-')) return null;
  return name;
}

/**
 * The written form of a body: a known body when the entry is a variant of it (same first letter, so that
 * `Bộ Kế hoạch và Đầu tư` never becomes `Sở Kế hoạch và Đầu tư`), else the entry capitalized.
 */
/** Names repeat across thousands of tasks and pages, and matching a name is a fuzzy search: remember. */
const canonicalNames = new Map<string, string>();

export function canonicalAgency(name: string): string {
  let canonical = canonicalNames.get(name);
  if (canonical === undefined) {
    canonical = matchAgency(name);
    canonicalNames.set(name, canonical);
  }
  return canonical;
}

function matchAgency(name: string): string {
  const known = normalizeBody(name);
  if (known === name) return name;
  const a = skeleton(name);
  const b = skeleton(known);
  if (a[0] === b[0]) return known;
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

export interface Agency {
  slug: string;
  name: string;
  /** The registry body, when the agency is one (its page shows what it became or came from). */
  body?: Body;
  /** Documents addressed to it (Kính gửi), in archive order. */
  addressedBy: DocumentRecord[];
  /** Documents distributing a copy to it (Nơi nhận), in archive order. */
  copiedBy: DocumentRecord[];
  /** Tasks it leads (chủ trì). */
  leads: TaskRecord[];
  /** Tasks it supports (phối hợp). */
  supports: TaskRecord[];
  /** Tasks it leads or supports, in task order (its calendar). */
  tasks: TaskRecord[];
}

/**
 * The name and page of an entry: the registry's body (read in the document's context), else the written form
 * of the entry; null for what is no agency (`Như trên`, a person, OCR noise).
 */
export function agencyOf(raw: string, names?: BodyNames, context?: MatchContext): { name: string; slug: string; body?: Body } | null {
  const cleaned = cleanEntry(raw);
  if (!cleaned) return null;
  const label = names ? names.label(cleaned, context) : { name: cleaned, body: null };
  if (!label) return null;
  if (label.body) return { name: label.body.name, slug: label.body.id, body: label.body };
  const name = canonicalAgency(label.name);
  const slug = slugify(name);
  return slug ? { name, slug } : null;
}

/** Every agency, sorted by Vietnamese collation. `records` in archive (newest-first) order; `tasks` in task order. */
export function agencies(records: DocumentRecord[], tasks: TaskRecord[], names?: BodyNames): Agency[] {
  const map = new Map<string, { variants: Map<string, number>; agency: Agency }>();
  const contextById = new Map(records.map((r) => [r.id, names?.contextOf(r)]));
  const entry = (raw: string, document: string) => {
    const found = agencyOf(raw, names, contextById.get(document));
    if (!found) return null;
    const { name, slug, body } = found;
    let item = map.get(slug);
    if (!item) {
      item = { variants: new Map(), agency: { slug, name, addressedBy: [], copiedBy: [], leads: [], supports: [], tasks: [], ...(body ? { body } : {}) } };
      map.set(slug, item);
    }
    item.variants.set(name, (item.variants.get(name) ?? 0) + (body ? 1000 : 1));
    return item.agency;
  };
  // A record or task is added to a list only while it is the one being read, so a repeat (two spellings
  // of one body in it) can only be the last element: checking that keeps this linear.
  const addOnce = <T>(list: T[], value: T) => {
    if (list[list.length - 1] !== value) list.push(value);
  };
  for (const record of records) {
    for (const recipient of record.recipients) {
      const agency = entry(recipient, record.id);
      if (agency) addOnce(agency.addressedBy, record);
    }
    for (const line of record.distribution) {
      const agency = entry(line, record.id);
      if (agency) addOnce(agency.copiedBy, record);
    }
  }
  for (const task of tasks) {
    for (const body of task.lead) {
      const agency = entry(body, task.document);
      if (agency) {
        addOnce(agency.leads, task);
        addOnce(agency.tasks, task);
      }
    }
    for (const body of task.support) {
      const agency = entry(body, task.document);
      if (agency) {
        addOnce(agency.supports, task);
        addOnce(agency.tasks, task);
      }
    }
  }
  const list = [...map.values()].map(({ variants, agency }) => ({ ...agency, name: agency.body?.name ?? preferredSpelling(variants) }));
  return list.sort((a, b) => viCollator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/** The slug of the agency page a body name (from a task of a document read in `context`) is filed under, or null. */
export function agencySlug(name: string, names?: BodyNames, context?: MatchContext): string | null {
  return agencyOf(name, names, context)?.slug ?? null;
}
