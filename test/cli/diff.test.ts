// `accords diff` run as a child process: formats, exit codes, errors naming what is unreadable, and
// --base against a git repository made for the test (records from test/diff/records.ts).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { newSpecs, oldSpecs, writeDataset } from '../diff/records.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/accords.js');
const GOLDEN = path.resolve('test/diff/golden');

async function accords(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

describe('accords diff OLD NEW', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'accords-diff-'));
    writeDataset(dir, 'old', oldSpecs(), { sources: false });
    writeDataset(dir, 'new', newSpecs(), { sources: false });
  });

  it('prints the golden Markdown and text reports', async () => {
    const md = await accords(['diff', 'old', 'new', '--format', 'markdown'], dir);
    expect(md).toMatchObject({ code: 0, stderr: '' });
    expect(md.stdout).toBe(readFileSync(path.join(GOLDEN, 'rule-change.md'), 'utf8'));
    const text = await accords(['diff', 'old', 'new'], dir);
    expect(text.stdout).toBe(readFileSync(path.join(GOLDEN, 'rule-change.txt'), 'utf8'));
    expect(text.stdout).not.toContain('\x1b['); // stdout is a pipe, not a terminal
  });

  it('prints JSON with the summary', async () => {
    const r = await accords(['diff', 'old', 'new', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout);
    expect(json.old).toMatchObject({ label: 'old/', documents: 3, rules: ['rules-v1'] });
    expect(json.new).toMatchObject({ label: 'new/', documents: 3, rules: ['rules-v2'] });
    expect(json.summary.fields.minerals).toEqual({ added: 0, removed: 1, changed: 0, moved: 2 });
    expect(json.documents.map((d: { id: string; status: string }) => `${d.status} ${d.id}`)).toEqual([
      'changed argentina-japan-lithium',
      'added kenya-eu-graphite',
      'removed notes/copper-visit',
    ]);
  });

  it('--exit-code: 1 when values differ, 0 when they do not', async () => {
    expect((await accords(['diff', 'old', 'new', '--exit-code'], dir)).code).toBe(1);
    const same = await accords(['diff', 'old', 'old', '--exit-code', '--format', 'markdown'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('**No extracted value changed** across 3 documents.');
    expect((await accords(['diff', 'old', 'new'], dir)).code).toBe(0);
  });

  it('exits 2 naming the folder or record it cannot read, and on usage errors', async () => {
    const missing = await accords(['diff', 'old', 'nowhere'], dir);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read output folder "nowhere": no such folder/);
    const notOutput = await accords(['diff', 'old', '.'], dir);
    expect(notOutput.stderr).toMatch(/"\." is not an output folder: it has no records\/ folder/);
    writeFileSync(path.join(dir, 'new/records/broken.json'), '{ not json');
    const broken = await accords(['diff', 'old', 'new'], dir);
    rmSync(path.join(dir, 'new/records/broken.json'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/new\/records\/broken\.json: not valid JSON/);
    expect((await accords(['diff', 'old'], dir)).stderr).toMatch(/give two output folders \(OLD NEW\) or --base REF/);
    expect((await accords(['diff', 'old', 'new', '--format', 'html'], dir)).code).toBe(2);
  });
});

describe('accords diff --base REF', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'accords-diff-git-'));
    git(repo, 'init', '-q');
    writeDataset(repo, 'output', oldSpecs());
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'tag', 'base');
    rmSync(path.join(repo, 'output'), { recursive: true });
    writeDataset(repo, 'output', newSpecs());
  });

  it('compares output/ at the ref with the working tree, from the repository root or a subfolder', async () => {
    const r = await accords(['diff', '--base', 'base', '--format', 'json', '--exit-code'], repo);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.old).toMatchObject({ label: 'output/ at base', documents: 3 });
    expect(json.new).toMatchObject({ label: 'output/', documents: 3 });
    expect(json.summary.documents).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1, movedOnly: 1 });
    const md = await accords(['diff', '--base', 'base', '--format', 'markdown'], repo);
    // Same report as between two folders, but for the labels.
    const golden = readFileSync(path.join(GOLDEN, 'rule-change.md'), 'utf8')
      .replace('`old/ (3 documents', '`output/ at base (3 documents')
      .replace('`new/ (3 documents', '`output/ (3 documents');
    expect(md.stdout).toBe(golden);
    const fromSub = await accords(['diff', '--base', 'base', '--dir', '../output', '--format', 'json'], path.join(repo, 'corpus'));
    expect(JSON.parse(fromSub.stdout).summary).toEqual(json.summary);
  });

  it('counts every document as added when the ref has no output yet', async () => {
    const r = await accords(['diff', '--base', 'base', '--dir', 'corpus', '--format', 'json'], repo);
    // corpus/ has no records/: an error for the working tree side, naming it.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"corpus" is not an output folder/);
    // A commit with an empty tree, as before output/ was ever committed.
    const tree = execFileSync('git', ['mktree'], { cwd: repo, input: '', encoding: 'utf8' }).trim();
    const commit = git(repo, 'commit-tree', tree, '-m', 'nothing yet').trim();
    git(repo, 'tag', 'empty', commit);
    const empty = await accords(['diff', '--base', 'empty', '--format', 'json'], repo);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toMatch(/output\/ has no records at empty: every document counts as added/);
    expect(JSON.parse(empty.stdout).summary.documents).toMatchObject({ added: 3, removed: 0 });
  });

  it('exits 2 naming an unknown ref', async () => {
    const r = await accords(['diff', '--base', 'origin/nope'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read git ref "origin\/nope": no such commit/);
    const outside = await accords(['diff', '--base', 'base'], tmpdir());
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/cannot read git ref "base"/);
  });
});

describe('colour', () => {
  it('only on a terminal, and never when NO_COLOR is set to something', async () => {
    const { useColor } = await import('../../src/cli/diff.ts');
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
  });
});
