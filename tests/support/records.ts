/** Looks up generated instruments by their printed number, for tests that navigate by number. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InstrumentRecord } from '../../src/schemas/archive.ts';
import { ROOT } from './site.ts';

export function generatedInstruments(): InstrumentRecord[] {
  return JSON.parse(readFileSync(path.join(ROOT, 'content/generated/instruments.json'), 'utf8')) as InstrumentRecord[];
}

/** The one instrument with this number/symbol (throws when none or several, so a test never guesses). */
export function instrumentByNumber(numberSymbol: string): InstrumentRecord {
  const found = generatedInstruments().filter((instrument) => instrument.numberSymbol === numberSymbol);
  if (found.length !== 1) throw new Error(`${found.length} văn bản mang số ${numberSymbol}`);
  return found[0]!;
}
