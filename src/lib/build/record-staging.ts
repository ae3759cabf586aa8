/**
 * The HTML Pagefind reads for each page (src/lib/build/search-record.ts), kept in a file between reading
 * the site and indexing its bundles, rather than in memory: at 10,000 documents it is hundreds of
 * megabytes, held while each bundle's Pagefind process builds its index, and the step's peak is their sum.
 */
import { open, rm, type FileHandle } from 'node:fs/promises';

/** Where a record is in the staging file. */
export interface StagedRecord { offset: number; length: number }

export interface RecordStaging {
  put(record: string): Promise<StagedRecord>;
  get(at: StagedRecord): Promise<string>;
  /** Closes and removes the file. */
  close(): Promise<void>;
}

export async function openRecordStaging(file: string): Promise<RecordStaging> {
  const handle: FileHandle = await open(file, 'w+');
  let size = 0;
  return {
    async put(record) {
      const bytes = Buffer.from(record);
      // The place is taken before writing, so that concurrent writes never overlap.
      const at = { offset: size, length: bytes.length };
      size += bytes.length;
      await handle.write(bytes, 0, bytes.length, at.offset);
      return at;
    },
    async get(at) {
      const bytes = Buffer.alloc(at.length);
      await handle.read(bytes, 0, at.length, at.offset);
      return bytes.toString('utf8');
    },
    async close() {
      await handle.close();
      await rm(file, { force: true });
    },
  };
}
