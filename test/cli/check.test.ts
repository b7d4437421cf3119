// `accords extract --check` as a child process in a temporary folder: passes on a fresh output,
// fails naming each stale, missing or extra document and file, and never writes.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

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

/** Every file with its bytes and modification time: what "never writes" is checked against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = `${st.mtimeMs} ${readFileSync(p, 'latin1')}`;
    }
  };
  walk(dir);
  return out;
}

const EN = 'date 2026-04-02\nCanada and Peru sign a memorandum of understanding on zinc and copper. Both governments will set up a joint committee within 90 days.\n';
const ES = 'date 2026-04-03\nMéxico y Japón firmaron un acuerdo sobre litio. Ambos países se comprometen a compartir datos geológicos antes de junio de 2026.\n';

describe('accords extract --check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'accords-check-'));
    mkdirSync(path.join(dir, 'corpus/es'), { recursive: true });
    writeFileSync(path.join(dir, 'corpus/canada-peru.txt'), EN);
    writeFileSync(path.join(dir, 'corpus/es/mexico-japon.txt'), ES);
    const r = await accords(['extract', '--quiet'], dir);
    expect(r.code).toBe(0);
  });

  it('passes on a fresh output folder, writing nothing', async () => {
    const before = snapshot(path.join(dir, 'output'));
    expect(Object.keys(before)).toContain('datapackage.json');
    const r = await accords(['extract', '--check'], dir);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toMatch(/output\/ is up to date \(\d+ files match/);
    expect(snapshot(path.join(dir, 'output'))).toEqual(before);
  });

  it('fails on a stale output, naming each document and file, and writes nothing', async () => {
    writeFileSync(path.join(dir, 'corpus/canada-peru.txt'), EN.replace('90 days', '60 days'));
    writeFileSync(path.join(dir, 'corpus/es/chile-corea.txt'), 'Chile y Corea firmaron una hoja de ruta sobre cobre y litio para los próximos cinco años.\n');
    rmSync(path.join(dir, 'corpus/es/mexico-japon.txt'));
    writeFileSync(path.join(dir, 'output/notes.txt'), 'left here by hand\n');
    const before = snapshot(path.join(dir, 'output'));
    const r = await accords(['extract', '--check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/output\/ is stale: 3 documents and \d+ files differ/);
    expect(r.stderr).toMatch(/stale: +output\/records\/canada-peru\.json +document canada-peru \(corpus\/canada-peru\.txt\)/);
    expect(r.stderr).toMatch(/missing: output\/records\/es\/chile-corea\.json +document es\/chile-corea \(corpus\/es\/chile-corea\.txt\): not written yet/);
    expect(r.stderr).toMatch(/extra: +output\/records\/es\/mexico-japon\.json +document es\/mexico-japon: extract would not write it/);
    expect(r.stderr).toMatch(/stale: +output\/records\.jsonl +documents canada-peru, es\/chile-corea, es\/mexico-japon/);
    expect(r.stderr).toMatch(/stale: +output\/manifest\.json/);
    expect(r.stderr).toMatch(/extra: +output\/notes\.txt +extract does not write this file/);
    expect(r.stderr).not.toMatch(/datapackage\.json|record\.schema\.json/);
    expect(snapshot(path.join(dir, 'output'))).toEqual(before);

    rmSync(path.join(dir, 'output/notes.txt'));
    expect((await accords(['extract', '--quiet'], dir)).code).toBe(0);
    expect((await accords(['extract', '--check', '--quiet'], dir))).toMatchObject({ code: 0, stderr: '' });
  });

  it('fails when a generated schema file was edited by hand, or the folder is missing', async () => {
    const pkg = path.join(dir, 'output/datapackage.json');
    const original = readFileSync(pkg, 'utf8');
    writeFileSync(pkg, original.replace('"tabular-data-package"', '"data-package"'));
    const r = await accords(['extract', '--check'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/output\/ is stale: 0 documents and 1 file differ/);
    expect(r.stderr).toMatch(/stale: +output\/datapackage\.json/);
    // A plain extract puts it back even though no document changed.
    expect((await accords(['extract', '--quiet'], dir)).code).toBe(0);
    expect(readFileSync(pkg, 'utf8')).toBe(original);
    const none = await accords(['extract', '--check', '--out', 'elsewhere'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/elsewhere\/ does not exist: run accords extract --out elsewhere/);
  });
});
