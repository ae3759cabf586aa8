/**
 * The `_redirects` file (Netlify and Cloudflare Pages format, `from to 301` a line) of the documents whose
 * identity was changed: their page, and for a held document its JSON and its original, move to the new id.
 * Hosts that read the file answer 301; on every other host the static page at the old address
 * (src/components/RedirectView.astro) does the same job.
 */
import type { Archive } from './archive.ts';
import { sourceExtension } from './pages.ts';
import { href, routes } from '../routes/paths.ts';

export function hostRedirects(archive: Pick<Archive, 'redirects' | 'documentById'>, base?: string): string {
  const lines = archive.redirects.flatMap(({ from, to }) => {
    const pairs = [[routes.document(from), routes.document(to)]];
    const held = archive.documentById.get(to)?.data;
    if (held) {
      const extension = sourceExtension(held);
      pairs.push([routes.documentJson(from), routes.documentJson(to)], [routes.source(from, extension), routes.source(to, extension)]);
    }
    return pairs.map(([old, now]) => `${href(old!, base)} ${href(now!, base)} 301`);
  });
  return lines.map((line) => `${line}\n`).join('');
}
