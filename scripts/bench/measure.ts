/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process tree
 * (Astro's workers, Pagefind's binary), sampled from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement { seconds: number; peakRssMb: number; code: number; output: string }

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  const result = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (children) for (const child of children.split(/\s+/)) result.push(...descendants(Number(child)));
    }
  } catch {
    // The process ended between listing and reading: nothing more to count.
  }
  return result;
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const total = descendants(child.pid).reduce((sum, pid) => sum + rssKb(pid), 0);
      if (total > peak) peak = total;
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak / 1024, code: code ?? 1, output });
    });
  });
}
