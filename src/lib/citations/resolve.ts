/**
 * From the citations found in every document to instruments and edges: resolves issuers relative to the
 * citing document, merges the forms of one instrument, and links citations of held documents to them.
 *
 * Merging is by maps keyed on number+symbol (or type+name), so it stays linear in the number of citations.
 * A short form (no year or no issuer) joins the one instrument it can mean; when it could mean two or more,
 * it stays apart rather than be merged by guess.
 */
import type { Block } from '../../schemas/text.ts';
import type { CitationCandidate, CitationEdge, Instrument } from '../../schemas/archive.ts';
import type { ExtractedMetadata, PartialDate } from '../../schemas/metadata.ts';
import { fullIssuer, instrumentId, normalizeSymbol, seriesOf } from '../identity/index.ts';
import { foldDiacritics } from '../text.ts';
import { detectCitations } from './detect.ts';
import { type LeadIn, trailingLeadIn } from './lead-in.ts';
import { foldText } from './fold.ts';
import { type InstrumentsFile, EditorialError, aliasKey, aliasMap, finalId } from './editorial.ts';
import { citingContext, resolveIssuer } from './issuers.ts';
import { sentenceAround } from './sentence.ts';

/** A citation found in a block, with the sentence around it: all resolution needs of the text. */
export interface DetectedCitation {
  block: number;
  candidate: CitationCandidate;
  sentence: string;
}

/**
 * The metadata fields resolution reads, and no others (the type holds resolve.ts to it): the ingest
 * reuses the previous resolution while these fields and the detected citations of every document are
 * unchanged, so a field read here must be listed here.
 */
export const RESOLUTION_FIELDS = ['docType', 'number', 'symbol', 'issuer', 'issuerParent', 'date'] as const;
export type ResolutionMetadata = Pick<ExtractedMetadata, (typeof RESOLUTION_FIELDS)[number]>;

export interface SourceDoc {
  id: string;
  metadata: ResolutionMetadata;
  /** The text, from which citations are detected when `detected` is absent. */
  blocks?: Block[];
  /** Citations already detected (the ingest caches them per source). */
  detected?: DetectedCitation[];
}

/**
 * Detects the citations of every block of a document (the per-document, cacheable half of resolution). A
 * block ending in a lead-in (`Các văn bản của UBND tỉnh:`) names the issuer of the list items under it.
 */
export function detectInBlocks(blocks: Block[]): DetectedCitation[] {
  let leadIn: LeadIn | null = null;
  return blocks.flatMap((block, index) => {
    const text = block.inlines.map((i) => i.text).join('');
    if (block.kind !== 'list-item' && !/^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))\s/u.test(text)) leadIn = null;
    const found = detectCitations(text, leadIn).map((candidate) => ({ block: index, candidate, sentence: sentenceAround(text, candidate.start, candidate.end) }));
    leadIn = trailingLeadIn(foldText(text)) ?? leadIn;
    return found;
  });
}

interface Mention {
  from: string;
  block: number;
  c: CitationCandidate;
  sentence: string;
  group: string;
  /** Year (numbered) or date iso (named), null when unknown. */
  when: string | null;
  /** Series body key, '' for national series, null when unknown. */
  body: string | null;
  issuer: string | null;
  bodyName: string | null;
  symbol: string | null;
}

interface Variant {
  id: string;
  when: string | null;
  body: string | null;
}

const compatible = (m: Mention, v: Variant): boolean =>
  (m.when === null || (v.when !== null && (v.when.startsWith(m.when) || m.when.startsWith(v.when)))) &&
  (m.body === null || m.body === v.body);

/** Resolution repeats the same few issuer/symbol/context combinations thousands of times: remember them. */
function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const memory = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    let value = memory.get(k);
    if (value === undefined) {
      value = fn(...args);
      memory.set(k, value);
    }
    return value;
  };
}

type Context = ReturnType<typeof citingContext>;
const contextKey = (ctx: Context) => `${ctx.province}|${ctx.own}|${ctx.ownCode}`;

function mentionOf(doc: SourceDoc, ctx: Context, block: number, sentence: string, c: CitationCandidate, issuerOf: typeof resolveIssuer): Mention {
  const symbol = c.symbol === null ? null : normalizeSymbol(c.symbol);
  const { display, body } = issuerOf(c.issuer, symbol, ctx);
  const base = { from: doc.id, block, c, sentence, issuer: display, bodyName: body, symbol };
  if (c.number !== null && symbol !== null) {
    const series = seriesOf(c.number, symbol, body, c.date);
    return { ...base, group: series.key, when: series.when, body: series.body };
  }
  // Instruments without a number meet on their name; the date tells apart two of one name.
  const when = symbol !== null && /^\d{4}\//.test(symbol) ? 'legal' : (c.date?.iso ?? null);
  return { ...base, group: `u|${instrumentId({ ...c, symbol, issuer: null, date: null })}`, when, body: '' };
}

function heldVariant(doc: SourceDoc): [string, Variant] | null {
  const meta = doc.metadata;
  if (meta.number === null || meta.symbol === null) return null;
  const series = seriesOf(meta.number, normalizeSymbol(meta.symbol), fullIssuer(meta.issuer, meta.issuerParent), meta.date);
  return [series.key, { id: doc.id, when: series.when, body: series.body }];
}

function heldInstrument(doc: SourceDoc): Instrument {
  const m = doc.metadata;
  return {
    id: doc.id, docType: m.docType, number: m.number, symbol: m.symbol === null ? null : normalizeSymbol(m.symbol),
    issuer: fullIssuer(m.issuer, m.issuerParent), date: m.date, name: null, about: [], held: true,
  };
}

/** An issuer printed with diacritics reads better than its OCR form. */
const betterIssuer = (a: string, b: string): boolean => foldDiacritics(a) !== a && foldDiacritics(b) === b;

function moreDate(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.iso.length > a.iso.length && b.iso.startsWith(a.iso) ? b : a;
}

/**
 * A merge must end at an instrument that exists without it (a held document or a cited instrument) or that
 * the editors' file describes in an entry of its own: an unknown target would silently rename the merged
 * instrument, and its page would disappear. Checked before merging, so the merged instrument is no proof.
 */
function checkMerges(editorial: InstrumentsFile | undefined, known: Set<string>): void {
  for (const [id, entry] of Object.entries(editorial?.entries ?? {})) {
    if (entry.mergeInto === undefined) continue;
    const target = finalId(editorial, entry.mergeInto);
    if (known.has(target) || editorial?.entries[target] !== undefined) continue;
    throw new EditorialError(`${editorial?.fileName}: mục "${id}" có mergeInto "${entry.mergeInto}" không phải là mã văn bản đã biết.`);
  }
}

export function resolveCitations(docs: SourceDoc[], editorial?: InstrumentsFile): { instruments: Instrument[]; edges: CitationEdge[] } {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const variants = new Map<string, Variant[]>();
  const addVariant = (group: string, v: Variant): void => {
    const list = variants.get(group) ?? [];
    if (!list.some((x) => x.when === v.when && x.body === v.body)) list.push(v);
    variants.set(group, list);
  };
  for (const doc of sorted) {
    const held = heldVariant(doc);
    if (held) addVariant(...held);
  }
  const mentions: Mention[] = [];
  const issuerOf = memoize(resolveIssuer, (issuer, symbol, ctx) => `${issuer}|${symbol}|${contextKey(ctx)}`);
  const idFor = memoize(instrumentId, (parts) => JSON.stringify([parts.docType, parts.number, parts.symbol, parts.issuer, parts.date, parts.name]));
  for (const doc of sorted) {
    const own = heldVariant(doc)?.[0] ?? null;
    const ctx = citingContext(doc.metadata);
    for (const { block, candidate: c, sentence } of doc.detected ?? detectInBlocks(doc.blocks ?? [])) {
      const m = mentionOf(doc, ctx, block, sentence, c, issuerOf);
      if (m.group === own) continue; // a document's own number inside itself is not a citation
      mentions.push(m);
      if (m.when !== null && m.body !== null) {
        addVariant(m.group, { id: idFor({ ...c, symbol: m.symbol, issuer: m.bodyName, date: c.date }), when: m.when, body: m.body });
      }
    }
  }
  const aliases = aliasMap(editorial);
  /** The id a mention resolves to before the editors' merges. */
  const unmergedId = (m: Mention): string => {
    const options = (variants.get(m.group) ?? []).filter((v) => compatible(m, v));
    const own = idFor({ ...m.c, symbol: m.symbol, issuer: m.bodyName });
    const id = options.length === 1 ? options[0].id : own;
    return aliases.size === 0 ? id : (aliases.get(aliasKey(m.c.printed)) ?? aliases.get(id) ?? id);
  };
  const unmerged = mentions.map(unmergedId);
  checkMerges(editorial, new Set([...sorted.map((doc) => doc.id), ...unmerged]));
  const instruments = new Map<string, Instrument>();
  for (const doc of sorted) {
    const held = heldInstrument(doc);
    instruments.set(finalId(editorial, doc.id), { ...held, id: finalId(editorial, doc.id) });
  }
  const edges: CitationEdge[] = [];
  for (const [index, m] of mentions.entries()) {
    const id = finalId(editorial, unmerged[index]!);
    if (id === m.from) continue;
    const known = instruments.get(id);
    const base: Instrument = known ?? {
      id, docType: null, number: null, symbol: null, issuer: null, date: null, name: null, about: [], held: false,
    };
    base.docType ??= m.c.docType;
    base.number ??= m.c.number;
    base.symbol ??= m.symbol;
    base.name ??= m.c.name;
    if (!base.held) {
      base.date = moreDate(base.date, m.c.date);
      if (m.issuer !== null && (base.issuer === null || betterIssuer(m.issuer, base.issuer))) base.issuer = m.issuer;
    }
    if (m.c.about !== null && !base.about.includes(m.c.about)) base.about.push(m.c.about);
    instruments.set(id, base);
    edges.push({ from: m.from, to: id, relation: m.c.relation, block: m.block, start: m.c.start, end: m.c.end, printed: m.c.printed, sentence: m.sentence });
  }
  edges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.block - b.block || a.start - b.start));
  return { instruments: [...instruments.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), edges };
}

