/**
 * `node scripts/bench/generate-corpus.ts --count 10000 --seed 42 --out /tmp/corpus-10000`
 * Writes a synthetic corpus of Quảng Ngãi documents (scripts/bench/synthetic) for scale tests and
 * benchmarks. It is never part of the site: it writes only under --out, and refuses
 * content/sources (the real archive) unless --force is given.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './synthetic/index.ts';

const USAGE = 'usage: node scripts/bench/generate-corpus.ts --count N --seed S --out DIR [--force]';

function fail(message: string): never {
  console.error(`generate-corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

function integer(value: string | undefined, name: string, min: number): number {
  if (value === undefined) fail(`--${name} is required`);
  if (!/^-?\d+$/.test(value)) fail(`--${name} must be an integer, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) fail(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}

let parsed;
try {
  parsed = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = integer(values.count, 'count', 0);
const seed = integer(values.seed, 'seed', -(2 ** 31));
if (!values.out) fail('--out is required');
const out = resolve(values.out);

// The real sources feed the public site; synthetic documents must never land there by accident.
const sources = resolve(process.cwd(), 'content', 'sources');
const inside = relative(sources, out);
if (!values.force && (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside)))) {
  fail(`refusing to write into ${sources} (the published sources); pass --force to override`);
}
mkdirSync(out, { recursive: true });
const stale = readdirSync(out).filter((f) => /^\d{6,}-[a-z]+-\d{4}-.+\.txt$/.test(f));
if (stale.length > 0) console.error(`generate-corpus: note: ${out} already holds ${stale.length} generated files; same names are overwritten`);

const progress = process.stderr.isTTY && !process.env.CI;
const started = performance.now();
let lastReport = started;
let written = 0;
let bytes = 0;
let ocr = 0;
let blank = 0;
let citations = 0;
for (const doc of generateCorpus({ count, seed })) {
  writeFileSync(join(out, doc.name), doc.text);
  written++;
  bytes += Buffer.byteLength(doc.text);
  if (doc.meta.ocr) ocr++;
  if (doc.meta.blankNumber) blank++;
  citations += doc.meta.citations.length;
  const now = performance.now();
  if (progress && now - lastReport >= 1000) {
    lastReport = now;
    process.stderr.write(`\rgenerate-corpus: ${written}/${count} (${Math.round((100 * written) / Math.max(1, count))}%)`);
  }
}
if (progress && lastReport !== started) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
console.log(
  `generate-corpus: ${written} văn bản → ${out} (${(bytes / 1e6).toFixed(1)} MB, ${ocr} OCR, ${blank} chưa số, ${citations} trích dẫn, seed ${seed}) in ${seconds.toFixed(2)} s, ${Math.round(written / Math.max(seconds, 1e-9))} docs/s`,
);
