/**
 * /tra-cuu/?so=57/NQ-CP in the browser: goes straight to the page when the number means one document,
 * lists the candidates (with issuer and date) when it could mean several, and says so when none.
 */
import { t } from '../../i18n/t.ts';
import { matchLookup, type LookupEntry } from './lookup.ts';
import { parseNumberQuery } from './number-query.ts';
import { lookupItem } from './lookup-item.ts';
import { href, routes } from '../routes/paths.ts';

export async function startLookup(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const status = root.querySelector<HTMLElement>('#trang-thai')!;
  const list = root.querySelector<HTMLUListElement>('#ung-vien')!;
  const input = root.querySelector<HTMLInputElement>('input[name="so"]')!;
  const wanted = new URLSearchParams(location.search).get('so')?.trim() ?? '';
  input.value = wanted;
  if (!wanted) return;
  const parsed = parseNumberQuery(wanted);
  if (!parsed) {
    status.textContent = t('lookup.invalid', { so: wanted });
    return;
  }
  const response = await fetch(href(routes.lookupNumber(parsed.number), base));
  const entries = response.ok ? matchLookup((await response.json()) as LookupEntry[], parsed) : [];
  if (entries.length === 1) {
    status.textContent = t('lookup.redirecting', { title: entries[0]!.title });
    location.replace(href(entries[0]!.path, base));
    return;
  }
  if (entries.length === 0) {
    status.textContent = t('lookup.none', { so: wanted });
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href(routes.search(wanted), base);
    link.textContent = t('nav.search');
    item.append(link);
    list.replaceChildren(item);
    return;
  }
  status.textContent = t('lookup.candidates', { so: wanted });
  list.replaceChildren(...entries.map((entry) => lookupItem(entry, base)));
}
