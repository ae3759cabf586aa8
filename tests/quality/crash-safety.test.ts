/**
 * Crash safety as a person running `npm run ingest` meets it: ingests started together in one project all
 * succeed (they used to crash with a raw ENOTEMPTY trace), each waiting one saying so in one line; a killed
 * run's temporary folder is removed at the next start, and git ignores it meanwhile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, copyProject, hashTree, type TempProject } from '../support/project.ts';
import { ROOT } from '../support/site.ts';

let project: TempProject;
beforeAll(() => {
  project = copyProject('archive-crash');
});
afterAll(() => project?.remove());

const STACK = /^\s+at\s|node:internal|ENOTEMPTY|\.ts:\d+:\d+/m;
const WAIT_LINE = /^ingest: một lần ingest khác đang ghi content\/generated \(khoá content\/\.generated\.lock\); chờ nó xong…$/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `npm run ingest`'s script; `live` shows its stderr so far, `done` its end. */
function startIngest(): { live: () => string; done: Promise<Run> } {
  const child = spawn(process.execPath, ['scripts/ingest.ts'], { cwd: project.root, env: { ...buildEnv(), BASE_PATH: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return { live: () => stderr, done: new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr }))) };
}

/** A run that succeeded with nothing on stderr but the waiting line and the ingest's own warnings. */
function expectClean(run: Run) {
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).not.toMatch(STACK);
  for (const line of run.stderr.split('\n').filter((text) => text.trim() !== '' && !text.startsWith('  cảnh báo: '))) expect(line).toMatch(WAIT_LINE);
  expect(run.stdout).toMatch(/^ingest: 5 văn bản/);
}

describe('ingests started together in one folder', () => {
  it('all succeed without a trace, and the output equals one run alone', async () => {
    const runs = await Promise.all(Array.from({ length: 4 }, () => startIngest().done));
    for (const run of runs) expectClean(run);
    const together = hashTree(path.join(project.root, 'content/generated'));
    expect(project.node(['scripts/ingest.ts']).status).toBe(0);
    expect(hashTree(path.join(project.root, 'content/generated'))).toEqual(together);
    expect(readdirSync(path.join(project.root, 'content')).filter((name) => name.startsWith('.generated'))).toEqual([]);
  });

  it('while another holds the lock, each waits saying so in one line, then runs', async () => {
    const release = await lockfile.lock(path.join(project.root, 'content/generated'), {
      lockfilePath: path.join(project.root, 'content/.generated.lock'),
      realpath: false,
    });
    const waiting = [startIngest(), startIngest()];
    for (let tries = 0; tries < 120 && !waiting.every((run) => run.live().split('\n').some((line) => WAIT_LINE.test(line))); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await release();
    for (const run of await Promise.all(waiting.map((started) => started.done))) {
      expectClean(run);
      expect(run.stderr.split('\n')).toContainEqual(expect.stringMatching(WAIT_LINE));
    }
  });
});

describe("a killed run's temporary folder", () => {
  it('is removed at the next start', () => {
    const leftover = path.join(project.root, 'content/.generated.tmp-999999/documents');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(path.join(leftover, 'nua-chung.mdx'), '---\nid: nua');
    expect(project.node(['scripts/ingest.ts']).status).toBe(0);
    expect(existsSync(path.join(project.root, 'content/.generated.tmp-999999'))).toBe(false);
  });

  it.each(['content/.generated.tmp-4242/documents/a.mdx', 'content/.generated.old-4242/tasks.json', 'content/.generated.lock/'])(
    'is ignored by git meanwhile: %s',
    (file) => {
      const result = spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: ROOT });
      expect(result.status).toBe(0);
    },
  );
});
