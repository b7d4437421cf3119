import { appendFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StatCache } from '../../src/cli/stat-cache.ts';
import { tempFolders } from '../helpers/tmp.ts';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('StatCache', () => {
  const tmp = tempFolders('stat');

  it('answers from what a run remembered while the stat is unchanged, and reads again once it changes', async () => {
    const dir = tmp();
    const file = path.join(dir, 'doc.txt');
    writeFileSync(file, 'Chile y Perú');
    const st = statSync(file);

    const first = await StatCache.open('output', dir);
    await first.remember(file, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }, sha('remembered'));
    await first.save();

    // Same size, mtime and inode: the remembered hash is returned without reading the file.
    expect(await (await StatCache.open('output', dir)).sha256(file)).toBe(sha('remembered'));

    // Another mtime: the file is read and hashed.
    utimesSync(file, st.atime, new Date(st.mtimeMs + 5000));
    expect(await (await StatCache.open('output', dir)).sha256(file)).toBe(sha('Chile y Perú'));
  });

  it('gives null for a file that is gone', async () => {
    const dir = tmp();
    expect(await (await StatCache.open('output', dir)).sha256(path.join(dir, 'missing.txt'))).toBeNull();
  });

  it('keeps every entry of a run larger than one write, and reads past a line cut short', async () => {
    const dir = tmp();
    const files = Array.from({ length: 1500 }, (_, i) => path.join(dir, `doc-${String(i).padStart(4, '0')}.txt`));
    for (const f of files) writeFileSync(f, path.basename(f));
    const cache = await StatCache.open('output', dir);
    for (const f of files) {
      const st = statSync(f);
      await cache.remember(f, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }, sha(`remembered ${path.basename(f)}`));
    }
    await cache.save();
    const cacheDir = path.join(dir, 'node_modules', '.cache', 'mineral-accords');
    const [name, ...others] = readdirSync(cacheDir);
    expect(others).toEqual([]); // the file written during the run replaced the old one
    appendFileSync(path.join(cacheDir, name!), '["cut short", 12');

    const again = await StatCache.open('output', dir);
    expect(await again.sha256(files[0]!)).toBe(sha('remembered doc-0000.txt'));
    expect(await again.sha256(files[1499]!)).toBe(sha('remembered doc-1499.txt'));
  });

  it('goes on without a cache where none can be written', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'node_modules'), 'a file where the cache folder would go');
    const file = path.join(dir, 'doc.txt');
    writeFileSync(file, 'Chile y Perú');
    const cache = await StatCache.open('output', dir);
    await expect(cache.sha256(file)).resolves.toBe(sha('Chile y Perú'));
    await expect(cache.save()).resolves.toBeUndefined();
  });
});

