/**
 * From what each document says (detect.ts) to facts about instruments: whose entry into force, which
 * instrument changes which, from when. Archive-wide: a citation's instrument comes from citation
 * resolution, `kể từ ngày ký` from the document's date, `kể từ ngày Quyết định này có hiệu lực` from its
 * entry into force, and a change with no date of its own applies when its changing instrument takes effect.
 */
import type { PartialDate } from '../../schemas/metadata.ts';
import type { ChangeRecord, ChangeStatement, Evidence, RelativeDate, Statement, StatementRef } from '../../schemas/status.ts';
import { addDays, compareDates } from './dates.ts';
import { isNormative, namesItself } from './normative.ts';

export interface StatusDocument {
  id: string;
  docType: string | null;
  date: PartialDate | null;
  statements: Statement[];
}

/** The instrument a detected citation was resolved to, or undefined when resolution dropped it (its own number). */
export type CitationTarget = (document: string, block: number, start: number) => string | undefined;

export interface InForce {
  from: PartialDate | null;
  until: PartialDate | null;
  evidence: Evidence;
}

export interface Facts {
  /** By instrument: its entry-into-force statements, the instrument's own first. */
  effects: Map<string, InForce[]>;
  changes: ChangeRecord[];
}

function dateOf(relative: RelativeDate | null, document: StatusDocument, ownEffect: PartialDate | null): PartialDate | null {
  if (relative === null) return null;
  if (relative.form === 'ngay') return relative.date;
  if (relative.form === 'ky') return addDays(document.date, relative.days);
  if (relative.form === 'thong-qua') return relative.date ?? document.date;
  return ownEffect;
}

/** The instrument a reference names; null for "not named"; undefined when the statement must be dropped. */
function refOf(ref: StatementRef, document: StatusDocument, target: CitationTarget, acts: boolean): string | null | undefined {
  if (ref.kind === 'self') return namesItself(ref.type, document.docType) ? document.id : undefined;
  // A citation resolution dropped is the document's own number printed in its text.
  if (ref.kind === 'citation') return target(document.id, ref.block, ref.start) ?? document.id;
  if (ref.kind === 'implicit') return acts ? document.id : null;
  return null;
}

/** The same part, or one wording the start of the other (`một số điều của Quy định …` cut short in a title). */
function samePart(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Whether the document makes the change it states (rather than report or ask for it): it names itself
 * (`Quyết định này thay thế …`), or the form implies it and it is a decision-type document that acts.
 */
export function makesChange(statement: ChangeStatement, docType: string | null): boolean {
  if (statement.by.kind === 'self') return namesItself(statement.by.type, docType);
  return statement.by.kind === 'implicit' && isNormative(docType) && !statement.reported;
}

/**
 * The relation of each citation the document changes (`{block}~{start}` → `thay-the`): its citation then
 * reads as that relation (src/schemas/relations.ts) on both pages and in the open data.
 */
export function amendingRelations(statements: Statement[], docType: string | null): Map<string, ChangeStatement['kind']> {
  const relations = new Map<string, ChangeStatement['kind']>();
  for (const statement of statements) {
    if (statement.type !== 'change' || statement.target.kind !== 'citation' || !makesChange(statement, docType)) continue;
    const key = `${statement.target.block}~${statement.target.start}`;
    if (!relations.has(key)) relations.set(key, statement.kind);
  }
  return relations;
}

const evidence = (document: StatusDocument, statement: Statement): Evidence => ({ document: document.id, block: statement.block, sentence: statement.sentence });

export function resolveFacts(documents: StatusDocument[], target: CitationTarget): Facts {
  const effects = new Map<string, InForce[]>();
  const ownEffect = new Map<string, PartialDate | null>();
  for (const document of documents) {
    for (const statement of document.statements) {
      if (statement.type !== 'effect') continue;
      const subject = refOf(statement.subject, document, target, false);
      if (!subject) continue;
      const fact = { from: dateOf(statement.from, document, null), until: dateOf(statement.until, document, null), evidence: evidence(document, statement) };
      const list = effects.get(subject) ?? [];
      // What a document says of itself comes before what others say of it.
      if (subject === document.id) list.unshift(fact);
      else list.push(fact);
      effects.set(subject, list);
      if (subject === document.id && !ownEffect.has(document.id)) ownEffect.set(document.id, fact.from);
    }
  }
  const inForceFrom = (id: string): PartialDate | null => effects.get(id)?.[0]?.from ?? null;

  const changes: ChangeRecord[] = [];
  for (const document of documents) {
    const seen = new Map<string, ChangeRecord[]>();
    const perBlock = new Map<number, number>();
    for (const statement of document.statements) {
      if (statement.type !== 'change') continue;
      // Implied by the text's form, the document itself acts only when it is a decision-type document that
      // makes the change (not a công văn asking for it, nor a report of it).
      const acts = makesChange(statement, document.docType);
      if (statement.by.kind === 'implicit' && !acts && statement.voice === 'active') continue;
      const by = refOf(statement.by, document, target, acts);
      const to = refOf(statement.target, document, target, false);
      if (by === undefined || !to || by === to) continue;
      // One change said twice (the subject line, then the article; `… về sửa đổi …` and `… đã được sửa đổi …`)
      // is one change: the fuller wording of its part is kept.
      const key = JSON.stringify([by, to, statement.kind]);
      const same = (seen.get(key) ?? []).find((change) => samePart(change.part, statement.part));
      if (same) {
        if ((statement.part ?? '').length > (same.part ?? '').length) Object.assign(same, { part: statement.part, evidence: evidence(document, statement) });
        continue;
      }
      const n = perBlock.get(statement.block) ?? 0;
      perBlock.set(statement.block, n + 1);
      const stated = dateOf(statement.date, document, ownEffect.get(document.id) ?? null);
      const record: ChangeRecord = {
        id: `${document.id}~${statement.block}~${n}`,
        kind: statement.kind,
        from: by,
        to,
        part: statement.part,
        byPart: statement.byPart,
        effective: stated ?? (by === null ? null : inForceFrom(by)),
        reported: by !== document.id,
        evidence: evidence(document, statement),
      };
      changes.push(record);
      seen.set(key, [...(seen.get(key) ?? []), record]);
    }
  }
  changes.sort((a, b) => compareDates(a.effective, b.effective) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { effects, changes };
}
