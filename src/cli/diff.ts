// `accords diff OLD NEW` and `accords diff --base REF`: what changed in the extracted values
// between two output folders, or between output/ at a git ref and output/ in the working tree.
// stdout carries the report; messages go to stderr.
// Exit codes: 0 done (or no difference with --exit-code); 1 differences with --exit-code;
// 2 usage error, or a folder, ref or record that cannot be read.
import { execFileSync } from 'node:child_process';
import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareStrings } from '../core/text.ts';
import { diffRecordSets, hasChanges, type RecordSet } from '../diff/diff.ts';
import { formatJson, formatMarkdown, formatText } from '../diff/format.ts';
import { recordValues, type DocValues } from '../diff/values.ts';
import { log, UsageError } from './log.ts';

export const DIFF_HELP = `Usage: accords diff OLD NEW [options]
       accords diff --base REF [--dir DIR] [options]

Compares the extracted values of two datasets: two output folders, or output/ as committed at a
git ref against output/ in the working tree. Values are matched by meaning per field (entity by
id, mineral by id, date by value, obligation by text and modality, ...); a value whose text only
moved (other offsets) is counted as moved and not listed.

Options:
  --base REF           compare DIR at git ref REF (e.g. origin/main) with DIR in the working tree
  --dir DIR            the output folder (default: output/)
  --format FORMAT      text (default; coloured on a terminal unless NO_COLOR is set),
                       markdown (for a pull-request comment or job summary) or json
  --exit-code          exit 1 when any value differs
  -h, --help           show this help

Exit codes: 0 done, 1 differences found (with --exit-code), 2 usage error or unreadable input.
`;

/** A folder, ref or record that cannot be read: the message names it. */
export class LoadError extends Error {
  override name = 'LoadError';
}

export interface LoadedSet extends RecordSet {
  /** Said to the user on stderr (an output folder missing at a ref, ...). */
  notes: string[];
}

function parseRecord(text: string, where: string): DocValues {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LoadError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return recordValues(raw);
  } catch (e) {
    throw new LoadError(`${where}: ${(e as Error).message}`);
  }
}

/** Pipeline versions and rules hashes: from manifest.json when there is one, else the records. */
function provenance(manifestText: string | null, docs: readonly DocValues[], where: string): { pipeline: string[]; rules: string[] } {
  if (manifestText !== null) {
    try {
      const m = JSON.parse(manifestText) as { pipeline?: unknown; rules?: unknown };
      if (typeof m.pipeline === 'string' && typeof m.rules === 'string') return { pipeline: [m.pipeline], rules: [m.rules] };
    } catch {
      log.warn(`${where}: manifest.json is not valid JSON; taking versions from the records`);
    }
  }
  const uniq = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => x !== null))].sort(compareStrings);
  return { pipeline: uniq(docs.map(d => d.pipeline)), rules: uniq(docs.map(d => d.rules)) };
}

function byId(a: DocValues, b: DocValues): number {
  return compareStrings(a.id, b.id);
}

/** Reads `DIR/records/**.json` (and the manifest's versions). */
export async function loadFolder(dir: string): Promise<LoadedSet> {
  const st = await fs.stat(dir).catch((e: NodeJS.ErrnoException) => {
    throw new LoadError(`cannot read output folder "${dir}": ${e.code === 'ENOENT' ? 'no such folder' : e.message}`);
  });
  if (!st.isDirectory()) throw new LoadError(`"${dir}" is not a folder`);
  const recordsDir = path.join(dir, 'records');
  if (!(await fs.stat(recordsDir).then(s => s.isDirectory(), () => false))) {
    throw new LoadError(`"${dir}" is not an output folder: it has no records/ folder (write one with accords extract --out ${dir})`);
  }
  const files: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch (e) {
      throw new LoadError(`cannot read folder "${d}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    for (const e of entries.sort((a, b) => compareStrings(a.name, b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.json')) files.push(p);
    }
  };
  await walk(recordsDir);
  const docs: DocValues[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = await fs.readFile(f, 'utf8');
    } catch (e) {
      throw new LoadError(`cannot read record "${f}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    docs.push(parseRecord(text, f));
  }
  const manifest = await fs.readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => null);
  const label = `${dir.replace(/\/+$/, '')}/`;
  return { label, docs: docs.sort(byId), ...provenance(manifest, docs, label), notes: [] };
}

function git(args: string[], cwd: string, input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

function gitError(e: unknown): string {
  const err = e as { stderr?: Buffer; message: string; code?: string };
  if (err.code === 'ENOENT') return 'git is not installed';
  const text = err.stderr?.toString('utf8').trim();
  return text ? text.split('\n')[0]! : err.message;
}

/** Splits the output of `git cat-file --batch` into the blobs, in the order asked (null: missing). */
function parseBatch(out: Buffer, count: number): (Buffer | null)[] {
  const blobs: (Buffer | null)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!m) {
      blobs.push(null); // "<name> missing" or "<name> ambiguous"
      continue;
    }
    const size = Number(m[2]);
    blobs.push(m[1] === 'blob' ? out.subarray(pos, pos + size) : null);
    pos += size + 1;
  }
  return blobs;
}

/** Reads `DIR/records/**.json` as committed at a git ref, in one `git cat-file --batch` call. */
export function loadGitRef(ref: string, dir: string, cwd = process.cwd()): LoadedSet {
  let top: string;
  let commit: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch (e) {
    throw new LoadError(`cannot read git ref "${ref}": ${gitError(e)}`);
  }
  try {
    commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top).toString('utf8').trim();
  } catch {
    throw new LoadError(
      `cannot read git ref "${ref}": no such commit in ${top} (in a shallow clone, fetch it first: actions/checkout with fetch-depth: 0)`,
    );
  }
  // git prints the real path of the top folder: resolve the folder from the real cwd too (symlinks).
  const rel = path.relative(top, path.resolve(realpathSync(cwd), dir)).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new LoadError(`output folder "${dir}" is outside the git repository ${top}`);
  const prefix = rel ? `${rel}/` : '';
  const label = `${prefix || './'} at ${ref}`;
  let listing: string;
  try {
    listing = git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', `${prefix}records/`], top).toString('utf8');
  } catch (e) {
    throw new LoadError(`cannot list ${prefix}records/ at git ref "${ref}": ${gitError(e)}`);
  }
  const paths = listing
    .split('\0')
    .filter(p => p.endsWith('.json') && !p.includes('\n'))
    .sort(compareStrings);
  const asked = [...paths, `${prefix}manifest.json`];
  let blobs: (Buffer | null)[];
  try {
    blobs = parseBatch(git(['cat-file', '--batch'], top, asked.map(p => `${commit}:${p}\n`).join('')), asked.length);
  } catch (e) {
    throw new LoadError(`cannot read ${prefix}records/ at git ref "${ref}": ${gitError(e)}`);
  }
  const docs = paths.map((p, i) => {
    const blob = blobs[i];
    if (!blob) throw new LoadError(`${p} at ${ref}: cannot read the blob`);
    return parseRecord(blob.toString('utf8'), `${p} at ${ref}`);
  });
  const manifest = blobs[paths.length]?.toString('utf8') ?? null;
  const notes = paths.length === 0 ? [`${prefix || './'} has no records at ${ref}: every document counts as added`] : [];
  return { label, docs: docs.sort(byId), ...provenance(manifest, docs, label), notes };
}

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Whether to colour text on stdout: a terminal, and NO_COLOR unset or empty (no-color.org). */
export function useColor(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** The Markdown report stops listing documents past this size (a job summary takes 1 MiB). */
const MARKDOWN_MAX_CHARS = 900_000;

export async function diffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      dir: { type: 'string', default: 'output' },
      format: { type: 'string', default: 'text' },
      'exit-code': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, got "${values.format}"`);
  if (values.base !== undefined ? positionals.length !== 0 : positionals.length !== 2) {
    throw new UsageError(
      values.base !== undefined
        ? `--base compares with the working tree's --dir; it takes no folder arguments (got ${positionals.length})`
        : `give two output folders (OLD NEW) or --base REF (got ${positionals.length} argument${positionals.length === 1 ? '' : 's'})`,
    );
  }
  let before: LoadedSet;
  let after: LoadedSet;
  try {
    if (values.base !== undefined) {
      before = loadGitRef(values.base, values.dir);
      after = await loadFolder(values.dir);
    } else {
      before = await loadFolder(positionals[0]!);
      after = await loadFolder(positionals[1]!);
    }
  } catch (e) {
    if (e instanceof LoadError) {
      log.error(e.message);
      return 2;
    }
    throw e;
  }
  for (const n of [...before.notes, ...after.notes]) log.warn(n);
  const result = diffRecordSets(before, after);
  const report =
    format === 'json'
      ? formatJson(result)
      : format === 'markdown'
        ? formatMarkdown(result, { maxChars: MARKDOWN_MAX_CHARS })
        : formatText(result, { color: useColor() });
  process.stdout.write(report);
  return values['exit-code'] && hasChanges(result) ? 1 : 0;
}
