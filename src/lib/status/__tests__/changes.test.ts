/** Amending statements, form by form: who changes what, which part, from when; and what is not one. */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './read.ts';

const day = (iso: string) => ({ form: 'ngay', date: { iso, precision: 'day' } });
const change = (fields: Record<string, unknown>) => ({ type: 'change', part: null, byPart: null, date: null, reported: false, ...fields });

describe('amending statements, each form', () => {
  it.each([
    [
      'thay thế, by the document named (Quyết định này)',
      'Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND ngày 05/3/2020 của UBND tỉnh.',
      [change({ kind: 'thay-the', by: 'self:Quyết định', target: '12/2020/QĐ-UBND' })],
    ],
    [
      'thay thế cho',
      'Quyết định này thay thế cho Quyết định số 2541/QĐ-UBND ngày 30/12/2021 của Chủ tịch UBND tỉnh.',
      [change({ kind: 'thay-the', by: 'self:Quyết định', target: '2541/QĐ-UBND' })],
    ],
    [
      'sửa đổi, bổ sung a part (khoản of an Điều), the document itself implied',
      'Điều 1. Sửa đổi, bổ sung khoản 2 Điều 3 của Quyết định số 15/2021/QĐ-UBND ngày 20/4/2021 của UBND tỉnh như sau:',
      [change({ kind: 'sua-doi-bo-sung', by: 'implicit', target: '15/2021/QĐ-UBND', part: 'khoản 2 Điều 3' })],
    ],
    [
      'sửa đổi an Điều',
      'Sửa đổi Điều 1 Quyết định số 789/QĐ-UBND ngày 02/6/2022 của UBND tỉnh.',
      [change({ kind: 'sua-doi', by: 'implicit', target: '789/QĐ-UBND', part: 'Điều 1' })],
    ],
    [
      'bổ sung a point',
      '2. Bổ sung điểm e khoản 1 Điều 4 Quyết định số 21/2022/QĐ-UBND ngày 08/7/2022 của UBND tỉnh.',
      [change({ kind: 'bo-sung', by: 'implicit', target: '21/2022/QĐ-UBND', part: 'điểm e khoản 1 Điều 4' })],
    ],
    [
      'sửa đổi of an attached regulation, named by `ban hành kèm theo`',
      'Điều 1. Sửa đổi, bổ sung một số điều của Quy định về quản lý cụm công nghiệp ban hành kèm theo Quyết định số 05/2020/QĐ-UBND ngày 14/02/2020 của UBND tỉnh Quảng Ngãi như sau:',
      [change({ kind: 'sua-doi-bo-sung', by: 'implicit', target: '05/2020/QĐ-UBND', part: 'một số điều của Quy định về quản lý cụm công nghiệp' })],
    ],
    [
      'điều chỉnh',
      'Điều chỉnh Điều 2 Quyết định số 1650/QĐ-UBND ngày 29/9/2023 của Chủ tịch UBND tỉnh.',
      [change({ kind: 'dieu-chinh', by: 'implicit', target: '1650/QĐ-UBND', part: 'Điều 2' })],
    ],
    [
      'bãi bỏ one instrument',
      'Điều 2. Bãi bỏ Quyết định số 33/2019/QĐ-UBND ngày 14/10/2019 của UBND tỉnh ban hành Quy định về quản lý chợ.',
      [change({ kind: 'bai-bo', by: 'implicit', target: '33/2019/QĐ-UBND' })],
    ],
    [
      'bãi bỏ a part of an attached regulation',
      'Bãi bỏ khoản 4 Điều 5 Quy định ban hành kèm theo Quyết định số 20/2020/QĐ-UBND ngày 01/6/2020 của UBND tỉnh.',
      [change({ kind: 'bai-bo', by: 'implicit', target: '20/2020/QĐ-UBND', part: 'khoản 4 Điều 5 Quy định' })],
    ],
    [
      'bãi bỏ two instruments joined by và',
      'Bãi bỏ Quyết định số 5/2019/QĐ-UBND và Quyết định số 6/2019/QĐ-UBND của UBND tỉnh.',
      [change({ kind: 'bai-bo', by: 'implicit', target: '5/2019/QĐ-UBND' }), change({ kind: 'bai-bo', by: 'implicit', target: '6/2019/QĐ-UBND' })],
    ],
    [
      'bãi bỏ a list in the sentence (`các Quyết định sau:`)',
      'Bãi bỏ các Quyết định sau: Quyết định số 1/2010/QĐ-UBND ngày 05/01/2010 của UBND tỉnh về phí chợ; Quyết định số 2/2011/QĐ-UBND ngày 06/01/2011 của UBND tỉnh; Quyết định số 3/2012/QĐ-UBND ngày 07/01/2012 của UBND tỉnh.',
      [
        change({ kind: 'bai-bo', by: 'implicit', target: '1/2010/QĐ-UBND' }),
        change({ kind: 'bai-bo', by: 'implicit', target: '2/2011/QĐ-UBND' }),
        change({ kind: 'bai-bo', by: 'implicit', target: '3/2012/QĐ-UBND' }),
      ],
    ],
    [
      'hủy bỏ',
      'Hủy bỏ Quyết định số 901/QĐ-UBND ngày 11/5/2024 của Chủ tịch UBND huyện Ba Tơ.',
      [change({ kind: 'huy-bo', by: 'implicit', target: '901/QĐ-UBND' })],
    ],
    [
      'hết hiệu lực from a printed date',
      'Quyết định số 45/2018/QĐ-UBND ngày 12/12/2018 của UBND tỉnh hết hiệu lực kể từ ngày 01 tháng 01 năm 2025.',
      [change({ kind: 'het-hieu-luc', by: 'implicit', target: '45/2018/QĐ-UBND', date: day('2025-01-01') })],
    ],
    [
      'hết hiệu lực thi hành from this document’s entry into force',
      'Quyết định số 10/2017/QĐ-UBND ngày 03/4/2017 của UBND tỉnh hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực.',
      [change({ kind: 'het-hieu-luc', by: 'implicit', target: '10/2017/QĐ-UBND', date: { form: 'hieu-luc-van-ban' } })],
    ],
    [
      'đính chính',
      'Đính chính Quyết định số 1234/QĐ-UBND ngày 15/8/2024 của Chủ tịch UBND tỉnh như sau: tại Điều 1, đã in là “năm 2023”, nay sửa lại là “năm 2024”.',
      [change({ kind: 'dinh-chinh', by: 'implicit', target: '1234/QĐ-UBND' })],
    ],
    [
      'tạm ngưng hiệu lực thi hành, from a date',
      'Tạm ngưng hiệu lực thi hành Quyết định số 67/2023/QĐ-UBND ngày 01/12/2023 của UBND tỉnh kể từ ngày 01/3/2025.',
      [change({ kind: 'tam-ngung', by: 'implicit', target: '67/2023/QĐ-UBND', date: day('2025-03-01') })],
    ],
    [
      'đình chỉ thi hành',
      'Đình chỉ thi hành Quyết định số 88/QĐ-UBND ngày 10/10/2024 của Chủ tịch UBND huyện Ba Tơ.',
      [change({ kind: 'dinh-chi', by: 'implicit', target: '88/QĐ-UBND' })],
    ],
    [
      'tạm đình chỉ việc thi hành',
      'Tạm đình chỉ việc thi hành Quyết định số 89/QĐ-UBND ngày 11/10/2024 của Chủ tịch UBND huyện Ba Tơ.',
      [change({ kind: 'dinh-chi', by: 'implicit', target: '89/QĐ-UBND' })],
    ],
    [
      'a cited instrument amending another (real corpus 06)',
      'Căn cứ Nghị định số 91/2022/NĐ-CP ngày 30/10/2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP;',
      [change({ kind: 'sua-doi-bo-sung', by: '91/2022/NĐ-CP', target: '126/2020/NĐ-CP', part: 'một số điều', reported: true })],
    ],
    [
      'a cited instrument `về việc sửa đổi`',
      'Căn cứ Quyết định số 34/2023/QĐ-UBND ngày 05/5/2023 của UBND tỉnh về việc sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày 03/3/2020 của UBND tỉnh;',
      [change({ kind: 'sua-doi-bo-sung', by: '34/2023/QĐ-UBND', target: '12/2020/QĐ-UBND', part: 'một số điều của Quy định', reported: true })],
    ],
    [
      'passive, with both parts named (real corpus 09)',
      'Căn cứ khoản 3 Điều 18 Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính (được sửa đổi, bổ sung tại khoản 3 Điều 1 Thông tư số 130/2016/TT-BTC ngày 12/8/2016 của Bộ Tài chính);',
      [change({ kind: 'sua-doi-bo-sung', by: '130/2016/TT-BTC', target: '219/2013/TT-BTC', part: 'khoản 3 Điều 18', byPart: 'khoản 3 Điều 1', reported: true })],
    ],
    [
      'passive thay thế bằng',
      'Quyết định số 12/2015/QĐ-UBND ngày 02/02/2015 của UBND tỉnh đã được thay thế bằng Quyết định số 30/2022/QĐ-UBND ngày 09/9/2022 của UBND tỉnh.',
      [change({ kind: 'thay-the', by: '30/2022/QĐ-UBND', target: '12/2015/QĐ-UBND', reported: true })],
    ],
    [
      'passive, the changing instrument not named',
      'Quyết định số 13/2015/QĐ-UBND ngày 01/02/2015 của UBND tỉnh đã bị bãi bỏ.',
      [change({ kind: 'bai-bo', by: 'implicit', target: '13/2015/QĐ-UBND', reported: true })],
    ],
    [
      'passive, by this document',
      'Quyết định số 7/2016/QĐ-UBND ngày 04/3/2016 của UBND tỉnh bị bãi bỏ bởi Quyết định này.',
      [change({ kind: 'bai-bo', by: 'self:Quyết định', target: '7/2016/QĐ-UBND' })],
    ],
    [
      'two verbs, one subject',
      'Quyết định này thay thế Quyết định số 1/2014/QĐ-UBND ngày 01/01/2014 của UBND tỉnh và bãi bỏ Quyết định số 2/2014/QĐ-UBND ngày 02/01/2014 của UBND tỉnh.',
      [change({ kind: 'thay-the', by: 'self:Quyết định', target: '1/2014/QĐ-UBND' }), change({ kind: 'bai-bo', by: 'self:Quyết định', target: '2/2014/QĐ-UBND' })],
    ],
    [
      'entry into force and replacement in one sentence',
      'Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 456/QĐ-UBND ngày 10/01/2023 của Chủ tịch UBND tỉnh.',
      [
        change({ kind: 'thay-the', by: 'self:Quyết định', target: '456/QĐ-UBND' }),
        { type: 'effect', subject: 'self:Quyết định', from: { form: 'ky', days: 0 }, until: null },
      ],
    ],
    [
      'OCR damage: no diacritics',
      'Quyet dinh nay thay the Quyet dinh so 91/QD-UBND ngay 19/01/2024 cua UBND tinh.',
      [change({ kind: 'thay-the', by: 'self:Quyết định', target: '91/QĐ-UBND' })],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statementsOf(text)).toEqual(expected);
  });
});

describe('what states no change', () => {
  it.each([
    ['a proposal', 'Đề nghị Sở Tư pháp tham mưu bãi bỏ Quyết định số 12/2015/QĐ-UBND ngày 02/02/2015 của UBND tỉnh.'],
    ['a condition (real corpus 14)', 'Triển khai thực hiện khi có sửa đổi hoặc ban hành mới Quyết định thay thế Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008 của Thủ tướng Chính phủ ban hành Quy chế quản lý tài chính.'],
    ['a task to prepare one (real corpus 25)', '- Tham mưu trình ban hành Quy trình vận hành công trình thủy lợi nhằm điều chỉnh, thay thế cho Quy trình vận hành hệ thống thủy lợi sông Nhuệ được ban hành kèm theo Quyết định số 2152/QĐ-BNN-TCTL ngày 11/6/2020 của Bộ Nông nghiệp và Phát triển nông thôn;'],
    ['bổ sung money, not an instrument', 'Bổ sung kinh phí cho các xã theo Quyết định số 12/QĐ-UBND ngày 03/01/2024 của UBND huyện.'],
    ['a Tờ trình proposing it', 'Xét Tờ trình số 5/TTr-STP ngày 06/01/2025 của Sở Tư pháp về việc bãi bỏ Quyết định số 12/2015/QĐ-UBND ngày 02/02/2015 của UBND tỉnh.'],
    ['a negation', 'Quyết định số 12/2015/QĐ-UBND ngày 02/02/2015 của UBND tỉnh chưa được sửa đổi, bổ sung.'],
    ['verbs with no instrument (real corpus 16)', 'Kịp thời sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới các văn bản quy phạm pháp luật.'],
    ['a plan adjusted, not a cited instrument (seed 002)', 'b) Thực hiện hiệu quả Quyết định số 1038/QĐ-UBND ngày 13/7/2021 của UBND tỉnh phê duyệt điều chỉnh, bổ sung cục bộ Quy hoạch phát triển giao thông vận tải tỉnh Quảng Ngãi đến năm 2020.'],
    ['a review requested', 'Các cơ quan rà soát, đề xuất sửa đổi Quyết định số 5/2020/QĐ-UBND ngày 07/02/2020 của UBND tỉnh.'],
    ['a general repeal with nothing named', 'Các quy định trước đây trái với Quyết định này đều bị bãi bỏ.'],
    ['an alternative', 'Sở Tư pháp trình UBND tỉnh thay thế hoặc bãi bỏ Quyết định số 8/2016/QĐ-UBND.'],
  ])('%s', (_name, text) => {
    expect(statementsOf(text).filter((s) => s.type === 'change')).toEqual([]);
  });
});
