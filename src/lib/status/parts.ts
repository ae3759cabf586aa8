/**
 * The words between an amending verb and the instruments it names, on folded text (citations/fold.ts):
 * the part named (`khoản 2 Điều 3 của`, `một số điều của Quy định … ban hành kèm theo`), the connectors
 * of a list (`, `, `và`), and whether the gap is one at all (`bổ sung kinh phí theo Quyết định …` is not).
 */

/** Words a gap may hold between a verb and its instrument: parts, connectors, generic type words. */
const GAP_WORDS = new Set(
  (
    'mot so dieu khoan diem cac cua tai va phu luc chuong muc tiet phan noi dung ten goi tieu de toan bo sau day nhu ' +
    'cho thuoc trong vao quy dinh che van ban quyet nghi chi thi thong tu nghi dinh ke hoach cong le danh sach ' +
    'nhung bang nhat hai ba bon nam thu doi voi'
  ).split(' '),
);
/** A part's own token: a number (`3`, `2.1`, `3a`), a point's letter (`a`, `đ`), a roman numeral (`II`). */
const PART_TOKEN = /^(?:\d+(?:\.\d+)*[a-z]?|[a-z]|[ivxlc]+)$/;

/** Structural words that make a gap name a part (otherwise it names the whole instrument). */
const PART_WORD = /\b(?:dieu|khoan|diem|phu luc|chuong|muc|tiet|phan|noi dung|ten goi|tieu de|mot so|quy dinh ve|nhung quy dinh)\b/;

/** Connectors trimmed from both ends of a part. */
const LEADING = /^(?:[\s,;:(]|cac\s|toan bo\s)*/;
const TRAILING = /(?:[\s,;:)]|\s(?:cua|tai|thuoc|trong|vao|doi voi|cac|ban hanh kem theo|kem theo|duoc ban hanh tai|ban hanh tai))*$/;

/** `… ban hành kèm theo`: an attached text (Quy định, Quy chế, Danh mục…) named before its decision. */
const ATTACHED = /^[^;.]{0,220}?\b(?:ban hanh\s+)?kem theo\s*$/;
/** `các quy định về … tại`: provisions named by subject. */
const PROVISIONS = /^\s*(?:cac\s+|nhung\s+)?(?:noi dung|quy dinh)\s+(?:ve|lien quan den|lien quan)\s+[^;.:]{1,160}?\s(?:tai|cua|trong)\s*$/;

export interface Gap {
  /** Offsets of the part within the gap, or null when the gap names the whole instrument. */
  part: [number, number] | null;
}

/** Reads the gap between a verb and the instrument after it; null when it is not a gap of that kind. */
export function readObjectGap(gap: string): Gap | null {
  if (gap.length > 260 || /[;]|\.(?:\s|$)/.test(gap)) return null;
  const words = gap.split(/[\s,:()"“”]+/).filter((word) => word !== '');
  const plain = words.every((word) => GAP_WORDS.has(word) || PART_TOKEN.test(word));
  if (!plain && !ATTACHED.test(gap) && !PROVISIONS.test(gap)) return null;
  const start = LEADING.exec(gap)![0].length;
  const end = start + gap.slice(start).replace(TRAILING, '').length;
  if (end <= start || !PART_WORD.test(gap.slice(start, end))) return { part: null };
  return { part: [start, end] };
}

/** A part printed just before a citation (`Căn cứ khoản 3 Điều 18 Thông tư số …`): its start in `before`, or null. */
const PART_AT_END =
  /(?:(?:diem\s+[a-z](?:\s*,\s*[a-z])*\s+)?(?:khoan\s+\d+[a-z]?(?:\s*,\s*\d+[a-z]?)*\s+)?dieu\s+\d+[a-z]?|phu\s+luc\s+[ivxlc\d]+|chuong\s+[ivxlc\d]+)(?:\s+(?:cua|tai))?\s*$/;

export function partBefore(before: string): [number, number] | null {
  const m = PART_AT_END.exec(before);
  if (!m) return null;
  const text = m[0].replace(/(?:\s+(?:cua|tai))?\s*$/, '');
  return [m.index, m.index + text.length];
}

/** Between two instruments of one list: `, `, `; `, `và`, a number (`2.`), optionally `số`. */
export const LIST_GAP = /^[\s,;]*(?:(?:va|hoac|&)\s+)?(?:\d+[.)]\s*|[a-z]\)\s*)?$/;

/**
 * Words before a verb that make it a proposal, a request or a condition rather than an act
 * (`đề nghị bãi bỏ`, `khi có Quyết định thay thế`, `chưa được sửa đổi`): the verb then states nothing.
 */
export const NOT_AN_ACT =
  /\b(?:de nghi|de xuat|kien nghi|khi co|neu(?!\s+(?:tai|tren|o|ro)\b)|truong hop|du kien|se|xem xet|nghien cuu|tham muu|trinh|du thao|ra soat|can(?!\s+cu\b)|phai|chuan bi|yeu cau|chi dao|giao|co the|chua|khong|nham|tien toi|sau khi|hoan thien|tham dinh|gop y|lay y kien)\b/;
