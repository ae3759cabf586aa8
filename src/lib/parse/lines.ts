/**
 * Source lines with the crawl's markdown removed. The sources are markdown-ish: `**bold**`,
 * `*italic*`, `#` headings, `|` table cells, `---` rules. Markers are not words, so they go;
 * emphasis becomes flags on inline runs. Crawls wrap lines inside an emphasis span
 * (`**ỦY` / `BAN NHÂN DÂN **`), so such lines are merged into one logical line: the span
 * shows they were one phrase on paper. A markdown hard break (two trailing spaces) keeps
 * them apart (`**KT. CHỦ TỊCH  ` / `PHÓ CHỦ TỊCH**` are two printed lines).
 */
import type { Inline } from '../../schemas/text.ts';
import { foldDiacritics } from '../text.ts';

export interface Line {
  /** Plain text without markers, trimmed; '' for blank and separator lines. */
  text: string;
  /** The text as inline runs (same characters as `text`). */
  runs: Inline[];
  /** Folded, lower-cased text for keyword matching that survives OCR-lost diacritics. */
  key: string;
  /** Heading depth when the line was a `#` heading. */
  depth?: number;
  /** True for empty lines, `|` cells, rules and emphasis-only lines (`** **`). */
  blank: boolean;
  /** A `|` cell boundary or a `---` rule: a hard boundary, unlike an empty line a paragraph may run across. */
  rule?: true;
}

interface Physical {
  runs: Inline[];
  depth?: number;
  separator: boolean;
  /** A `|` cell boundary or a rule. */
  rule?: true;
  /** The line starts inside an emphasis span opened on an earlier line. */
  continuesSpan: boolean;
  /** The line ends with a markdown hard break, or a span is still open at its end. */
  hardBreak: boolean;
  openAtEnd: boolean;
}

export function keyOf(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

export function makeLine(runs: Inline[], depth?: number): Line {
  const clean = trimRuns(runs);
  const text = clean.map((r) => r.text).join('');
  const line: Line = { text, runs: clean, key: keyOf(text), blank: text.trim() === '' };
  if (depth !== undefined) line.depth = depth;
  return line;
}

/** Splits decoded text into logical lines (see the module comment). */
export function toLines(source: string): Line[] {
  const physical = scan(source.split(/\n|\f|\v/));
  // Each group is one logical line: a physical line plus the lines continuing its span.
  const groups: Physical[][] = [];
  for (const p of physical) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && p.continuesSpan && prev.openAtEnd && !prev.hardBreak && !p.separator) group.push(p);
    else groups.push([p]);
  }
  return groups.map((group) => {
    if (group.length === 1 && group[0]?.rule) return { text: '', runs: [], key: '', blank: true, rule: true };
    const runs: Inline[] = [];
    group.forEach((p, k) => {
      const last = runs[runs.length - 1];
      if (k > 0 && last) last.text += ' ';
      runs.push(...p.runs.map((r) => ({ ...r })));
    });
    return makeLine(runs, group[0]?.depth);
  });
}

const RULE = /^\s*[-—–_=*]{3,}\s*$/;

/**
 * `*` and `**` mark emphasis only where Markdown would: an opening mark is followed by a word (not a
 * space or closing punctuation) and has a matching mark later (in this line or the next few, as the
 * crawl breaks lines inside bold headers); a closing mark follows a word or ends the line. Anything else —
 * `(*)` footnote marks, `5 * 3`, a JSX comment — is text and stays on the page.
 */
function opensSpan(body: string, at: number, size: number, rest: string): boolean {
  const next = body[at + size];
  if (next === undefined || /[\s)\]}.,;:*]/u.test(next)) return false;
  const closer = size === 2 ? /[^\s*]\*\*(?!\*)|[^\s*]\s*\*\*\s*$|:\s+\*\*(?!\*)/mu : /[^\s*]\*(?!\*)|[^\s*]\s*(?<!\*)\*\s*$/mu;
  return closer.test(rest.slice(0, 2000));
}

/**
 * A closing mark follows a word or ends the line; a crawl also closes a label with a space before the mark
 * (`**Kính gửi: **Ủy ban …`): a mark after `: ` closes the span it opened on this line.
 */
function closesSpan(body: string, at: number, openedHere: boolean): boolean {
  const previous = body[at - 1];
  const size = body[at + 1] === '*' ? 2 : 1;
  if (openedHere && /:\s+$/u.test(body.slice(0, at))) return true;
  return (previous !== undefined && !/\s/u.test(previous)) || body.slice(at + size).trim() === '';
}

function scan(raw: string[]): Physical[] {
  let strong = false;
  let emphasis = false;
  const out: Physical[] = [];
  for (const [lineIndex, original] of raw.entries()) {
    let line = original.replace(/\\$/, '  ');
    const hardBreak = / {2,}$/.test(line);
    line = line.trim();
    const bare = line.replace(/^\|+|\|+$/g, '').trim();
    if (bare === '' || RULE.test(bare)) {
      // Cells and rules end any span: the crawl never continues a phrase across them.
      strong = false;
      emphasis = false;
      const physical: Physical = { runs: [], separator: true, continuesSpan: false, hardBreak: true, openAtEnd: false };
      if (bare !== '' || line !== '') physical.rule = true;
      out.push(physical);
      continue;
    }
    const heading = /^(#{1,6})\s+/.exec(bare);
    const body = heading ? bare.slice(heading[0].length) : bare;
    const continuesSpan = strong || emphasis;
    const runs: Inline[] = [];
    let buffer = '';
    const push = (): void => {
      if (buffer === '') return;
      const run: Inline = { text: buffer };
      if (strong) run.strong = true;
      if (emphasis) run.emphasis = true;
      runs.push(run);
      buffer = '';
    };
    const ahead = raw.slice(lineIndex + 1, lineIndex + 4).join('\n');
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\\' && body[i + 1] === '*') {
        buffer += '*';
        i++;
        continue;
      }
      if (strong && body.startsWith('****', i)) {
        // `g****ửi`: the crawl closed bold and opened it again inside a word; the word stays bold and whole.
        i += 3;
        continue;
      }
      if (body[i] === '*') {
        const size = body[i + 1] === '*' ? 2 : 1;
        const open = size === 2 ? strong : emphasis;
        const rest = `${body.slice(i + size)}\n${ahead}`;
        if (open ? closesSpan(body, i, !continuesSpan) : opensSpan(body, i, size, rest)) {
          push();
          if (size === 2) strong = !strong;
          else emphasis = !emphasis;
          i += size - 1;
          continue;
        }
      }
      buffer += body[i];
    }
    push();
    const physical: Physical = {
      runs,
      separator: false,
      continuesSpan,
      hardBreak,
      openAtEnd: strong || emphasis,
    };
    if (heading?.[1]) physical.depth = heading[1].length;
    if (runs.every((r) => r.text.trim() === '')) {
      // `** **` and the like: an emphasis-only line is a visual gap, not a phrase.
      physical.runs = [];
      if (!continuesSpan) physical.separator = true;
    }
    out.push(physical);
    if (physical.separator) {
      strong = false;
      emphasis = false;
    }
  }
  return out;
}

/** Trims the outer whitespace of a run list and drops empty runs. */
export function trimRuns(runs: Inline[]): Inline[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length > 0 && (out[0]?.text.trim() ?? '') === '') out.shift();
  while (out.length > 0 && (out[out.length - 1]?.text.trim() ?? '') === '') out.pop();
  const first = out[0];
  if (first) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return out;
}
