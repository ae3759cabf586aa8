/**
 * The day each source entered the archive: the day of the commit that first added it to content/sources/
 * (read once from git, in Việt Nam time). The feed dates an undated document by it. Outside a git checkout
 * (an exported tree, the tests' copies) or for a file not yet committed it is the build day: the earliest the
 * archive can vouch for.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildDay } from '../site/today.ts';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** Source file name → `YYYY-MM-DD` of its first commit, parsed from `git log --diff-filter=A` output. */
export function firstAdded(gitLog: string): Map<string, string> {
  const days = new Map<string, string>();
  let day: string | null = null;
  for (const line of gitLog.split('\n')) {
    if (line.startsWith('@')) day = new Date(Date.parse(line.slice(1)) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
    // Newest commits come first: the last one seen for a file is the one that first added it.
    else if (line.trim() && day) days.set(path.basename(line.trim()), day);
  }
  return days;
}

let cached: Map<string, string> | undefined;

function addedDays(root: string): Map<string, string> {
  if (cached) return cached;
  const log = spawnSync('git', ['log', '--diff-filter=A', '--format=@%cI', '--name-only', '--', 'content/sources'], { cwd: root, encoding: 'utf8' });
  cached = log.status === 0 ? firstAdded(log.stdout) : new Map();
  return cached;
}

export function enteredArchive(sourceFile: string, root: string = process.cwd()): string {
  return addedDays(root).get(sourceFile) ?? buildDay();
}
