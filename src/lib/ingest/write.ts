/**
 * Writes the generated folder atomically: everything goes into a sibling temp folder first, then one
 * rename swaps it in. A run that fails before the swap leaves the previous output untouched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFolderAtomically(target: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const temp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  try {
    for (const relative of [...files.keys()].sort()) {
      const destination = path.join(temp, relative);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, files.get(relative)!, 'utf8');
    }
    await rm(old, { recursive: true, force: true });
    let hadPrevious = true;
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      hadPrevious = false;
    });
    await rename(temp, target);
    if (hadPrevious) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
