import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * For a describe block: a function that makes a fresh temporary folder (accords-PREFIX-…) at each
 * call; every folder it made is removed after each test.
 */
export function tempFolders(prefix: string): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(path.join(tmpdir(), `accords-${prefix}-`));
    dirs.push(d);
    return d;
  };
}
