/**
 * The parse step: every source's metadata, detected citations and status statements, remembered by the source's SHA-256 (so
 * a source is parsed only when its bytes are new), and, for the sources parsed in this run, their blocks
 * and tasks too. Blocks are not remembered (they are the bulk of a document): a later step that needs the
 * blocks of a source not parsed in this run asks for them (`parseAgain`), once, in the worker pool.
 */
import type { DetectedCitation } from '../citations/resolve.ts';
import type { Task } from '../../schemas/tasks.ts';
import type { Block } from '../../schemas/text.ts';
import type { Statement } from '../../schemas/status.ts';
import { sha256, type ParsedEntry, type StepMemory } from './cache.ts';
import { runTasks } from './pool.ts';
import type { SourceFile } from './sources.ts';

export interface ParsedSources {
  /** Metadata and detected citations of the source with this SHA-256. */
  entryOf: (sha: string) => ParsedEntry;
  detectedOf: (sha: string) => DetectedCitation[];
  /** What the source's text says about legal force (src/lib/status/detect.ts). */
  statementsOf: (sha: string) => Statement[];
  /** Blocks of the sources parsed in this run, by SHA-256. */
  blocks: Map<string, Block[]>;
  /** Tasks of the sources parsed in this run (dated with their printed date), by SHA-256. */
  tasks: Map<string, Task[]>;
  /** How many sources this run parsed. */
  parsedNow: number;
  textOf: (sha: string) => string;
}

const utf8Json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));
export const fromUtf8Json = <T>(bytes: Uint8Array): T =>
  JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;

export async function parseSources(sources: SourceFile[], memory: StepMemory<ParsedEntry>, onDone?: (done: number) => void): Promise<ParsedSources> {
  const bySha = new Map(sources.map((source) => [source.sha256, source]));
  const textOf = (sha: string) => bySha.get(sha)!.text;
  const missing = [...bySha.keys()].filter((sha) => memory.recall(sha) === undefined);
  const fresh = await runTasks('parse', missing.map((sha) => ({ text: textOf(sha) })), onDone);
  const blocks = new Map<string, Block[]>();
  const tasks = new Map<string, Task[]>();
  const detected = new Map<string, DetectedCitation[]>();
  missing.forEach((sha, index) => {
    const result = fresh[index]!;
    blocks.set(sha, result.blocks);
    tasks.set(sha, result.tasks);
    detected.set(sha, result.detected);
    const json = utf8Json(result.detected);
    const statements = utf8Json(result.statements);
    memory.remember(sha, { metadata: result.metadata, ocr: result.ocr, detected: json, detectedDigest: sha256(json), statements, statementsDigest: sha256(statements) });
  });
  const entryOf = (sha: string) => memory.recall(sha)!;
  return {
    entryOf,
    detectedOf: (sha) => detected.get(sha) ?? fromUtf8Json<DetectedCitation[]>(entryOf(sha).detected),
    statementsOf: (sha) => fromUtf8Json<Statement[]>(entryOf(sha).statements),
    blocks,
    tasks,
    parsedNow: missing.length,
    textOf,
  };
}

/** Parses again, in the pool, the sources among `shas` whose blocks this run does not have yet. */
export async function parseAgain(parsed: ParsedSources, shas: Iterable<string>): Promise<void> {
  const wanted = [...new Set(shas)].filter((sha) => !parsed.blocks.has(sha));
  const again = await runTasks('blocks', wanted.map((sha) => ({ text: parsed.textOf(sha) })));
  wanted.forEach((sha, index) => parsed.blocks.set(sha, again[index]!));
}
