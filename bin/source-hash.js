// The hash of every file under src/ (paths and bytes). A build in dist/ records the hash of the
// sources it was made from, and is used only while src/ still hashes the same (see load.js).
import { treeHash } from '../src/pipeline/tree-hash.js';

/** sha256 over the sorted relative paths and bytes of the files under `dir`. */
export function sourceHash(dir) {
  return treeHash(dir);
}
