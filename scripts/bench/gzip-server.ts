/** Serves a built site gzip-compressed (as a real static host would) and counts the bytes sent, by file. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CountingServer {
  url: string;
  /** Bytes sent since the last reset, in all. */
  bytes: () => number;
  /** Bytes sent since the last reset, by path. */
  sent: () => Map<string, number>;
  reset: () => void;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

export async function serveGzip(folder: string): Promise<CountingServer> {
  let sent = new Map<string, number>();
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(folder, pathname);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = cache.get(file) ?? gzipSync(readFileSync(file));
    cache.set(file, body);
    sent.set(pathname, (sent.get(pathname) ?? 0) + body.length);
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bytes: () => [...sent.values()].reduce((sum, bytes) => sum + bytes, 0),
    sent: () => new Map(sent),
    reset: () => (sent = new Map()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
