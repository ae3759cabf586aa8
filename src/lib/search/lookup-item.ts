/** A look-up entry as a list item (built with DOM text nodes): its link, then date, issuer and subject, then its legal status. */
import type { LookupEntry } from './lookup.ts';
import { timeElement } from './time-element.ts';
import { t } from '../../i18n/t.ts';
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
  // The legal status beside each candidate: which of two decisions with one number is still in force.
  const legal = document.createElement('span');
  legal.className = 'legal';
  legal.textContent = `${t('legal.title')}: ${entry.status}`;
  item.append(link, meta, legal);
  return item;
}
