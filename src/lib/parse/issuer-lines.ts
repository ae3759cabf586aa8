/**
 * The issuing body block, top left of the header: one or two bodies printed in capitals over
 * one or more lines (`UBND TỈNH QUẢNG NGÃI` / `SỞ KẾ HOẠCH VÀ ĐẦU TƯ`). Lines are grouped into
 * bodies by their head word; a line that starts with an administrative level (`TỈNH QUẢNG NGÃI`)
 * or no head at all (`MÔI TRƯỜNG` after `BỘ NÔNG NGHIỆP VÀ`) continues the body above it.
 */
import { canonicalIssuerName } from '../issuer.ts';
import { keyOf, type Line } from './lines.ts';
import { isAllCaps, isMotto } from './keywords.ts';

export const HEAD = new RegExp(
  '^(uy ban|ubnd|hoi dong|bo|so|cuc|tong cuc|chi cuc|vu|van phong|thu tuong|chinh phu|thue|ban|phong|' +
    'trung tam|kho bac|bao hiem|tinh uy|thanh uy|huyen uy|dang uy|cong an|vien|toa an|kiem toan|' +
    'ngan hang|quoc hoi|doan|hoi|dang bo|dang uy)\\b',
);

export interface IssuerPair {
  issuer: string | null;
  issuerParent: string | null;
  /** Every body printed, in order, in the written form (issuing-bodies.ts reads parents and joint issuers from them). */
  bodies: string[];
  /** Indices of the lines that printed the bodies. */
  used: number[];
}

/** Reads the bodies printed in lines [0, end). */
export function readIssuer(lines: Line[], end: number): IssuerPair {
  const bodies: string[] = [];
  const used: number[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    const text = issuerPart(line);
    if (text === null) continue;
    used.push(i);
    const key = line.key.trim();
    const last = bodies[bodies.length - 1];
    const incomplete = last !== undefined && (/(\sVÀ|,)$/.test(last) || /^(ỦY|UỶ) BAN NHÂN DÂN$/.test(last));
    if (last === undefined || (HEAD.test(key) && !incomplete)) bodies.push(...splitJoint(text));
    else bodies[bodies.length - 1] = `${last} ${text}`;
  }
  const issuer = bodies[bodies.length - 1];
  const parent = bodies.length >= 2 ? bodies[bodies.length - 2] : undefined;
  return {
    issuer: issuer === undefined ? null : canonicalIssuerName(issuer),
    issuerParent: parent === undefined ? null : canonicalIssuerName(parent),
    bodies: bodies.map(canonicalIssuerName),
    used,
  };
}

/** `BỘ CÔNG AN - BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG`: two bodies on one line (not `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`). */
function splitJoint(text: string): string[] {
  const parts = text.split(/\s+[-–]\s+/);
  return parts.length > 1 && parts.every((p) => HEAD.test(keyOf(p))) ? parts : [text];
}

/**
 * The part of a line that names a body, or null. Scans put the motto on the same line
 * (`VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI…`); stamps and signature metadata are not bodies.
 */
function issuerPart(line: Line): string | null {
  let text = line.text;
  const motto = /\s*C[ỘO]NG H[ÒOÀ]+A? XÃ HỘI/u.exec(text);
  if (motto && motto.index > 0) text = text.slice(0, motto.index);
  else if (isMotto(line)) return null;
  text = text.trim().replace(/\s+/g, ' ');
  if (!/^[\p{Lu}][\p{L}\s.,&–-]*$/u.test(text)) return null;
  return isAllCaps(text, 3) ? text : null;
}
