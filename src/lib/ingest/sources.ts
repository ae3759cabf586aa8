/**
 * Reads every file under the sources folder (src/lib/ingest/listing.ts) and extracts its text
 * (src/lib/extract/), collecting every refused file before failing.
 *
 * A rebuild need not read what it already knows. A file whose bytes (SHA-256) the ingest cache knows
 * was extracted without a problem before: a text file is decoded again only when its text is asked for;
 * the text of a Word file, PDF or scan comes from the cache (OCR is slow). A file whose status (inode,
 * size, modification and change times) is what the previous run recorded is not even read: its hash is
 * the recorded one. As git does for its index, a file changed shortly before the previous run started is
 * read again, since a coarse file-system clock could hide a second change within one tick.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extractSource, textAgain, type Extraction } from '../extract/index.ts';
import { forEachLimited, IO_CONCURRENCY } from './concurrency.ts';
import { IngestErrors } from './errors.ts';
import { listSources } from './listing.ts';

export interface SourceFile {
  /** Path inside the sources folder (NFC, `/` between sub-folders), e.g. `cv-5817-ubnd-ktth-2024.txt`. */
  name: string;
  /** Absolute path on disk. */
  path: string;
  sha256: string;
  /** The file's status when read: inode, size, modification and change times (ns). */
  status: string;
  /** How the text was obtained. */
  extraction: Extraction;
  /** Extracted text: NFC, `\n` line endings, no BOM, neutralised (src/lib/extract/unicode.ts). */
  readonly text: string;
}

/** What an earlier run extracted from a source's bytes: how, and the text unless it is a text file (decoded again). */
export interface ExtractedEntry {
  extraction: Extraction;
  text: string | null;
}

/** What the previous run recorded of the sources folder. */
export interface PreviousSources {
  /** By file name: the SHA-256 and status recorded. */
  files: Map<string, { sha256: string; status: string }>;
  /** When the previous run started (ms since the epoch). */
  startedAt: number;
  /** By SHA-256: what was extracted. */
  extracted?: Map<string, ExtractedEntry>;
}

/** Older than this before the previous run started, a recorded status is trusted (coarse clocks tick in 1–2 s). */
const RACY_MS = 3_000;

/** A source known from before: a text file read (when its bytes were not) and decoded on first use of `text`. */
class KnownSource implements SourceFile {
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
  readonly status: string;
  readonly extraction: Extraction;
  #bytes: Uint8Array | null;
  #text: string | null;
  constructor(file: { name: string; path: string; sha256: string; status: string }, entry: ExtractedEntry, bytes: Uint8Array | null) {
    this.name = file.name;
    this.path = file.path;
    this.sha256 = file.sha256;
    this.status = file.status;
    this.extraction = entry.extraction;
    this.#text = entry.text;
    this.#bytes = bytes;
  }
  get text(): string {
    if (this.#text === null) {
      const text = textAgain(this.#bytes ?? readFileSync(this.path));
      if (text === null) throw new Error(`${this.path}: không giải mã lại được`); // unreachable: these bytes decoded before
      this.#text = text;
      this.#bytes = null;
    }
    return this.#text;
  }
}

/** The cache keeps the text of formats that are slow to extract; text files are decoded again from their bytes. */
export const cachedText = (source: SourceFile): string | null => (source.extraction.format === 'txt' || source.extraction.format === 'md' ? null : source.text);

export async function readSources(
  folder: string,
  known: (sha256: string) => boolean = () => false,
  previous: PreviousSources = { files: new Map(), startedAt: 0 },
): Promise<SourceFile[]> {
  const listing = await listSources(folder);
  const extracted = previous.extracted ?? new Map<string, ExtractedEntry>();
  const isKnown = (sha: string) => known(sha) && extracted.has(sha);
  const results = new Array<SourceFile | string>(listing.files.length);
  await forEachLimited(listing.files, IO_CONCURRENCY, async (listed, index) => {
    // Synchronously: a status costs microseconds, its promise through the thread pool several times more.
    const info = statSync(listed.path, { bigint: true });
    const status = `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
    const recorded = previous.files.get(listed.name);
    const settled = Number(info.ctimeMs) < previous.startedAt - RACY_MS && Number(info.mtimeMs) < previous.startedAt - RACY_MS;
    if (recorded && recorded.status === status && settled && isKnown(recorded.sha256)) {
      results[index] = new KnownSource({ ...listed, sha256: recorded.sha256, status }, extracted.get(recorded.sha256)!, null);
      return;
    }
    const bytes = await readFile(listed.path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (isKnown(sha256)) {
      results[index] = new KnownSource({ ...listed, sha256, status }, extracted.get(sha256)!, bytes);
      return;
    }
    const result = await extractSource(listed.name, bytes);
    results[index] = result.ok ? { ...listed, sha256, status, extraction: result.extraction, text: result.text } : `${shownPath(listed.path)}: ${result.reason}`;
  });
  // Results keep the sorted file order, so the report and the output do not depend on I/O timing.
  const problems = [...listing.refused, ...results.filter((result): result is string => typeof result === 'string')].sort();
  const sources = results.filter((result): result is SourceFile => typeof result !== 'string');
  if (problems.length > 0) throw new IngestErrors(problems);
  if (sources.length === 0) throw new IngestErrors([`${shownPath(folder)}: thư mục không có văn bản nào`]);
  return sources;
}

const shownPath = (file: string) => {
  const relative = file.startsWith(process.cwd()) ? file.slice(process.cwd().length + 1) : file;
  return relative || file;
};
