/** A static file server for the built site on 127.0.0.1 (as any static host would serve dist/), for tests and benchmarks. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticSite { url: string; close: () => Promise<void> }

/**
 * The headers a `_headers` file (Netlify / Cloudflare Pages format) sets for every path (`/*` rules only):
 * a path line, then indented `Name: value` lines; `#` comments.
 */
export function headersFromFile(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      applies = line.trim() === '/*';
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (applies && header) headers[header[1]!] = header[2]!.trim();
  }
  return headers;
}

/** Serves `folder` under `base`; `headers` are added to every response (e.g. those of public/_headers). */
export async function serveStatic(folder: string, base = '/', headers: Record<string, string> = {}): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (pathname.startsWith(base)) {
      const candidate = path.join(folder, pathname.slice(base.length));
      if (!candidate.startsWith(folder)) file = null;
      else if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
    }
    const status = file ? 200 : 404;
    const served = file ?? path.join(folder, '404.html');
    response.writeHead(status, { ...headers, 'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    if (existsSync(served)) createReadStream(served).pipe(response);
    else response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
