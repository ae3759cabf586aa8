/**
 * One result of the search page as DOM, built from text nodes only (document text never becomes markup):
 * the title as a link, date (`<time datetime>`) and issuer, subject, excerpt with the matched words in
 * `<mark>`, and labels for a cited-only instrument, an OCR text and an exact number match.
 */
import { t } from '../../i18n/t.ts';
import { excerptParts } from './excerpt.ts';
import { displayText } from './index-words.ts';
import { timeElement } from './time-element.ts';

/** What a result shows, from the number look-up or from a Pagefind fragment. */
export interface Row {
  url: string;
  title: string;
  issuer: string | null;
  date: string | null;
  subject: string | null;
  /** The page's index text and the matched positions, for the excerpt. */
  content: string | null;
  locations: number[];
  held: boolean;
  ocr: boolean;
  /** Found by its number in the number look-up. */
  numberMatch: boolean;
  /** Its legal status, when the look-up gives it (src/lib/site/status.ts). */
  status?: string;
}

/** The fields of a Pagefind fragment the page reads. */
export interface Fragment {
  raw_url?: string;
  url: string;
  content: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export function rowOfFragment(fragment: Fragment, base: string, held: boolean): Row {
  const meta = (key: string) => (fragment.meta[key] ? displayText(fragment.meta[key]!) : null);
  const path = (fragment.raw_url ?? fragment.url).replace(/^\//, '');
  return {
    url: `${base}${path}`,
    title: meta('title') ?? path,
    issuer: meta('issuer'),
    date: fragment.meta.date ?? null,
    subject: meta('subject'),
    content: fragment.content,
    locations: fragment.locations ?? [],
    held,
    ocr: fragment.meta.ocr === '1',
    numberMatch: false,
  };
}

function badge(text: string, className = 'badge'): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

export function renderRow(row: Row, pairKeys: ReadonlySet<string>): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = row.url;
  link.className = 'tieu-de-ket-qua';
  link.textContent = row.title;
  item.append(link);
  if (row.numberMatch) item.append(badge(t('search.exact')));
  if (!row.held) item.append(badge(t('search.citedOnly')));
  if (row.ocr) item.append(badge(t('search.ocr'), 'badge badge-ocr'));
  if (row.date || row.issuer) {
    const meta = document.createElement('span');
    meta.className = 'meta';
    if (row.date) meta.append(timeElement(row.date));
    if (row.issuer) meta.append(row.date ? ` · ${row.issuer}` : row.issuer);
    item.append(meta);
  }
  if (row.subject) {
    const subject = document.createElement('span');
    subject.className = 'meta';
    subject.textContent = row.subject;
    item.append(subject);
  }
  if (row.status) {
    const status = document.createElement('span');
    status.className = 'meta legal';
    status.textContent = `${t('search.filter.hieu-luc')}: ${row.status}`;
    item.append(status);
  }
  if (row.content && row.locations.length > 0) item.append(excerptElement(row.content, row.locations, pairKeys));
  return item;
}

function excerptElement(content: string, locations: number[], pairKeys: ReadonlySet<string>): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'trich-doan';
  for (const part of excerptParts(content, locations, pairKeys)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else {
      paragraph.append(document.createTextNode(part.text));
    }
  }
  return paragraph;
}
