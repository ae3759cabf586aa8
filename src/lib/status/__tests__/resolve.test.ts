/**
 * From statements to statuses on a build day: dates worked out from signing, the chain (A amended by B,
 * B replaced by C), a repeal not yet in effect, unknown as "Chưa xác định", and an editor's statement
 * beside the documents' evidence.
 */
import { describe, expect, it } from 'vitest';
import type { EditorStatement } from '../../../schemas/status.ts';
import { detectInBlocks, resolveCitations } from '../../citations/resolve.ts';
import type { PartialDate } from '../../../schemas/metadata.ts';
import { computeStatuses } from '../compute.ts';
import { detectStatements } from '../detect.ts';
import { resolveFacts } from '../resolve.ts';
import { paragraphs } from './read.ts';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const Q = 'ubnd-tinh-quang-ngai';

interface Doc { id: string; docType: string; number: string; symbol: string; date: PartialDate | null; body: string }

/** Resolves citations and statements of the given held documents as the ingest does. */
function statuses(docs: Doc[], today: string, editors = new Map<string, EditorStatement>()) {
  const sources = docs.map((doc) => {
    const blocks = paragraphs(doc.body);
    const detected = detectInBlocks(blocks);
    return { doc, blocks, detected, statements: detectStatements(blocks, detected) };
  });
  const { instruments, edges } = resolveCitations(
    sources.map(({ doc, detected }) => ({
      id: doc.id,
      metadata: { docType: doc.docType, number: doc.number, symbol: doc.symbol, issuer: 'UBND tỉnh Quảng Ngãi', issuerParent: null, date: doc.date },
      detected,
    })),
  );
  const targets = new Map(edges.map((edge) => [`${edge.from}~${edge.block}~${edge.start}`, edge.to]));
  const facts = resolveFacts(
    sources.map(({ doc, statements }) => ({ id: doc.id, docType: doc.docType, date: doc.date, statements })),
    (document, block, start) => targets.get(`${document}~${block}~${start}`),
  );
  const records = computeStatuses(instruments, facts, editors, today);
  return { facts, byId: new Map(records.map((record) => [record.id, record])) };
}

const A = { id: `10-2020-qd-ubnd-${Q}`, docType: 'Quyết định', number: '10', symbol: '2020/QĐ-UBND', date: day('2020-03-02') };
const B = { id: `20-2022-qd-ubnd-${Q}`, docType: 'Quyết định', number: '20', symbol: '2022/QĐ-UBND', date: day('2022-05-10') };
const C = { id: `30-2024-qd-ubnd-${Q}`, docType: 'Quyết định', number: '30', symbol: '2024/QĐ-UBND', date: day('2024-08-01') };
const chain: Doc[] = [
  { ...A, body: 'Điều 1. Ban hành Quy định về quản lý chợ.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.' },
  {
    ...B,
    body: [
      'Điều 1. Sửa đổi, bổ sung khoản 2 Điều 3 Quy định ban hành kèm theo Quyết định số 10/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh.',
      'Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.',
    ].join('\n'),
  },
  {
    ...C,
    body: 'Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2024 và thay thế Quyết định số 20/2022/QĐ-UBND ngày 10/5/2022 của UBND tỉnh.',
  },
];

describe('the chain: A amended by B, B replaced by C', () => {
  const { byId, facts } = statuses(chain, '2025-01-01');

  it('works out each entry into force: on signing, 10 days after signing, on a printed date', () => {
    expect([A, B, C].map((doc) => byId.get(doc.id)!.inForceFrom)).toEqual([day('2020-03-02'), day('2022-05-20'), day('2024-08-15')]);
  });

  it('dates each change by the changing decision’s entry into force', () => {
    expect(facts.changes.map((change) => [change.kind, change.from, change.to, change.part, change.effective])).toEqual([
      ['sua-doi-bo-sung', B.id, A.id, 'khoản 2 Điều 3 Quy định', day('2022-05-20')],
      ['thay-the', C.id, B.id, null, day('2024-08-15')],
    ]);
  });

  it('puts A’s part and B out of force, C in force', () => {
    expect([A, B, C].map((doc) => [byId.get(doc.id)!.status, byId.get(doc.id)!.since])).toEqual([
      ['het-hieu-luc-mot-phan', day('2022-05-20')],
      ['het-hieu-luc-toan-bo', day('2024-08-15')],
      ['con-hieu-luc', day('2024-08-15')],
    ]);
  });

  it('shows B’s replacement in A’s timeline, through B', () => {
    expect(byId.get(A.id)!.timeline.map((event) => [event.kind, event.date?.iso, event.via])).toEqual([
      ['ban-hanh', '2020-03-02', null],
      ['co-hieu-luc', '2020-03-02', null],
      ['sua-doi-bo-sung', '2022-05-20', null],
      ['thay-the', '2024-08-15', B.id],
    ]);
  });

  it('knows nothing yet of a build day before C takes effect', () => {
    const early = statuses(chain, '2024-08-10').byId;
    expect(early.get(B.id)!.status).toBe('con-hieu-luc');
    expect(early.get(C.id)!.status).toBe('chua-co-hieu-luc');
    expect(early.get(B.id)!.timeline.find((event) => event.kind === 'thay-the')!.future).toBe(true);
  });
});

describe('what the documents cannot tell', () => {
  it('leaves a cited instrument nothing is said of "Chưa xác định"', () => {
    const { byId } = statuses([{ ...A, body: 'Căn cứ Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ;' }], '2025-01-01');
    expect(byId.get('57-nq-cp-2022')!).toMatchObject({ status: 'chua-xac-dinh', since: null, inForceFrom: null, effect: [], basis: [] });
  });

  it('leaves a decision with no effect clause "Chưa xác định", and a công văn too, marked not normative', () => {
    const cv = { id: `100-ubnd-ktth-2024-${Q}`, docType: 'Công văn', number: '100', symbol: 'UBND-KTTH', date: day('2024-01-05') };
    const { byId } = statuses([{ ...A, body: 'Điều 1. Ban hành Quy định.' }, { ...cv, body: 'Đề nghị các sở thực hiện.' }], '2025-01-01');
    expect([byId.get(A.id)!.status, byId.get(A.id)!.normative]).toEqual(['chua-xac-dinh', true]);
    expect([byId.get(cv.id)!.status, byId.get(cv.id)!.normative]).toEqual(['chua-xac-dinh', false]);
  });

  it('does not take a công văn’s request for a repeal as one', () => {
    const cv = { id: `101-ubnd-ktth-2024-${Q}`, docType: 'Công văn', number: '101', symbol: 'UBND-KTTH', date: day('2024-01-05') };
    const { facts } = statuses([{ ...cv, body: '- Bãi bỏ Quyết định số 10/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh.' }], '2025-01-01');
    expect(facts.changes).toEqual([]);
  });

  it('takes a công văn’s report that an instrument was repealed, by an instrument it does not name', () => {
    const cv = { id: `102-ubnd-ktth-2024-${Q}`, docType: 'Công văn', number: '102', symbol: 'UBND-KTTH', date: day('2024-01-05') };
    const { facts, byId } = statuses([{ ...cv, body: 'Quyết định số 10/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh đã bị bãi bỏ.' }], '2025-01-01');
    expect(facts.changes.map((change) => [change.from, change.to, change.reported, change.effective])).toEqual([[null, A.id, true, null]]);
    expect(byId.get(A.id)!).toMatchObject({ status: 'het-hieu-luc-toan-bo', since: null, basis: [facts.changes[0]!.id] });
  });

  it('drops a quoted `Nghị định này có hiệu lực` in a công văn (real corpus 08): it is not the công văn’s', () => {
    const cv = { id: `103-ubnd-ktth-2024-${Q}`, docType: 'Công văn', number: '103', symbol: 'UBND-KTTH', date: day('2024-08-05') };
    const { facts } = statuses([{ ...cv, body: '1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm 2024.' }], '2025-01-01');
    expect(facts.effects.get(cv.id)).toBeUndefined();
  });

  it('ends a cited decree’s term the day after its last day (real corpus 08)', () => {
    const cv = { id: `104-ubnd-ktth-2024-${Q}`, docType: 'Công văn', number: '104', symbol: 'UBND-KTTH', date: day('2024-08-05') };
    const body = 'Chính sách giảm thuế GTGT theo Nghị định số 72/2024/NĐ-CP có hiệu lực từ ngày 01/7/2024 đến hết ngày 31/12/2024.';
    expect(statuses([{ ...cv, body }], '2024-12-31').byId.get('72-2024-nd-cp')!).toMatchObject({ status: 'con-hieu-luc', since: day('2024-07-01') });
    expect(statuses([{ ...cv, body }], '2025-01-01').byId.get('72-2024-nd-cp')!).toMatchObject({ status: 'het-hieu-luc-toan-bo', since: day('2025-01-01') });
  });

  it('does not count a month-precision signing day plus 10 days', () => {
    const { byId } = statuses([{ ...A, date: { iso: '2020-03', precision: 'month' }, body: 'Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.' }], '2025-01-01');
    expect(byId.get(A.id)!).toMatchObject({ status: 'chua-xac-dinh', inForceFrom: null });
  });
});

describe('an editor’s statement', () => {
  const source = 'Công báo tỉnh Quảng Ngãi số 30, ngày 05/7/2025';

  it('decides the status when the documents say nothing later, and the documents’ evidence stays', () => {
    const editors = new Map([[A.id, { status: 'het-hieu-luc-toan-bo' as const, date: day('2025-07-01'), source }]]);
    const record = statuses(chain, '2025-08-01', editors).byId.get(A.id)!;
    expect(record).toMatchObject({ status: 'het-hieu-luc-toan-bo', since: day('2025-07-01'), fromDocuments: 'het-hieu-luc-mot-phan', editor: editors.get(A.id) });
    expect(record.basis).toHaveLength(1);
    expect(record.effect.map((evidence) => evidence.sentence)).toEqual(['Quyết định này có hiệu lực kể từ ngày ký.']);
    expect(record.timeline.map((event) => event.kind)).toEqual(['ban-hanh', 'co-hieu-luc', 'sua-doi-bo-sung', 'thay-the', 'bien-tap']);
  });

  it('gives way to a change the documents date after it', () => {
    const editors = new Map([[B.id, { status: 'con-hieu-luc' as const, date: day('2023-01-01'), source }]]);
    expect(statuses(chain, '2025-01-01', editors).byId.get(B.id)!).toMatchObject({ status: 'het-hieu-luc-toan-bo', fromDocuments: 'het-hieu-luc-toan-bo', editor: editors.get(B.id) });
  });

  it('gives a status to an instrument the documents say nothing of', () => {
    const editors = new Map([['57-nq-cp-2022', { status: 'con-hieu-luc' as const, date: null, source: 'vbpl.vn' }]]);
    const { byId } = statuses([{ ...A, body: 'Căn cứ Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ;' }], '2025-01-01', editors);
    expect(byId.get('57-nq-cp-2022')!).toMatchObject({ status: 'con-hieu-luc', fromDocuments: 'chua-xac-dinh', since: null });
  });
});
