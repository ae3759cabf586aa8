/**
 * Which legacy encoding a text is in, judged by the share of valid Vietnamese syllables
 * (src/lib/vietnamese/syllables.ts) after each candidate conversion: the right one reads as Vietnamese
 * (clean text scores 0.93–1), every wrong one as noise. Too close a call is refused, never guessed.
 */
import iconv from 'iconv-lite';
import { validSyllableShare } from '../../vietnamese/syllables.ts';
import { bytesOfCp1252Text } from './single-byte.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni, decodeVniText } from './vni.ts';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

/** A conversion is taken when its share is at least this… */
const ACCEPT_SHARE = 0.8;
/** …and this much above the text as it is and above every other candidate. */
const MARGIN = 0.15;

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', 'windows-1258': 'Windows-1258' };

export type Judgement<T> = { ok: true; text: string; from: T } | { ok: false; likely: T[] } | { ok: true; text: null };

interface Candidate<T> {
  from: T;
  text: string;
  share: number;
}

/** Picks the conversion that reads as Vietnamese; `baseline` is the share of the text unconverted. */
function judge<T extends string>(candidates: Candidate<T>[], baseline: number): Judgement<T> {
  const ranked = [...candidates].sort((a, b) => b.share - a.share);
  const [best, second] = ranked;
  if (best && best.share >= ACCEPT_SHARE && best.share >= baseline + MARGIN && (!second || best.share >= second.share + MARGIN)) {
    return { ok: true, text: best.text, from: best.from };
  }
  return { ok: false, likely: ranked.filter((candidate) => candidate.share >= Math.max(0.3, baseline)).map((candidate) => candidate.from) };
}

const share = (text: string): number => validSyllableShare(text) ?? 0;

/** Bytes that are not UTF-8: Windows-1258, TCVN3 or VNI, or refused with the likely ones. */
export function judgeLegacyBytes(bytes: Uint8Array): Judgement<LegacyEncoding> {
  const candidates = (
    [
      ['windows-1258', iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC')],
      ['tcvn3', decodeTcvn3(bytes)],
      ['vni', decodeVni(bytes)],
    ] as const
  ).map(([from, text]) => ({ from, text, share: share(text) }));
  const judged = judge<LegacyEncoding>(candidates, 0);
  // Nothing reads as Vietnamese: name every candidate as possible rather than none.
  return judged.ok || judged.likely.length > 0 ? judged : { ok: false, likely: ['windows-1258', 'tcvn3', 'vni'] };
}

/** Mojibake that no conversion explains is refused when at least this share of its words show a sign. */
const SIGNED_WORDS = 0.05;

/** Characters a Windows-1252 view of TCVN3 or VNI bytes shows and Vietnamese never uses. */
const MOJIBAKE_SIGN = /[¡-¿×ØÆÐÞßæðñ÷øþÿÅÄÖÜËÏÎÛåäöüëïîû\u0080-\u009f]/u;

/**
 * Valid UTF-8 that may be TCVN3 or VNI seen as Windows-1252 and saved (`ñY BAN NH¢N D¢N`, `UÛY BAN
 * NHAÂN DAÂN`). Text without a sign of that is left alone (`{ ok: true, text: null }`), as is text that
 * reads as Vietnamese already; mojibake no conversion explains is refused.
 */
export function judgeMojibake(text: string): Judgement<'tcvn3' | 'vni'> {
  if (!MOJIBAKE_SIGN.test(text)) return { ok: true, text: null }; // The common case, without splitting the text into words.
  const words = text.split(/\s+/u).filter((word) => word !== '');
  const signed = words.filter((word) => MOJIBAKE_SIGN.test(word)).length;
  if (signed === 0) return { ok: true, text: null };
  const baseline = share(text);
  // No conversion can read MARGIN better than text that reads this well already: it stays as it is.
  if (baseline + MARGIN > 1) return { ok: true, text: null };
  const bytes = bytesOfCp1252Text(text.normalize('NFC'));
  if (bytes === null) return { ok: true, text: null }; // Holds characters no legacy byte gives: real Unicode text.
  const candidates = (
    [
      ['tcvn3', decodeTcvn3(bytes)],
      ['vni', decodeVniText(text.normalize('NFC'))],
    ] as const
  ).map(([from, converted]) => ({ from, text: converted, share: share(converted) }));
  const judged = judge<'tcvn3' | 'vni'>(candidates, baseline);
  if (judged.ok) return judged;
  // A few signs (a `§`, a `±`, OCR's `¢`) are the text's own; mojibake puts them in many words.
  const mojibake = signed / words.length >= SIGNED_WORDS && baseline < ACCEPT_SHARE - MARGIN;
  return mojibake ? { ok: false, likely: judged.likely.length > 0 ? judged.likely : ['tcvn3', 'vni'] } : { ok: true, text: null };
}
