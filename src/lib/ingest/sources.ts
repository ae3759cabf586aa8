/** Reads every file in the sources folder and decodes it, collecting every bad file before failing. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeSource } from '../decode.ts';
import { IngestErrors } from './errors.ts';

export interface SourceFile {
  /** File name inside the sources folder (NFC), e.g. `cv-5817-ubnd-ktth-2024.txt`. */
  name: string;
  /** Absolute path on disk. */
  path: string;
  sha256: string;
  /** Decoded text: NFC, `\n` line endings, no BOM. */
  text: string;
}

/** Files the archive ignores on purpose (editor and OS droppings), never documents. */
const IGNORED = /^(\.|~|README\.md$|Thumbs\.db$)/;

export async function readSources(folder: string): Promise<SourceFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !IGNORED.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const problems: string[] = [];
  const sources: SourceFile[] = [];
  for (const name of names) {
    const filePath = path.join(folder, name);
    const bytes = await readFile(filePath);
    const decoded = decodeSource(bytes);
    const shown = path.relative(process.cwd(), filePath) || filePath;
    if (!decoded.ok) {
      problems.push(`${shown}: ${decoded.reason}`);
      continue;
    }
    sources.push({
      name: name.normalize('NFC'),
      path: filePath,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      text: decoded.text,
    });
  }
  if (problems.length > 0) throw new IngestErrors(problems);
  if (sources.length === 0) throw new IngestErrors([`${folder}: thư mục không có văn bản nào`]);
  return sources;
}
