/**
 * VNI-Windows (the VNI-Times fonts of VNI Software): a vowel is its ASCII letter followed by one byte for
 * its marks, in the Windows-1252 positions of those fonts (`caùc` is `các`, `NHAÂN` is `NHÂN`); ơ, ư, đ and
 * the toned i and ỵ are single bytes. The layout below is the fonts' published keyboard table (as used by
 * every converter, e.g. Unikey); marks have a lower-case and a capital byte, and the vowel's case wins.
 */
import { cp1252Bytes, cp1252TextOf } from './single-byte.ts';

type Tone = '' | '\u0301' | '\u0300' | '\u0309' | '\u0303' | '\u0323';
/** Tone mark (NFD) → VNI byte as a Windows-1252 character, lower-case then capital. */
const TONE: Record<Exclude<Tone, ''>, [string, string]> = {
  '\u0301': ['ù', 'Ù'], // sắc
  '\u0300': ['ø', 'Ø'], // huyền
  '\u0309': ['û', 'Û'], // hỏi
  '\u0303': ['õ', 'Õ'], // ngã
  '\u0323': ['ï', 'Ï'], // nặng
};
/** Circumflex (â ê ô) alone and with each tone. */
const CIRCUMFLEX: Record<Tone, [string, string]> = { '': ['â', 'Â'], '\u0301': ['á', 'Á'], '\u0300': ['à', 'À'], '\u0309': ['å', 'Å'], '\u0303': ['ã', 'Ã'], '\u0323': ['ä', 'Ä'] };
/** Breve (ă) alone and with each tone. */
const BREVE: Record<Tone, [string, string]> = { '': ['ê', 'Ê'], '\u0301': ['é', 'É'], '\u0300': ['è', 'È'], '\u0309': ['ú', 'Ú'], '\u0303': ['ü', 'Ü'], '\u0323': ['ë', 'Ë'] };
/** i with a tone is one byte. */
const TONED_I: Record<Exclude<Tone, ''>, [string, string]> = { '\u0301': ['í', 'Í'], '\u0300': ['ì', 'Ì'], '\u0309': ['æ', 'Æ'], '\u0303': ['ó', 'Ó'], '\u0323': ['ò', 'Ò'] };
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** Every Vietnamese letter, lower-case and capital, with its VNI spelling. */
function letters(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const add = (lower: string, spell: (capital: boolean) => string) => {
    pairs.push([lower.normalize('NFC'), spell(false)], [lower.toUpperCase().normalize('NFC'), spell(true)]);
  };
  const c = (capital: boolean, pair: [string, string]) => pair[capital ? 1 : 0];
  for (const tone of TONES) {
    for (const vowel of ['a', 'e', 'o', 'u', 'y']) {
      if (vowel === 'y' && tone === '\u0323') add(`y${tone}`, (capital) => (capital ? 'Î' : 'î'));
      else add(`${vowel}${tone}`, (capital) => `${capital ? vowel.toUpperCase() : vowel}${tone ? c(capital, TONE[tone]) : ''}`);
    }
    for (const vowel of ['a', 'e', 'o']) add(`${vowel}\u0302${tone}`, (capital) => `${capital ? vowel.toUpperCase() : vowel}${c(capital, CIRCUMFLEX[tone])}`);
    add(`a\u0306${tone}`, (capital) => `${capital ? 'A' : 'a'}${c(capital, BREVE[tone])}`);
    add(`o\u031b${tone}`, (capital) => `${capital ? 'Ô' : 'ô'}${tone ? c(capital, TONE[tone]) : ''}`);
    add(`u\u031b${tone}`, (capital) => `${capital ? 'Ö' : 'ö'}${tone ? c(capital, TONE[tone]) : ''}`);
    if (tone) add(`i${tone}`, (capital) => c(capital, TONED_I[tone]));
  }
  add('đ', (capital) => (capital ? 'Ñ' : 'ñ'));
  return pairs;
}

const VNI_OF = new Map<string, string>();
const LETTER_OF = new Map<string, string>();
for (const [letter, spelling] of letters()) {
  VNI_OF.set(letter, spelling);
  LETTER_OF.set(spelling, letter);
  // The mark byte of the other case also occurs (`Aâ`): the vowel's case decides.
  if (spelling.length === 2) LETTER_OF.set(`${spelling[0]}${spelling[1] === spelling[1]!.toLowerCase() ? spelling[1]!.toUpperCase() : spelling[1]!.toLowerCase()}`, letter);
}

/** Decodes VNI text seen through Windows-1252 (a mojibake string, a legacy-font run) to NFC. */
export function decodeVniText(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const pair = LETTER_OF.get(text.slice(index, index + 2));
    if (pair !== undefined && index + 1 < text.length) {
      out += pair;
      index += 1;
      continue;
    }
    out += LETTER_OF.get(text[index]!) ?? text[index]!;
  }
  return out.normalize('NFC');
}

export function decodeVni(bytes: Uint8Array): string {
  return decodeVniText(cp1252TextOf(bytes));
}

/** Encodes NFC text as VNI bytes (tests make VNI fixtures with it). Throws on a character VNI lacks. */
export function encodeVni(text: string): Uint8Array {
  return cp1252Bytes([...text.normalize('NFC')].map((char) => VNI_OF.get(char) ?? char).join(''));
}
