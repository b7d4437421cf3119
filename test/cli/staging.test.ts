import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineStream, StagedOutput } from '../../src/cli/staging.ts';
import { tempFolders } from '../helpers/tmp.ts';

describe('StagedOutput', () => {
  const tmp = tempFolders('staging');

  it('swaps in every file written, and gathered stream lines, on commit', async () => {
    const out = path.join(tmp(), 'output');
    mkdirSync(out);
    writeFileSync(path.join(out, 'old.txt'), 'previous run');
    const staged = await StagedOutput.open(out);
    const lines = staged.stream('records.jsonl');
    for (let i = 0; i < 200; i++) {
      await staged.writeFile(`records/d${i % 7}/doc-${i}.json`, `{"n":${i}}`);
      await lines.write(`{"n":${i},"pad":"${'x'.repeat(500)}"}\n`);
    }
    await lines.close();
    await staged.commit();
    expect(existsSync(path.join(out, 'old.txt'))).toBe(false);
    expect(readFileSync(path.join(out, 'records/d3/doc-199.json'), 'utf8')).toBe('{"n":199}');
    const jsonl = readFileSync(path.join(out, 'records.jsonl'), 'utf8').split('\n');
    expect(jsonl).toHaveLength(201);
    expect(JSON.parse(jsonl[150]!).n).toBe(150);
  });

  it('LineStream hands a file error to the caller instead of crashing', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'records.jsonl')); // a folder where the file should be
    const stream = new LineStream(path.join(dir, 'records.jsonl'));
    await stream.write('{"n":1}\n');
    await expect(stream.close()).rejects.toThrow(/EISDIR/);
  });
});


describe('removeTree', () => {
  it('removes nested folders and files, removes links without following them, and takes a missing path', async () => {
    const { removeTree } = await import('../../src/cli/staging.ts');
    const { symlinkSync } = await import('node:fs');
    const base = mkdtempSync(path.join(tmpdir(), 'accords-remove-'));
    const keep = path.join(base, 'keep');
    mkdirSync(keep);
    writeFileSync(path.join(keep, 'precious.txt'), 'still here');
    const doomed = path.join(base, 'doomed');
    for (let i = 0; i < 150; i++) {
      mkdirSync(path.join(doomed, `d${i % 3}`, 'deeper'), { recursive: true });
      writeFileSync(path.join(doomed, `d${i % 3}`, `f${i}.json`), '{}');
    }
    writeFileSync(path.join(doomed, 'd1', 'deeper', 'last.txt'), 'x');
    symlinkSync(keep, path.join(doomed, 'link-to-keep'));
    await removeTree(doomed);
    expect(existsSync(doomed)).toBe(false);
    expect(readFileSync(path.join(keep, 'precious.txt'), 'utf8')).toBe('still here');
    await expect(removeTree(path.join(base, 'never-was'))).resolves.toBeUndefined();
    writeFileSync(path.join(base, 'single.txt'), 'x');
    await removeTree(path.join(base, 'single.txt'));
    expect(existsSync(path.join(base, 'single.txt'))).toBe(false);
    rmSync(base, { recursive: true, force: true });
  });
});
