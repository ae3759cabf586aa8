/**
 * Reads every file in the sources folder and decodes it, collecting every bad file before failing. A file
 * whose bytes the ingest cache already knows was decoded without a problem before: it is decoded only
 * when its text is asked for.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
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
  /** Decoded text: NFC, `\n` line endings, no BOM. */
  readonly text: string;
}

/** A source whose bytes decoded once before (same SHA-256): decoded again on first use of `text`. */
class KnownSource implements SourceFile {
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
  #bytes: Uint8Array | null;
  #text: string | null = null;
  constructor(name: string, filePath: string, sha256: string, bytes: Uint8Array) {
    this.name = name;
    this.path = filePath;
    this.sha256 = sha256;
    this.#bytes = bytes;
  }
  get text(): string {
    if (this.#text === null) {
      const decoded = decodeSource(this.#bytes!);
      if (!decoded.ok) throw new Error(`${this.path}: ${decoded.reason}`); // unreachable: these bytes decoded before
      this.#text = decoded.text;
      this.#bytes = null;
    }
    return this.#text;
  }
}

/** Files the archive ignores on purpose (editor and OS droppings), never documents. */
const IGNORED = /^(\.|~|README\.md$|Thumbs\.db$)/;

export async function readSources(folder: string, known: (sha256: string) => boolean = () => false): Promise<SourceFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !IGNORED.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const results = new Array<SourceFile | string>(names.length);
  await forEachLimited(names, IO_CONCURRENCY, async (name, index) => {
    const filePath = path.join(folder, name);
    const bytes = await readFile(filePath);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (known(sha256)) {
      results[index] = new KnownSource(name.normalize('NFC'), filePath, sha256, bytes);
      return;
    }
    const decoded = decodeSource(bytes);
    const shown = path.relative(process.cwd(), filePath) || filePath;
    results[index] = decoded.ok ? { name: name.normalize('NFC'), path: filePath, sha256, text: decoded.text } : `${shown}: ${decoded.reason}`;
  });
  // Results keep the sorted file order, so the report and the output do not depend on I/O timing.
  const problems = results.filter((result): result is string => typeof result === 'string');
  const sources = results.filter((result): result is SourceFile => typeof result !== 'string');
  if (problems.length > 0) throw new IngestErrors(problems);
  if (sources.length === 0) throw new IngestErrors([`${folder}: thư mục không có văn bản nào`]);
  return sources;
}
