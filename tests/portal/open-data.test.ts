/** Feed, sitemap, JSON, CSV and iCalendar files, read with real parsers. */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine } from '../../src/lib/portal/ical.ts';
import { lastDay } from '../../src/lib/tasks/status.ts';
import { generatedDocuments } from '../support/site.ts';
import { DIST, generatedTasks, htmlText, readDist, readPage } from './helpers.ts';

const documents = generatedDocuments();
const ids = documents.map((document) => document.id).sort();
const tasks = generatedTasks();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const idOf = (url: string) => /\/van-ban\/([a-z0-9-]+)\/(?:#.*)?$/.exec(url)?.[1] ?? null;

describe('Atom feed and sitemap', () => {
  it('feed.xml is well-formed Atom listing every document, an undated one dated by the day it entered the archive', () => {
    const text = readDist('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    type Entry = { link: { '@href': string }; updated: string; summary: string };
    const feed = xml.parse(text).feed as { entry: Entry[] | Entry };
    const entries = asArray(feed.entry);
    expect(entries.map((entry) => idOf(entry.link['@href'])).sort()).toEqual(ids);
    const undated = documents.filter((document) => !document.date);
    expect(undated.length).toBeGreaterThan(0);
    for (const document of undated) {
      const entry = entries.find((item) => idOf(item.link['@href']) === document.id)!;
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
      expect(entry.summary).toContain('xếp theo ngày vào kho');
    }
    for (const document of documents.filter((item) => item.date)) {
      const entry = entries.find((item) => idOf(item.link['@href']) === document.id)!;
      expect(entry.updated.startsWith(document.date!.iso.slice(0, 4))).toBe(true);
    }
    const updated = entries.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('sitemap.xml is well-formed and lists every document page', () => {
    const text = readDist('sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = asArray(xml.parse(text).urlset.url as Array<{ loc: string }>).map((url) => url.loc);
    for (const id of ids) expect(urls.some((url) => idOf(url) === id), id).toBe(true);
  });
});

describe('open data', () => {
  it('van-ban.json parses and lists every document', () => {
    const data = JSON.parse(readDist('du-lieu/van-ban.json')) as { documents: Array<{ id: string }> };
    expect(data.documents.map((document) => document.id).sort()).toEqual(ids);
  });

  it('van-ban.csv starts with a UTF-8 BOM, parses (RFC 4180) and has one document row per document', () => {
    const bytes = readFileSync(path.join(DIST, 'du-lieu/van-ban.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)[0]).toBe('id');
    expect(rows.filter((row) => row.kind === 'document').map((row) => row.id).sort()).toEqual(ids);
    // Opened as a spreadsheet opens it: the BOM says UTF-8, so Vietnamese reads as written.
    const first = rows.find((row) => row.kind === 'document' && row.issuer)!;
    expect(documents.some((document) => document.issuer === first.issuer)).toBe(true);
    expect(first.issuer!.normalize('NFC')).toBe(first.issuer);
  });

  it('trich-dan.csv starts with a UTF-8 BOM, parses and every citing document is held', () => {
    const bytes = readFileSync(path.join(DIST, 'du-lieu/trich-dan.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(ids).toContain(row.from);
  });

  it('datapackage.json describes both CSV files column by column, in Vietnamese, with the licence', () => {
    const descriptor = JSON.parse(readDist('du-lieu/datapackage.json')) as {
      licenses: Array<{ name: string; path: string }>;
      resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string; description: string }> } }>;
    };
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: expect.stringContaining('creativecommons.org/licenses/by/4.0') })]);
    for (const [name, file] of [['van-ban', 'du-lieu/van-ban.csv'], ['trich-dan', 'du-lieu/trich-dan.csv']] as const) {
      const resource = descriptor.resources.find((item) => item.name === name)!;
      expect(resource.path.endsWith(`/${file}`)).toBe(true);
      const header = (parseCsv(readFileSync(path.join(DIST, file)), { bom: true, to_line: 1 }) as string[][])[0]!;
      expect(resource.schema!.fields.map((field) => field.name)).toEqual(header);
      for (const field of resource.schema!.fields) expect(field.description, field.name).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
  });

  it('/du-lieu/ states the licence and describes every column of both files', () => {
    const page = readPage('/du-lieu/');
    expect(page).toMatch(/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/deed\.vi" rel="license">/);
    const descriptor = JSON.parse(readDist('du-lieu/datapackage.json')) as { resources: Array<{ schema?: { fields: Array<{ name: string; description: string }> } }> };
    for (const field of descriptor.resources.flatMap((resource) => resource.schema?.fields ?? [])) {
      expect(page, field.name).toContain(`<code>${field.name}</code>`);
      expect(htmlText(page).replace(/\s+/g, ' '), field.name).toContain(field.description.replace(/\s+/g, ' '));
    }
    expect(page).not.toContain('src/schemas');
  });

  it('every JSON file states the licence', () => {
    expect((JSON.parse(readDist('du-lieu/van-ban.json')) as { licence: { name: string } }).licence.name).toBe('CC-BY-4.0');
    for (const id of ids) expect((JSON.parse(readDist(`du-lieu/van-ban/${id}.json`)) as { licence: { name: string } }).licence.name).toBe('CC-BY-4.0');
  });

  it('per-document JSON exists and parses for every document', () => {
    for (const id of ids) expect((JSON.parse(readDist(`du-lieu/van-ban/${id}.json`)) as { document: { id: string } }).document.id).toBe(id);
  });
});

interface ParsedEvent { uid: string; start: string; isDate: boolean; summary: string; url: string }

function parseIcs(text: string): { name: string; stamp: string[]; events: ParsedEvent[] } {
  const component = new ICAL.Component(ICAL.parse(text));
  const events = component.getAllSubcomponents('vevent');
  return {
    name: String(component.getFirstPropertyValue('x-wr-calname')),
    stamp: events.map((event) => String(event.getFirstPropertyValue('dtstamp'))),
    events: events.map((vevent) => {
      const event = new ICAL.Event(vevent);
      return { uid: event.uid, start: event.startDate.toString(), isDate: event.startDate.isDate, summary: event.summary, url: String(vevent.getFirstPropertyValue('url')) };
    }),
  };
}

/** RFC 5545 framing: CRLF only, no physical line over 75 octets. */
function expectFraming(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
}

describe('iCalendar', () => {
  const datedTasks = tasks.filter((task) => task.deadline && task.deadline.kind !== 'recurring' && lastDay({ kind: task.deadline.kind as 'date', iso: task.deadline.iso, printed: task.deadline.printed }));

  it('/thoi-han/tat-ca.ics parses with ical.js and has one all-day event per dated task, on its last day', () => {
    const text = readDist('thoi-han/tat-ca.ics');
    expectFraming(text);
    const { events, stamp } = parseIcs(text);
    expect(datedTasks.length).toBeGreaterThan(0);
    expect(events).toHaveLength(datedTasks.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) expect(event.isDate).toBe(true);
    for (const task of datedTasks) {
      const [document, block, n] = task.id.split('~');
      const event = events.find((item) => item.uid.startsWith(`${document}-d${block}-${n}@`));
      expect(event, task.id).toBeDefined();
      expect(event!.url.endsWith(`/van-ban/${task.document}/#d${task.block}`)).toBe(true);
      const day = lastDay({ kind: task.deadline!.kind as 'date', iso: task.deadline!.iso, printed: task.deadline!.printed })!;
      expect(event!.start, task.id).toBe(day);
      if (task.deadline!.kind !== 'date') expect(event!.summary).toContain(task.deadline!.printed);
    }
    // DTSTAMP is the build day, never the clock.
    expect(new Set(stamp).size).toBe(1);
  });

  it('every agency .ics parses and holds exactly the dated tasks the agency leads or supports', () => {
    const folder = path.join(DIST, 'co-quan-nhan');
    const files = readdirSync(folder).filter((name) => name.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readDist(`co-quan-nhan/${name}`);
      expectFraming(text);
      const { events } = parseIcs(text);
      const page = readDist(`co-quan-nhan/${name.replace(/\.ics$/, '')}/index.html`);
      const onPage = new Set([...page.matchAll(/data-task="([^"]+)"/g)].map((m) => m[1]!));
      const expected = datedTasks.filter((task) => onPage.has(task.id));
      expect(events.length, name).toBe(expected.length);
    }
  });

  it('escapes , ; \\ and newlines, folds at 75 octets without splitting a character, and is deterministic', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'Sở Kế hoạch và Đầu tư, '.repeat(8)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'Sở Kế hoạch và Đầu tư, '.repeat(8)}`);
    const event = { uid: 'x-d1-0@example.org', day: '2024-03-31', summary: 'A; B, C', description: 'x\\y', url: 'https://example.org/' };
    const text = calendar('Lịch', [event], '2024-10-29');
    expect(text).toBe(calendar('Lịch', [event], '2024-10-29'));
    const parsed = parseIcs(text);
    expect(parsed.events[0]).toMatchObject({ summary: 'A; B, C', start: '2024-03-31', isDate: true });
    expect(text).toContain('DTEND;VALUE=DATE:20240401');
  });
});
