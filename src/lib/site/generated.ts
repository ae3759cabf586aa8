/**
 * The data files of content/generated/ that the pages read beside the documents collection, validated
 * against their schemas. Citations, instruments and tasks are read directly rather than as content
 * collections: Astro bundles a collection's store into the build as one module, and at 100,000 citations
 * and 25,000 instruments that module costs more than the pages using them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { citationSchema, instrumentSchema, type CitationRecord, type InstrumentRecord } from '../../schemas/archive.ts';
import { tasksFileSchema, type TaskRecord } from '../../schemas/tasks.ts';
import { bodiesFileSchema, type BodiesFile } from '../../schemas/bodies.ts';

const GENERATED = 'content/generated';

async function readGenerated(name: string, missing?: () => unknown): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(process.cwd(), GENERATED, name), 'utf8'));
  } catch (error) {
    if (missing && (error as NodeJS.ErrnoException).code === 'ENOENT') return missing();
    throw error;
  }
}

export async function loadInstruments(): Promise<InstrumentRecord[]> {
  return z.array(instrumentSchema).parse(await readGenerated('instruments.json'));
}

export async function loadCitations(): Promise<CitationRecord[]> {
  return z.array(citationSchema).parse(await readGenerated('citations.json'));
}

/** bodies.json, the registry of bodies the ingest checked (content/co-quan.yaml); empty when absent. */
export async function loadBodies(): Promise<BodiesFile> {
  return bodiesFileSchema.parse(await readGenerated('bodies.json', () => ({ bodies: [] })));
}

/** tasks.json; empty when an older ingest did not write it. */
export async function loadTasks(): Promise<TaskRecord[]> {
  return tasksFileSchema.parse(await readGenerated('tasks.json', () => []));
}

/** Items grouped by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
