/** JSON-LD (schema.org Legislation) and OpenGraph on the built pages. */
import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../src/lib/portal/jsonld.ts';
import { generatedInstruments } from '../support/records.ts';
import { generatedDocuments } from '../support/site.ts';
import { pagesUnder, readPage, resolves } from './helpers.ts';

const documents = generatedDocuments();
const instruments = generatedInstruments();

function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}
const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? null;
const sitePathOf = (url: string) => new URL(url).pathname;

describe('JSON-LD', () => {
  it('every document page has one Legislation block with identifier, date, issuer, type, name, language, url', () => {
    for (const document of documents) {
      const blocks = jsonLd(readPage(`/van-ban/${document.id}/`));
      expect(blocks, document.id).toHaveLength(1);
      const node = blocks[0]!;
      expect(node['@context']).toBe('https://schema.org');
      expect(node['@type']).toBe('Legislation');
      expect(node.inLanguage).toBe('vi');
      expect(sitePathOf(String(node.url))).toBe(`/van-ban/${document.id}/`);
      expect(String(node.name)).toContain(document.title);
      if (document.numberSymbol) expect(node.legislationIdentifier).toBe(document.numberSymbol);
      if (document.date) expect(node.legislationDate).toBe(document.date.iso);
      if (document.issuer) expect(node.legislationPassedBy).toEqual({ '@type': 'Organization', name: document.issuer });
      if (document.docType) expect(node.legislationType).toBe(document.docType);
    }
  });

  it('outgoing citations are `citation`, incoming ones `@reverse.citation`, all as resolving URLs, matching citations.json', () => {
    for (const instrument of instruments) {
      const node = jsonLd(readPage(`/van-ban/${instrument.id}/`))[0]!;
      const cited = ((node.citation as Array<{ url: string }> | undefined) ?? []).map((item) => sitePathOf(item.url));
      const citing = (((node['@reverse'] as { citation?: Array<{ url: string }> } | undefined)?.citation) ?? []).map((item) => sitePathOf(item.url));
      for (const path of [...cited, ...citing]) expect(resolves(path), path).toBe(true);
      if (!instrument.held) expect(cited).toEqual([]);
      const page = readPage(`/van-ban/${instrument.id}/`);
      // The page's own "cited by" links are exactly the @reverse list.
      for (const path of citing) expect(page).toContain(`href="${path}`);
    }
    const held = instruments.filter((instrument) => instrument.held);
    expect(held.some((instrument) => ((jsonLd(readPage(`/van-ban/${instrument.id}/`))[0]!.citation as unknown[] | undefined) ?? []).length > 0)).toBe(true);
    expect(instruments.some((instrument) => jsonLd(readPage(`/van-ban/${instrument.id}/`))[0]!['@reverse'])).toBe(true);
  });

  it('is safe to embed: no raw "<" inside the script, and round-trips', () => {
    const value = { name: '</script><script>alert(1)</script> & \u2028' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
    for (const document of documents) {
      const html = readPage(`/van-ban/${document.id}/`);
      const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
      expect(raw).not.toContain('<');
    }
  });
});

describe('OpenGraph', () => {
  const pages = ['/', '/duyet/', '/loai/', '/co-quan-nhan/', '/thoi-han/', ...pagesUnder('loai'), ...documents.map((document) => `/van-ban/${document.id}/`)];

  it('every page has og:title, og:description, og:url (= canonical), og:type and og:locale vi_VN', () => {
    for (const path of pages) {
      const html = readPage(path);
      expect(meta(html, 'og:title'), path).toBeTruthy();
      expect(meta(html, 'og:description'), path).toBeTruthy();
      expect(meta(html, 'og:locale')).toBe('vi_VN');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
      expect(meta(html, 'og:url')).toBe(canonical);
      expect(sitePathOf(canonical)).toBe(path);
      expect(meta(html, 'og:type')).toBe(path.startsWith('/van-ban/') ? 'article' : 'website');
    }
  });
});

describe('document page extras', () => {
  it('shows the standard citation as selectable text, with a copy button left hidden until the page script shows it', () => {
    for (const document of documents) {
      const html = readPage(`/van-ban/${document.id}/`);
      const value = /<span id="trich-dan-chuan" data-citation-text>([\s\S]*?)<\/span>/.exec(html)?.[1];
      expect(value?.replace(/&amp;/g, '&')).toBe(document.citation);
      expect(html).toMatch(/<button type="button" data-copy hidden>Sao chép trích dẫn<\/button>/);
      // Scripts: the JSON-LD, and same-origin module files only.
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/type="application\/ld\+json"|^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    }
  });
});
