// `accords extract --check`: is the committed output folder what extract would write now? The
// expected files are rendered in memory by the caller; this compares them with the folder byte
// for byte, names each stale, missing or extra file and the document behind it, and never writes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../core/text.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import type { ExtractOutcome } from './extract.ts';
import { findInputs, type InputList } from './files.ts';
import { log } from './log.ts';

export type ProblemKind = 'stale' | 'missing' | 'extra';

export interface CheckProblem {
  kind: ProblemKind;
  /** Path under the output folder, "/" separators. */
  file: string;
  /** The document a record file belongs to; for records.jsonl, the documents whose lines differ. */
  docs: string[];
}

/** Every file under dir (dot files included: extract would delete them), "/"-separated, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  await walk(dir, '');
  return out;
}

const recordId = (file: string): string | null => /^records\/(.+)\.json$/.exec(file)?.[1] ?? null;

/** Ids whose line differs between two JSONL texts (each line a record with an id). */
function jsonlDocs(expected: string, actual: string): string[] {
  const byId = (text: string): Map<string, string> => {
    const m = new Map<string, string>();
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const id = (JSON.parse(line) as { id?: unknown }).id;
        m.set(typeof id === 'string' ? id : line, line);
      } catch {
        m.set(line, line);
      }
    }
    return m;
  };
  const a = byId(expected);
  const b = byId(actual);
  return [...new Set([...a.keys(), ...b.keys()])].filter(id => a.get(id) !== b.get(id)).sort(compareStrings);
}

/** Compares the expected files with the folder; empty when it is fresh. */
export async function compareOutput(dir: string, expected: ReadonlyMap<string, string>): Promise<CheckProblem[]> {
  const exists = await fs.stat(dir).then(s => s.isDirectory(), () => false);
  const actual = exists ? await listFiles(dir) : [];
  const problems: CheckProblem[] = [];
  const docsOf = (file: string, before: string, after: string): string[] => {
    const id = recordId(file);
    if (id !== null) return [id];
    if (file === 'records.jsonl') return jsonlDocs(after, before);
    return [];
  };
  for (const file of [...expected.keys()].sort(compareStrings)) {
    const want = expected.get(file)!;
    if (!actual.includes(file)) {
      problems.push({ kind: 'missing', file, docs: docsOf(file, '', want) });
      continue;
    }
    const have = await fs.readFile(path.join(dir, file));
    if (!have.equals(Buffer.from(want, 'utf8'))) problems.push({ kind: 'stale', file, docs: docsOf(file, have.toString('utf8'), want) });
  }
  for (const file of actual) {
    if (!expected.has(file)) problems.push({ kind: 'extra', file, docs: recordId(file) !== null ? [recordId(file)!] : [] });
  }
  return problems;
}

function why(kind: ProblemKind, isRecord: boolean): string {
  if (kind === 'stale') return 'differs from what extract writes now';
  if (kind === 'missing') return isRecord ? 'not written yet (new or renamed document?)' : 'not written yet';
  return isRecord ? 'extract would not write it (its source is gone or renamed?)' : 'extract does not write this file';
}

function listIds(ids: string[], max = 10): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')} and ${ids.length - max} more` : ids.join(', ');
}

/**
 * Reports the comparison on stderr and returns the exit code: 0 fresh, 1 stale.
 * `sources` maps record ids to their source path, to name the file behind each record.
 */
export async function checkOutput(
  dir: string,
  expected: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, string | null>,
  options: { quiet?: boolean } = {},
): Promise<number> {
  const label = `${dir.replace(/\/+$/, '')}/`;
  const problems = await compareOutput(dir, expected);
  if (problems.length === 0) {
    if (!options.quiet) log.info(`${label} is up to date (${expected.size} files match what extract writes now)`);
    return 0;
  }
  const exists = await fs.stat(dir).then(s => s.isDirectory(), () => false);
  if (!exists) {
    log.error(`${label} does not exist: run accords extract${dir === 'output' ? '' : ` --out ${dir}`} and commit it`);
    return 1;
  }
  const docs = new Set(problems.flatMap(p => (recordId(p.file) !== null ? p.docs : [])));
  log.error(
    `${label} is stale: ${docs.size} document${docs.size === 1 ? '' : 's'} and ${problems.length} file${problems.length === 1 ? '' : 's'} ` +
      'differ from what accords extract writes now',
  );
  for (const p of problems) {
    const id = recordId(p.file);
    let detail = why(p.kind, id !== null);
    if (id !== null) {
      const src = sources.get(id);
      detail = `document ${id}${src ? ` (${src})` : ''}: ${detail}`;
    } else if (p.docs.length) {
      detail = `documents ${listIds(p.docs)}`;
    }
    process.stderr.write(`  ${`${p.kind}:`.padEnd(8)} ${label}${p.file}  ${detail}\n`);
  }
  log.info(`run accords extract${dir === 'output' ? '' : ` --out ${dir}`}, look at accords diff, and commit ${label}`);
  return 1;
}

/** What `accords extract --check` needs from extract (passed in: extract imports this module). */
export interface CheckDeps {
  processFiles: (files: InputList, maxBytes: number) => Promise<ExtractOutcome>;
  renderOutput: (outcome: ExtractOutcome, options: { csvSafe: boolean }) => Promise<Map<string, string>>;
}

/**
 * `accords extract --check`: extracts every document in memory and compares with the folder.
 * Exit code 1 when the folder is stale or a document failed (as extract would), else 0.
 */
export async function runCheck(
  o: { paths: string[]; out: string; maxBytes: number; csvSafe: boolean; quiet: boolean },
  deps: CheckDeps,
): Promise<number> {
  const { files, problems } = await findInputs(o.paths);
  for (const p of problems) (p.severity === 'error' ? log.error : log.warn)(`${p.path}: ${p.message}`);
  const outcome = await deps.processFiles(files, o.maxBytes);
  for (const f of outcome.failures) log.error(`${f.path}: ${f.message}`);
  const expected = await deps.renderOutput(outcome, { csvSafe: o.csvSafe });
  const sources = new Map(outcome.manifest.map(m => [m.id, m.path]));
  const stale = await checkOutput(o.out, expected, sources, { quiet: o.quiet });
  const failed = outcome.failures.length + problems.filter(p => p.severity === 'error').length;
  return stale || (failed > 0 ? 1 : 0);
}

/**
 * The JSON Schema and data package files of this version, by relative path. Loaded on demand: zod's
 * schema export is not needed while documents are processed.
 */
export async function currentSchemaFiles(): Promise<[string, string][]> {
  const { schemaFiles } = await import('../output/schema-export.ts');
  return schemaFiles(PIPELINE_VERSION);
}

/** Whether the schema files in the folder are the current ones (extract rewrites them if not). */
export async function schemaFilesMatch(dir: string): Promise<boolean> {
  for (const [rel, content] of await currentSchemaFiles()) {
    const have = await fs.readFile(path.join(dir, rel), 'utf8').catch(() => null);
    if (have !== content) return false;
  }
  return true;
}
