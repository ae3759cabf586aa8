/**
 * Responsible bodies: where a body's name starts (a head word: Sở, Ban, UBND, Thủ trưởng…), where it
 * ends (at the verb that follows it: chủ trì, khẩn trương, tham mưu…), how a list of bodies splits,
 * and the written form each is shown in. Known bodies are matched loosely so the OCR seed's
 * `S& Ké hoach va Péau tu` is filed under `Sở Kế hoạch và Đầu tư` like every other document.
 */
import { rememberedByString } from '../text.ts';
import { editDistance, prepare, skeleton } from './keys.ts';

/** Bodies of the province as they are written; also keeps stop words out of names (`Sở Xây dựng`). */
const KNOWN = [
  'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Tài nguyên và Môi trường', 'Sở Giao thông vận tải',
  'Sở Công Thương', 'Sở Nội vụ', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ', 'Sở Xây dựng',
  'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Tư pháp', 'Sở Ngoại vụ', 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh',
  'Ban Dân tộc tỉnh', 'Cục Thuế tỉnh', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Kho bạc Nhà nước tỉnh',
  'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi',
  'Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh',
  'UBND các huyện, thị xã, thành phố', 'Chủ tịch UBND các huyện, thị xã, thành phố',
  'Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh', 'Các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh',
  'Các cơ quan Trung ương trên địa bàn tỉnh', 'Các sở, ban, ngành tỉnh',
].map((name) => ({ name, skeleton: skeleton(name), words: name.split(' ').length }));

/** Words that begin a body's name. `needUpper`: only when the next word is capitalized (`Ban Quản lý`, not `Ban hành`). */
const HEADS: { re: RegExp; needUpper: boolean; upperSelf?: boolean }[] = [
  { re: /^s[o0&¢ed] /, needUpper: false, upperSelf: true },
  { re: /^(?:ubnd|ubmttq|uy ban|mttq|mat tran|hdnd)/, needUpper: false },
  { re: /^(?:van phong|vp) /, needUpper: false },
  { re: /^(?:phong|ban|hoi|trung tam|bo|vu|cuc|chi cuc|tong cuc|thanh tra|dai|bao|benh vien|truong|vien|doan|kho bac|ngan hang) /, needUpper: true },
  { re: /^(?:cong an|bo truong|truong ban|dai truyen hinh|dai phat thanh|bo chi huy|bao hiem xa hoi|thanh doan|tinh doan|huyen doan|lien doan|th[ui] tr[uw]+[oe]ng|chu tich|pho chu tich|giam doc|chanh van phong|co quan|ch[ui] dau tu|to cong tac|ban chi dao|hoi dong)\b/, needUpper: false },
  { re: /^c[ae][a4]?c (?:s[o0&¢d]|ban|nganh|co quan|don vi|dia phuong|ch[ui] dau tu|doanh nghiep|hoi|phong|bo|huyen|xa|to chuc|truong|thanh vien)\b/, needUpper: false },
];

/** Verbs and particles that end a body's name; matched only on lower-case words of the text. */
const STOPS = new RegExp(
  '^(?:' +
    [
      'chu tri', 'ph[oe0][i1] hop', 'co trach nhiem', 'chiu trach', 'theo', 'tap trung', 'kh[ae]n tr[uw]+ong',
      'thuong xuyen', 'tiep tuc', 'chu dong', 'to chuc', 'trien khai', 'tham muu', 'tong hop', 'nghien cuu',
      'thuc hien', 'xay dung', 'ra so[au]?t', 'phan dau', 'hoan thanh', 'hoan chinh', 'huong dan', 'day nhanh',
      'day manh', 'nghiem t[ui]c', 'kip thoi', 'bao cao', 'la', 'duoc', 'can cu', 'quan ly', 'dieu chinh',
      'tiep thu', 'lam viec', 'khac phuc', 'tich cuc', 'kiem tra', 'don doc', 'de', 'trinh', 'giai quyet',
      'uu tien', 'bo tri', 'cung cap', 'chi dao', 'lien he', 'thong bao', 'phe duyet', 'ban hanh', 'tiep nhan',
      'xem xet', 'tang cuong', 'nang cao', 'phai', 'som', 'co y kien', 'xu ly', 'bo sung', 'dam bao', 'bao dam',
      'danh gia', 'tuyen truyen', 'ky ket', 'tham gia', 'cap nhat', 'lap', 'gui', 'nop', 'ho tro', 'nham',
      'trong', 'tai', 've', 'sau khi', 'khi', 'neu', 'cho', 'voi', 'dong thoi', 'thuc thi', 'khan', 'tiep',
      'cu', 'yeu cau', 'mot', 'cac noi dung', 'nhu sau', 'thong qua', 'nhan (?!dan)', 'chia se', 'phan cong', 'dua',
    ].join('|') +
    ')\\b',
);

/**
 * Verbs that end a name even when capitalized (`Giao Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ…`).
 * Others are not, because they also begin names: `Sở Xây dựng`, `Ban Tổ chức`, `Ban Chỉ đạo`, `Ủy ban Kiểm tra`.
 */
const CAPITAL_STOPS = /^(?:chu tri|ph[oe0][i1] hop|co trach nhiem|chiu trach nhiem|kh[ae]n tr[uw]+ong|tap trung|tiep tuc|chu dong|trien khai|tham muu|thuc hien|ra soat|hoan thanh|day nhanh|nghiem tuc|kip thoi|theo doi)\b/;

/** True where a body's name starts at `pos`. */
export function isHeadAt(text: string, key: string, pos: number): boolean {
  const rest = key.slice(pos);
  for (const head of HEADS) {
    const m = head.re.exec(rest);
    if (!m) continue;
    if (head.upperSelf && !/\p{Lu}/u.test(text[pos] ?? '')) continue;
    if (head.needUpper && !/\p{Lu}|\d/u.test(text[pos + m[0].length] ?? '')) continue;
    return true;
  }
  return false;
}

/** Skeletons of the words of the text, remembered: the same words come back at every position. */
const wordSkeleton = rememberedByString(skeleton);

/** A known body starting at `pos`, as the end offset of its printed form, or -1. */
function knownAt(text: string, pos: number): number {
  const tokens: Array<{ index: number; 0: string }> = [];
  const word = /\S+/g;
  word.lastIndex = pos;
  for (let m = word.exec(text); m && tokens.length < 16; m = word.exec(text)) tokens.push({ index: m.index - pos, 0: m[0] });
  // The skeleton of the first n words, built word by word (a skeleton keeps letters only, so the skeleton of
  // the printed words is their skeletons joined); and their printed form, for the one that matches best.
  const skeletons = [''];
  for (const token of tokens) skeletons.push(skeletons.at(-1)! + wordSkeleton(token[0]));
  let best = { n: 0, d: Infinity };
  for (const known of KNOWN) {
    for (const n of [known.words, known.words - 1, known.words + 1]) {
      if (n < 1 || !tokens[n - 1]) continue;
      const limit = Math.max(1, Math.floor(known.skeleton.length * 0.15));
      const d = editDistance(skeletons[n]!, known.skeleton, limit);
      // The closest reading wins, so a name never swallows the verb after it.
      if (d <= limit && d < best.d) best = { n, d };
    }
  }
  if (best.n === 0) return -1;
  const last = tokens[best.n - 1]!;
  return pos + text.slice(pos, pos + last.index + last[0].length).replace(/[,;:.]+$/, '').length;
}

export interface Span {
  end: number;
  /** True when a verb ended the name: the body is the subject of something. */
  stopped: boolean;
}

/** Where the name (or list of names) starting at `pos` ends, or null past `maxWords` words. */
export function bodySpan(text: string, key: string, pos: number, maxWords = 40): Span | null {
  const re = /\S+/g;
  re.lastIndex = pos;
  let words = 0;
  let end = pos;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (at < end) continue;
    if (++words > maxWords) return null;
    const known = knownAt(text, at);
    if (known > at) {
      end = known;
      re.lastIndex = known;
      if (/^[.(]/.test(text.slice(known).trim()) && !/^\.\d/.test(text.slice(known))) return { end, stopped: false };
      continue;
    }
    const lower = /\p{Ll}/u.test(text[at] ?? '');
    if (at > pos && (lower ? STOPS : CAPITAL_STOPS).test(key.slice(at))) return { end: trimEnd(text, pos, at), stopped: true };
    if (text[at] === '(') return { end: trimEnd(text, pos, at), stopped: false };
    end = at + m[0].length;
    if (/\.$/.test(m[0]) && !/^(?:TP|Tp|P|T)\.$/.test(m[0])) return { end: trimEnd(text, pos, end), stopped: false };
    // `UBND các huyện: Tư Nghĩa, Mộ Đức` goes on; `… tham mưu UBND tỉnh:` before a new body or the end stops.
    if (/:$/.test(m[0]) && (end >= text.trimEnd().length || isHeadAt(text, key, end + 1))) return { end: trimEnd(text, pos, end), stopped: false };
  }
  return { end: trimEnd(text, pos, end), stopped: false };
}

function trimEnd(text: string, pos: number, end: number): number {
  return pos + text.slice(pos, end).replace(/[\s,;:.]+$/, '').length;
}

/** A printed list of bodies → one normalized name each. */
export function splitBodies(printed: string): string[] {
  const { text, key } = prepare(printed);
  const cuts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ';') cuts.push(i + 1);
    else if (ch === ',' && text[i + 1] === ' ' && isHeadAt(text, key, i + 2) && (/\p{Lu}/u.test(text[i + 2] ?? '') || key.startsWith('cac ', i + 2))) cuts.push(i + 1);
    else if ((key.startsWith(' va ', i) || key.startsWith(' & ', i)) && isHeadAt(text, key, i + (key[i + 1] === '&' ? 3 : 4)) && !/hdnd$/.test(key.slice(0, i))) cuts.push(i);
  }
  cuts.push(text.length);
  const out: string[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const piece = normalizeBody(text.slice(cuts[c], cuts[c + 1]));
    if (piece && !out.includes(piece)) out.push(piece);
  }
  return out;
}

/** Trims list punctuation, capitalizes, and files a known body under its written form. */
export function normalizeBody(printed: string): string {
  let name = printed.replace(/\s+/g, ' ').trim().replace(/^(?:và|va|&)\s+/i, '').replace(/^[\s,;:(]+|[\s,;:.)/]+$/g, '');
  if (!name) return '';
  const sk = skeleton(name);
  let best: { name: string; d: number } | null = null;
  for (const known of KNOWN) {
    const limit = Math.max(1, Math.floor(known.skeleton.length * 0.2));
    const d = editDistance(sk, known.skeleton, limit);
    if (d <= limit && (!best || d < best.d)) best = { name: known.name, d };
  }
  if (best) return best.name;
  // The archive writes `UBND` for Ủy ban nhân dân, as in issuer names.
  name = name.replace(/^(?:Ủy|Uỷ|ủy|uỷ) ban nhân dân\b/u, 'UBND');
  name = name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  return name;
}
