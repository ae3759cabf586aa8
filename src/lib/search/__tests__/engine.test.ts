/**
 * Pins which pages the engine lists as exact results, in what order, and which as near matches, over a
 * small index that answers as Pagefind does (quoted: whole tokens in a row; bare: prefixes of every term;
 * exact diacritics on request). Real Pagefind is exercised by the browser tests and the relevance table.
 */
import { describe, expect, it } from 'vitest';
import { answerQuery, type Hit, type PagefindAnswer, type SearchIndex, type SearchOptions } from '../engine.ts';
import { indexTokens } from '../index-words.ts';
import { planQuery } from '../query-plan.ts';

interface Doc { id: string; text: string }

const folded = (token: string) => token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\u203F]/gu, '');
const marked = (token: string) => token.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\u203F]/gu, '');

/** An index of `docs` that answers like Pagefind over index words. */
function fakeIndex(docs: Doc[], held: boolean): SearchIndex {
  const tokens = new Map(docs.map((doc) => [doc.id, indexTokens(doc.text)]));
  let exactMarks = false;
  const same = (query: string, token: string) =>
    folded(query) === folded(token) && (!exactMarks || marked(token).startsWith(marked(query)) || marked(query).startsWith(marked(token)));
  return {
    held,
    async exactDiacritics(on) {
      exactMarks = on;
    },
    async search(term: string | null, _options: SearchOptions): Promise<PagefindAnswer> {
      const results: PagefindAnswer['results'] = [];
      for (const doc of docs) {
        const words = tokens.get(doc.id)!;
        const locations: number[] = [];
        if (term === null) locations.push(0);
        else if (/^".*"$/.test(term)) {
          const wanted = term.slice(1, -1).split(' ');
          words.forEach((_, at) => {
            if (wanted.every((query, i) => words[at + i] !== undefined && same(query, words[at + i]!))) locations.push(at);
          });
        } else {
          const terms = term.split(' ');
          const hits = terms.map((query) => words.flatMap((word, at) => (folded(word).startsWith(folded(query)) ? [at] : [])));
          if (hits.every((list) => list.length > 0)) locations.push(...hits.flat());
        }
        if (locations.length > 0) results.push({ id: doc.id, score: locations.length, data: async () => ({ locations }) });
      }
      return { results: results.sort((a, b) => b.score - a.score), unfilteredResultCount: results.length };
    },
  };
}

const ids = (hits: Hit[]) => hits.map((hit) => hit.key.split(':')[1]);
const exactIds = async (indexes: SearchIndex[], query: string) => {
  const answer = await answerQuery(indexes, planQuery(query), {});
  return { exact: ids(answer.exact.flat()), near: ids(answer.near), dropped: answer.dropped };
};

describe('exact results', () => {
  const docs = fakeIndex(
    [
      { id: 'phrase', text: 'Đẩy mạnh chuyển đổi số trong cơ quan.' },
      { id: 'apart', text: 'Chuyển đổi mô hình; đổi số liệu báo cáo.' },
      { id: 'only-so', text: 'Số liệu về đời sống của nhân dân.' },
      { id: 'longer', text: 'Chuyển đổi mô hình, cải thiện đời sống.' },
      { id: 'ba-to', text: 'Huyện Ba Tơ triển khai kế hoạch.' },
      { id: 'ba-to-folded', text: 'Ba tờ giấy, kế hoạch năm.' },
    ],
    true,
  );

  it('lists only pages holding every pair of the query, the phrase first', async () => {
    const { exact, near } = await exactIds([docs], 'chuyển đổi số');
    expect(exact).toEqual(['phrase', 'apart']);
    expect(near).not.toContain('phrase');
    expect(near).toContain('longer');
  });

  it('ranks the query’s own diacritics before folded matches, and finds both', async () => {
    expect((await exactIds([docs], 'Ba Tơ')).exact).toEqual(['ba-to', 'ba-to-folded']);
    expect((await exactIds([docs], 'ba to')).exact.sort()).toEqual(['ba-to', 'ba-to-folded']);
  });

  it('matches a lone syllable as a whole word only', async () => {
    // `đời sống` starts with `số` but is another word.
    const { exact } = await exactIds([docs], 'số');
    expect(exact.sort()).toEqual(['apart', 'only-so', 'phrase']);
  });

  it('reads a pair no page holds, inside a longer run, as a word boundary', async () => {
    const { exact, dropped } = await exactIds([docs], 'kế hoạch Ba Tơ');
    expect(dropped).toEqual(['hoạch Ba']);
    expect(exact).toEqual(['ba-to', 'ba-to-folded']);
  });

  it('lists only the phrase for a quoted query, the rest as near matches', async () => {
    const { exact, near } = await exactIds([docs], '"chuyển đổi số"');
    expect(exact).toEqual(['phrase']);
    expect(near).toContain('apart');
  });

  it('says nothing matches rather than list pages without the word', async () => {
    const { exact } = await exactIds([docs], 'xyzabc');
    expect(exact).toEqual([]);
  });

  it('lists held documents before cited-only pages at equal score', async () => {
    const cited = fakeIndex([{ id: 'cited', text: 'Huyện Ba Tơ.' }], false);
    const heldToo = fakeIndex([{ id: 'held', text: 'Huyện Ba Tơ.' }], true);
    expect((await exactIds([cited, heldToo], 'Ba Tơ')).exact).toEqual(['held', 'cited']);
  });
});
