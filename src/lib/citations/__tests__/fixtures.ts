/**
 * Seed documents for citation tests: blocks built from the source text (one paragraph per blank-line
 * chunk, so tests do not depend on the parser) and metadata written by hand from each seed's header.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block } from '../../../schemas/text.ts';
import type { ExtractedMetadata, PartialDate } from '../../../schemas/metadata.ts';
import { documentId } from '../../identity/index.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export function readSource(path: string): string {
  return readFileSync(`${root}${path}`, 'utf8').normalize('NFC');
}

export function blocksOf(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => ({ kind: 'paragraph', section: 'body', inlines: [{ text: p.replace(/\*\*/g, '') }] }));
}

function meta(
  issuer: string | null, number: string | null, symbol: string | null, docType: string, date: PartialDate | null,
): ExtractedMetadata {
  return {
    issuer, issuerParent: null, number, symbol, docType, place: null, date, subject: null, recipients: [], distribution: [], signature: null,
  };
}

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const month = (iso: string): PartialDate => ({ iso, precision: 'month' });

export const SEEDS = {
  '000': { file: 'content/sources/cv-5817-ubnd-ktth-2024.txt', meta: meta('UBND tỉnh Quảng Ngãi', '5817', 'UBND-KTTH', 'Công văn', day('2024-10-29')) },
  '001': { file: 'content/sources/cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt', meta: meta('UBND thành phố Quảng Ngãi', null, 'UBND-TH', 'Công văn', month('2024-02')) },
  '002': { file: 'content/sources/cv-2395-ubnd-ktth-2022.txt', meta: meta('UBND tỉnh Quảng Ngãi', '2395', 'UBND-KTTH', 'Công văn', day('2022-05-20')) },
  // Seed 003 lost its header to OCR: nothing is known but its type.
  '003': { file: 'content/sources/cv-ocr-ket-luan-2209-kl-tu-2024.txt', meta: meta(null, null, null, 'Công văn', null) },
  '004': { file: 'content/sources/kh-ubnd-ba-to-2024-04-ghi-nho.txt', meta: meta('UBND huyện Ba Tơ', null, 'KH-UBND', 'Kế hoạch', month('2024-04')) },
} as const;

export type SeedKey = keyof typeof SEEDS;

export function seedDoc(key: SeedKey): { id: string; metadata: ExtractedMetadata; blocks: Block[] } {
  const seed = SEEDS[key];
  const id = seed.meta.symbol === null ? `seed-${key}` : documentId(seed.meta);
  return { id, metadata: seed.meta, blocks: blocksOf(readSource(seed.file)) };
}
