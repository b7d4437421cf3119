// The build in dist/ (scripts/build.ts) must behave as the sources do: same bytes out, on the
// main thread and on worker threads, and bin/ must take it only while it matches src/.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceHash } from '../../bin/source-hash.js';
import { buildIsCurrent } from '../../bin/load.js';
import { readTree } from '../helpers/tree.ts';

const run = promisify(execFile);


describe('the build', () => {
  let tmp: string;
  beforeAll(async () => {
    // Inside the project, so that the build finds node_modules/ as dist/ does.
    mkdirSync(path.resolve('.tmp'), { recursive: true });
    tmp = mkdtempSync(path.resolve('.tmp', 'build-test-'));
    await run('node', ['--import', 'tsx', 'scripts/build.ts', path.join(tmp, 'dist')]);
  }, 60_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the same output as the sources, with one job and with two', async () => {
    const runBuilt = path.join(tmp, 'run.mjs');
    writeFileSync(runBuilt, "const { main } = await import('./dist/cli.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n");
    const docs = path.resolve('fixtures/docs');
    await run('node', [runBuilt, 'extract', docs, '--out', path.join(tmp, 'built-1'), '--jobs', '1', '--quiet']);
    await run('node', [runBuilt, 'extract', docs, '--out', path.join(tmp, 'built-2'), '--jobs', '2', '--quiet']);
    await run('node', ['bin/accords.js', 'extract', docs, '--out', path.join(tmp, 'source'), '--jobs', '1', '--quiet'], {
      env: { ...process.env, ACCORDS_FROM_SOURCE: '1' },
    });
    const source = readTree(path.join(tmp, 'source'));
    expect(Object.keys(source)).toContain('manifest.json');
    expect(readTree(path.join(tmp, 'built-1'))).toEqual(source);
    expect(readTree(path.join(tmp, 'built-2'))).toEqual(source);
    // The rules hash fixed into the build is the one the sources compute.
    expect(JSON.parse(source['manifest.json']!).rules).toMatch(/^[0-9a-f]{16}$/);
  }, 120_000);

  it('leaves the core out of what the main thread loads at start, for a lean main thread with --jobs 2', () => {
    const dist = path.join(tmp, 'dist');
    // Modules reached from cli.mjs by static imports (the ones loaded at start).
    const staticGraph = (entry: string): Map<string, string> => {
      const seen = new Map<string, string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        const text = readFileSync(path.join(dist, file), 'utf8');
        seen.set(file, text);
        for (const m of text.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?"\.\/([^"]+)";?$/gms)) visit(m[1]!);
      };
      visit(entry);
      return seen;
    };
    const heavy = /from "(?:franc|zod|i18n-iso-countries|natural\/[^"]*)"/;
    const atStart = staticGraph('cli.mjs');
    expect(atStart.size).toBeGreaterThan(1);
    for (const [file, text] of atStart) expect(`${file}: ${heavy.test(text)}`).toBe(`${file}: false`);
    // The core is still there, in a chunk imported on demand, and in the worker's bundle.
    const onDemand = [...readFileSync(path.join(dist, 'cli.mjs'), 'utf8').matchAll(/import\("\.\/([^"]+)"\)/g)].map(m => m[1]!);
    expect(onDemand.some(f => [...staticGraph(f).values()].some(t => t.includes('function extractBytes') && heavy.test(t)))).toBe(true);
    expect(readFileSync(path.join(dist, 'worker-entry.js'), 'utf8')).toMatch(heavy);
  });

  it('records the hash of the sources it was made from', () => {
    expect(JSON.parse(readFileSync(path.join(tmp, 'dist', 'build.json'), 'utf8'))).toEqual({ sourceHash: sourceHash(path.resolve('src')) });
  });

  it('hashes sources by path and content, so any edit or rename makes a build stale', () => {
    const dir = path.join(tmp, 'src-copy');
    cpSync(path.resolve('src/core'), dir, { recursive: true });
    const before = sourceHash(dir);
    expect(sourceHash(dir)).toBe(before);
    writeFileSync(path.join(dir, 'text.ts'), `${readFileSync(path.join(dir, 'text.ts'), 'utf8')}\n`);
    const edited = sourceHash(dir);
    expect(edited).not.toBe(before);
    cpSync(path.join(dir, 'span.ts'), path.join(dir, 'span2.ts'));
    rmSync(path.join(dir, 'span.ts'));
    expect(sourceHash(dir)).not.toBe(edited);
  });

  it('is taken only while src/ hashes as it did when it was built', () => {
    const project = path.join(tmp, 'project');
    cpSync(path.resolve('src/core'), path.join(project, 'src', 'core'), { recursive: true });
    expect(buildIsCurrent(project)).toBe(false); // no build at all
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist', 'build.json'), JSON.stringify({ sourceHash: sourceHash(path.join(project, 'src')) }));
    expect(buildIsCurrent(project)).toBe(true);
    writeFileSync(path.join(project, 'src', 'core', 'new-rule.ts'), 'export const X = 1;\n');
    expect(buildIsCurrent(project)).toBe(false); // a source added since the build
    writeFileSync(path.join(project, 'dist', 'build.json'), '{"sourceHash": ');
    expect(buildIsCurrent(project)).toBe(false); // a build cut short
  });
});

