/**
 * The names of bodies as the archive shows them where readers browse and filter: the registry's canonical
 * name when a printed name means a registry body (content/co-quan.yaml, src/lib/bodies/), else the name as
 * printed, but never a person or OCR noise. A name is read in its document's context: `UBND tỉnh` and `Sở
 * Tài chính` in a Quảng Ngãi document are Quảng Ngãi's.
 */
import type { Body } from '../../schemas/bodies.ts';
import type { DocumentRecord } from '../../schemas/archive.ts';
import { type BodyDirectory } from '../bodies/registry.ts';
import { type MatchContext } from '../bodies/match.ts';
import { nameKey } from '../bodies/keys.ts';
import { isOcrNoise, isPerson } from '../bodies/names.ts';
import { citingContext } from '../citations/issuers.ts';
import { fullIssuer } from '../identity/index.ts';

export interface BodyLabel {
  /** The canonical name, or the printed one for a body the registry does not know. */
  name: string;
  /** The registry body, when the name matched one. */
  body: Body | null;
}

export interface BodyNames {
  /** The context a document's names are read in (its province and district). */
  contextOf(record: Pick<DocumentRecord, 'issuer' | 'issuerParent' | 'symbol'> | null): MatchContext;
  /** A printed name as shown in lists and filters; null for a person or OCR noise that matches nothing. */
  label(printed: string | null, context?: MatchContext): BodyLabel | null;
  /** A document's issuing body (issuer completed by its parent's place). */
  issuerOf(record: DocumentRecord): BodyLabel | null;
}

export function bodyNames(directory: BodyDirectory): BodyNames {
  const contextOf: BodyNames['contextOf'] = (record) => {
    const province = citingContext(record).province;
    const own = record ? fullIssuer(record.issuer, record.issuerParent) : null;
    const district = own === null ? null : (/ (?:huyen|thi xa|thanh pho) ([a-z' ]+)$/.exec(nameKey(own))?.[1] ?? null);
    return { province: province === null ? null : nameKey(province), district };
  };
  const label: BodyNames['label'] = (printed, context = {}) => {
    const name = printed?.trim();
    if (!name) return null;
    const body = directory.match(name, context);
    if (body) return { name: body.name, body };
    return isPerson(name) || isOcrNoise(name) ? null : { name, body: null };
  };
  return {
    contextOf,
    label,
    issuerOf: (record) => label(fullIssuer(record.issuer, record.issuerParent), contextOf(record)),
  };
}
