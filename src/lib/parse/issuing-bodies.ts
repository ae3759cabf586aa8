/**
 * Which printed bodies issue the document. The header prints a parent over its unit (`BỘ TÀI CHÍNH` /
 * `CỤC THUẾ`), or two bodies side by side in a joint document (`BỘ CÔNG AN - BỘ NÔNG NGHIỆP VÀ MÔI
 * TRƯỜNG`, each then signs); a Party committee under its Đảng bộ (`ĐẢNG BỘ TỈNH QUẢNG NGÃI` / `TỈNH ỦY`);
 * a Central Committee document names its issuing organ under the title (`KẾT LUẬN` / `CỦA BỘ CHÍNH TRỊ`)
 * or in the signature (`T/M BAN BÍ THƯ`); a bare unit under the Central Committee (`VĂN PHÒNG`) is named
 * in full by its symbol (`36-HD/VPTW` → Văn phòng Trung ương Đảng).
 */
import { canonicalIssuerName } from '../issuer.ts';
import { issuerCode, nationalIssuer, normalizeSymbol } from '../identity/index.ts';
import type { Signature } from '../../schemas/metadata.ts';
import { keyOf } from './lines.ts';

export interface IssuingBodies {
  issuer: string | null;
  issuerParent: string | null;
  /** Further issuing bodies of a joint document, each with its signing block when one names it. */
  coIssuers: { issuer: string; signature: Signature | null }[];
  /** The signature of the (first) issuer. */
  signature: Signature | null;
}

export interface IssuerEvidence {
  bodies: string[];
  /** The body named under a Party title (`BỘ CHÍNH TRỊ`), as printed. */
  titleBody: string | null;
  symbol: string | null;
  signatures: Signature[];
}

/** Bodies that are nobody's unit: two of them in a header are joint issuers, not parent and unit. */
const TOP_LEVEL = /^(?:bo (?!chi huy)|ubnd |hdnd |tinh uy|thanh uy|huyen uy|chinh phu$|thu tuong|quoc hoi$|toa an|vien kiem sat|uy ban mat tran)/;
const CENTRAL_COMMITTEE = /^ban chap hanh trung uong(?: dang)?$/;
/** A Party committee printed bare under its Đảng bộ. */
const BARE_COMMITTEE = /^(tinh uy|thanh uy|huyen uy|dang uy)$/;
const DANG_BO = /^dang bo (tinh|thanh pho|huyen|xa|phuong|thi xa)\s+(.+)$/;
/** Central Party organs that sign `T/M …` for the Central Committee. */
const PARTY_ORGAN = /^(?:T\/M)\s+(BỘ CHÍNH TRỊ|BAN BÍ THƯ|BAN CHẤP HÀNH TRUNG ƯƠNG)$/u;

const key = (name: string): string => keyOf(name).replace(/\s+/g, ' ').trim();

export function issuingBodies(evidence: IssuerEvidence): IssuingBodies {
  let bodies = [...evidence.bodies];
  let parent: string | null = null;
  // `ĐẢNG BỘ TỈNH QUẢNG NGÃI` / `TỈNH ỦY` is the Tỉnh ủy Quảng Ngãi.
  const last = bodies[bodies.length - 1];
  const above = bodies[bodies.length - 2];
  const dangBo = above === undefined ? null : DANG_BO.exec(key(above));
  if (last !== undefined && above !== undefined && dangBo && BARE_COMMITTEE.test(key(last))) {
    const rest = above.replace(/^Đảng bộ\s+/iu, ''); // `tỉnh Quảng Ngãi`, `xã Ba Tơ`
    const place = rest.split(/\s+/).slice(/^(thanh pho|thi xa) /.test(key(rest)) ? 2 : 1).join(' ');
    bodies = [...bodies.slice(0, -2), key(last) === 'dang uy' ? `${last} ${rest}` : `${last} ${place}`];
  }
  const joint = bodies.length >= 2 && bodies.every((b) => TOP_LEVEL.test(key(b)));
  let issuer: string | null;
  let coIssuers: string[] = [];
  if (joint) {
    issuer = bodies[0] ?? null;
    coIssuers = bodies.slice(1);
  } else {
    issuer = bodies[bodies.length - 1] ?? null;
    parent = bodies[bodies.length - 2] ?? null;
  }
  // The organ a Central Committee document is of: under its title, else in its `T/M` line.
  const organ = evidence.titleBody ?? evidence.signatures.flatMap((s) => s.capacityLines).map((l) => PARTY_ORGAN.exec(l)?.[1]).find((o) => o !== undefined) ?? null;
  if (issuer !== null && organ !== null && CENTRAL_COMMITTEE.test(key(issuer)) && !CENTRAL_COMMITTEE.test(key(organ))) {
    parent = issuer;
    issuer = canonicalIssuerName(organ);
  }
  // `BAN CHẤP HÀNH TRUNG ƯƠNG` / `VĂN PHÒNG` with `36-HD/VPTW`: the unit's full name is the symbol's body.
  if (issuer !== null && parent !== null && CENTRAL_COMMITTEE.test(key(parent)) && evidence.symbol !== null) {
    const code = issuerCode(normalizeSymbol(evidence.symbol));
    const named = code === null ? null : nationalIssuer(code);
    if (named !== null && key(named).startsWith(key(issuer)) && named.length > issuer.length) issuer = named;
  }
  return { issuer, issuerParent: parent, ...signaturesFor(issuer, coIssuers, evidence.signatures) };
}

/**
 * Pairs each issuing body with the signing block that names it (`KT. BỘ TRƯỞNG BỘ CÔNG AN`); blocks that
 * name no body go to the bodies left, in printed order.
 */
function signaturesFor(
  issuer: string | null,
  coIssuers: string[],
  signatures: Signature[],
): Pick<IssuingBodies, 'coIssuers' | 'signature'> {
  if (coIssuers.length === 0) return { coIssuers: [], signature: signatures[0] ?? null };
  const bodies = [issuer ?? '', ...coIssuers];
  const names = (s: Signature): string => key(s.capacityLines.join(' '));
  const given = new Map<number, Signature>();
  const left = [...signatures];
  bodies.forEach((body, index) => {
    const at = left.findIndex((s) => names(s).includes(key(body)));
    if (at >= 0) given.set(index, left.splice(at, 1)[0] as Signature);
  });
  bodies.forEach((_body, index) => {
    if (!given.has(index) && left.length > 0) given.set(index, left.shift() as Signature);
  });
  return {
    signature: given.get(0) ?? null,
    coIssuers: coIssuers.map((body, k) => ({ issuer: body, signature: given.get(k + 1) ?? null })),
  };
}
