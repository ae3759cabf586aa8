/** A look-up entry as a list item (built with DOM text nodes): its link, then date, issuer and subject. */
import type { LookupEntry } from './lookup.ts';
import { timeElement } from './time-element.ts';
import { href } from '../routes/paths.ts';

export function lookupItem(entry: LookupEntry, base: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href(entry.path, base);
  link.textContent = entry.title;
  const meta = document.createElement('span');
  meta.className = 'meta';
  if (entry.date) meta.append(timeElement(entry.date));
  const rest = [entry.issuer, entry.subject].filter(Boolean).join(' · ');
  if (rest) meta.append(entry.date ? ` · ${rest}` : rest);
  item.append(link, meta);
  return item;
}
