/**
 * The bad files of issue 13, as a table: each is refused with its exact one line naming it and the
 * reason, all in one run, exit code 1, no stack trace, nothing written. And what used to be skipped
 * silently or crashed is now accounted for: sub-folders are read, a link inside the folder is followed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp1252TextOf } from '../../src/lib/extract/encodings/single-byte.ts';
import { copyProject, type TempProject } from '../support/project.ts';

let project: TempProject;
let outside: string;
beforeAll(() => {
  project = copyProject('archive-bad-files');
  outside = mkdtempSync(path.join(os.tmpdir(), 'ngoai-'));
  writeFileSync(path.join(outside, 'cv-ngoai.txt'), 'Số: 1/UBND\n');
});
afterAll(() => {
  project?.remove();
  rmSync(outside, { recursive: true, force: true });
});

const SEED = 'cv-5817-ubnd-ktth-2024.txt';
const seedText = () => readFileSync(path.join(project.sources, SEED), 'utf8');
const LONG_NAME = `${'van-ban-rat-dai-'.repeat(15)}x.txt`; // 245 characters

/** File (inside content/sources/) → how it is made → the exact line the ingest prints for it. */
const TABLE: Array<[string, () => Uint8Array | string | 'outside-link', string]> = [
  ['cu.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'tệp Word 97–2003 (.doc) không được hỗ trợ: hãy lưu lại thành .docx hoặc PDF'],
  ['trang.html', () => '<html><body>-Công văn</body></html>', 'trang web (.html) không được hỗ trợ: hãy lưu văn bản thành .docx, PDF hoặc .txt'],
  ['bang.xyz', () => 'Công văn', 'định dạng .xyz không được hỗ trợ (nhận .txt, .md, .docx, .pdf, .png, .jpg, .jpeg, .tif, .tiff)'],
  ['khong-duoi', () => 'Công văn', 'tệp không có phần mở rộng (nhận .txt, .md, .docx, .pdf, .png, .jpg, .jpeg, .tif, .tiff)'],
  ['gia.pdf', () => 'Số: 5817/UBND-KTTH ngày 29/10/2024 (chỉ có chữ ASCII, không phải PDF)', 'không phải tệp PDF (thiếu phần đầu %PDF-)'],
  ['gia.docx', () => 'Công văn', 'không phải tệp Word .docx (không có cấu trúc ZIP của .docx)'],
  ['.an.txt', () => seedText(), 'tệp ẩn (tên bắt đầu bằng dấu chấm), không phải văn bản: hãy xoá hoặc đổi tên'],
  ['~$khoa.docx', () => Uint8Array.from([0x05, 0x54, 0x72, 0x61]), 'tệp khoá của Word (~$…), không phải văn bản: hãy đóng Word rồi xoá tệp này'],
  ['tam.txt~', () => seedText(), 'tệp tạm của trình soạn thảo, không phải văn bản: hãy xoá'],
  [LONG_NAME, () => seedText(), `tên tệp quá dài (${Buffer.byteLength(LONG_NAME)} byte, tối đa 200): hãy đặt tên ngắn hơn`],
  ['ngoai.txt', () => 'outside-link', 'liên kết tượng trưng trỏ ra ngoài thư mục nguồn (tới OUTSIDE/cv-ngoai.txt)'],
  ['rong.pdf', () => new Uint8Array(0), 'tệp rỗng (0 byte)'],
  [
    'mojibake.txt',
    () => 'Ã¢y lÃ  chá»¯ UTF-8 Ä‘á»c nháº§m hai láº§n rá»“i lÆ°u láº¡i\n',
    'chữ lỗi mã (mojibake): có vẻ là văn bản TCVN3 (ABC) hoặc VNI-Windows bị lưu nhầm thành UTF-8; hãy lưu lại bằng Unicode',
  ],
  [
    'latin1.txt',
    () => Uint8Array.from(Buffer.from('Le caf\xe9 r\xe9sum\xe9 na\xefve d\xe9j\xe0 vu \xe0 la cr\xe8me br\xfbl\xe9e\n', 'latin1')),
    'không giải mã được UTF-8 ở byte 6; có thể là Windows-1258 hoặc TCVN3 (ABC) hoặc VNI-Windows nhưng không chắc chắn: hãy lưu lại bằng Unicode (UTF-8)',
  ],
];

function ingest(env: Record<string, string> = {}) {
  const result = project.node(['scripts/ingest.ts'], env);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stderr.trim().split('\n') };
}

const STACK = /^\s+at\s|node:internal|\.ts:\d+:\d+/m;

describe('bad source files, one run', () => {
  let result: ReturnType<typeof ingest>;
  beforeAll(() => {
    for (const [name, make] of TABLE) {
      const file = path.join(project.sources, name);
      const content = make();
      if (content === 'outside-link') symlinkSync(path.join(outside, 'cv-ngoai.txt'), file);
      else writeFileSync(file, content);
    }
    result = ingest();
    for (const [name] of TABLE) rmSync(path.join(project.sources, name), { force: true });
  });

  it('exits 1 without a stack trace and writes nothing', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK);
    expect(existsSync(path.join(project.root, 'content/generated'))).toBe(false);
    expect(result.lines[0]).toBe(`ingest: ${TABLE.length} tệp bị từ chối, chưa ghi gì:`);
    expect(result.lines).toHaveLength(TABLE.length + 1);
  });

  it.each(TABLE.map(([name, , message]) => [name, message]))('%s: its exact line', (name, message) => {
    const expected = `  content/sources/${name}: ${message.replace('OUTSIDE', outside)}`;
    expect(result.lines).toContain(expected);
  });
});

describe('what used to be skipped silently', () => {
  it('reads sub-folders and follows a link that stays inside the folder; a corrections file mirrors the sub-folder', () => {
    mkdirSync(path.join(project.sources, '2024/ubnd'), { recursive: true });
    writeFileSync(path.join(project.sources, '2024/ubnd/cv-5817-ban-sao.md'), seedText().replace('5817', '5818'));
    symlinkSync(path.join(project.sources, '2024/ubnd/cv-5817-ban-sao.md'), path.join(project.sources, 'lien-ket.md'));
    mkdirSync(path.join(project.root, 'content/corrections/2024/ubnd'), { recursive: true });
    writeFileSync(path.join(project.root, 'content/corrections/2024/ubnd/cv-5817-ban-sao.yaml'), 'note: Bản sao lưu theo năm.\n');
    try {
      const result = ingest();
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^ingest: 7 văn bản \(0 chuyển bảng mã\)/);
      // The link is a second copy of the sub-folder's document: kept, and named in a warning.
      expect(result.lines).toEqual([expect.stringMatching(/^cảnh báo: content\/sources\/lien-ket\.md: cùng định danh với content\/sources\/2024\/ubnd\/cv-5817-ban-sao\.md;/)]);
    } finally {
      rmSync(path.join(project.sources, '2024'), { recursive: true, force: true });
      rmSync(path.join(project.sources, 'lien-ket.md'), { force: true });
      rmSync(path.join(project.root, 'content/corrections/2024'), { recursive: true, force: true });
    }
  });

  it('refuses a corrections file that is not UTF-8 (it used to give the issuer U+FFFD, marked corrected)', () => {
    const file = path.join(project.root, 'content/corrections/cv-5817-ubnd-ktth-2024.yaml');
    writeFileSync(file, Buffer.from(cp1252TextOf(Uint8Array.from([...Buffer.from('issuer: UBND t'), 0xec, 0xd2, ...Buffer.from('nh\n')])), 'latin1'));
    try {
      const result = ingest();
      expect(result.status).toBe(1);
      expect(result.lines).toEqual(['ingest: content/corrections/cv-5817-ubnd-ktth-2024.yaml: tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI); hãy lưu lại bằng UTF-8.']);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('a scan met without Tesseract is one line saying what to install', () => {
    writeFileSync(path.join(project.sources, 'quet.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    try {
      const result = ingest({ PATH: '/nonexistent' });
      expect(result.status).toBe(1);
      expect(result.lines).toEqual([
        'ingest: 1 tệp bị từ chối, chưa ghi gì:',
        '  content/sources/quet.png: cần Tesseract để đọc bản quét nhưng máy chưa cài: hãy chạy "apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils"',
      ]);
    } finally {
      rmSync(path.join(project.sources, 'quet.png'), { force: true });
    }
  });
});
