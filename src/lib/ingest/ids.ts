/**
 * The id step: gives every held document its id (its URL /van-ban/{id}/) with the registry
 * (content/ids.yaml, src/schemas/ids.ts) as memory, so that an id once given keeps its document:
 *
 * - a document with a number has the id its identity gives (src/lib/identity/ids.ts), the id its citations
 *   reach; when that identity changes (an editor corrects a misread number) it moves, and its old id
 *   becomes a redirect;
 * - a document without a number is named once (`numberlessBase`, then `-2`, `-3`… when taken) and keeps
 *   that name through edits of its text, its date or its subject, found again by its file's name or, when
 *   the file was renamed, by its bytes;
 * - an id stays with the document that had it first: a newcomer with the same identity gets the next
 *   ordinal, and a warning names both files; the id of a deleted source stays reserved, and comes back to
 *   it (a numbered document of the same identity takes it over);
 * - an editor's `id:` is taken as given, or is an error when another document has it.
 *
 * A pure function of the documents and the previous registry; ingest/run.ts reads and writes the file.
 */
import { documentId, numberlessBase } from '../identity/index.ts';
import type { ExtractedMetadata } from '../../schemas/metadata.ts';
import type { IdRegistry, RegistryEntry } from '../../schemas/ids.ts';
import { routes } from '../routes/paths.ts';
import { IngestError } from './errors.ts';

export interface IdClaim {
  /** The source's name inside content/sources/. */
  source: string;
  sha256: string;
  /** Metadata after the editor's corrections. */
  metadata: ExtractedMetadata;
  /** An editor's `id:` and the correction file that gives it. */
  explicit: { id: string; file: string } | null;
}

export interface IdAssignment {
  /** Source name → id. */
  ids: Map<string, string>;
  /** The registry after this run (equal to the previous one when nothing was given or moved). */
  registry: IdRegistry;
  /** One line per document that could not have the id its identity gives, naming both files. */
  warnings: string[];
}

const shown = (source: string) => `content/sources/${source}`;
const sorted = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function assignIds(claims: IdClaim[], previous: IdRegistry): IdAssignment {
  const order = [...claims].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const present = new Set(order.map((claim) => claim.source));
  const entries = new Map(Object.entries(previous.ids));
  const bySource = new Map([...entries].map(([id, entry]) => [entry.source, id]));
  // A renamed file is found by its bytes among the entries whose file is gone.
  const renamed = new Map<string, string>();
  for (const [id, entry] of entries) if (entry.sha256 && !present.has(entry.source) && !renamed.has(entry.sha256)) renamed.set(entry.sha256, id);
  const registered = new Map<IdClaim, string>();
  for (const claim of order) {
    const id = bySource.get(claim.source) ?? renamed.get(claim.sha256);
    if (id === undefined) continue;
    registered.set(claim, id);
    renamed.delete(claim.sha256);
  }
  const holder = new Map([...registered].map(([claim, id]) => [id, claim]));
  const numbered = (claim: IdClaim) => claim.explicit === null && claim.metadata.number !== null;
  // Asked up to three times a claim: worked out once.
  const wants = new Map<IdClaim, string>();
  const wanted = (claim: IdClaim): string => {
    let want = wants.get(claim);
    if (want === undefined) {
      want =
        claim.explicit?.id ??
        (claim.metadata.number !== null ? documentId(claim.metadata) : (registered.get(claim) ?? numberlessBase(claim.metadata, claim.source)));
      wants.set(claim, want);
    }
    return want;
  };

  const given = new Map<string, IdClaim>();
  const done = new Set<IdClaim>();
  /**
   * Who keeps `id` from `claim`: a document given it in this run, or the one registered to it while it has
   * not moved away; '' when it is the id of a deleted source, which waits for it (a document of the same
   * number is the same instrument, and an editor's `id:` is deliberate: both take it over). Null when free.
   */
  const blocker = (id: string, claim: IdClaim): IdClaim | '' | null => {
    const taker = given.get(id);
    if (taker !== undefined) return taker === claim ? null : taker;
    const owner = holder.get(id);
    if (owner !== undefined) return owner === claim || done.has(owner) ? null : owner;
    return entries.has(id) && !numbered(claim) && claim.explicit === null ? '' : null;
  };
  const give = (claim: IdClaim, id: string) => {
    given.set(id, claim);
    done.add(claim);
  };
  const warnings: string[] = [];
  const keepers = order.filter((claim) => registered.get(claim) === wanted(claim));
  const movers = order.filter((claim) => registered.has(claim) && registered.get(claim) !== wanted(claim));
  const newcomers = order.filter((claim) => !registered.has(claim));
  for (const claim of keepers) give(claim, wanted(claim));
  for (const claim of [...movers, ...newcomers]) {
    const want = wanted(claim);
    const first = blocker(want, claim);
    if (first === null) {
      give(claim, want);
      continue;
    }
    if (claim.explicit !== null) {
      const by = first === '' ? 'một văn bản đã xóa' : shown(first.source);
      throw new IngestError(`${claim.explicit.file}: id "${want}" đã là địa chỉ của ${by}.`);
    }
    let n = 2;
    while (blocker(`${want}-${n}`, claim) !== null) n += 1;
    give(claim, `${want}-${n}`);
    if (first !== '' && numbered(claim)) {
      warnings.push(
        `${shown(claim.source)}: cùng định danh với ${shown(first.source)}; văn bản được đặt địa chỉ /${routes.document(`${want}-${n}`)} (hãy kiểm tra số ký hiệu hoặc ghi "id:" trong content/corrections/).`,
      );
    }
  }
  return { ids: new Map([...given].map(([id, claim]) => [claim.source, id])), registry: nextRegistry(previous, registered, given), warnings };
}

/** The registry after a run: given ids recorded, moved ids redirected to where their document went, chains flattened. */
function nextRegistry(previous: IdRegistry, registered: Map<IdClaim, string>, given: Map<string, IdClaim>): IdRegistry {
  const ids = new Map<string, RegistryEntry>(Object.entries(previous.ids));
  const redirects = new Map(Object.entries(previous.redirects));
  const idOf = new Map([...given].map(([id, claim]) => [claim, id]));
  for (const [claim, old] of registered) {
    const now = idOf.get(claim)!;
    if (now === old) continue;
    ids.delete(old);
    redirects.set(old, now);
  }
  for (const [id, claim] of given) {
    ids.set(id, claim.metadata.number === null ? { source: claim.source, sha256: claim.sha256 } : { source: claim.source });
    redirects.delete(id);
  }
  for (const [from, to] of redirects) {
    let end = to;
    const seen = new Set([from]);
    while (redirects.has(end) && !seen.has(end)) {
      seen.add(end);
      end = redirects.get(end)!;
    }
    if (end === from) redirects.delete(from);
    else redirects.set(from, end);
  }
  return { ids: sorted(ids), redirects: sorted(redirects) };
}
