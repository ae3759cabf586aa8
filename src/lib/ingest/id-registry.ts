/**
 * The id registry file, content/ids.yaml (src/schemas/ids.ts): read, and written back in one fixed form
 * (sorted, one line per id) so that its changes read well in review, like a lock file's.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { idRegistrySchema, type IdRegistry } from '../../schemas/ids.ts';
import type { Redirect } from '../../schemas/redirects.ts';
import { sha256, type StepMemory } from './cache.ts';
import { IngestError } from './errors.ts';

export const EMPTY_REGISTRY: IdRegistry = { ids: {}, redirects: {} };

const HEADER = [
  ' Sổ địa chỉ của kho: mỗi mã văn bản (địa chỉ /van-ban/{mã}/) đã cấp và tệp nguồn của nó.',
  ' Bước nhập (npm run ingest) đọc và bổ sung tệp này; hãy commit nó cùng các tệp nguồn, như một tệp khóa.',
  ' ids: mã → tệp nguồn (sha256: mã của văn bản không số được tìm lại theo nội dung khi tệp đổi tên).',
  ' redirects: mã cũ → mã mới của văn bản đã đổi định danh (trang cũ chuyển tiếp đến trang mới).',
  ' Xem README, mục "URL scheme".',
].join('\n');

/**
 * The registry in `file`; empty when there is none yet. A malformed file is one line naming it and the
 * problem. `memory` holds registries read before, by the SHA-256 of their text: a rebuild finds the file as
 * the previous run wrote it, and reading 10,000 lines of YAML again costs a few hundred milliseconds.
 */
export async function loadRegistry(file: string, shown: string, memory?: StepMemory<IdRegistry>): Promise<IdRegistry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_REGISTRY;
    throw error;
  }
  const key = sha256(text);
  const known = memory?.recall(key);
  if (known !== undefined) return known;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new IngestError(`${shown}: không đọc được YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  const parsed = idRegistrySchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(`${shown}: ${issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'nội dung'} không hợp lệ: ${issue.message}.`);
  }
  const sources = new Map<string, string>();
  for (const [id, entry] of Object.entries(parsed.data.ids)) {
    const other = sources.get(entry.source);
    if (other !== undefined) throw new IngestError(`${shown}: tệp nguồn "${entry.source}" có hai mã, "${other}" và "${id}".`);
    sources.set(entry.source, id);
  }
  return memory ? memory.remember(key, parsed.data) : parsed.data;
}

/**
 * The YAML of the file as data; a key twice in one mapping is an error, as yaml's own check makes it. That
 * check compares each key with every earlier one of its mapping, which for 10,000 ids took longer than the
 * rest of a rebuild: a set of the keys seen does it in one pass.
 */
function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: false, lineCounter });
  if (document.errors.length > 0) throw document.errors[0];
  const check = (node: unknown): void => {
    if (isSeq(node)) for (const item of node.items) check(item);
    if (!isMap(node)) return;
    const seen = new Set<unknown>();
    for (const { key, value } of node.items) {
      if (isScalar(key)) {
        if (seen.has(key.value)) {
          const { line, col } = lineCounter.linePos(key.range?.[0] ?? 0);
          throw new Error(`Map keys must be unique at line ${line}, column ${col}`);
        }
        seen.add(key.value);
      } else check(key);
      check(value);
    }
  };
  check(document.contents);
  return document.toJS();
}

/** The file's text: a header, then `ids` and `redirects` sorted, one flow mapping per id. `memory`: texts made before, by the registry's hash. */
export function registryText(registry: IdRegistry, memory?: StepMemory<string>): string {
  const key = memory === undefined ? '' : sha256(JSON.stringify(registry));
  const known = memory?.recall(key);
  if (known !== undefined) return known;
  const document = new Document(registry);
  document.commentBefore = HEADER;
  const ids = document.get('ids', true) as { items: Array<{ value: { flow?: boolean } }>; flow?: boolean } | undefined;
  for (const item of ids?.items ?? []) item.value.flow = true;
  const text = document.toString({ lineWidth: 0 });
  return memory ? memory.remember(key, text) : text;
}

/** Writes the registry when its text changed (through a temporary file and a rename); true when it did. */
export async function saveRegistry(file: string, registry: IdRegistry, memory?: StepMemory<string>): Promise<boolean> {
  const text = registryText(registry, memory);
  const before = await readFile(file, 'utf8').catch(() => null);
  if (before === text) return false;
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
  return true;
}

/**
 * content/generated/redirects.json: the registry's redirects whose old id is no page of this build (an old
 * id that a document or a citation uses again is that page) and whose new id is one, sorted by old id.
 */
export function redirectsFile(registry: IdRegistry, pages: Set<string>): string {
  const redirects: Redirect[] = Object.entries(registry.redirects)
    .filter(([from, to]) => !pages.has(from) && pages.has(to))
    .map(([from, to]) => ({ from, to }));
  return `${JSON.stringify(redirects)}\n`;
}
