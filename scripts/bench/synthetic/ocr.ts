/**
 * OCR damage in the manner of seed 003: the header is lost, diacritics are dropped or misread
 * (`trién khai thuc hién`, `Két luan`), `số` becomes `s6`/`sb`/`so`, `Đ` becomes `P` or `b`
 * (`Qb-UBND`), digits split (`9 1/Qb`), and the text is hard-wrapped inside sentences.
 */
import type { Rng } from './random.ts';

/** Misreadings of a letter with its marks, by base letter (after the marks were stripped). */
const MISREAD: Record<string, readonly string[]> = {
  e: ['é', 'e', 'e'], o: ['o', '6', 'ó', 'o'], a: ['a', 'á', '4'], u: ['u', 'ü', 'u'], i: ['i', 'í', '1'],
};

const WORDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bsố\b/g, ['s6', 'sb', 'so', 'sé', 's6']],
  [/\bcủa\b/g, ['cua', 'ctia', 'cia', 'ciia']],
  [/\bĐại\b/g, ['Pai', 'Dai']],
  [/QĐ/g, ['Qb', 'QD', 'Qb']],
  [/BCSĐ/g, ['BCSP', 'BCSD']],
];

function stripMarks(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** One letter as the scanner read it: usually bare, sometimes a wrong mark or a look-alike. */
function misread(ch: string, rng: Rng): string {
  const bare = stripMarks(ch);
  if (bare === ch) return ch;
  if (ch === 'Đ') return rng.pick(['P', 'D', 'b']);
  const options = MISREAD[bare];
  return options && rng.chance(0.35) ? rng.pick(options) : bare;
}

function hardWrap(text: string, rng: Rng): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.length < 80) {
      out.push(para);
      continue;
    }
    let line = '';
    const width = rng.int(66, 80);
    for (const word of para.split(' ')) {
      if (line !== '' && line.length + word.length + 1 > width) {
        out.push(rng.chance(0.04) ? ` ${line}` : line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Damages a clean document. `keepHeader` keeps a (damaged) header; otherwise it starts at the subject. */
export function damage(text: string, rng: Rng, keepHeader: boolean): string {
  let t = text.replace(/\*\*|^#+ /gm, '').replace(/\*([^*\n]+)\*/g, '$1').replace(/ {2}\n/g, '\n');
  if (!keepHeader) {
    const start = t.search(/^(V\/v |KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|NGHỊ QUYẾT|KẾT LUẬN)/m);
    if (start > 0) t = ` ${t.slice(start)}`;
  }
  // The signature's capacity lines are often lost with the stamp; the name survives.
  t = t.replace(/\n\n((?:[A-ZĐ/.]+ )?[A-ZÀ-ỸĐ ]+\n)+\n/gu, (m) => (rng.chance(0.7) ? '\n\n' : m));
  for (const [pattern, replacements] of WORDS) t = t.replace(pattern, () => rng.pick(replacements));
  t = t.replace(/\b(\d)(\d{1,3})\/(?=Q)/g, (m, a: string, b: string) => (rng.chance(0.3) ? `${a} ${b}/` : m));
  let out = '';
  for (const ch of t) out += ch.charCodeAt(0) < 128 ? ch : misread(ch, rng);
  return hardWrap(out.replace(/\n{3,}/g, '\n\n'), rng).normalize('NFC');
}
