/**
 * The amending verbs: how each is printed (on folded text, see citations/fold.ts), what it does to the
 * instrument it names, and its labels in both directions. The labels are the UI's (src/i18n/vi.json
 * `change.{kind}` and `change.{kind}.reverse`); this table holds what the code needs.
 */
import type { ChangeKind } from '../../schemas/status.ts';

/**
 * What a change does to its target's legal force:
 * - `part`: the target stays, a part of it loses its wording (sửa đổi, bổ sung, điều chỉnh: Luật Ban hành
 *   văn bản quy phạm pháp luật counts an amended part as out of force);
 * - `end`: the target (or the part named) is out of force;
 * - `suspend`: the target (or the part named) is suspended;
 * - `none`: no effect on force (đính chính corrects a clerical error).
 */
export type ChangeEffect = 'part' | 'end' | 'suspend' | 'none';

interface Verb {
  kind: ChangeKind;
  /** Folded pattern of the verb; longer phrases come first in VERBS. */
  pattern: string;
  effect: ChangeEffect;
}

/** Longest first: `sửa đổi, bổ sung` before `sửa đổi`, `đình chỉ` must not match `đính chính`. */
const VERBS: readonly Verb[] = [
  { kind: 'sua-doi-bo-sung', pattern: String.raw`sua\s+doi\s*,?\s*(?:va\s+)?bo\s+sung`, effect: 'part' },
  { kind: 'dieu-chinh', pattern: String.raw`dieu\s+chinh(?:\s*,\s*bo\s+sung)?`, effect: 'part' },
  { kind: 'sua-doi', pattern: String.raw`sua\s+doi`, effect: 'part' },
  { kind: 'bo-sung', pattern: String.raw`bo\s+sung`, effect: 'part' },
  { kind: 'thay-the', pattern: String.raw`thay\s+the(?:\s+cho)?`, effect: 'end' },
  { kind: 'bai-bo', pattern: String.raw`bai\s+bo`, effect: 'end' },
  { kind: 'huy-bo', pattern: String.raw`huy\s+bo`, effect: 'end' },
  { kind: 'het-hieu-luc', pattern: String.raw`het\s+hieu\s+luc(?:\s+thi\s+hanh)?(?:\s+toan\s+bo)?`, effect: 'end' },
  { kind: 'dinh-chinh', pattern: String.raw`dinh\s+chinh`, effect: 'none' },
  { kind: 'tam-ngung', pattern: String.raw`(?:tam\s+)?ngung\s+(?:hieu\s+luc|thi\s+hanh|ap\s+dung)(?:\s+thi\s+hanh)?`, effect: 'suspend' },
  { kind: 'dinh-chi', pattern: String.raw`(?:tam\s+)?dinh\s+chi(?:\s+(?:viec\s+)?(?:thi\s+hanh|hieu\s+luc))?`, effect: 'suspend' },
];

const VERB_SOURCE = String.raw`(?<![a-z])(?:${VERBS.map((verb) => `(${verb.pattern})`).join('|')})(?![a-z])`;
/** Every amending verb of a text (for matchAll); group i + 1 is VERBS[i]. */
export const VERB_PATTERN = new RegExp(VERB_SOURCE, 'g');
/** The first amending verb (not global: `test` and `exec` keep no position between texts). */
export const FIRST_VERB = new RegExp(VERB_SOURCE);

/** Whether folded text holds any amending verb or an entry-into-force phrase (a cheap first look at a block). */
export const ANY_STATUS_WORD = /sua\s+doi|bo\s+sung|dieu\s+chinh|thay\s+the|bai\s+bo|huy\s+bo|hieu\s+luc|dinh\s+chinh|ngung|dinh\s+chi/;

export function verbOf(match: RegExpExecArray): Verb {
  const index = match.slice(1).findIndex((group) => group !== undefined);
  return VERBS[index]!;
}

const EFFECTS = new Map(VERBS.map((verb) => [verb.kind, verb.effect]));

export function effectOf(kind: ChangeKind): ChangeEffect {
  return EFFECTS.get(kind)!;
}

/** JSON-LD property for a change (schema.org, terms from ELI): amend, repeal, correct, or the general one. */
export function legislationProperty(kind: ChangeKind): 'legislationAmends' | 'legislationRepeals' | 'legislationCorrects' | 'legislationChanges' {
  const effect = effectOf(kind);
  if (effect === 'part') return 'legislationAmends';
  if (kind === 'bai-bo' || kind === 'huy-bo') return 'legislationRepeals';
  if (effect === 'none') return 'legislationCorrects';
  return 'legislationChanges';
}
