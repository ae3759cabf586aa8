/**
 * Lists of instruments after one verb: a decision repealing 50 instruments as a numbered list, as table
 * rows and as table cells one per line; and the parts an amending decision lists under `như sau:`.
 */
import { describe, expect, it } from 'vitest';
import { statementsOfDocument } from './read.ts';

/** A decision of UBND tỉnh Quảng Ngãi with the given articles. */
function decision(articles: string): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG NGÃI',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 25/2025/QĐ-UBND',
    'Quảng Ngãi, ngày 10 tháng 3 năm 2025',
    '',
    'QUYẾT ĐỊNH',
    'Bãi bỏ các văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành',
    '',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
    '',
    'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;',
    '',
    'QUYẾT ĐỊNH:',
    '',
    articles,
    '',
    'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.',
    '',
    'Nơi nhận:',
    '- Như Điều 3;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  ].join('\n');
}

const numbers = Array.from({ length: 50 }, (_, i) => `${i + 1}/${2000 + (i % 20)}/QĐ-UBND`);
const date = (i: number) => `${String((i % 27) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2000 + (i % 20)}`;
const lead = 'Điều 1. Bãi bỏ các Quyết định sau đây của Ủy ban nhân dân tỉnh Quảng Ngãi:';
const tail = 'Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2025.';

const forms: Array<[string, string]> = [
  ['a numbered list', numbers.map((n, i) => `${i + 1}. Quyết định số ${n} ngày ${date(i)} của UBND tỉnh về việc ban hành quy định thu phí chợ số ${i + 1};`).join('\n')],
  [
    'table rows',
    ['| STT | Số, ký hiệu | Ngày ban hành | Trích yếu |', '|---|---|---|---|', ...numbers.map((n, i) => `| ${i + 1} | Quyết định số ${n} | ${date(i)} | Về việc ban hành quy định thu phí chợ |`)].join('\n'),
  ],
  ['table cells, one per line', ['STT', 'Tên văn bản', 'Trích yếu', ...numbers.flatMap((n, i) => [`${i + 1}`, `Quyết định số ${n} ngày ${date(i)}`, 'Về việc ban hành quy định thu phí chợ'])].join('\n\n')],
  ['dashes', numbers.map((n, i) => `- Quyết định số ${n} ngày ${date(i)} của UBND tỉnh;`).join('\n')],
];

describe('a decision repealing a list of 50 instruments', () => {
  it.each(forms)('finds every one of them: %s', (_name, items) => {
    const statements = statementsOfDocument(decision(`${lead}\n${items}\n\n${tail}`));
    const repealed = statements.filter((s) => s.type === 'change');
    expect(repealed.map((s) => s.target)).toEqual(numbers);
    expect(new Set(repealed.map((s) => `${s.kind} ${s.by} ${s.part}`))).toEqual(new Set(['bai-bo implicit null']));
    // Each item quotes the lead-in, and links the paragraph of its own item.
    expect(repealed.every((s) => s.sentence.startsWith(`${lead.replace('Điều 1. ', '')} … `))).toBe(true);
    expect(repealed.every((s, i) => s.sentence.includes(numbers[i]!))).toBe(true);
    // The list ends at the next article, whose own statement is read.
    expect(statements.filter((s) => s.type === 'effect')).toEqual([
      expect.objectContaining({ subject: 'self:Quyết định', from: { form: 'ngay', date: { iso: '2025-03-20', precision: 'day' } } }),
    ]);
  });

  it('reads a document the same after another one (no reader keeps state between texts)', () => {
    const text = decision(`${lead}\n${forms[0]![1]}`);
    const alone = statementsOfDocument(text);
    // An item starting with a verb ends a list: the reader looks for a verb at the start of each item.
    statementsOfDocument(decision(`${lead}\n1. Bãi bỏ Quyết định số 7/2019/QĐ-UBND.\n2. Thay thế Quyết định số 8/2019/QĐ-UBND.`));
    expect(statementsOfDocument(text)).toEqual(alone);
  });

  it('takes only the first instrument of an item, not the ones its subject cites', () => {
    const items = [
      '1. Quyết định số 8/2016/QĐ-UBND ngày 02/3/2016 của UBND tỉnh ban hành quy định thực hiện Nghị định số 45/2015/NĐ-CP ngày 06/5/2015 của Chính phủ;',
      '2. Khoản 3 Điều 2 Quyết định số 9/2017/QĐ-UBND ngày 05/4/2017 của UBND tỉnh.',
    ].join('\n');
    const statements = statementsOfDocument(decision(`${lead}\n${items}`)).filter((s) => s.type === 'change');
    expect(statements.map((s) => [s.target, s.part])).toEqual([
      ['8/2016/QĐ-UBND', null],
      ['9/2017/QĐ-UBND', 'Khoản 3 Điều 2'],
    ]);
  });

  it('reads `Các văn bản sau đây hết hiệu lực …:` with the date it gives', () => {
    const items = '1. Quyết định số 11/2012/QĐ-UBND ngày 01/6/2012 của UBND tỉnh;\n2. Quyết định số 12/2013/QĐ-UBND ngày 02/7/2013 của UBND tỉnh.';
    const statements = statementsOfDocument(decision(`Điều 1. Các văn bản sau đây hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực:\n${items}`));
    expect(statements.map((s) => [s.kind, s.target, s.date])).toEqual([
      ['het-hieu-luc', '11/2012/QĐ-UBND', { form: 'hieu-luc-van-ban' }],
      ['het-hieu-luc', '12/2013/QĐ-UBND', { form: 'hieu-luc-van-ban' }],
    ]);
  });
});

describe('the parts an amending decision lists', () => {
  it('reads each part changed under `… như sau:`, and not the new wording quoted', () => {
    const articles = [
      'Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 05/2020/QĐ-UBND ngày 14/02/2020 của UBND tỉnh như sau:',
      '1. Sửa đổi, bổ sung khoản 2 Điều 3 như sau:',
      '“2. Thời hạn giải quyết là 05 ngày làm việc; bãi bỏ yêu cầu nộp bản sao.”',
      '2. Bổ sung điểm đ vào khoản 1 Điều 4 như sau:',
      '“đ) Hồ sơ điện tử.”',
      '3. Bãi bỏ khoản 3 Điều 7.',
      'Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.',
    ].join('\n');
    const changes = statementsOfDocument(decision(articles)).filter((s) => s.type === 'change');
    expect(changes.map((s) => [s.kind, s.by, s.target, s.part])).toEqual([
      ['sua-doi-bo-sung', 'implicit', '05/2020/QĐ-UBND', 'một số điều của Quy định'],
      ['sua-doi-bo-sung', 'implicit', '05/2020/QĐ-UBND', 'khoản 2 Điều 3'],
      ['bo-sung', 'implicit', '05/2020/QĐ-UBND', 'điểm đ vào khoản 1 Điều 4'],
      ['bai-bo', 'implicit', '05/2020/QĐ-UBND', 'khoản 3 Điều 7'],
    ]);
  });
});
