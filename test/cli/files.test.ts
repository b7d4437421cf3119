// Finding input documents: ids relative to the root given, display paths relative to the cwd,
// sorted by id, hidden entries left out, other extensions left out with a warning, link loops reported.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInputs } from '../../src/cli/files.ts';

describe('findInputs', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'accords-files-'));
    const put = (rel: string): void => {
      mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
      writeFileSync(path.join(base, rel), 'x');
    };
    put('work/corpus/b/2026/acuerdo.txt');
    put('work/corpus/a-note.md');
    put('work/corpus/page.HTML');
    put('work/corpus/.hidden/skip.txt');
    put('work/corpus/data.csv');
    put('elsewhere/extra.txt');
    put('twins/nota.txt');
    put('twins/nota.md');
    put('twins/acta.txt');
    symlinkSync(path.join(base, 'work/corpus'), path.join(base, 'work/corpus/b/loop'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('gives ids under the root and display paths under the cwd, sorted by id', async () => {
    const cwd = path.join(base, 'work');
    const { files: list, problems } = await findInputs(['corpus'], cwd);
    const files = list.toArray();
    expect(files.map(f => [f.id, f.display])).toEqual([
      ['a-note', 'corpus/a-note.md'],
      ['b/2026/acuerdo', 'corpus/b/2026/acuerdo.txt'],
      ['page', 'corpus/page.HTML'],
    ]);
    expect(files[1]!.abs).toBe(path.join(base, 'work/corpus/b/2026/acuerdo.txt'));
    expect(problems).toEqual([
      { path: 'corpus/b/loop', message: 'folder already visited (symbolic-link loop): skipped', severity: 'warning' },
      { path: 'corpus/data.csv', message: 'not read (.csv): only .txt, .md, .markdown, .html and .htm files are documents', severity: 'warning' },
    ]);
  });

  it('names the files a folder walk leaves out, one warning per kind, with how to convert them', async () => {
    const dir = path.join(base, 'mixed');
    for (const f of ['a.pdf', 'b/c.pdf', 'b/d.PDF', 'nota.docx', 'ok.txt', 'LEEME']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'x');
    }
    const { files, problems } = await findInputs(['mixed'], base);
    expect(files.toArray().map(f => f.id)).toEqual(['ok']);
    expect(problems).toEqual([
      { path: 'mixed/LEEME', message: 'not read (no extension): only .txt, .md, .markdown, .html and .htm files are documents', severity: 'warning' },
      { path: 'mixed/nota.docx', message: 'not read (.docx): only .txt, .md, .markdown, .html and .htm files are documents; convert to text first (e.g. `pandoc -t plain`)', severity: 'warning' },
      { path: 'mixed/a.pdf', message: 'not read (.pdf), nor 2 other .pdf files: only .txt, .md, .markdown, .html and .htm files are documents; convert to text first (e.g. `pdftotext -enc UTF-8`)', severity: 'warning' },
    ]);
  });

  it('reports a file whose name is not valid UTF-8 instead of failing to open it', async () => {
    const dir = path.join(base, 'latin1');
    mkdirSync(dir);
    // "año.txt" with its name in Latin-1 bytes (0xf1 for "ñ"), next to a file named in UTF-8.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/a`), Buffer.from([0xf1]), Buffer.from('o.txt')]), 'x');
    writeFileSync(path.join(dir, 'año-bien.txt'), 'x');
    const { files, problems } = await findInputs(['latin1'], base);
    expect(files.toArray().map(f => f.id)).toEqual(['año-bien']);
    expect(problems).toEqual([{ path: 'latin1/a\ufffdo.txt', message: 'name is not valid UTF-8, so it cannot be opened by name: rename it (e.g. with `convmv -f latin1 -t utf-8`)', severity: 'error' }]);
  });

  it('shows a path outside the cwd relative to it, and takes a file given by name whatever its extension', async () => {
    const cwd = path.join(base, 'work', 'corpus');
    const { files } = await findInputs([path.join(base, 'elsewhere'), 'data.csv'], cwd);
    expect(files.toArray().map(f => [f.id, f.display, f.abs])).toEqual([
      ['data', 'data.csv', path.join(base, 'work/corpus/data.csv')],
      ['extra', '../../elsewhere/extra.txt', path.join(base, 'elsewhere/extra.txt')],
    ]);
  });

  it('puts documents that share an id next to each other, by display path, whatever root they come from', async () => {
    const cwd = path.join(base, 'work');
    const { files } = await findInputs(['corpus', path.join(base, 'elsewhere'), 'corpus/a-note.md'], cwd);
    expect(files.toArray().map(f => [f.id, f.display])).toEqual([
      ['a-note', 'corpus/a-note.md'],
      ['a-note', 'corpus/a-note.md'],
      ['b/2026/acuerdo', 'corpus/b/2026/acuerdo.txt'],
      ['extra', '../elsewhere/extra.txt'],
      ['page', 'corpus/page.HTML'],
    ]);
    expect([files.id(3), files.display(3), files.abs(3)]).toEqual(['extra', '../elsewhere/extra.txt', path.join(base, 'elsewhere/extra.txt')]);
  });

  it('shows a document under the cwd without "..", when the folder walked is above the cwd', async () => {
    const cwd = path.join(base, 'work', 'corpus');
    const { files } = await findInputs(['..'], cwd);
    expect(files.toArray().map(f => [f.id, f.display])).toEqual([
      ['corpus/a-note', 'a-note.md'],
      ['corpus/b/2026/acuerdo', 'b/2026/acuerdo.txt'],
      ['corpus/page', 'page.HTML'],
    ]);
  });

  it('orders two files with one id by the path shown, whichever is named first', async () => {
    const cwd = path.join(base, 'twins');
    for (const named of [['nota.txt', 'nota.md', 'acta.txt'], ['acta.txt', 'nota.md', 'nota.txt']]) {
      const { files } = await findInputs(named, cwd);
      expect(files.toArray().map(f => [f.id, f.display])).toEqual([
        ['acta', 'acta.txt'],
        ['nota', 'nota.md'],
        ['nota', 'nota.txt'],
      ]);
    }
  });

  it('names a missing path as an error', async () => {
    const { files, problems } = await findInputs(['nowhere'], base);
    expect(files.length).toBe(0);
    expect(problems).toEqual([{ path: 'nowhere', message: 'no such file or folder', severity: 'error' }]);
  });
});
