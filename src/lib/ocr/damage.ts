/**
 * The OCR-damage measure of a text. Clean Vietnamese text is nearly all valid syllables, written with their
 * diacritics (the seeds and 28 real documents: 0.93–1.00 valid, 0.83–0.93 of lower-case words marked); a scan
 * read by OCR (seed 003: 0.58 valid, 0.22 marked) is not. Either sign alone is damage: wrong marks make
 * invalid syllables, lost marks leave valid but unmarked ones.
 */
import type { OcrMeasure } from '../../schemas/ocr.ts';
import { rememberedByString } from '../text.ts';
import { syllableCounts } from '../vietnamese/syllables.ts';

/** Below this share of valid syllables a text is OCR-damaged. */
export const VALID_THRESHOLD = 0.9;
/** Below this share of marked words a text has lost its diacritics. */
export const DIACRITIC_THRESHOLD = 0.5;

const MARKED = /[\u0300-\u0309\u0323\u031b\u0302\u0306]|đ/u;

/** Per word: not a lower-case word (0), one without marks (1), one with marks (2). Words repeat: remembered. */
const wordKind = rememberedByString((word: string): 0 | 1 | 2 => (!/^\p{Ll}{2,}$/u.test(word) ? 0 : MARKED.test(word.normalize('NFD')) ? 2 : 1));

export function ocrMeasure(text: string): OcrMeasure {
  const { words, valid } = syllableCounts(text);
  let lower = 0;
  let marked = 0;
  for (const word of text.normalize('NFC').split(/[\s\p{P}]+/u)) {
    const kind = wordKind(word);
    if (kind > 0) lower += 1;
    if (kind === 2) marked += 1;
  }
  const validShare = words === 0 ? null : valid / words;
  const diacriticShare = lower === 0 ? null : marked / lower;
  const damaged = words >= 20 && ((validShare ?? 1) < VALID_THRESHOLD || (diacriticShare ?? 1) < DIACRITIC_THRESHOLD);
  return { damaged, validShare: round(validShare), diacriticShare: round(diacriticShare), words };
}

function round(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 1000;
}
