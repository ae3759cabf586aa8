/** Pins the upstream chain read from the citing text (Bộ Chính trị → Tỉnh ủy → UBND tỉnh). */
import { describe, expect, it } from 'vitest';
import type { CitationRecord, InstrumentRecord } from '../../../schemas/archive.ts';
import { upstreamChain } from '../relations.ts';

const sentence =
  'Thực hiện nội dung Công văn số 2371-CV/TU ngày 23/9/2024 của Thường trực Tỉnh ủy về việc nghiên cứu, đề xuất cụ thể hóa và tổ chức thực hiện Kết luận số 94-KL/TW ngày 13/9/2024 của Bộ Chính trị về Quy hoạch; tiếp theo Công văn số 716/UBND-KTTH ngày 06/02/2024 của UBND tỉnh.';

function citation(to: string, printed: string, block = 10): CitationRecord {
  const start = sentence.indexOf(printed);
  return { id: `x~${block}~${start}`, from: 'x', to, relation: 'thuc-hien', block, start, end: start + printed.length, printed, sentence };
}

function instrument(id: string, iso: string): InstrumentRecord {
  return { id, title: id, citation: id, docType: null, number: null, symbol: null, numberSymbol: null, issuer: null, date: { iso, precision: 'day' }, name: null, about: [], held: false, officialTitle: null, officialUrl: null };
}

describe('upstreamChain', () => {
  it('follows "về việc … thực hiện" from the implemented instrument to what it implements', () => {
    const citations = [
      citation('kl94', 'Kết luận số 94-KL/TW ngày 13/9/2024 của Bộ Chính trị', 3),
      citation('cv2371', 'Công văn số 2371-CV/TU ngày 23/9/2024 của Thường trực Tỉnh ủy'),
      citation('kl94', 'Kết luận số 94-KL/TW ngày 13/9/2024 của Bộ Chính trị'),
      citation('cv716', 'Công văn số 716/UBND-KTTH ngày 06/02/2024 của UBND tỉnh'),
    ];
    const instruments = new Map([instrument('kl94', '2024-09-13'), instrument('cv2371', '2024-09-23'), instrument('cv716', '2024-02-06')].map((i) => [i.id, i]));
    expect(upstreamChain(citations, instruments).map((i) => i.id)).toEqual(['kl94', 'cv2371']);
  });
});
