/** Synthetic corpus of Quảng Ngãi documents for scale tests and benchmarks (never published). */
export { generateCorpus } from './corpus.ts';
export type { CitationMeta, CorpusOptions, DocType, DocumentMeta, GeneratedDocument } from './types.ts';
