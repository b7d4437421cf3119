// sha256 over a tree of files: their sorted relative paths ("/" separators) and contents. Plain
// JavaScript so that both bin/ (plain node: is the build in dist/ current?) and the rules hash
// (TypeScript) use this one walker. Hidden entries are skipped.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(dir, keep) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (entry.isFile() && keep(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Hex sha256 over the files under root/folder for each folder: each file's path relative to root,
 * then its content (raw bytes, or text with CRLF line endings made LF when `text` is set, so a
 * Windows checkout hashes as a Linux one).
 */
export function treeHash(root, { folders = ['.'], keep = () => true, text = false } = {}) {
  const files = folders
    .flatMap(f => filesUnder(join(root, f), keep))
    .map(p => [relative(root, p).split('\\').join('/'), p])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const h = createHash('sha256');
  for (const [rel, path] of files) {
    h.update(`${rel}\0`);
    h.update(text ? readFileSync(path, 'utf8').replace(/\r\n/g, '\n') : readFileSync(path));
    h.update('\0');
  }
  return h.digest('hex');
}
