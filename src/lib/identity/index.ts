/**
 * Instrument identity, the ONE place that reads, normalizes and formats numbers and symbols, knows the
 * document types and their codes, keys numbering series, builds ids (URL segments) and citation text.
 * Everything else (parser, citations, ingest, pages, the search page's number reading) calls it; it
 * imports nothing but src/lib/text.ts and types from src/schemas/.
 */
export * from './citation.ts';
export * from './codes.ts';
export * from './doc-types.ts';
export * from './id-pattern.ts';
export * from './ids.ts';
export * from './number-symbol.ts';
export * from './series.ts';
