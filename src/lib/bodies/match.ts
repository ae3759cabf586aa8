/**
 * Finds the registry body a printed name means. In order: the name's key (keys.ts) is a body's name or alias;
 * its relative form in the document's province or district (`UBND tỉnh`, `Sở Tài chính` in a Quảng Ngãi
 * document); the body an official's role belongs to (`CT, PCT UBND tỉnh`, `Bộ trưởng Bộ Y tế`, `VPUB: CVP`);
 * an OCR misreading of one (`S& Ké hoach va Péau tu`). The OCR step is safe both ways: the same number of
 * words, each within one letter (two in words of six letters or more), so `Sở Nội vụ` never becomes `Sở Ngoại
 * vụ` nor the reverse, and only a single best candidate counts.
 */
import type { Body } from '../../schemas/bodies.ts';
import { editDistance } from '../tasks/keys.ts';
import { type Place, nameKey, relativeForm } from './keys.ts';

export interface MatchContext {
  /** The document's province and district keys (`quang ngai`, `ba to`), when it has them. */
  province?: string | null;
  district?: string | null;
}

const ROLE = /^(?:cac )?(?:(?:pho )?chu tich|ct|pct|ct pct|giam doc|pho giam doc|thu truong|bo truong|thu truong|chanh van phong|cvp|pcvp|truong ban|pho truong ban|bi thu|pho bi thu|lanh dao|tap the lanh dao|thuong truc|tt)\s+/;

export interface BodyMatcher {
  match(name: string, context?: MatchContext): Body | null;
}

export function bodyMatcher(bodies: readonly Body[]): BodyMatcher {
  const exact = new Map<string, Body>();
  const relative = new Map<string, Body>();
  const byWords = new Map<number, Candidate[]>();
  const candidate = (key: string, body: Body, at?: Place) => {
    const words = key.split(' ').length;
    byWords.set(words, [...(byWords.get(words) ?? []), at ? { key, body, at } : { key, body }]);
  };
  for (const body of bodies) {
    const own = relativeForm(nameKey(body.name));
    for (const spelling of [body.name, ...body.aliases]) {
      const key = nameKey(spelling);
      const form = relativeForm(key);
      // An alias without the body's place (`VPUB`) means it only in that place's documents.
      if (own && !form && body.level !== 'trung ương' && body.kind !== 'nhóm') {
        relative.set(placed(key, own.at), body);
        candidate(key, body, own.at);
      } else {
        exact.set(key, body);
        candidate(key, body);
      }
      if (form) {
        relative.set(placed(form.relative, form.at), body);
        candidate(form.relative, body, form.at);
      }
    }
  }
  const memory = new Map<string, Body | null>();
  const lookUp = (key: string, context: MatchContext): Body | null =>
    exact.get(key) ??
    (context.province ? relative.get(placed(key, { level: 'tinh', place: context.province })) : undefined) ??
    (context.district ? relative.get(placed(key, { level: 'huyen', place: context.district })) : undefined) ??
    null;
  const find = (name: string, context: MatchContext): Body | null => {
    const key = nameKey(name);
    if (key === '') return null;
    const direct = lookUp(key, context);
    if (direct) return direct;
    // `VPUB: CVP, PCVP (KTTH)` is the office before the colon; a role names the body after it.
    const office = /^([^:]{2,40}):/.exec(name);
    if (office?.[1]) {
      const found = lookUp(nameKey(office[1]), context);
      if (found) return found;
    }
    let rest = key;
    for (let role = ROLE.exec(rest); role; role = ROLE.exec(rest)) {
      rest = rest.slice(role[0].length);
      const found = lookUp(rest, context);
      if (found) return found;
    }
    const here = (c: Candidate) =>
      !c.at || (c.at.level === 'tinh' ? c.at.place === context.province : c.at.place === context.district);
    return ocr(key, (byWords.get(key.split(' ').length) ?? []).filter(here));
  };
  return {
    match(name, context = {}) {
      const k = `${name}|${context.province ?? ''}|${context.district ?? ''}`;
      if (!memory.has(k)) memory.set(k, find(name, context));
      return memory.get(k) ?? null;
    },
  };
}

interface Candidate {
  key: string;
  body: Body;
  /** Where the spelling means this body (a relative name); everywhere when absent. */
  at?: Place;
}

function placed(key: string, at: Place): string {
  return `${at.level}:${at.place}|${key}`;
}

/** The one body whose key is within OCR distance of `key`, word for word; null when none or several. */
function ocr(key: string, candidates: Candidate[]): Body | null {
  const words = key.split(' ');
  if (key.length < 8) return null;
  let best: Body | null = null;
  let bestCost = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const other = candidate.key.split(' ');
    let cost = 0;
    for (let i = 0; i < words.length && cost <= bestCost; i++) {
      const [a, b] = [words[i] ?? '', other[i] ?? ''];
      if (a === b) continue;
      // OCR damages letters, rarely a word's first one, except `Đ` read `P` or `b`: `Sở` and `Bộ` stay apart.
      const confused = a[0] !== b[0] && /[dpb]/.test(a[0] ?? '') && /[dpb]/.test(b[0] ?? '');
      if (a[0] !== b[0] && !confused) {
        cost = Infinity;
        break;
      }
      const d = confused ? editDistance(a.slice(1), b.slice(1), 3) + 1 : editDistance(a, b, 3);
      if (d - (confused ? 1 : 0) > (Math.max(a.length, b.length) >= 6 ? 2 : 1)) {
        cost = Infinity;
        break;
      }
      cost += d;
    }
    if (cost === Infinity || cost > Math.ceil(key.length * 0.15)) continue;
    if (cost < bestCost) [best, bestCost, tie] = [candidate.body, cost, false];
    else if (cost === bestCost && candidate.body !== best) tie = true;
  }
  return tie ? null : best;
}
