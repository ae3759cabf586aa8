/** The open data's licence setting, its column descriptions, and the day a source entered the archive. */
import { describe, expect, it } from 'vitest';
import { catalogueRowSchema, citationRowSchema, describedColumns } from '../../../schemas/open-data.ts';
import { firstAdded } from '../entered.ts';
import { dataLicence, DEFAULT_LICENCE } from '../licence.ts';
import { toCsv } from '../csv.ts';

describe('DATA_LICENCE', () => {
  it('is CC BY 4.0 when unset or empty', () => {
    expect(DEFAULT_LICENCE).toBe('CC-BY-4.0');
    expect(dataLicence(undefined).id).toBe('CC-BY-4.0');
    expect(dataLicence('  ').url).toBe('https://creativecommons.org/licenses/by/4.0/deed.vi');
  });

  it('takes another open licence by its SPDX id, and refuses an unknown one in one sentence naming it', () => {
    expect(dataLicence('CC0-1.0').title).toContain('CC0');
    expect(() => dataLicence('MIT')).toThrow(/DATA_LICENCE="MIT" không phải giấy phép được hỗ trợ \(CC-BY-4.0, CC0-1.0/);
  });
});

describe('column descriptions', () => {
  it('describe every column of both files in Vietnamese', () => {
    for (const schema of [catalogueRowSchema, citationRowSchema]) {
      const columns = describedColumns(schema);
      expect(columns.length).toBe(Object.keys(schema.shape).length);
      for (const column of columns) expect(column.description.length, column.name).toBeGreaterThan(10);
    }
    expect(describedColumns(catalogueRowSchema).find((column) => column.name === 'recipients')).toMatchObject({ list: true });
    expect(describedColumns(citationRowSchema).find((column) => column.name === 'relation')!.description).toContain('can-cu (Căn cứ)');
  });
});

describe('CSV', () => {
  it('starts with a byte order mark, quotes what needs quoting and joins lists with " | "', () => {
    expect(toCsv(['a', 'b'], [['x,y', ['p', 'q']], [null, 'say "hi"\nok']])).toBe('\uFEFFa,b\r\n"x,y",p | q\r\n,"say ""hi""\nok"\r\n');
  });
});

describe('firstAdded', () => {
  it('gives each file the Việt Nam day of the oldest commit that added it', () => {
    const log = ['@2026-11-23T18:16:02+00:00', '', 'content/sources/b.txt', '@2025-01-02T03:00:00+00:00', '', 'content/sources/a.txt', 'content/sources/b.txt'].join('\n');
    expect(Object.fromEntries(firstAdded(log))).toEqual({ 'a.txt': '2025-01-02', 'b.txt': '2025-01-02' });
    expect(firstAdded('@2026-11-23T18:16:02+00:00\n\ncontent/sources/c.txt').get('c.txt')).toBe('2026-11-24');
  });
});
