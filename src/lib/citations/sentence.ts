/** Sentence bounds in a block's plain text, for quoting a citation and for reading its verb. */

/** A sentence ends at `.`, `!`, `?` or `./.` followed by space and a capital or digit, or at a blank line. */
const END = /[.!?](?:\/\.)?(?=\s+[\p{Lu}\d])|\n\s*\n/gu;

/** [start, end) of the sentence around [from, to). */
export function sentenceBounds(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length;
    if (stop <= from) start = stop;
    else if (m.index >= to) {
      end = m[0].startsWith('\n') ? m.index : stop;
      break;
    }
  }
  return [start, end];
}

/** The sentence around a span, whitespace squashed, for quoting. */
export function sentenceAround(text: string, from: number, to: number): string {
  const [s, e] = sentenceBounds(text, from, to);
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}
