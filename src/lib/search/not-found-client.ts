/**
 * Suggestions on the 404 page: the missing address read as a document number (`/van-ban/5817-ubnd-ktth-2024/`
 * is 5817/UBND-KTTH), answered from the number look-up file; the documents with that number are listed, those
 * whose address shares most words with the one typed first. The search box is filled with the address's
 * words. Without this script the page still offers the search box and the lists.
 */
import { t } from '../../i18n/t.ts';
import { matchLookup, type LookupEntry } from './lookup.ts';
import { parseNumberQuery } from './number-query.ts';
import { numberKey } from '../identity/index.ts';
import { lookupItem } from './lookup-item.ts';
import { DOCUMENT_FOLDER, href, routes } from '../routes/paths.ts';

const SHOWN = 5;
/** The file Astro writes for src/pages/404.astro, which hosts serve for a missing address. */
const NOT_FOUND_FILE = '404.html';

/** The words of a missing address below the base (`van-ban/5817-ubnd-ktth-2024/` → 5817 ubnd ktth 2024). */
export function addressWords(pathname: string, base: string): string[] {
  const relative = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
  const segments = relative.split('/').filter(Boolean);
  // The 404 page opened at its own address (a host's error page, a link to it) names no missing page.
  if (segments.length === 1 && segments[0] === NOT_FOUND_FILE) return [];
  const last = segments[0] === DOCUMENT_FOLDER ? segments[1] : segments.at(-1);
  return (last ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function overlap(entry: LookupEntry, words: Set<string>): number {
  return entry.path.split(/[^a-z0-9]+/).filter((word) => words.has(word)).length;
}

/** The look-up entries a missing address most likely meant, best first. */
export function suggestions(entries: LookupEntry[], words: string[]): LookupEntry[] {
  const wanted = new Set(words);
  // The longest run of leading words that reads as a number narrows the list (5817 ubnd ktth → UBND-KTTH).
  for (let end = words.length; end >= 2; end--) {
    const parsed = parseNumberQuery(words.slice(0, end).join(' '));
    const matched = parsed ? matchLookup(entries, parsed) : [];
    if (matched.length > 0) return matched.sort((a, b) => overlap(b, wanted) - overlap(a, wanted)).slice(0, SHOWN);
  }
  return [...entries].sort((a, b) => overlap(b, wanted) - overlap(a, wanted)).slice(0, SHOWN);
}

export async function suggestForMissingPage(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const words = addressWords(location.pathname, base);
  const box = document.querySelector<HTMLInputElement>('#tim-lai');
  if (box && words.length > 0) box.value = words.join(' ');
  const number = words.find((word) => /^\d+$/.test(word));
  if (!number || words[0] !== number) return;
  const response = await fetch(href(routes.lookupNumber(numberKey(number)), base)).catch(() => null);
  const entries = response?.ok ? ((await response.json()) as LookupEntry[]) : [];
  const found = suggestions(entries, words);
  if (found.length === 0) return;
  const list = root.querySelector<HTMLUListElement>('#goi-y')!;
  root.querySelector<HTMLElement>('#goi-y-tieu-de')!.textContent = t('notFound.suggestions', { so: number });
  list.replaceChildren(...found.map((entry) => lookupItem(entry, base)));
  root.hidden = false;
}
