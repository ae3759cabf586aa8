/**
 * Clear failures, at the command line (scripts/ingest.ts in a temporary copy of the project): bad source
 * files are all reported, one line each naming the file; a broken corrections file, a corrections file
 * for a missing document and an instruments file with a bad id each stop the ingest with one sentence
 * naming the file and the value. Always exit code 1, never a stack trace.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../support/project.ts';

let project: TempProject;
const added: string[] = [];
let instrumentsBackup = '';

beforeAll(async () => {
  project = copyProject('archive-failures');
  const { readFileSync } = await import('node:fs');
  instrumentsBackup = readFileSync(path.join(project.root, 'content/instruments.yaml'), 'utf8');
});
afterEach(() => {
  for (const file of added.splice(0)) rmSync(path.join(project.root, file), { force: true });
  writeFileSync(path.join(project.root, 'content/instruments.yaml'), instrumentsBackup);
});
afterAll(() => project?.remove());

function put(relative: string, content: string | Uint8Array): void {
  writeFileSync(path.join(project.root, relative), content);
  added.push(relative);
}

function ingest(): { status: number | null; stdout: string; stderr: string; lines: string[] } {
  const result = project.node(['scripts/ingest.ts']);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stderr.trim().split('\n') };
}

const STACK = /^\s+at\s|node:internal|\.ts:\d+:\d+/m;

describe('the seeds ingest cleanly (control)', () => {
  it('exits 0', () => {
    const result = ingest();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('bad source files', () => {
  // UTF-16 without a BOM is read now (src/lib/extract/encodings/decode.ts); tests/quality/bad-files.test.ts has the rest.
  it('reports every empty, binary or undecodable file on a line of its own and exits 1', () => {
    const bad: Record<string, Uint8Array> = {
      'rong.txt': new Uint8Array(0),
      'chi-khoang-trang.txt': new TextEncoder().encode(' \n\t\r\n  '),
      'anh.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      'latin1.txt': Uint8Array.from([...new TextEncoder().encode('C\u00f4ng v\u0103n '), 0xe0, 0x20, 0x71, 0x75, 0xe1, 0x6e]), // "Công văn " then Latin-1 bytes
      'utf16-le-hong.txt': Uint8Array.from([0xff, 0xfe, 0x43, 0x00, 0x00, 0xd8]), // BOM, "C", then a lone high surrogate
    };
    for (const [name, bytes] of Object.entries(bad)) put(`content/sources/${name}`, bytes);
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK);
    for (const name of Object.keys(bad)) {
      const naming = result.lines.filter((line) => line.includes(name));
      expect(naming, `${name}:\n${result.stderr}`).toHaveLength(1);
      expect(naming[0]!.length).toBeLessThan(200);
    }
    // A heading line plus one line per bad file, nothing else.
    expect(result.lines).toHaveLength(Object.keys(bad).length + 1);
  });
});

describe('editorial files', () => {
  /** One sentence: a single line naming the file and the value, ending with a full stop. */
  function expectOneSentence(result: ReturnType<typeof ingest>, file: string, value: string): void {
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr, 'có dấu vết ngăn xếp').not.toMatch(STACK);
    expect(result.lines, result.stderr).toHaveLength(1);
    const [line] = result.lines;
    expect(line).toContain(file);
    expect(line).toContain(value);
    expect(line!.trim()).toMatch(/[.)]$/);
  }

  it('a corrections file that is not valid YAML', () => {
    const seed = readdirSync(project.sources).find((name) => name.startsWith('cv-5817'))!;
    const file = `content/corrections/${seed.replace(/\.txt$/, '.yaml')}`;
    put(file, 'issuer: [UBND tỉnh Quảng Ngãi\ndate: 29/10/2024\n');
    expectOneSentence(ingest(), file, 'YAML');
  });

  it('a corrections file with a bad value', () => {
    const seed = readdirSync(project.sources).find((name) => name.startsWith('cv-5817'))!;
    const file = `content/corrections/${seed.replace(/\.txt$/, '.yaml')}`;
    put(file, 'date: 31/02/2024\n');
    expectOneSentence(ingest(), file, '31/02/2024');
  });

  it('a corrections file naming a document that is not in content/sources/', () => {
    const file = 'content/corrections/cv-9999-khong-co.yaml';
    put(file, 'issuer: UBND tỉnh Quảng Ngãi\n');
    expectOneSentence(ingest(), file, 'cv-9999-khong-co');
  });

  it('an instruments file with a bad id', () => {
    writeFileSync(path.join(project.root, 'content/instruments.yaml'), `${instrumentsBackup}\n57/NQ-CP:\n  title: Nghị quyết 57\n`);
    expectOneSentence(ingest(), 'content/instruments.yaml', '57/NQ-CP');
  });

  it('an instruments file merging into a bad id', () => {
    writeFileSync(path.join(project.root, 'content/instruments.yaml'), `${instrumentsBackup}\n57-nq-cp-2022:\n  mergeInto: Nghị quyết 57\n`);
    expectOneSentence(ingest(), 'content/instruments.yaml', 'Nghị quyết 57');
  });
});
