/** Pins how a typed query is read into index words: pairs looked up whole, a lone syllable as its prefix, the phrase. */
import { describe, expect, it } from 'vitest';
import { JOIN, STROKE } from '../index-words.ts';
import { phraseTerm, planQuery } from '../query-plan.ts';

const terms = (query: string) => planQuery(query).units.map((unit) => unit.term);

describe('query plan', () => {
  it('reads a run of syllables as its adjacent pairs, each looked up whole', () => {
    expect(terms('chuyển đổi số')).toEqual([`"chuyển${JOIN}dổi"`, `"d${STROKE}ổi${JOIN}số"`]);
    expect(terms('Ba Tơ')).toEqual([`"ba${JOIN}tơ"`]);
    expect(terms('dang uy')).toEqual([`"dang${JOIN}uy"`]);
  });

  it('reads a lone syllable as its prefix, a whole word wherever it stands', () => {
    expect(terms('đê')).toEqual([`d${STROKE}ê${JOIN}`]);
    expect(terms('kế hoạch, Ba')).toEqual([`"kế${JOIN}hoạch"`, `ba${JOIN}`]);
  });

  it('keeps numbers and symbols as written words', () => {
    expect(terms('năm học 2024')).toEqual([`"năm${JOIN}học"`, '"2024"']);
    expect(terms('57/NQ-CP')).toEqual(['"57/nq-cp"']);
  });

  it('writes the phrase as the tokens the words have in a row', () => {
    expect(phraseTerm(planQuery('chuyển đổi số'))).toBe(`"chuyển${JOIN}dổi d${STROKE}ổi${JOIN}số"`);
    expect(phraseTerm(planQuery('năm học 2024'))).toBe(`"năm${JOIN}học học${JOIN} 2024"`);
    expect(phraseTerm(planQuery('Ba Tơ'))).toBeNull();
    // A lone syllable at the end would need a prefix inside the phrase.
    expect(phraseTerm(planQuery('2024 đê'))).toBeNull();
  });

  it('tells quoted and marked queries', () => {
    expect(planQuery('"kết nghĩa"')).toMatchObject({ quoted: true, marked: true, text: 'kết nghĩa' });
    expect(planQuery('ket nghia')).toMatchObject({ quoted: false, marked: false });
    expect(planQuery('dat dai').marked).toBe(false);
    expect(planQuery('đat').marked).toBe(true);
    expect(planQuery('   ').units).toEqual([]);
  });
});
