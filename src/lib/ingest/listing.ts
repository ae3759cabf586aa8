/**
 * Every file under the sources folder, accounted for: a document to read, or refused with one line
 * naming it and why. Sub-folders are read (offices file by year and by body); a symbolic link is followed
 * while it stays inside the folder. The folder's own README.md is its notes, not a document.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatOf } from '../extract/formats.ts';

export interface ListedFile {
  /** Path inside the sources folder, `/`-separated, NFC: `2024/cv-5817-ubnd-ktth-2024.pdf`. */
  name: string;
  /** Path on disk (through a link, when it is one). */
  path: string;
}

export interface Listing {
  files: ListedFile[];
  /** One line per refused file: `content/sources/x.doc: reason`. */
  refused: string[];
  /** Files that are the folder's notes (README.md at its top), not documents. */
  notes: string[];
}

/** Longest file name accepted, in UTF-8 bytes: the generated files add their id and extension to it. */
export const MAX_NAME_BYTES = 200;

/** Why a file is not a document, from its name alone; null when its name is fine. */
function refusedByName(name: string): string | null {
  if (name.startsWith('~$')) return 'tệp khoá của Word (~$…), không phải văn bản: hãy đóng Word rồi xoá tệp này';
  if (name.startsWith('.')) return 'tệp ẩn (tên bắt đầu bằng dấu chấm), không phải văn bản: hãy xoá hoặc đổi tên';
  if (name.startsWith('~') || name.endsWith('~')) return 'tệp tạm của trình soạn thảo, không phải văn bản: hãy xoá';
  if (/^(thumbs\.db|desktop\.ini)$/i.test(name)) return 'tệp hệ thống của Windows, không phải văn bản: hãy xoá';
  const bytes = Buffer.byteLength(name);
  if (bytes > MAX_NAME_BYTES) return `tên tệp quá dài (${bytes} byte, tối đa ${MAX_NAME_BYTES}): hãy đặt tên ngắn hơn`;
  return null;
}

export async function listSources(folder: string): Promise<Listing> {
  const root = await realpath(folder);
  const listing: Listing = { files: [], refused: [], notes: [] };
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  const refuse = (file: string, reason: string) => listing.refused.push(`${shown(file)}: ${reason}`);

  const walk = async (directory: string, relative: string): Promise<void> => {
    // With their types (one call for the folder, not one lstat a file), in the order of their names.
    const dirents = (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const info of dirents) {
      const entry = info.name;
      const file = path.join(directory, entry);
      const name = relative === '' ? entry.normalize('NFC') : `${relative}/${entry.normalize('NFC')}`;
      if (relative === '' && entry === 'README.md') {
        listing.notes.push(name);
        continue;
      }
      if (info.isDirectory()) {
        if (entry.startsWith('.')) refuse(file, 'thư mục ẩn (tên bắt đầu bằng dấu chấm): không đọc; hãy chuyển văn bản ra ngoài hoặc đổi tên');
        else await walk(file, name);
        continue;
      }
      const byName = refusedByName(entry);
      if (byName) {
        refuse(file, byName);
        continue;
      }
      if (info.isSymbolicLink()) {
        const target = await realpath(file).catch(() => null);
        if (target === null) refuse(file, 'liên kết tượng trưng hỏng (không trỏ tới tệp nào)');
        else if (target !== root && !target.startsWith(`${root}${path.sep}`)) refuse(file, `liên kết tượng trưng trỏ ra ngoài thư mục nguồn (tới ${target})`);
        else if (!(await stat(target)).isFile()) refuse(file, 'liên kết tượng trưng không trỏ tới một tệp');
        else accept(file, name);
        continue;
      }
      if (!info.isFile()) {
        refuse(file, 'không phải tệp thường (thiết bị, ống hoặc socket)');
        continue;
      }
      accept(file, name);
    }
  };
  const accept = (file: string, name: string) => {
    const format = formatOf(name);
    if (format.ok) listing.files.push({ name, path: file });
    else refuse(file, format.reason);
  };
  await walk(folder, '');
  return listing;
}
