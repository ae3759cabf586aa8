/**
 * A held bundle's Pagefind index read back from the files Pagefind wrote (for src/lib/build/pagefind-replica.ts):
 * the metadata file (pages with their word counts, the index chunks, the metadata field names) and the
 * index chunks (each word, folded, with its pages, their weighted positions and metadata positions, and the
 * other spellings it was found in). Each file is gzip, then Pagefind's `pagefind_dcd` signature, then CBOR
 * in the layouts Pagefind's WebAssembly decodes (pagefind_web/src/metadata.rs and index.rs), read by a
 * reader of the few CBOR forms Pagefind writes (a general CBOR library took 0.2 s for one chunk of
 * 80,000 positions, and the 10,000-document index has hundreds). A chunk is
 * decoded when one of its words is asked for, as in the browser: at 10,000 documents the whole index would
 * not fit decoded.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * A word on one page: its positions with their weights (24 a plain word) as stored, `locs` holding weight
 * and position in turn, and (field, position) in metadata.
 */
export interface PageWord { page: number; locs: Int32Array; metaLocs: Array<[field: number, position: number]> }
export interface WordData { pages: PageWord[]; variants: Array<{ form: string; pages: PageWord[] }> }
/** A decoded chunk: its words, and their keys in Pagefind's order (by UTF-8 bytes). */
export interface Chunk { words: Map<string, WordData>; keys: string[] }

export interface PagefindBundle {
  pages: Array<{ hash: string; wordCount: number }>;
  /** Pagefind's mean page length, as its WebAssembly computes it (a float32 sum). */
  averagePageLength: number;
  metaFields: string[];
  /** The characters Pagefind keeps inside words (pagefind-entry.json), which its query reading keeps too. */
  includeCharacters: string[];
  /** The index chunks in word order, each named by the shortest prefixes of its first and last words. */
  chunks: Array<{ from: string; to: string; hash: string }>;
  /** The words of a chunk (folded) as Pagefind stores them. */
  chunk(hash: string): Chunk;
}

const SIGNATURE = 'pagefind_dcd';
/**
 * Bytes of decoded chunks kept at once (the chunks read last kept first): those of the common words, which
 * the queries read again and again. Estimated: 4 a position, 200 a page entry (its objects).
 */
const BYTES_KEPT = 200 * 2 ** 20;

/** The CBOR Pagefind writes: unsigned and negative integers, text strings and arrays of known length. */
class CborReader {
  private at = 0;
  private readonly bytes: Uint8Array;
  private readonly text = new TextDecoder();
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private head(expected: number[]): { major: number; value: number } {
    const initial = this.bytes[this.at++];
    if (initial === undefined) throw new Error('CBOR: hết dữ liệu');
    const major = initial >> 5;
    const info = initial & 31;
    if (!expected.includes(major) || info > 27) throw new Error(`CBOR: dạng ${initial} không đúng chỗ (byte ${this.at - 1})`);
    if (info < 24) return { major, value: info };
    let value = 0;
    for (let size = 2 ** (info - 24); size > 0; size--) value = value * 256 + this.bytes[this.at++]!;
    return { major, value };
  }

  array(): number {
    return this.head([4]).value;
  }

  int(): number {
    const { major, value } = this.head([0, 1]);
    return major === 0 ? value : -1 - value;
  }

  string(): string {
    const { value } = this.head([3]);
    this.at += value;
    return this.text.decode(this.bytes.subarray(this.at - value, this.at));
  }

  /** The rest of an array of `count` items already begun, skipped (the fields a newer Pagefind may add). */
  skip(count: number): void {
    for (let item = 0; item < count; item++) {
      const { major, value } = this.head([0, 1, 3, 4]);
      if (major === 3) this.at += value;
      if (major === 4) this.skip(value);
    }
  }
}

function reader(file: string): CborReader {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file}: không phải tệp chỉ mục Pagefind`);
  return new CborReader(bytes.subarray(SIGNATURE.length));
}

/** A word's pages: page numbers as deltas; positions as deltas, a negative number setting the weight after it. */
function pageWords(cbor: CborReader): PageWord[] {
  const pages: PageWord[] = [];
  let page = 0;
  for (let count = cbor.array(); count > 0; count--) {
    const fields = cbor.array();
    page += cbor.int();
    const locations: number[] = [];
    let weight = 25;
    let position = 0;
    for (let locs = cbor.array(); locs > 0; locs--) {
      const loc = cbor.int();
      if (loc < 0) [weight, position] = [Math.min(255, -loc - 1), 0];
      else locations.push(weight, (position += loc));
    }
    const metaLocs: PageWord['metaLocs'] = [];
    if (fields >= 3) {
      let field = 0;
      let inField = 0;
      for (let locs = cbor.array(); locs > 0; locs--) {
        const loc = cbor.int();
        if (loc < 0) [field, inField] = [-loc - 1, 0];
        else metaLocs.push([field, (inField += loc)]);
      }
    }
    cbor.skip(fields - 3);
    pages.push({ page, locs: Int32Array.from(locations), metaLocs });
  }
  return pages;
}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Reads the bundle in `folder` (a folder Pagefind wrote: pagefind-entry.json, its metadata file, index/). */
export async function readPagefindBundle(folder: string): Promise<PagefindBundle> {
  const entry = JSON.parse(await readFile(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }>; include_characters?: string[] };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`${folder}: cần đúng một ngôn ngữ trong chỉ mục, có ${languages.length}`);
  const meta = reader(path.join(folder, `pagefind.${languages[0]!.hash}.pf_meta`));
  const fields = meta.array();
  meta.string(); // the version of Pagefind that wrote it
  const pages: PagefindBundle['pages'] = [];
  let total = 0;
  for (let count = meta.array(); count > 0; count--) {
    const pageFields = meta.array();
    pages.push({ hash: meta.string(), wordCount: meta.int() });
    meta.skip(pageFields - 2);
    total = Math.fround(total + pages.at(-1)!.wordCount);
  }
  const chunks: PagefindBundle['chunks'] = [];
  for (let count = meta.array(); count > 0; count--) {
    const chunkFields = meta.array();
    chunks.push({ from: meta.string(), to: meta.string(), hash: meta.string() });
    meta.skip(chunkFields - 3);
  }
  meta.skip(2); // filters and sorts
  const metaFields: string[] = [];
  if (fields >= 6) for (let count = meta.array(); count > 0; count--) metaFields.push(meta.string());
  const chunkFile = (hash: string) => path.join(folder, 'index', `${hash}.pf_index`);
  const kept = new Map<string, { chunk: Chunk; positions: number }>();
  let positionsKept = 0;
  const chunk = (hash: string): Chunk => {
    const known = kept.get(hash);
    if (known) {
      // Read again: the last to be forgotten.
      kept.delete(hash);
      kept.set(hash, known);
      return known.chunk;
    }
    const cbor = reader(chunkFile(hash));
    cbor.array();
    const words = new Map<string, WordData>();
    for (let count = cbor.array(); count > 0; count--) {
      const wordFields = cbor.array();
      const key = cbor.string();
      const data: WordData = { pages: pageWords(cbor), variants: [] };
      if (wordFields >= 3) {
        for (let variants = cbor.array(); variants > 0; variants--) {
          const variantFields = cbor.array();
          data.variants.push({ form: cbor.string(), pages: pageWords(cbor) });
          cbor.skip(variantFields - 2);
        }
      }
      cbor.skip(wordFields - 3);
      words.set(key, data);
    }
    const decodedChunk: Chunk = { words, keys: [...words.keys()].sort(byUtf8) };
    let positions = 0;
    for (const data of words.values()) for (const form of [data, ...data.variants]) for (const word of form.pages) positions += 4 * word.locs.length + 200;
    while (kept.size > 0 && positionsKept + positions > BYTES_KEPT) {
      const [oldest, { positions: freed }] = kept.entries().next().value!;
      kept.delete(oldest);
      positionsKept -= freed;
    }
    kept.set(hash, { chunk: decodedChunk, positions });
    positionsKept += positions;
    return decodedChunk;
  };
  return {
    pages,
    averagePageLength: pages.length > 0 ? Math.fround(total / pages.length) : 0,
    metaFields,
    includeCharacters: entry.include_characters ?? [],
    chunks,
    chunk,
  };
}
