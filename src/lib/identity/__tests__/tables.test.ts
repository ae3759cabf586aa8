/** The one table of document types and the one relation table: what each part of the code reads from them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import dictionary from '../../../i18n/vi.json' with { type: 'json' };
import { RELATIONS, RELATION_ORDER, relationKeys } from '../../../schemas/relations.ts';
import { relationFromVerb } from '../../citations/relations.ts';
import { typeFromSymbol, typeFromTitle } from '../../parse/doctype.ts';
import { parseNumberQuery } from '../../search/number-query.ts';
import { DOC_TYPES, citedTypeWords, isTypeCode, typeOfCode } from '../index.ts';

describe('document types', () => {
  it('names each type and each code once', () => {
    const names = DOC_TYPES.map((type) => type.name);
    const codes = DOC_TYPES.flatMap((type) => (type.code === null ? [] : [type.code]));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is what the parser, identity and search read', () => {
    for (const type of DOC_TYPES.filter((t) => t.code !== null)) {
      expect(typeFromSymbol(`${type.code}-UBND`)).toBe(type.name);
      expect(isTypeCode(type.code!)).toBe(true);
      expect(typeOfCode(type.code!)).toBe(type.name);
    }
    for (const type of DOC_TYPES.filter((t) => t.title)) expect(typeFromTitle(type.name.toUpperCase())).toBe(type.name);
    expect(parseNumberQuery('thông tư liên tịch 12')).toEqual({ number: '12', symbolKey: null, typeKey: 'thong tu lien tich' });
    expect(parseNumberQuery('quy định 5/QyĐ-UBND')).toEqual({ number: '5', symbolKey: 'QYDUBND', typeKey: 'quy dinh' });
  });

  it('lists a citation phrase before any shorter phrase it begins with', () => {
    const phrases = citedTypeWords().map(([, source]) => source.replace(/\\s[*+]/g, ' ').replace(/\[([^\]])[^\]]*\]/g, '$1'));
    phrases.forEach((phrase, index) => {
      for (const later of phrases.slice(index + 1)) expect(later.startsWith(`${phrase} `), `${later} after ${phrase}`).toBe(false);
    });
    expect(phrases.indexOf('nghi quyet lien tich')).toBeLessThan(phrases.indexOf('nghi quyet'));
    expect(phrases.indexOf('thong bao ket luan')).toBeLessThan(phrases.indexOf('thong bao'));
  });
});

describe('relations', () => {
  it('has every text of every relation in the dictionary', () => {
    for (const relation of RELATION_ORDER) {
      for (const key of Object.values(relationKeys(relation))) expect(dictionary, key).toHaveProperty([key]);
    }
  });

  it('reads each relation from its verbs, the last verb winning', () => {
    expect(relationFromVerb('can cu')).toBe('can-cu');
    expect(relationFromVerb('de trien khai')).toBe('thuc-hien');
    expect(relationFromVerb('can cu ket luan, ubnd tinh trien khai')).toBe('thuc-hien');
    expect(relationFromVerb('theo')).toBe('theo');
    expect(relationFromVerb('kem theo')).toBeNull();
    expect(relationFromVerb('bao cao')).toBe('bao-cao');
    expect(relationFromVerb('dong thoi')).toBeNull();
    // The amending relations are read with their instrument and part (src/lib/status/), never from a verb alone.
    expect(RELATIONS.filter((relation) => relation.verbs.length === 0 && !('amending' in relation)).map((relation) => relation.key)).toEqual(['dan-chieu']);
    expect(relationFromVerb('quyet dinh nay thay the')).toBeNull();
  });
});

describe('identity imports', () => {
  it('reads nothing of the parser, citations, ingest or site (no cycle)', () => {
    const folder = path.resolve(import.meta.dirname, '..');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/|^\.\.\/text\.ts$|^\.\.\/\.\.\/schemas\//);
      }
      for (const [line] of text.matchAll(/^import (?!type ).*schemas\/.*$/gm)) expect.fail(`${file}: ${line} (types only)`);
    }
  });
});
