/** Feed, sitemap, JSON, CSV and iCalendar files, read with real parsers. */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine } from '../../src/lib/portal/ical.ts';
import { lastDay } from '../../src/lib/tasks/status.ts';
import { generatedDocuments } from '../support/site.ts';
import { DIST, generatedTasks, readDist } from './helpers.ts';

const documents = generatedDocuments();
const ids = documents.map((document) => document.id).sort();
const tasks = generatedTasks();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const idOf = (url: string) => /\/van-ban\/([a-z0-9-]+)\/(?:#.*)?$/.exec(url)?.[1] ?? null;

describe('Atom feed and sitemap', () => {
  it('feed.xml is well-formed Atom listing every dated document', () => {
    const text = readDist('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed as { entry: Array<{ link: { '@href': string } }> | { link: { '@href': string } } };
    const listed = asArray(feed.entry).map((entry) => idOf(entry.link['@href']));
    expect(listed.sort()).toEqual(documents.filter((document) => document.date).map((document) => document.id).sort());
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

  it('van-ban.csv parses (RFC 4180) and has one document row per document', () => {
    const rows = parseCsv(readDist('du-lieu/van-ban.csv'), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.filter((row) => row.kind === 'document').map((row) => row.id).sort()).toEqual(ids);
  });

  it('trich-dan.csv parses and every citing document is held', () => {
    const rows = parseCsv(readDist('du-lieu/trich-dan.csv'), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(ids).toContain(row.from);
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
