/** The editors' statement of a status in content/instruments.yaml: accepted forms and one-sentence errors. */
import { describe, expect, it } from 'vitest';
import { EditorialError, loadInstrumentsFile } from '../../citations/editorial.ts';

const load = (yaml: string) => loadInstrumentsFile(yaml, 'content/instruments.yaml');

describe('an editor’s status statement', () => {
  it.each([
    ['the label', 'Hết hiệu lực toàn bộ'],
    ['the label without diacritics', 'het hieu luc toan bo'],
    ['the slug', 'het-hieu-luc-toan-bo'],
  ])('reads the status from %s, with its date and source', (_name, value) => {
    const file = load(`33-2019-qd-ubnd:\n  status:\n    value: ${value}\n    date: 01/07/2025\n    source: Công báo tỉnh số 30\n`);
    expect(file.entries['33-2019-qd-ubnd']!.status).toEqual({ status: 'het-hieu-luc-toan-bo', date: { iso: '2025-07-01', precision: 'day' }, source: 'Công báo tỉnh số 30' });
  });

  it('takes a date known to the month, or none', () => {
    expect(load('a-1:\n  status: { value: Còn hiệu lực, date: 03/2024, source: vbpl.vn }\n').entries['a-1']!.status!.date).toEqual({ iso: '2024-03', precision: 'month' });
    expect(load('a-1:\n  status: { value: Còn hiệu lực, source: vbpl.vn }\n').entries['a-1']!.status!.date).toBeNull();
  });

  it.each([
    ['an unknown status', 'a-1:\n  status: { value: đang áp dụng, source: x }\n', 'mục "a-1" có status "đang áp dụng" không phải là tình trạng hiệu lực'],
    ['no source', 'a-1:\n  status: { value: Còn hiệu lực }\n', 'mục "a-1" có status thiếu source'],
    ['a bad date', 'a-1:\n  status: { value: Còn hiệu lực, date: 31/02/2024, source: x }\n', 'có ngày "31/02/2024" không hợp lệ'],
    ['an unknown key', 'a-1:\n  status: { value: Còn hiệu lực, source: x, by: y }\n', 'có khóa "by" không được hỗ trợ'],
    ['a plain string', 'a-1:\n  status: Còn hiệu lực\n', 'không phải là một bảng (value, date, source)'],
  ])('rejects %s in one sentence naming the file', (_name, yaml, message) => {
    expect(() => load(yaml)).toThrow(EditorialError);
    expect(() => load(yaml)).toThrow(new RegExp(`^content/instruments\\.yaml: .*${message.replace(/[()]/g, '\\$&')}`));
  });
});
