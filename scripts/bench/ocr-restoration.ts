/**
 * How well the restored reading of OCR text (src/lib/ocr/) gives back the words: clean documents are damaged
 * the way OCR damages them (the synthetic generator's damage: marks lost or misread, `số` → `s6`, `Đ` → `P`,
 * hard wraps) or simply stripped of their diacritics, restored with a model trained on other clean documents
 * (the seeds and a synthetic corpus), and compared word for word with the original: the share of syllables
 * right before (as damaged) and after restoration.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from '../../src/lib/parse/index.ts';
import { buildModel } from '../../src/lib/ocr/model.ts';
import { restoreText, type RestoreOptions } from '../../src/lib/ocr/restore.ts';
import { ocrMeasure } from '../../src/lib/ocr/damage.ts';
import { isVietnameseSyllable } from '../../src/lib/vietnamese/syllables.ts';
import { foldDiacritics } from '../../src/lib/text.ts';
import { damage } from './synthetic/ocr.ts';
import { createRng } from './synthetic/random.ts';
import { generateCorpus } from './synthetic/index.ts';

export interface RestorationRow {
  test: string;
  damage: string;
  documents: number;
  syllables: number;
  before: number;
  after: number;
  milliseconds: number;
}

export interface RestorationFigures {
  trainingDocuments: number;
  trainingWords: number;
  rows: RestorationRow[];
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** The same syllable, whatever the tone's placement (`hòa`, `hoà`) and case. */
function same(a: string, b: string): boolean {
  const key = (w: string) => {
    const d = w.toLowerCase().normalize('NFD');
    return `${d.replace(TONES, '')}|${(d.match(TONES) ?? []).sort().join('')}`;
  };
  return key(a) === key(b);
}

function words(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}&¢@]+/gu) ?? []).filter((w) => /\p{L}/u.test(w));
}

function strip(text: string): string {
  return foldDiacritics(text).normalize('NFC');
}

/** Text of a parsed document's blocks, restored or not. */
function blocksText(text: string, restore?: (t: string) => string): string {
  return parseDocument(text).blocks.map((b) => {
    const t = b.inlines.map((i) => i.text).join('');
    return restore ? restore(t) : t;
  }).join('\n');
}

/**
 * Aligns the original's words with the damaged words (same position when they share a skeleton), within a
 * band around the diagonal, and counts the original's syllables read right as damaged and as restored.
 */
function score(original: string[], damaged: string[], restored: string[]): { syllables: number; before: number; after: number } {
  const n = original.length;
  const m = damaged.length;
  const band = 300;
  const cost = new Map<number, number>();
  const at = (i: number, j: number): number => (i === 0 ? j : j === 0 ? i : (cost.get(i * (m + 1) + j) ?? Infinity));
  const match = (i: number, j: number) => (strip(original[i] ?? '').toLowerCase() === strip(damaged[j] ?? '').toLowerCase().replace(/6|0/g, 'o').replace(/4/g, 'a') ? 0 : 1);
  for (let i = 1; i <= n; i++) {
    const centre = Math.round((i * m) / Math.max(1, n));
    for (let j = Math.max(1, centre - band); j <= Math.min(m, centre + band); j++) {
      cost.set(i * (m + 1) + j, Math.min(at(i - 1, j - 1) + match(i - 1, j - 1), at(i - 1, j) + 1, at(i, j - 1) + 1));
    }
  }
  let [i, j] = [n, m];
  let syllables = 0;
  let before = 0;
  let after = 0;
  while (i > 0 && j > 0) {
    if (at(i, j) === at(i - 1, j - 1) + match(i - 1, j - 1)) {
      const word = original[i - 1] ?? '';
      if (isVietnameseSyllable(word)) {
        syllables++;
        if (same(word, damaged[j - 1] ?? '')) before++;
        if (same(word, restored[j - 1] ?? '')) after++;
      }
      [i, j] = [i - 1, j - 1];
    } else if (at(i, j) === at(i - 1, j) + 1) {
      if (isVietnameseSyllable(original[i - 1] ?? '')) syllables++;
      i--;
    } else j--;
  }
  return { syllables, before, after };
}

export async function ocrRestoration(root: string, options: { training?: number; restore?: RestoreOptions; limit?: number } = {}): Promise<RestorationFigures> {
  const seedsDir = path.join(root, 'content/sources');
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  const clean = seeds.filter((text) => !ocrMeasure(text).damaged);
  const synthetic = [...generateCorpus({ count: options.training ?? 300, seed: 7, ocrRate: 0 })].map((d) => d.text);
  const training = [...clean, ...synthetic].map((text) => blocksText(text));
  const model = buildModel(training);
  const tests: Array<[string, string[]]> = [['held-out synthetic', [...generateCorpus({ count: 20, seed: 99, ocrRate: 0 })].map((d) => d.text)]];
  const real = path.resolve(root, '../shared/corpus/real');
  // Real documents 01–25 (26–28 are scans with OCR errors of their own: no reference to score against).
  if (existsSync(real)) {
    const files = readdirSync(real).filter((f) => f.endsWith('.txt') && f < '26').slice(0, options.limit ?? 25);
    tests.unshift([`${files.length} real documents`, files.map((f) => readFileSync(path.join(real, f), 'utf8'))]);
  }
  const rows: RestorationRow[] = [];
  for (const [test, texts] of tests) {
    for (const kind of ['OCR damage', 'diacritics stripped', 'none (clean text)'] as const) {
      const rng = createRng(11);
      const totals = { syllables: 0, before: 0, after: 0 };
      let milliseconds = 0;
      for (const text of texts) {
        const damaged = kind === 'OCR damage' ? damage(text, rng.fork(totals.syllables), true) : kind === 'diacritics stripped' ? strip(text) : text;
        const started = performance.now();
        const restored = blocksText(damaged, (t) => restoreText(model, t, options.restore));
        milliseconds += performance.now() - started;
        const s = score(words(blocksText(text)), words(blocksText(damaged)), words(restored));
        totals.syllables += s.syllables;
        totals.before += s.before;
        totals.after += s.after;
      }
      rows.push({ test, damage: kind, documents: texts.length, ...totals, milliseconds });
    }
  }
  return { trainingDocuments: training.length, trainingWords: model.total, rows };
}

const START = '<!-- bench-ocr:start -->';
const END = '<!-- bench-ocr:end -->';
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** The OCR restoration section of BENCHMARKS.md (its own markers; the other sections are left as they are). */
export async function writeRestorationSection(file: string, figures: RestorationFigures, machine: string): Promise<void> {
  const text = [
    START,
    '## OCR restoration',
    '',
    `Machine: ${machine}. Measured by \`npm run bench\` (scripts/bench/ocr-restoration.ts, BENCH_PARTS=ocr alone): clean documents damaged the way OCR damages them (scripts/bench/synthetic/ocr.ts: marks lost or misread, \`số\` → \`s6\`, \`Đ\` → \`P\`, hard wraps) or stripped of their diacritics, read again by the restoration (src/lib/ocr/) with a model learned from ${figures.trainingDocuments} other clean documents (the clean seeds and a synthetic corpus, ${figures.trainingWords.toLocaleString('en-US')} words) over the syllable list, and compared syllable by syllable with the original. The last row of each set is clean text read by the restoration: what it wrongly changes.`,
    '',
    '| documents | damage | syllables | right as damaged | right restored | restoration ms per document |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...figures.rows.map((row) => `| ${row.test} | ${row.damage} | ${row.syllables} | ${percent(row.before, row.syllables)} | ${percent(row.after, row.syllables)} | ${(row.milliseconds / Math.max(1, row.documents)).toFixed(0)} |`),
    END,
  ].join('\n');
  const previous = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const next = previous.includes(START) ? previous.replace(new RegExp(`${START}[\\s\\S]*?${END}`), text) : `${previous.trimEnd()}\n\n${text}\n`;
  await writeFile(file, next);
}
