/** How citation resolution scales: time of resolveCitations over growing synthetic corpora (parsing and detection not timed: the ingest caches them per source). */
import { detectInBlocks, resolveCitations } from '../../src/lib/citations/resolve.ts';
import { EMPTY_REGISTRY } from '../../src/lib/ingest/id-registry.ts';
import { assignIds } from '../../src/lib/ingest/ids.ts';
import { parseDocument } from '../../src/lib/parse/index.ts';
import { generateCorpus } from './synthetic/index.ts';

export interface CurvePoint { documents: number; citations: number; milliseconds: number; microsecondsPerCitation: number }

export async function resolutionCurve(sizes: number[]): Promise<CurvePoint[]> {
  const points: CurvePoint[] = [];
  for (const size of sizes) {
    const parsed = [...generateCorpus({ count: size, seed: 7 })].map((source) => ({ source: source.name, ...parseDocument(source.text) }));
    const { ids } = assignIds(parsed.map(({ source, metadata }) => ({ source, sha256: source, metadata, explicit: null })), EMPTY_REGISTRY);
    const docs = parsed.map(({ source, metadata, blocks }) => ({ id: ids.get(source)!, metadata, detected: detectInBlocks(blocks) }));
    const started = performance.now();
    const { edges } = resolveCitations(docs);
    const milliseconds = performance.now() - started;
    points.push({ documents: size, citations: edges.length, milliseconds, microsecondsPerCitation: (milliseconds * 1000) / Math.max(1, edges.length) });
    console.log(`bench: resolution ${size} documents, ${edges.length} citations, ${milliseconds.toFixed(0)} ms`);
  }
  return points;
}
