import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { StatCache } from '../../src/cli/stat-cache.ts';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('StatCache', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

  it('answers from what a run remembered while the stat is unchanged, and reads again once it changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accords-stat-'));
    dirs.push(dir);
    const file = path.join(dir, 'doc.txt');
    writeFileSync(file, 'Chile y Perú');
    const st = statSync(file);

    const first = await StatCache.open('output', dir);
    first.remember(file, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }, sha('remembered'));
    await first.save();

    // Same size, mtime and inode: the remembered hash is returned without reading the file.
    expect(await (await StatCache.open('output', dir)).sha256(file)).toBe(sha('remembered'));

    // Another mtime: the file is read and hashed.
    utimesSync(file, st.atime, new Date(st.mtimeMs + 5000));
    expect(await (await StatCache.open('output', dir)).sha256(file)).toBe(sha('Chile y Perú'));
  });

  it('gives null for a file that is gone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accords-stat-'));
    dirs.push(dir);
    expect(await (await StatCache.open('output', dir)).sha256(path.join(dir, 'missing.txt'))).toBeNull();
  });
});
