/**
 * A link checker over a built site folder (no server): reads every file, extracts links from HTML
 * (href, src, srcset, GET form actions), XML (sitemap <loc>, feed <link href>), robots.txt and the
 * number look-up JSON, resolves them against the page URL, and checks that each internal target is a
 * file of the build and that each #fragment names an element id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './project.ts';

export interface Link {
  /** The file the link is in (relative to the site folder). */
  from: string;
  /** The attribute or field it came from (`href`, `src`, `srcset`, `action`, `loc`, `path`…). */
  kind: string;
  /** As written, entities decoded. */
  raw: string;
  /** Resolved absolute URL. */
  url: URL;
}

export interface LinkReport {
  /** Every link found, internal and external. */
  links: Link[];
  /** Links to this site whose target is missing, as `from: raw (reason)`. */
  broken: string[];
  /** Internal links that do not start with the base path, as `from: raw`. */
  outsideBase: string[];
  /** URL paths reachable from the home page or the sitemap by following internal links. */
  reachable: Set<string>;
  /** Pages (URL paths) of every HTML file of the build. */
  pages: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1]!.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Every start tag of an HTML document with its name and attributes (names lowercased, values decoded). */
export function startTags(html: string): Array<{ name: string; attributes: Map<string, string>; source: string }> {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags: Array<{ name: string; attributes: Map<string, string>; source: string }> = [];
  const tag = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const match of withoutComments.matchAll(tag)) {
    const attributes = new Map<string, string>();
    for (const a of match[2]!.matchAll(attribute)) {
      attributes.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes, source: match[0] });
  }
  return tags;
}

/** Ids (and `<a name>`) of an HTML page: the valid #fragment targets. */
export function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { name, attributes } of startTags(html)) {
    const id = attributes.get('id');
    if (id) ids.add(id);
    if (name === 'a' && attributes.get('name')) ids.add(attributes.get('name')!);
  }
  return ids;
}

/** URL path of a file in the build (`van-ban/x/index.html` → `/base/van-ban/x/`). */
function urlPathOf(file: string, base: string): string {
  const page = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${page}`;
}

interface Extracted { kind: string; raw: string }

function htmlLinks(html: string): Extracted[] {
  const found: Extracted[] = [];
  for (const { name, attributes } of startTags(html)) {
    for (const kind of ['href', 'src']) {
      const value = attributes.get(kind);
      if (value !== undefined) found.push({ kind: `${name} ${kind}`, raw: value.trim() });
    }
    const srcset = attributes.get('srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) found.push({ kind: `${name} srcset`, raw: url });
      }
    }
    if (name === 'form' && (attributes.get('method') ?? 'get').toLowerCase() === 'get') {
      found.push({ kind: 'form action', raw: (attributes.get('action') ?? '').trim() });
    }
  }
  return found;
}

function otherLinks(file: string, text: string): Extracted[] {
  if (file.endsWith('.xml')) {
    return [
      ...[...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => ({ kind: 'loc', raw: decodeEntities(m[1]!.trim()) })),
      ...[...text.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)].map((m) => ({ kind: 'link href', raw: decodeEntities(m[1]!) })),
    ];
  }
  if (file === 'robots.txt') return [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => ({ kind: 'Sitemap', raw: m[1]! }));
  // Hosts read `_redirects` (`from to 301`): every target is a file of the build, and so is an old page
  // address (its static redirect page); an old JSON or source address exists only as the host's rule.
  if (file === '_redirects') {
    return [...text.matchAll(/^(\S+)\s+(\S+)\s+301$/gm)].flatMap((m) => [
      ...(m[1]!.endsWith('/') ? [{ kind: 'redirect from', raw: m[1]! }] : []),
      { kind: 'redirect to', raw: m[2]! },
    ]);
  }
  return [];
}

/**
 * Checks every link of the site in `folder`, built for `base` (`/` or `/luu-tru/`) and served at `origin`
 * (SITE_URL: absolute links to it are internal too).
 */
export function checkLinks(folder: string, base: string, origin: string): LinkReport {
  const files = listFiles(folder);
  const fileSet = new Set(files);
  const siteOrigin = new URL(origin).origin;
  const links: Link[] = [];
  const broken: string[] = [];
  const outsideBase: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const linksByPath = new Map<string, string[]>();

  /** The file a URL path names, or null. */
  const fileFor = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return null;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return null;
    }
    if (relative === '' || relative.endsWith('/')) return fileSet.has(`${relative}index.html`) ? `${relative}index.html` : null;
    if (fileSet.has(relative)) return relative;
    // A directory without the trailing slash: static hosts redirect, but the site promises slashes.
    return null;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = file.endsWith('.html') ? pageIds(readFileSync(path.join(folder, file), 'utf8')) : new Set();
      idsCache.set(file, ids);
    }
    return ids;
  };

  for (const file of files) {
    if ((!/\.(html|xml|txt|json)$/.test(file) && file !== '_redirects') || file.startsWith('pagefind/')) continue;
    if (file.startsWith('nguon/')) continue; // original sources, served byte for byte: not ours to link from
    const text = readFileSync(path.join(folder, file), 'utf8');
    const pageUrl = new URL(urlPathOf(file, base), siteOrigin);
    let extracted: Extracted[];
    if (file.endsWith('.html')) extracted = htmlLinks(text);
    else if (file.startsWith('tra-cuu/') && file.endsWith('.json')) {
      // The look-up files hold paths relative to the base, which the search page prefixes with it.
      extracted = [...text.matchAll(/"path":"([^"]*)"/g)].map((m) => ({ kind: 'path', raw: `${base}${m[1]!}` }));
    } else extracted = otherLinks(file, text);
    const targets: string[] = [];
    for (const { kind, raw } of extracted) {
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        broken.push(`${file}: ${kind}="${raw}" (không phải URL hợp lệ)`);
        continue;
      }
      links.push({ from: file, kind, raw, url });
      if (url.protocol === 'javascript:') {
        broken.push(`${file}: ${kind}="${raw}" (URL javascript:)`);
        continue;
      }
      if (url.origin !== siteOrigin) continue;
      const fragmentOnly = raw.startsWith('#');
      if (!fragmentOnly && !url.pathname.startsWith(base)) outsideBase.push(`${file}: ${kind}="${raw}"`);
      else if (!fragmentOnly && !raw.startsWith(base) && !raw.startsWith(siteOrigin)) outsideBase.push(`${file}: ${kind}="${raw}" (không bắt đầu bằng ${base})`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${kind}="${raw}" (không có tệp cho ${url.pathname})`);
        continue;
      }
      targets.push(urlPathOf(target, base));
      const fragment = url.hash.slice(1);
      if (fragment && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push(`${file}: ${kind}="${raw}" (${target} không có phần tử id="${decodeURIComponent(fragment)}")`);
      }
    }
    linksByPath.set(urlPathOf(file, base), targets);
  }

  const queue = [base, `${base}sitemap.xml`, `${base}robots.txt`, `${base}_redirects`];
  const reachable = new Set<string>(queue);
  while (queue.length > 0) {
    for (const next of linksByPath.get(queue.shift()!) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => urlPathOf(file, base));
  return { links, broken: [...new Set(broken)].sort(), outsideBase: [...new Set(outsideBase)].sort(), reachable, pages };
}

/** Whether a folder holds a build (for a clear error when dist/ is missing). */
export function isBuilt(folder: string): boolean {
  return existsSync(path.join(folder, 'index.html')) && statSync(path.join(folder, 'index.html')).isFile();
}
