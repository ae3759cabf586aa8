/** Shared check for the tests: the words of a source, in order, and the words of parsed blocks. */
import type { Block } from '../../../schemas/text.ts';

/** Words of a source. Emphasis markers are not text: `Kính g****ửi` prints the one word `gửi`. */
export function sourceWords(text: string): string[] {
  return wordsOf(text.replace(/\*+/g, ''));
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function blockWords(blocks: Block[]): string[] {
  return wordsOf(blocks.map((b) => `${b.marker ?? ''} ${b.inlines.map((i) => i.text).join('')}`).join('\n'));
}
