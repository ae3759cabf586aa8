/**
 * The relation a citation states, read from the verb before it (`Căn cứ`, `Thực hiện`, `theo`), with the
 * verbs of the one relation table (src/schemas/relations.ts).
 */
import { RELATIONS, type Relation } from '../../schemas/relations.ts';

const VERBAL = RELATIONS.filter((relation) => relation.verbs.length > 0);

/** Every verb on folded text (see fold.ts), one capture group per relation (index i → group i + 1). */
const VERBS = new RegExp(String.raw`\b(?:${VERBAL.map((relation) => `(${relation.verbs.join('|')})`).join('|')})\b`, 'g');

/**
 * The relation given by the last verb in `before` (folded text of the clause before a citation),
 * or null when the clause has no such verb.
 */
export function relationFromVerb(before: string): Relation | null {
  let found: Relation | null = null;
  for (const m of before.replace(/\s+/g, ' ').matchAll(VERBS)) {
    const index = m.slice(1).findIndex((group) => group !== undefined);
    found = VERBAL[index]!.key;
  }
  return found;
}
