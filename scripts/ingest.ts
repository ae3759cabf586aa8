/** `npm run ingest`: content/sources → content/generated (MDX per document + instruments and citations data). */
import path from 'node:path';
import { runIngest, defaultPaths } from '../src/lib/ingest/run.ts';
import { IngestError, IngestErrors } from '../src/lib/ingest/errors.ts';
import { progressBar } from '../src/lib/ingest/progress.ts';

const root = process.cwd();
const bar = progressBar(process.stderr, process.env);
try {
  // IDS_READ_ONLY=1 (the test build): content/ids.yaml is read, never written; a test compares it with the sources.
  const summary = await runIngest({ ...defaultPaths(root), registryReadOnly: process.env.IDS_READ_ONLY === '1' }, bar.update, (lock) =>
    console.error(`ingest: một lần ingest khác đang ghi content/generated (khoá ${path.relative(root, lock)}); chờ nó xong…`),
  );
  bar.finish();
  console.log(
    `ingest: ${summary.documents} văn bản (${summary.converted} chuyển bảng mã), 0 tệp bị từ chối, ${summary.instruments} văn bản được dẫn chiếu, ${summary.citations} trích dẫn, ${(summary.milliseconds / 1000).toFixed(2)} s`,
  );
  const incomplete = Object.entries(summary.missing).filter(([, missing]) => missing.length > 0);
  // A large corpus lists only a count per field; the per-document list is for small ones.
  if (incomplete.length <= 50) {
    for (const [id, missing] of incomplete) console.log(`  ${id}: chưa rõ ${missing.join(', ')}`);
  } else {
    const perField = new Map<string, number>();
    for (const [, missing] of incomplete) for (const field of missing) perField.set(field, (perField.get(field) ?? 0) + 1);
    console.log(`  ${incomplete.length} văn bản thiếu thông tin: ${[...perField].map(([field, count]) => `${field} ${count}`).join(', ')}`);
  }
  if (summary.registry === 'written') console.log('  content/ids.yaml: đã ghi mã mới hoặc mã đã chuyển; hãy commit tệp này cùng các tệp nguồn.');
  for (const warning of summary.warnings) console.warn(`  cảnh báo: ${warning}`);
} catch (error) {
  bar.finish();
  if (error instanceof IngestErrors) {
    console.error(`ingest: ${error.problems.length} tệp bị từ chối, chưa ghi gì:`);
    for (const problem of error.problems) console.error(`  ${problem}`);
  } else if (error instanceof IngestError) {
    console.error(`ingest: ${error.message}`);
  } else {
    // Not an input problem: still one line, with the stack only when asked for (DEBUG=1).
    console.error(`ingest: lỗi ngoài dự kiến: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exitCode = 1;
}
