/**
 * Reads every file in the sources folder and decodes it, collecting every bad file before failing.
 *
 * A rebuild need not read what it already knows. A file whose bytes (SHA-256) the ingest cache knows
 * decoded without a problem before: it is decoded only when its text is asked for. A file whose status
 * (inode, size, modification and change times) is what the previous run recorded is not even read: its
 * hash is the recorded one. As git does for its index, a file changed shortly before the previous run
 * started is read again, since a coarse file-system clock could hide a second change within one tick.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeSource } from '../decode.ts';
import { forEachLimited, IO_CONCURRENCY } from './concurrency.ts';
import { IngestErrors } from './errors.ts';

export interface SourceFile {
  /** File name inside the sources folder (NFC), e.g. `cv-5817-ubnd-ktth-2024.txt`. */
  name: string;
  /** Absolute path on disk. */
  path: string;
  sha256: string;
  /** The file's status when read: inode, size, modification and change times (ns). */
  status: string;
  /** Decoded text: NFC, `\n` line endings, no BOM. */
  readonly text: string;
}

/** What the previous run recorded of the sources folder. */
export interface PreviousSources {
  /** By file name: the SHA-256 and status recorded. */
  files: Map<string, { sha256: string; status: string }>;
  /** When the previous run started (ms since the epoch). */
  startedAt: number;
}

/** Older than this before the previous run started, a recorded status is trusted (coarse clocks tick in 1–2 s). */
const RACY_MS = 3_000;

/** A source known from before: read (when its bytes were not) and decoded on first use of `text`. */
class KnownSource implements SourceFile {
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
  readonly status: string;
  #bytes: Uint8Array | null;
  #text: string | null = null;
  constructor(name: string, filePath: string, sha256: string, status: string, bytes: Uint8Array | null) {
    this.name = name;
    this.path = filePath;
    this.sha256 = sha256;
    this.status = status;
    this.#bytes = bytes;
  }
  get text(): string {
    if (this.#text === null) {
      const decoded = decodeSource(this.#bytes ?? readFileSync(this.path));
      if (!decoded.ok) throw new Error(`${this.path}: ${decoded.reason}`); // unreachable: these bytes decoded before
      this.#text = decoded.text;
      this.#bytes = null;
    }
    return this.#text;
  }
}

/** Files the archive ignores on purpose (editor and OS droppings), never documents. */
const IGNORED = /^(\.|~|README\.md$|Thumbs\.db$)/;

export async function readSources(
  folder: string,
  known: (sha256: string) => boolean = () => false,
  previous: PreviousSources = { files: new Map(), startedAt: 0 },
): Promise<SourceFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !IGNORED.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const results = new Array<SourceFile | string>(names.length);
  await forEachLimited(names, IO_CONCURRENCY, async (name, index) => {
    const filePath = path.join(folder, name);
    const nfc = name.normalize('NFC');
    const info = await stat(filePath, { bigint: true });
    const status = `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
    const recorded = previous.files.get(nfc);
    const settled = Number(info.ctimeMs) < previous.startedAt - RACY_MS && Number(info.mtimeMs) < previous.startedAt - RACY_MS;
    if (recorded && recorded.status === status && settled && known(recorded.sha256)) {
      results[index] = new KnownSource(nfc, filePath, recorded.sha256, status, null);
      return;
    }
    const bytes = await readFile(filePath);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (known(sha256)) {
      results[index] = new KnownSource(nfc, filePath, sha256, status, bytes);
      return;
    }
    const decoded = decodeSource(bytes);
    const shown = path.relative(process.cwd(), filePath) || filePath;
    results[index] = decoded.ok ? { name: nfc, path: filePath, sha256, status, text: decoded.text } : `${shown}: ${decoded.reason}`;
  });
  // Results keep the sorted file order, so the report and the output do not depend on I/O timing.
  const problems = results.filter((result): result is string => typeof result === 'string');
  const sources = results.filter((result): result is SourceFile => typeof result !== 'string');
  if (problems.length > 0) throw new IngestErrors(problems);
  if (sources.length === 0) throw new IngestErrors([`${folder}: thư mục không có văn bản nào`]);
  return sources;
}
