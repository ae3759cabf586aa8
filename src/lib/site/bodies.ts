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
  // Both are asked for every name of every task on every page that lists it: each answer is worked out once
  // (the directory is fixed for the build, a record is one object for the whole build).
  const contexts = new WeakMap<object, MatchContext>();
  const labels = new Map<string, BodyLabel | null>();
  const contextOf: BodyNames['contextOf'] = (record) => {
    const known = record === null ? undefined : contexts.get(record);
    if (known !== undefined) return known;
    const province = citingContext(record).province;
    const own = record ? fullIssuer(record.issuer, record.issuerParent) : null;
    const district = own === null ? null : (/ (?:huyen|thi xa|thanh pho) ([a-z' ]+)$/.exec(nameKey(own))?.[1] ?? null);
    const context = { province: province === null ? null : nameKey(province), district };
    if (record !== null) contexts.set(record, context);
    return context;
  };
  const label: BodyNames['label'] = (printed, context = {}) => {
    const name = printed?.trim();
    if (!name) return null;
    const key = `${String(context.province)}\u0000${String(context.district)}\u0000${name}`;
    if (labels.has(key)) return labels.get(key)!;
    const body = directory.match(name, context);
    const found = body ? { name: body.name, body } : isPerson(name) || isOcrNoise(name) ? null : { name, body: null };
    labels.set(key, found);
    return found;
  };
  return {
    contextOf,
    label,
    issuerOf: (record) => label(fullIssuer(record.issuer, record.issuerParent), contextOf(record)),
  };
}
