/**
 * Every statement about legal force in the real corpus and the seeds, from a reading of each source
 * (grep for sửa đổi, bổ sung, thay thế, bãi bỏ, hiệu lực, đính chính, ngưng, đình chỉ, then the sentence).
 *
 * Read and left out, on purpose:
 * - 14: `khi có sửa đổi hoặc ban hành mới Quyết định thay thế Quyết định số 118/2008/QĐ-TTg`, `khi có Thông tư
 *   mới thay thế Thông tư số 92/2009/TT-BTC …`: conditions, nothing is replaced yet.
 * - 25: `Tham mưu trình ban hành Quy trình … nhằm điều chỉnh, thay thế cho Quy trình … Quyết định số
 *   2152/QĐ-BNN-TCTL`: a task to prepare a replacement.
 * - 16, 25: `Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật`, `Luật sửa đổi, bổ
 *   sung một số điều của Luật Xây dựng ngày 17/6/2020`: the amending law is cited by a name the citation
 *   detector does not read as an instrument (no number; see notes/i15.md for i14), so neither side can be linked.
 * - 21: `Thông tư số 59/2025/TT-BTC … sửa đổi, bổ sung một số điều của các Thông tư về thuế sử dụng đất nông
 *   nghiệp`: the amended Thông tư are not named. `Nghị quyết 107/2020/QH14 về kéo dài thời hạn miễn thuế`:
 *   an extension, not one of the amending verbs.
 * - 12, 16, 18: `bãi bỏ 100% điều kiện đầu tư kinh doanh …`, `sửa đổi, bổ sung, thay thế, bãi bỏ … các văn bản`,
 *   `bãi bỏ các quy định không cần thiết`: no instrument named.
 * - seed 002 `phê duyệt điều chỉnh, bổ sung cục bộ Quy hoạch phát triển giao thông vận tải …`, seed 004
 *   `điều chỉnh, bổ sung nội dung thực hiện (nếu có)`: no cited instrument is changed.
 * - 08 quotes Điều 2 of Nghị định 72/2024/NĐ-CP (`Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm
 *   2024 …`) without an opening quotation mark: read as "this document", and the resolver drops it because the
 *   document is a Công văn, not a Nghị định (resolve.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_CORPUS, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';
import { statementsOfDocument } from './read.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../../content/sources');
const day = (iso: string) => ({ form: 'ngay', date: { iso, precision: 'day' } });
const signing = { form: 'ky', days: 0 };

const EXPECTED: Record<string, unknown[]> = {
  '06.txt': [{ kind: 'sua-doi-bo-sung', by: '91/2022/NĐ-CP', target: '126/2020/NĐ-CP', part: 'một số điều', byPart: null, reported: true }],
  '08.txt': [
    { subject: 'self:Nghị định', from: day('2024-07-01'), until: day('2024-12-31') },
    { subject: '72/2024/NĐ-CP', from: day('2024-07-01'), until: day('2024-12-31') },
  ],
  '09.txt': [
    { subject: '48/2024/QH15', from: day('2025-07-01'), until: null },
    { kind: 'sua-doi-bo-sung', by: '130/2016/TT-BTC', target: '219/2013/TT-BTC', part: 'khoản 3 Điều 18', byPart: 'khoản 3 Điều 1', reported: true },
  ],
  '21.txt': [
    // Said twice in one sentence: `số 28/2016/QH14 … về sửa đổi, bổ sung một số điều của Nghị quyết số 55/2010/QH12`
    // and `Nghị quyết số 55/2010/QH12 … đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 28/2016/QH14`.
    { kind: 'sua-doi-bo-sung', by: '28/2016/QH14', target: '55/2010/QH12', part: 'một số điều', byPart: null, reported: true },
    { kind: 'sua-doi-bo-sung', by: '28/2016/QH14', target: '55/2010/QH12', part: 'một số điều', byPart: null, reported: true },
  ],
  '25.txt': [{ subject: 'self:Quyết định', from: signing, until: null }],
  '27.txt': [{ subject: 'self:Quyết định', from: signing, until: null }],
  '28.txt': [{ subject: 'self:Nghị quyết', from: signing, until: null }],
};

const seedFiles = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const sources: Array<[string, string]> = [
  ...realCorpusFiles.map((name): [string, string] => [name, path.join(REAL_CORPUS, name)]),
  ...seedFiles.map((name): [string, string] => [`seed ${name}`, path.join(SEEDS, name)]),
];

function essentials(statement: ReturnType<typeof statementsOfDocument>[number]): Record<string, unknown> {
  if (statement.type === 'effect') return { subject: statement.subject, from: statement.from, until: statement.until };
  return { kind: statement.kind, by: statement.by, target: statement.target, part: statement.part, byPart: statement.byPart, reported: statement.reported };
}

describe('statements about legal force in the real corpus and the seeds', () => {
  it.each(sources)('%s: every one found, nothing else', (name, file) => {
    const found = statementsOfDocument(readFileSync(file, 'utf8')).map(essentials);
    expect(found).toEqual(EXPECTED[name] ?? []);
  });

  it('covers the files it lists', () => {
    expect(Object.keys(EXPECTED).every((name) => realCorpusFiles.length === 0 || realCorpusFiles.includes(name))).toBe(true);
  });
});
