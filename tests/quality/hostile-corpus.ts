/**
 * The hostile corpus: the committed text fixtures of tests/fixtures/hostile/ plus the documents generated
 * here (too big, binary-looking or invisible to commit): a 1 MB document, one with 500 citations, NFD text,
 * CRLF line endings, a UTF-8 BOM, UTF-16 LE and BE with BOM, zero-width and non-breaking spaces.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/site.ts';

export const FIXTURES = path.join(ROOT, 'tests/fixtures/hostile');

export interface HostileSource {
  name: string;
  bytes: Uint8Array;
  /** The printed number (each hostile document has its own: 9001…). */
  number: string;
  /** Strings that must appear, as text, on the document's page. */
  literal: string[];
}

/** A complete document around `body`, numbered `number`/UBND-VP, dated January 2025. */
export function documentText(number: number, subject: string, body: string): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG NGÃI',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    `Số: ${number}/UBND-VP`,
    '',
    `Quảng Ngãi, ngày ${String((number % 28) + 1).padStart(2, '0')} tháng 02 năm 2025`,
    '',
    `V/v ${subject}`,
    '',
    'Kính gửi: Văn phòng UBND tỉnh.',
    '',
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '',
    'Nguyễn Văn Thử',
    '',
  ].join('\n');
}

const PARAGRAPH =
  'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố khẩn trương rà soát, ' +
  'tổng hợp và báo cáo kết quả thực hiện nhiệm vụ được giao; bảo đảm chất lượng, đúng thời hạn, không để chậm trễ.';

const ENCODED_BODY = 'Tiếng Việt có dấu: Quảng Ngãi, Nghĩa Hành, Đức Phổ, Sơn Tịnh, Lý Sơn; chữ hoa ĐẶNG THỊ Ỹ và ký hiệu ₫ € “ngoặc kép”.';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? unit >> 8 : unit & 0xff;
    bytes[3 + i * 2] = bigEndian ? unit & 0xff : unit >> 8;
  }
  return bytes;
}

const FIXTURE_LITERALS: Record<string, string[]> = {
  'cv-9001-mdx-jsx.txt': [
    '{props.tieuDe}',
    '<Component />',
    '{1 + 1}',
    '{frontmatter.title}',
    '<Ref to="57-nq-cp-2022">Nghị quyết giả mạo</Ref>',
    '<div onClick={() => alert(1)}>bấm vào đây</div>',
    "import fs from 'node:fs'",
    "export const meta = { title: 'bị chèn' }",
    'export default function Layout() { return null }',
    '<>{"mảnh rỗng"}</>',
    '{/* chú thích JSX */}',
    '<br/>',
  ],
  'cv-9002-html.txt': [
    '<script>alert("trich-yeu")</script>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<svg onload=alert(1)><circle r="5"/></svg>',
    '<a href="javascript:alert(1)">liên kết độc</a>',
    '<style>body { display: none }</style>',
    '<!-- chú thích HTML ẩn -->',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '&lt;script&gt; và &amp; và &#60;b&#62;',
    '</article></main></body></html>',
    '<![CDATA[ ]]> và </script><script>alert(2)</script>',
    '<p style="color:red" onmouseover="alert(3)">đoạn có thuộc tính</p>',
  ],
  'cv-9003-markdown.txt': [
    '`mã` và ${chuoi}',
    '${process.exit(1)}',
    '`${globalThis.alert(1)}`',
    'Dấu huyền đơn ` và ba dấu ``` giữa dòng.',
    '```js',
    '~~~',
    'đoạn thụt lề bốn khoảng trắng',
    '[liên kết](javascript:alert(1))',
    '![ảnh](https://evil.example/anh.png)',
    '<javascript:alert(1)>',
    '[1]: javascript:alert(1)',
    '$$ \\frac{1}{2} $$ và $x$',
    'Ghi chú (*): 5 * 3 = 15.',
  ],
  'Công văn số 12 về việc thử.txt': ['Tên tệp nguồn của văn bản này có khoảng trắng'],
};

/** Every hostile source: committed fixtures and generated ones. */
export function hostileSources(): HostileSource[] {
  const sources: HostileSource[] = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(FIXTURES, name));
      const number = /Số: (\d+)\//.exec(bytes.toString('utf8'))![1]!;
      return { name: name.normalize('NFC'), bytes, number, literal: FIXTURE_LITERALS[name.normalize('NFC')] ?? [] };
    });

  // 1 MB: many paragraphs, and one paragraph of 100 kB without a line break.
  const paragraphs: string[] = [];
  for (let i = 1; utf8(paragraphs.join('\n\n')).length < 900_000; i++) paragraphs.push(`${i}. ${PARAGRAPH}`);
  paragraphs.push(`Đoạn rất dài: ${Array.from({ length: 450 }, () => PARAGRAPH).join(' ')}`);
  const big = documentText(9004, 'thử một văn bản dài 1 MB', paragraphs.join('\n\n'));
  sources.push({ name: 'cv-9004-1mb.txt', bytes: utf8(big), number: '9004', literal: [`${paragraphs.length - 1}. ${PARAGRAPH}`] });

  // 500 distinct citations in one document.
  const citations = Array.from({ length: 500 }, (_, i) => `Công văn số ${i + 1}/UBND-VP ngày ${(i % 28) + 1}/${(i % 12) + 1}/2024 của UBND tỉnh Quảng Ngãi`);
  const cited = documentText(9005, 'thử 500 trích dẫn', citations.map((citation, i) => `${i + 1}) Căn cứ ${citation};`).join('\n\n'));
  sources.push({ name: 'cv-9005-500-trich-dan.txt', bytes: utf8(cited), number: '9005', literal: [citations[0]!, citations[499]!] });

  const encoded = (number: number, label: string) => documentText(number, `thử mã hóa ${label}`, `${ENCODED_BODY} (${label})`);
  sources.push({ name: 'cv-9006-nfd.txt', bytes: utf8(encoded(9006, 'NFD').normalize('NFD')), number: '9006', literal: [ENCODED_BODY] });
  sources.push({ name: 'cv-9007-crlf.txt', bytes: utf8(encoded(9007, 'CRLF').replace(/\n/g, '\r\n')), number: '9007', literal: [ENCODED_BODY] });
  sources.push({ name: 'cv-9008-bom.txt', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(encoded(9008, 'BOM'))]), number: '9008', literal: [ENCODED_BODY] });
  sources.push({ name: 'cv-9009-utf16le.txt', bytes: utf16(encoded(9009, 'UTF-16 LE').replace(/\n/g, '\r\n'), false), number: '9009', literal: [ENCODED_BODY] });
  sources.push({ name: 'cv-9010-utf16be.txt', bytes: utf16(encoded(9010, 'UTF-16 BE'), true), number: '9010', literal: [ENCODED_BODY] });

  // Invisible characters: zero-width space, joiner, non-joiner, word joiner, a BOM inside the text,
  // no-break and narrow no-break spaces, and a right-to-left override.
  const invisible =
    'Quảng\u200bNgãi có dấu cách rộng bằng không; Nghĩa\u00a0Hành có dấu cách không ngắt; 30\u202f000 đồng; ' +
    'Sơn\u200dTịnh\u200cLý\u2060Sơn; giữa\ufeffvăn bản; đảo chiều \u202eABC\u202c hết.';
  sources.push({ name: 'cv-9011-khoang-trang-vo-hinh.txt', bytes: utf8(documentText(9011, 'thử ký tự vô hình', invisible)), number: '9011', literal: ['Nghĩa\u00a0Hành', '30\u202f000 đồng'] });
  return sources;
}
