// The hash of every file under src/ (paths and contents). A build in dist/ records the hash of the
// sources it was made from, and is used only while src/ still hashes the same (see load.js).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** sha256 over the sorted relative paths and bytes of the files under `dir`. */
export function sourceHash(dir) {
  const files = filesUnder(dir)
    .map(p => [relative(dir, p).split('\\').join('/'), p])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const h = createHash('sha256');
  for (const [rel, path] of files) {
    h.update(`${rel}\0`);
    h.update(readFileSync(path));
    h.update('\0');
  }
  return h.digest('hex');
}
