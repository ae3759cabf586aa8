/**
 * generateCorpus: a deterministic stream of synthetic documents. Documents come out in date
 * order, so every citation of another generated document points to one already produced, with
 * its exact number, symbol, date and issuer. Only small citation records of earlier documents
 * are kept (not their text), so 50,000 documents stream in bounded memory.
 */
import { dayNumber, fromDayNumber, workingDays, type SimpleDate } from './dates.ts';
import { makeDocument } from './document.ts';
import { issuersOn, TYPE_WEIGHTS, type Issuer } from './issuers.ts';
import { NATIONAL } from './national.ts';
import { createRegisters } from './registers.ts';
import { createRng, type Rng } from './random.ts';
import type { Citable, CorpusOptions, DocType, GeneratedDocument, IssuerKind } from './types.ts';

const KIND_NAME: Record<DocType, string> = { cv: 'Công văn', kh: 'Kế hoạch', qd: 'Quyết định', tb: 'Thông báo', nq: 'Nghị quyết', kl: 'Kết luận' };

type Group = IssuerKind | 'self';

/** Whose earlier documents an issuer cites: the chain Tỉnh ủy → UBND tỉnh → sở, huyện. */
const CITES_FROM: Record<IssuerKind, readonly (readonly [Group, number])[]> = {
  province: [['party', 25], ['council', 10], ['self', 45], ['department', 15], ['district', 5]],
  department: [['province', 50], ['self', 30], ['party', 10], ['council', 5], ['department', 5]],
  district: [['province', 45], ['self', 35], ['party', 10], ['council', 5], ['department', 5]],
  council: [['province', 40], ['self', 35], ['party', 25]],
  party: [['self', 60], ['province', 30], ['council', 10]],
};

/** Documents per year, growing over time as archives do (largest-remainder rounding). */
function perYear(count: number, first: number, last: number): number[] {
  const weights = Array.from({ length: last - first + 1 }, (_, i) => 1 + 0.12 * i);
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (count * w) / total);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = count - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** A recent item before `day` (strong bias toward the end of the chronological list). */
function recent(list: readonly Citable[], day: number, rng: Rng): Citable | null {
  for (let attempt = 0; attempt < 4 && list.length > 0; attempt++) {
    const c = list[list.length - 1 - Math.floor(list.length * rng.next() ** 5)];
    if (c && dayNumber(c.date) < day) return c;
  }
  return null;
}

function nationalBefore(day: number): number {
  let lo = 0;
  let hi = NATIONAL.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayNumber((NATIONAL[mid] as Citable).date) < day - 5) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function chooseCitations(issuer: Issuer, type: DocType, date: SimpleDate, target: number, rng: Rng, registry: Map<string, Citable[]>): Citable[] {
  const day = dayNumber(date);
  const total = Math.min(35, Math.max(1, Math.round(1 + (target / 1000) * (0.4 + rng.next())) + (type === 'qd' || type === 'nq' ? 2 : 0)));
  const nationalShare = type === 'qd' || type === 'nq' || issuer.kind === 'party' ? 0.5 : 0.3;
  const chosen: Citable[] = [];
  const seen = new Set<string>();
  const add = (c: Citable | null | undefined): void => {
    if (!c) return;
    const key = `${c.reference}|${c.issuer}|${dayNumber(c.date)}`;
    if (seen.has(key)) return;
    seen.add(key);
    chosen.push(c);
  };
  const available = nationalBefore(day);
  if (type === 'qd' || type === 'nq') {
    // A decision's legal basis opens with the law on local government in force.
    for (let i = available - 1; i >= 0; i--) {
      const c = NATIONAL[i];
      if (c?.lawName?.startsWith('Luật Tổ chức')) { add(c); break; }
    }
  }
  for (let k = 0; k < total * (1 - nationalShare) * 2 && chosen.length < total * (1 - nationalShare); k++) {
    const group = rng.weighted(CITES_FROM[issuer.kind]);
    add(recent(registry.get(group === 'self' ? issuer.id : group) ?? [], day, rng));
  }
  for (let k = 0; k < total * 3 && chosen.length < total && available > 0; k++) {
    add(NATIONAL[available - 1 - Math.floor(available * rng.next() ** 2)]);
  }
  return chosen;
}

/** Party documents name the standing committee or its standing members; others one name. */
function citedAs(issuer: Issuer, type: DocType, rng: Rng): string {
  if (issuer.kind !== 'party') return issuer.citedAs;
  if (type === 'cv') return rng.pick(['Thường trực Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy']);
  return type === 'nq' ? rng.pick(['Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy']) : 'Ban Thường vụ Tỉnh ủy';
}

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const first = options.firstYear ?? 2005;
  const last = options.lastYear ?? 2025;
  const ocrRate = options.ocrRate ?? 0.05;
  const blankRate = options.blankRate ?? 0.03;
  const root = createRng(seed);
  const timeline = root.fork(1);
  const registers = createRegisters(root.fork(2));
  const registry = new Map<string, Citable[]>();
  const counts = perYear(count, first, last);
  let index = 0;
  for (let y = first; y <= last; y++) {
    const k = counts[y - first] ?? 0;
    const days = workingDays(y);
    for (let j = 0; j < k; j++) {
      // (j + u) / k increases with j, so dates never go backwards and numbers stay in date order.
      const day = days[Math.floor(((j + timeline.next()) / k) * days.length)] ?? (days[0] as number);
      const date = fromDayNumber(day);
      index++;
      const rng = root.fork(1000 + index);
      const issuer = rng.weighted(issuersOn(day, dayNumber));
      const type = rng.weighted(TYPE_WEIGHTS[issuer.kind]);
      const legal = (issuer.kind === 'province' && type === 'qd' && rng.chance(0.08)) || (issuer.kind === 'council' && type === 'nq' && rng.chance(0.35));
      const numbering = registers.assign(issuer, type, date, legal);
      const blankNumber = rng.chance(blankRate);
      const ocr = !blankNumber && rng.chance(ocrRate / (1 - blankRate));
      const target = Math.round(Math.exp(Math.log(ocr ? 3200 : 2300) + rng.next() * Math.log(18_500 / (ocr ? 3200 : 2300))));
      const cites = chooseCitations(issuer, type, date, target, rng, registry);
      const made = makeDocument({ index, seed, rng, issuer, type, legal, date, numbering, cites, ocr, blankNumber, target });
      const name = `${String(index).padStart(6, '0')}-${type}-${date.year}-${issuer.id}.txt`;
      yield { name, text: made.text, meta: made.meta };
      // A copy kept before signing has no number to cite it by.
      if (blankNumber) continue;
      const record: Citable = { kindName: KIND_NAME[type], reference: numbering.reference, date, issuer: citedAs(issuer, type, rng), subject: made.plainSubject, index };
      for (const key of new Set([issuer.kind, issuer.id])) {
        const list = registry.get(key) ?? [];
        list.push(record);
        registry.set(key, list);
      }
    }
  }
}
