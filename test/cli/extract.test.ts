// End-to-end runs of the real command in a child process: exit codes, streams, files, bytes.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTree } from '../helpers/tree.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/accords.js');

async function accords(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}


const EN_DOC = 'date 2026-02-01\nAustralia and Japan sign lithium MoU\nCanberra, Feb. 1, 2026. Australia and Japan signed a memorandum of understanding on lithium and rare earths. The two countries will hold talks every six months.\n';
const ES_DOC = 'Chile y Canadá firmaron un memorando de entendimiento sobre cobre y litio. Ambos gobiernos se comprometen a intercambiar información geológica dentro de los próximos 30 días.\n';

describe('accords extract', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'accords-'));
    mkdirSync(path.join(dir, 'corpus/sub'), { recursive: true });
    writeFileSync(path.join(dir, 'corpus/en-doc.txt'), EN_DOC);
    writeFileSync(path.join(dir, 'corpus/sub/es-doc.txt'), ES_DOC);
    writeFileSync(path.join(dir, 'corpus/empty.txt'), '');
    writeFileSync(path.join(dir, 'corpus/notes.pdf'), '%PDF-1.4'); // not a listed extension: left out, with a warning
  });

  it('writes the dataset, prints nothing on stdout, and gives identical bytes on a second run', async () => {
    const first = await accords(['extract', 'corpus', '--out', 'out1'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/3 documents: 3 processed, 0 unchanged, skipped empty 1 .*0 failed, 0 removed; written to out1\//);
    const tree = readTree(path.join(dir, 'out1'));
    expect(Object.keys(tree)).toEqual([
      'csv/dates.csv', 'csv/documents.csv', 'csv/entities.csv', 'csv/instruments.csv', 'csv/minerals.csv', 'csv/obligations.csv',
      'csv/officials.csv', 'csv/timelines.csv', 'datapackage.json', 'manifest.json', 'record.schema.json', 'records/empty.json',
      'records/en-doc.json', 'records/sub/es-doc.json', 'records.jsonl',
    ]);
    const empty = JSON.parse(tree['records/empty.json']!);
    expect(empty.language).toEqual({ code: 'und', confidence: 0, status: 'empty' });
    const second = await accords(['extract', 'corpus', '--out', 'out2', '--quiet', '--jobs', '2'], dir);
    expect(second.code).toBe(0);
    // --quiet keeps warnings: the PDF is named, not lost unseen.
    expect(second.stderr).toBe('warning: corpus/notes.pdf: not read (.pdf): only .txt, .md, .markdown, .html and .htm files are documents; convert to text first (e.g. `pdftotext -enc UTF-8`)\n');
    expect(readTree(path.join(dir, 'out2'))).toEqual(tree);
  });

  it('fails with a reason naming the file, keeps the other documents', async () => {
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2000));
    const r = await accords(['extract', 'corpus', 'big.txt', 'missing-folder', '--out', 'out3', '--max-bytes', '1000'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error: big\.txt: file is 2000 bytes, over the limit of 1000/);
    expect(r.stderr).toMatch(/error: missing-folder: no such file or folder/);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'out3/manifest.json'), 'utf8'));
    expect(manifest.documents.find((d: { id: string }) => d.id === 'big')).toMatchObject({ status: 'failed' });
    expect(manifest.counts).toMatchObject({ failed: 1, ok: 2, empty: 1 });
  });

  it('fails the second document of an id, naming both, and extracts the first', async () => {
    mkdirSync(path.join(dir, 'twins'), { recursive: true });
    writeFileSync(path.join(dir, 'twins/note.md'), EN_DOC);
    writeFileSync(path.join(dir, 'twins/note.txt'), ES_DOC);
    const r = await accords(['extract', 'twins', '--out', 'out-twins', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: twins/note.txt: same record id "note" as twins/note.md: rename one of them');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'out-twins/manifest.json'), 'utf8'));
    // Within one id the duplicates' failures, known before the run, come first (manifest-spool.ts).
    expect(manifest.documents.map((d: { path: string; status: string }) => [d.path, d.status])).toEqual([
      ['twins/note.txt', 'failed'],
      ['twins/note.md', 'ok'],
    ]);
    expect(JSON.parse(readFileSync(path.join(dir, 'out-twins/records/note.json'), 'utf8')).language.code).toBe('en');
  });

  it('prints help and version on stdout, usage errors on stderr with exit 2', async () => {
    const help = await accords(['--help'], dir);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^accords \d+\.\d+\.\d+/);
    const version = await accords(['--version'], dir);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    const bad = await accords(['extract', '--bogus'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--bogus/);
    const unknown = await accords(['frobnicate'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('is incremental: unchanged documents are kept, changed ones redone, deleted ones dropped', async () => {
    mkdirSync(path.join(dir, 'inc'), { recursive: true });
    writeFileSync(path.join(dir, 'inc/a.txt'), EN_DOC);
    writeFileSync(path.join(dir, 'inc/b.txt'), ES_DOC);
    const first = await accords(['extract', 'inc', '--out', 'out-inc'], dir);
    expect(first.stderr).toMatch(/2 documents: 2 processed, 0 unchanged/);
    const before = readTree(path.join(dir, 'out-inc'));
    const again = await accords(['extract', 'inc', '--out', 'out-inc'], dir);
    expect(again.stderr).toMatch(/2 documents: 0 processed, 2 unchanged, .*out-inc\/ already up to date/);
    expect(readTree(path.join(dir, 'out-inc'))).toEqual(before);
    writeFileSync(path.join(dir, 'inc/b.txt'), ES_DOC.replace('30 días', '45 días'));
    const changed = await accords(['extract', 'inc', '--out', 'out-inc'], dir);
    expect(changed.stderr).toMatch(/2 documents: 1 processed, 1 unchanged/);
    const sha = (tree: Record<string, string>): string => JSON.parse(tree['records/b.json']!).source.sha256;
    expect(sha(readTree(path.join(dir, 'out-inc')))).not.toBe(sha(before));
    const full = await accords(['extract', 'inc', '--out', 'out-inc', '--full'], dir);
    expect(full.stderr).toMatch(/2 documents: 2 processed, 0 unchanged/);
    const { unlinkSync } = await import('node:fs');
    unlinkSync(path.join(dir, 'inc/a.txt'));
    const removed = await accords(['extract', 'inc', '--out', 'out-inc'], dir);
    expect(removed.stderr).toMatch(/1 documents: 0 processed, 1 unchanged, .*1 removed/);
    expect(Object.keys(readTree(path.join(dir, 'out-inc'))).filter(k => k.startsWith('records/'))).toEqual(['records/b.json']);
  });
});
