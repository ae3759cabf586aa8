/**
 * A date as the search pages show it (29/10/2024, 10/2024 or 2024, src/lib/identity.ts formatDate) in a
 * `<time datetime>` element: the ISO form is the shown parts reversed.
 */
export function isoOfShownDate(shown: string): string | null {
  const parts = shown.split('/');
  const iso = [...parts].reverse().join('-');
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) ? iso : null;
}

export function timeElement(shown: string): HTMLElement {
  const time = document.createElement('time');
  const iso = isoOfShownDate(shown);
  if (iso) time.dateTime = iso;
  time.textContent = shown;
  return time;
}
