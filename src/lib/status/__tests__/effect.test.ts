/** Entry into force, form by form: of the document itself and of a cited instrument. */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './read.ts';

const day = (iso: string) => ({ form: 'ngay', date: { iso, precision: 'day' } });
const effect = (subject: string, from: unknown, until: unknown = null) => [{ type: 'effect', subject, from, until }];

describe('entry into force, each form', () => {
  it.each([
    ['from the day of signing', 'Quyết định này có hiệu lực kể từ ngày ký.', effect('self:Quyết định', { form: 'ky', days: 0 })],
    ['thi hành, from signing and issue (real corpus 27)', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.', effect('self:Quyết định', { form: 'ky', days: 0 })],
    ['kế từ, as OCR reads kể (real corpus 28)', 'Điều 2. Nghị quyết này có hiệu lực thi hành kế từ ngày ký ban hành.', effect('self:Nghị quyết', { form: 'ky', days: 0 })],
    ['từ ngày ký, without kể (real corpus 25)', 'Điều 2. Quyết định này có hiệu lực từ ngày ký.', effect('self:Quyết định', { form: 'ky', days: 0 })],
    ['from a date in words', 'Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025.', effect('self:Quyết định', day('2025-01-01'))],
    ['from a date in figures', 'Chỉ thị này có hiệu lực từ ngày 15/02/2025.', effect('self:Chỉ thị', day('2025-02-15'))],
    ['N days after signing', 'Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.', effect('self:Quyết định', { form: 'ky', days: 10 })],
    ['N days, written out and in figures', 'Quyết định này có hiệu lực sau mười (10) ngày kể từ ngày ký ban hành.', effect('self:Quyết định', { form: 'ky', days: 10 })],
    [
      'an HĐND resolution passed on one day, in force on another',
      'Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ngãi khóa XIII, Kỳ họp thứ 20 thông qua ngày 08 tháng 12 năm 2023 và có hiệu lực từ ngày 18 tháng 12 năm 2023.',
      effect('self:Nghị quyết', day('2023-12-18')),
    ],
    [
      'from the day of passing',
      'Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 7 năm 2024 và có hiệu lực kể từ ngày thông qua.',
      effect('self:Nghị quyết', { form: 'thong-qua', date: { iso: '2024-07-10', precision: 'day' } }),
    ],
    [
      'from the day the council passes it',
      'Nghị quyết này có hiệu lực kể từ ngày Hội đồng nhân dân tỉnh thông qua.',
      effect('self:Nghị quyết', { form: 'thong-qua', date: null }),
    ],
    ['a term with its last day', 'Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm 2024.', effect('self:Nghị định', day('2024-07-01'), day('2024-12-31'))],
    ['a kế hoạch that states its own', 'Kế hoạch này có hiệu lực kể từ ngày ký.', effect('self:Kế hoạch', { form: 'ky', days: 0 })],
    ['the attached regulation', 'Quy định này có hiệu lực từ ngày 01/3/2025.', effect('self:Quy định', day('2025-03-01'))],
    [
      'a cited law, in brackets (real corpus 09)',
      'Căn cứ khoản 2 Điều 15 Luật Thuế giá trị gia tăng số 48/2024/QH15 (có hiệu lực từ ngày 01/7/2025) quy định về hoàn thuế giá trị gia tăng;',
      effect('48/2024/QH15', day('2025-07-01')),
    ],
    [
      'a cited decree with its term (real corpus 08)',
      'Chính sách giảm thuế GTGT theo Nghị định số 72/2024/NĐ-CP có hiệu lực từ ngày 01/7/2024 đến hết ngày 31/12/2024.',
      effect('72/2024/NĐ-CP', day('2024-07-01'), day('2024-12-31')),
    ],
    ['OCR damage', 'Quyet dinh nay cé hiéu luc ke tu ngay ky.', effect('self:Quyết định', { form: 'ky', days: 0 })],
  ])('%s', (_name, text, expected) => {
    expect(statementsOf(text).filter((s) => s.type === 'effect')).toEqual(expected);
  });

  it.each([
    ['no date', 'Luật Đất đai số 31/2024/QH15 chưa có hiệu lực.'],
    ['a heading', 'Điều 3. Hiệu lực thi hành'],
    ['in force, as an adjective', 'Rà soát các văn bản còn hiệu lực để thực hiện.'],
    ['a session (kỳ họp) is not signing (ký)', 'Nghị quyết có hiệu lực từ ngày kỳ họp bế mạc.'],
  ])('states nothing: %s', (_name, text) => {
    expect(statementsOf(text).filter((s) => s.type === 'effect')).toEqual([]);
  });
});
