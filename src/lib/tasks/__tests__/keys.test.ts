import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { editDistance, skeleton } from '../keys.ts';

/** A small deterministic generator, so that a failure names strings that can be run again. */
function* pseudoRandom(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

describe('editDistance (bounded)', () => {
  it('is the edit distance when it is at most the limit, and limit + 1 when it is more', () => {
    const random = pseudoRandom(7);
    const word = (length: number) => Array.from({ length }, () => 'abcd'[Math.floor(random.next().value! * 4)]).join('');
    for (let trial = 0; trial < 3000; trial++) {
      const a = word(Math.floor(random.next().value! * 12));
      const b = word(Math.floor(random.next().value! * 12));
      const limit = Math.floor(random.next().value! * 6);
      const exact = distance(a, b);
      expect(editDistance(a, b, limit), `${a} ~ ${b}, limit ${limit}`).toBe(exact <= limit ? exact : limit + 1);
    }
  });
});

describe('skeleton', () => {
  it('of words joined is their skeletons joined (knownAt builds a name word by word)', () => {
    const words = ['Sở', 'Kế', 'hoạch', 'và', 'Đầu', 'tư,', 'S¢', 'Ké', 'hoach', 'Péau', '1ý', 'UBND;', 'İ', '–'];
    for (const a of words) for (const b of words) expect(skeleton(`${a} ${b}`)).toBe(skeleton(a) + skeleton(b));
  });
});
