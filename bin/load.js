// Loads the program: the build in dist/ when it was made from the current src/ (npm ci builds it;
// `npm run build` rebuilds it), else the TypeScript sources through tsx. The two behave the same
// (test/cli/build.test.ts); the build starts faster and takes ~40 MB less memory, since tsx runs
// a loader thread and keeps each module's transpiled text. ACCORDS_FROM_SOURCE=1 forces the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from './source-hash.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Whether dist/ holds a build of the current sources (under `at`, the project folder by default). */
export function buildIsCurrent(at = root) {
  try {
    const built = JSON.parse(readFileSync(join(at, 'dist', 'build.json'), 'utf8'));
    return built.sourceHash === sourceHash(join(at, 'src'));
  } catch {
    return false;
  }
}

/** The program's entry module (src/cli/entry.ts or its build). */
export async function loadProgram() {
  if (process.env.ACCORDS_FROM_SOURCE !== '1' && buildIsCurrent()) return import('../dist/cli.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/entry.ts');
}
