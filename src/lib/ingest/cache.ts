/**
 * The ingest cache: each step's memory of what it computed, keyed by content hashes of its inputs and by a
 * hash of the ingest's own code, so that a rebuild re-does only what changed and a code change invalidates
 * everything. The steps stay functions of their inputs: a step asks its memory first (`recall`) and tells it
 * what it computed (`remember`); what this run used is all the next run gets, so the cache does not grow
 * forever. Stored with v8 serialization (much faster than JSON here), written atomically.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IdRegistry } from '../../schemas/ids.ts';
import type { ExtractedMetadata } from '../../schemas/metadata.ts';
import type { OcrMeasure } from '../../schemas/ocr.ts';
import type { OutputEntry } from './outputs.ts';
import type { ExtractedEntry } from './sources.ts';

/**
 * What a source yields that the archive-wide steps need; the text itself is re-parsed only when its MDX must
 * change. Large parts are kept as UTF-8 JSON and parsed only when used: deserializing 100,000 citation
 * objects on every run cost more than the rest of a rebuild's reading.
 */
export interface ParsedEntry {
  metadata: ExtractedMetadata;
  /** How damaged the text is by OCR (src/lib/ocr/damage.ts). */
  ocr: OcrMeasure;
  /** The detected citations (`DetectedCitation[]`) as UTF-8 JSON: read only when resolution runs. */
  detected: Uint8Array;
  /** SHA-256 of `detected`: with the resolution fields of the metadata, it decides whether resolution runs again. */
  detectedDigest: string;
  /** What the text says about legal force (`Statement[]`, src/lib/status/detect.ts) as UTF-8 JSON, and its hash. */
  statements: Uint8Array;
  statementsDigest: string;
}

/** A document's resolved citation spans (what its MDX links), as UTF-8 JSON of `RefSpan[]`, and its hash. */
export interface SpansEntry {
  json: Uint8Array;
  digest: string;
}

/** A citation resolution, reused while its inputs (the key it is remembered by) are unchanged. */
export interface ResolutionEntry {
  instruments: number;
  citations: number;
  /** Every instrument id (each a page): an old id among them is no redirect. */
  ids: string[];
  /** By document id (documents that cite nothing have none). */
  spans: Map<string, SpansEntry>;
}

/** One step's memory: the previous run's values by key, and the values this run used or made. */
export class StepMemory<V> {
  readonly used = new Map<string, V>();
  readonly previous: ReadonlyMap<string, V>;
  constructor(previous: ReadonlyMap<string, V> = new Map()) {
    this.previous = previous;
  }
  recall(key: string): V | undefined {
    const value = this.used.get(key) ?? this.previous.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }
  remember(key: string, value: V): V {
    this.used.set(key, value);
    return value;
  }
}

interface Stored {
  version: string;
  startedAt: number;
  memories: Record<MemoryName, Map<string, unknown>>;
}

const MEMORIES = ['sources', 'extracted', 'parsed', 'resolution', 'documents', 'tasks', 'data', 'outputs', 'registry', 'registryText'] as const;
type MemoryName = (typeof MEMORIES)[number];

/** The code whose hash keys the cache: all of src/lib and src/schemas (wider than the ingest imports today, so that a module added to it later can never leave a stale cache behind). */
const INGEST_CODE = ['lib', 'schemas'] as const;

export class IngestCache {
  /** By source file name: its SHA-256 and file status when last read (src/lib/ingest/sources.ts). */
  readonly sources: StepMemory<{ sha256: string; status: string }>;
  /** By source SHA-256: how its text was extracted, and the text of a Word file, PDF or scan (OCR is slow). */
  readonly extracted: StepMemory<ExtractedEntry>;
  /** By source SHA-256. */
  readonly parsed: StepMemory<ParsedEntry>;
  /** By the hash of resolution's inputs. */
  readonly resolution: StepMemory<ResolutionEntry>;
  /** By document id: the key of the inputs its MDX and HTML were last written from. */
  readonly documents: StepMemory<string>;
  /** By `{id}\n{source sha}\n{date}`: the document's task records as UTF-8 JSON, without the array brackets. */
  readonly tasks: StepMemory<Uint8Array>;
  /** By data file name: the key of what the previous run wrote. */
  readonly data: StepMemory<string>;
  /** By path relative to the output folder: each generated file's SHA-256 and status as written (outputs.ts). */
  readonly outputs: StepMemory<OutputEntry>;
  /** By the SHA-256 of content/ids.yaml's text: the registry it holds (id-registry.ts). */
  readonly registry: StepMemory<IdRegistry>;
  /** By the SHA-256 of a registry's JSON: its text in the file's fixed form. */
  readonly registryText: StepMemory<string>;
  readonly startedAt = Date.now();
  /** When the run that wrote the cache started (ms since the epoch; 0 without one). */
  readonly previousStartedAt: number;
  readonly #file: string | null;
  readonly #version: string;

  private constructor(file: string | null, version: string, previousStartedAt: number, stored: Partial<Stored['memories']>) {
    this.#file = file;
    this.#version = version;
    this.previousStartedAt = previousStartedAt;
    const memory = <V>(name: MemoryName) => new StepMemory<V>(stored[name] as Map<string, V> | undefined);
    this.sources = memory('sources');
    this.parsed = memory('parsed');
    this.resolution = memory('resolution');
    this.documents = memory('documents');
    this.tasks = memory('tasks');
    this.data = memory('data');
    this.extracted = memory('extracted');
    this.outputs = memory('outputs');
    this.registry = memory('registry');
    this.registryText = memory('registryText');
  }

  /** The cache in `file` when it was written by this code, else an empty one; none at all without a file. */
  static async open(file: string | undefined): Promise<IngestCache> {
    if (!file) return new IngestCache(null, '', 0, {});
    const version = await codeVersion(path.resolve(import.meta.dirname, '../..'), INGEST_CODE);
    if (!existsSync(file)) return new IngestCache(file, version, 0, {});
    try {
      const stored = deserialize(await readFile(file)) as Stored;
      if (stored.version === version) return new IngestCache(file, version, stored.startedAt, stored.memories);
    } catch {
      // A damaged cache is only a slower build.
    }
    return new IngestCache(file, version, 0, {});
  }

  /** Writes what this run used (through a temporary file and a rename). */
  async save(): Promise<void> {
    if (this.#file === null) return;
    const memories = Object.fromEntries(MEMORIES.map((name) => [name, this[name].used])) as Stored['memories'];
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.tmp-${process.pid}`;
    await writeFile(temp, serialize({ version: this.#version, startedAt: this.startedAt, memories } satisfies Stored));
    await rename(temp, this.#file);
  }
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A hash of the code the ingest output depends on (the given folders and files under src/, tests excluded). */
export async function codeVersion(srcFolder: string, parts: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const part of parts) {
    const full = path.join(srcFolder, part);
    if (!existsSync(full)) continue;
    if (full.endsWith('.ts')) {
      files.push(full);
      continue;
    }
    for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  files.sort();
  for (const file of files) hash.update(file.slice(srcFolder.length)).update(await readFile(file));
  return hash.digest('hex');
}
