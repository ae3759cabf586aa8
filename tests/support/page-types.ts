/**
 * One built page of each type the site has, for the tests that must hold on every type (no page wider
 * than a phone, axe, print): paths under the base, found from the build so that they exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { generatedInstruments } from './records.ts';
import { DIST, generatedDocuments } from './site.ts';

export interface PageType { label: string; path: string; ready?: string }

function firstFolder(folder: string, keep: (name: string) => boolean = () => true): string | null {
  const full = path.join(DIST, folder);
  if (!existsSync(full)) return null;
  const name = readdirSync(full, { withFileTypes: true }).find((entry) => entry.isDirectory() && keep(entry.name) && existsSync(path.join(full, entry.name, 'index.html')))?.name;
  return name ? `${folder}/${name}/` : null;
}

export function pageTypes(): PageType[] {
  const documents = generatedDocuments();
  const withOutline = documents.find((record) => record.outline.length > 1) ?? documents[0]!;
  const withTasks = documents.find((record) => record.numberSymbol === '5817/UBND-KTTH') ?? documents[0]!;
  const instrument = generatedInstruments().find((record) => !record.held)!;
  const found: Array<[string, string | null, string?]> = [
    ['home', ''],
    ['document list', 'van-ban/'],
    ['document with tasks', `van-ban/${withTasks.id}/`],
    ['document with an outline', `van-ban/${withOutline.id}/`],
    ['instrument not held', `van-ban/${instrument.id}/`],
    ['instrument index', 'dan-chieu/'],
    ['browse hub', 'duyet/'],
    ['facet index', 'loai/'],
    ['facet value', firstFolder('loai')],
    ['year', firstFolder('nam')],
    ['agency index', 'co-quan-nhan/'],
    ['agency', firstFolder('co-quan-nhan')],
    ['deadlines', 'thoi-han/'],
    ['open data', 'du-lieu/'],
    ['search with results', `tim-kiem/?q=${encodeURIComponent('triển khai')}`, '#ket-qua li'],
    ['number look-up', 'tra-cuu/'],
    ['404', 'van-ban/5817-ubnd-ktth-2024/'],
  ];
  return found.filter((entry): entry is [string, string, string?] => entry[1] !== null).map(([label, pagePath, ready]) => ({ label, path: pagePath, ready }));
}
