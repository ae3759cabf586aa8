import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrMeasure } from '../damage.ts';
import { foldDiacritics } from '../../text.ts';
import { decodeSource } from '../../extract/encodings/decode.ts';
import { REAL_CORPUS, hasRealCorpus, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';

const SOURCES = path.resolve(import.meta.dirname, '../../../../content/sources');
const seed = (name: string) => readFileSync(path.join(SOURCES, name), 'utf8');
const OCR_SEED = 'cv-ocr-ket-luan-2209-kl-tu-2024.txt';

describe('OCR damage of a text', () => {
  it('finds the OCR seed damaged: few valid syllables, few marks', () => {
    const measure = ocrMeasure(seed(OCR_SEED));
    expect(measure.damaged).toBe(true);
    expect(measure.validShare).toBeLessThan(0.7);
    expect(measure.diacriticShare).toBeLessThan(0.4);
  });

  for (const name of readdirSync(SOURCES).filter((file) => file !== OCR_SEED)) {
    it(`finds the clean seed ${name} undamaged`, () => {
      const measure = ocrMeasure(seed(name));
      expect(measure.damaged).toBe(false);
      expect(measure.validShare).toBeGreaterThan(0.9);
    });
  }

  it('finds clean text written without its diacritics damaged (no marks, syllables ending in -c, -ch, -p, -t without a tone)', () => {
    const measure = ocrMeasure(foldDiacritics(seed('cv-5817-ubnd-ktth-2024.txt')));
    expect(measure.diacriticShare).toBeLessThan(0.1);
    expect(measure.damaged).toBe(true);
  });

  it('judges no text of under twenty words (a title, a stub)', () => {
    expect(ocrMeasure('Két luan s6 2209-KL/TU').damaged).toBe(false);
    expect(ocrMeasure('')).toEqual({ damaged: false, validShare: null, diacriticShare: null, words: 0 });
  });

  it.runIf(hasRealCorpus)('finds none of the 28 real documents damaged', () => {
    for (const file of realCorpusFiles) {
      const decoded = decodeSource(readFileSync(path.join(REAL_CORPUS, file)));
      if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
      expect({ file, damaged: ocrMeasure(decoded.text).damaged }).toEqual({ file, damaged: false });
    }
  });
});
