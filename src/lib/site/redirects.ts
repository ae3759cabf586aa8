/**
 * The old addresses of documents whose identity an editor changed on purpose (content/generated/redirects.json,
 * written by the ingest): each old id leads to the page the document has now. A chain (A → B, later B → C)
 * leads straight to the end; an old id that is a live page again, a target that is no page, or a loop is an
 * error naming the file and the entry, because a redirect must never hide or invent a page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { redirectsFileSchema, type Redirect } from '../../schemas/redirects.ts';

export const REDIRECTS_FILE = 'content/generated/redirects.json';

/** The file's entries, validated; none when the file does not exist (an ingest that changed no identity). */
export async function loadRedirects(root: string = process.cwd()): Promise<Redirect[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, REDIRECTS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = redirectsFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${REDIRECTS_FILE}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

/** Every old id with the live page it leads to (chains followed), sorted by old id. */
export function resolveRedirects(redirects: Redirect[], isPage: (id: string) => boolean): Redirect[] {
  const next = new Map<string, string>();
  for (const { from, to } of redirects) {
    if (isPage(from)) throw new Error(`${REDIRECTS_FILE}: "${from}" → "${to}": "${from}" là địa chỉ của một văn bản đang có, không thể chuyển hướng`);
    if (next.has(from) && next.get(from) !== to) throw new Error(`${REDIRECTS_FILE}: "${from}" được chuyển tới hai địa chỉ: "${next.get(from)}" và "${to}"`);
    next.set(from, to);
  }
  return [...next.keys()].sort().map((from) => {
    const seen = new Set([from]);
    let to = next.get(from)!;
    while (next.has(to)) {
      if (seen.has(to)) throw new Error(`${REDIRECTS_FILE}: chuyển hướng vòng tròn từ "${from}"`);
      seen.add(to);
      to = next.get(to)!;
    }
    if (!isPage(to)) throw new Error(`${REDIRECTS_FILE}: "${from}" → "${to}": không có văn bản nào mang địa chỉ "${to}"`);
    return { from, to };
  });
}
