// The rules hash identifies the rule set by its source: every file under the folders that decide
// what a record holds (stages, extractors, language data, schema, writers). Any edit there, to a
// pattern, a helper or a word list, changes the hash, and the next run reprocesses every document.
// It reads the program's own files once per process (never the documents); line endings are
// normalized so a Windows checkout hashes the same as a Linux one.
import { fileURLToPath } from 'node:url';
import { treeHash } from './tree-hash.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
/** Folders under src/ whose code or data shapes a record or its files. */
export const RULE_FOLDERS = ['core', 'extractors', 'lang', 'output', 'pipeline', 'schema'] as const;

/** sha256 (first 16 hex digits) over the paths and contents of the rule files, in sorted order. */
export function hashSources(root: string = SRC, folders: readonly string[] = RULE_FOLDERS): string {
  return treeHash(root, { folders, keep: name => /\.(ts|js|json)$/.test(name), text: true }).slice(0, 16);
}

let cached: string | null = null;

/** Set by the build (scripts/build.ts) to the hash of the sources it bundled. */
declare const __ACCORDS_RULES_HASH__: string | undefined;

/** The rules hash of this installation, computed once (or fixed by the build). */
export function rulesHash(): string {
  return (cached ??= typeof __ACCORDS_RULES_HASH__ === 'string' ? __ACCORDS_RULES_HASH__ : hashSources());
}
