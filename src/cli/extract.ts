// `accords extract [PATH...] [--out DIR]`: reads documents, runs the core on each (on worker
// threads), and writes the dataset. Incremental: a document whose bytes, rules hash and pipeline
// version are those of the previous run keeps its previous record. Logs go to stderr.
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentRulesHash, PIPELINE_VERSION, SCHEMA_VERSION } from '../pipeline/version.ts';
import type { AccordRecord } from '../schema/record.ts';
import { csvHeader, manifestJson, TABLES, type Manifest, type ManifestEntry } from '../output/serialize.ts';
import { findInputs, type InputFile, type InputList } from './files.ts';
import { processOne, renderRecord, type DocResult, type Task } from './process-one.ts';
import { runOrdered } from './pool.ts';
import { ManifestSpool, readManifest } from './manifest-spool.ts';
import { StagedOutput } from './staging.ts';
import { Progress } from './progress.ts';
import { StatCache, mapLimit } from './stat-cache.ts';
import { log, UsageError } from './log.ts';
import { currentSchemaFiles, runCheck, schemaFilesMatch } from './check.ts';

export const EXTRACT_HELP = `Usage: accords extract [PATH...] [options]

Reads press releases (.txt, .md, .html; folders are walked recursively) and writes the dataset.
Only new or changed documents are processed again; records of deleted documents are dropped.

Arguments:
  PATH                 files or folders (default: corpus/)

Options:
  --out DIR            output folder (default: output/)
  --jobs N             worker threads (default: the number of cores)
  --full               reprocess every document, even unchanged ones
  --max-bytes N        refuse files larger than N bytes (default: 5000000)
  --no-csv-safe        do not neutralize CSV cells starting with = + - @ (spreadsheet formulas)
  --quiet              print only errors (no progress bar, no summary)
  --check              write nothing: exit 1 naming each stale, missing or extra file of the
                       output folder (extracting every document in memory), 0 if it is up to date
  -h, --help           show this help
`;

export interface ExtractOutcome {
  records: AccordRecord[];
  failures: { id: string; path: string; message: string }[];
  manifest: ManifestEntry[];
}

function task(f: InputFile, maxBytes: number, csvSafe: boolean, previous: PreviousRun | null, out: string, staging: string | null): Task {
  const sha = previous?.shas.get(f.id) ?? null;
  return {
    id: f.id,
    display: f.display,
    abs: f.abs,
    maxBytes,
    csvSafe,
    previousSha256: sha,
    previousRecordPath: sha ? path.join(out, 'records', `${f.id}.json`) : null,
    recordFile: staging === null ? null : path.join(staging, 'records', `${f.id}.json`),
  };
}

/** In-memory run (for --check and tests): every document extracted afresh, in id order. */
export async function processFiles(files: InputList, maxBytes: number): Promise<ExtractOutcome> {
  const records: AccordRecord[] = [];
  const failures: ExtractOutcome['failures'] = [];
  const manifest: ManifestEntry[] = [];
  const { unique, duplicates } = splitDuplicates(files);
  for (const d of duplicates) {
    failures.push({ id: d.file.id, path: d.file.display, message: d.message });
    manifest.push(failedEntry(d.file, d.message));
  }
  for (const i of unique) {
    const r = await processOne(task(files.at(i), maxBytes, true, null, '', null));
    manifest.push(r.manifest);
    if (r.failure !== null) failures.push({ id: r.id, path: r.display, message: r.failure });
    else records.push(JSON.parse(r.output!.jsonl) as AccordRecord);
  }
  return { records, failures, manifest };
}

/** Every file of the output folder, by relative path (in memory; the streaming run writes the same bytes). */
export async function renderOutput(outcome: ExtractOutcome, options: { csvSafe: boolean }): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const sorted = [...outcome.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let jsonl = '';
  const csv: Record<string, string> = Object.fromEntries(Object.keys(TABLES).map(t => [t, csvHeader(t)]));
  for (const r of sorted) {
    const out = renderRecord(r, options.csvSafe);
    files.set(`records/${r.id}.json`, out.json);
    jsonl += out.jsonl;
    for (const t of Object.keys(TABLES)) csv[t] += out.csv[t]!;
  }
  files.set('records.jsonl', jsonl);
  for (const t of Object.keys(TABLES)) files.set(`csv/${t}.csv`, csv[t]!);
  files.set('manifest.json', renderManifest(outcome.manifest, options.csvSafe));
  for (const [rel, content] of await currentSchemaFiles()) files.set(rel, content);
  return files;
}

function manifestFields(csvSafe: boolean): Omit<Manifest, 'documents' | 'counts'> {
  return { schemaVersion: SCHEMA_VERSION, pipeline: PIPELINE_VERSION, rules: currentRulesHash(), csvSafe };
}

function manifestOf(documents: ManifestEntry[], csvSafe: boolean): Manifest {
  return { ...manifestFields(csvSafe), counts: {}, documents };
}

function renderManifest(documents: ManifestEntry[], csvSafe: boolean): string {
  return manifestJson(manifestOf(documents, csvSafe));
}

function failedEntry(f: InputFile, message: string): ManifestEntry {
  return { id: f.id, path: f.display, sha256: null, bytes: 0, status: 'failed', language: 'und', diagnostics: [{ code: 'failed', message }] };
}

/**
 * The positions in `files` of the first document of each id, and the others as failures. The list
 * is sorted by id, so documents that share one are neighbours.
 */
function splitDuplicates(files: InputList): { unique: Uint32Array; duplicates: { file: InputFile; message: string }[] } {
  const unique: number[] = [];
  const duplicates: { file: InputFile; message: string }[] = [];
  let firstId: string | null = null;
  let firstDisplay = '';
  for (let i = 0; i < files.length; i++) {
    const id = files.id(i);
    if (id === firstId) duplicates.push({ file: files.at(i), message: `same record id "${id}" as ${firstDisplay}: rename one of them` });
    else {
      firstId = id;
      firstDisplay = files.display(i);
      unique.push(i);
    }
  }
  return { unique: Uint32Array.from(unique), duplicates };
}

interface PreviousRun {
  shas: Map<string, string>;
  ids: Set<string>;
  failed: number;
  /** Documents recorded with a status other than ok, by status. */
  skipped: Record<string, number>;
}

/**
 * The previous run's manifest, when its pipeline version, rules hash and CSV mode are the
 * current ones (otherwise every document is processed again).
 */
async function readPreviousRun(out: string, csvSafe: boolean): Promise<PreviousRun | null> {
  let run: PreviousRun = { shas: new Map(), ids: new Set(), failed: 0, skipped: {} };
  const fields = await readManifest(path.join(out, 'manifest.json'), {
    entry(d) {
      run.ids.add(d.id);
      if (d.status === 'failed') run.failed++;
      else if (d.sha256) run.shas.set(d.id, d.sha256);
      if (d.status !== 'failed' && d.status !== 'ok') run.skipped[d.status] = (run.skipped[d.status] ?? 0) + 1;
    },
    reset() {
      run = { shas: new Map(), ids: new Set(), failed: 0, skipped: {} };
    },
  });
  if (
    fields === null ||
    fields.pipeline !== PIPELINE_VERSION ||
    fields.rules !== currentRulesHash() ||
    fields.schemaVersion !== SCHEMA_VERSION ||
    fields.csvSafe !== csvSafe
  ) {
    return null;
  }
  return run;
}

export interface ExtractOptions {
  paths: string[];
  out: string;
  jobs: number;
  full: boolean;
  maxBytes: number;
  csvSafe: boolean;
  quiet: boolean;
  /** --check: compare the output folder with a fresh in-memory run instead of writing. */
  check?: boolean;
}

export interface RunSummary {
  total: number;
  extracted: number;
  unchanged: number;
  skipped: Record<string, number>;
  failed: number;
  removed: number;
  wrote: boolean;
  elapsedMs: number;
  /** Per-document processing times (ms), for the benchmark. */
  times: number[];
}

/** The streaming, incremental, parallel run behind `accords extract`. */
export async function runExtract(o: ExtractOptions): Promise<RunSummary> {
  const started = performance.now();
  const { files, problems } = await findInputs(o.paths);
  for (const p of problems) (p.severity === 'error' ? log.error : log.warn)(`${p.path}: ${p.message}`);
  const { unique, duplicates } = splitDuplicates(files);
  for (const d of duplicates) log.error(`${d.file.display}: ${d.message}`);
  const walkErrors = problems.filter(p => p.severity === 'error').length;
  const previous = o.full ? null : await readPreviousRun(o.out, o.csvSafe);

  const summary: RunSummary = { total: files.length, extracted: 0, unchanged: 0, skipped: {}, failed: duplicates.length + walkErrors, removed: 0, wrote: false, elapsedMs: 0, times: [] };
  if (previous) {
    // Ids are unique on both sides: what the previous run had and this one has not was removed.
    let kept = 0;
    for (const i of unique) if (previous.ids.has(files.id(i))) kept++;
    summary.removed = previous.ids.size - kept;
  }

  // Fast path: when every input has the bytes the previous run saw and nothing was added or
  // removed, the output is already up to date and nothing is read beyond file metadata.
  const cache = await StatCache.open(o.out);
  if (previous && summary.failed === 0 && previous.failed === 0 && summary.removed === 0 && previous.ids.size === unique.length) {
    const same = await mapLimit(unique, 32, async i => {
      const sha = await cache.sha256(files.abs(i));
      return sha !== null && sha === previous.shas.get(files.id(i));
    });
    if (same.every(Boolean) && (await schemaFilesMatch(o.out))) {
      await cache.save();
      summary.unchanged = unique.length;
      summary.skipped = previous.skipped;
      summary.elapsedMs = performance.now() - started;
      return summary;
    }
  }

  const staged = await StagedOutput.open(o.out);
  const progress = new Progress(unique.length, !o.quiet);
  let spooling: ManifestSpool | null = null;
  try {
    const jsonl = staged.stream('records.jsonl');
    const csv = Object.fromEntries(Object.keys(TABLES).map(t => [t, staged.stream(`csv/${t}.csv`)]));
    for (const t of Object.keys(TABLES)) await csv[t]!.write(csvHeader(t));
    // Entries wait in a spool file inside the staging folder (removed before the swap).
    const manifest = new ManifestSpool(path.join(staged.dir, '.manifest-documents.part'), duplicates.map(d => failedEntry(d.file, d.message)));
    spooling = manifest;
    let taskIndex = 0; // runOrdered hands results back in task order, which is id order
    const taskAt = (i: number): Task => task(files.at(unique[i]!), o.maxBytes, o.csvSafe, previous, o.out, staged.dir);
    await runOrdered(unique.length, taskAt, o.jobs, async (r: DocResult) => {
      if (r.writeError !== undefined) throw new Error(r.writeError);
      await manifest.add(r.manifest);
      const abs = files.abs(unique[taskIndex++]!);
      if (r.stat && r.manifest.sha256) await cache.remember(abs, r.stat, r.manifest.sha256);
      summary.times.push(r.ms);
      if (r.failure !== null) {
        summary.failed++;
        log.error(`${r.display}: ${r.failure}`, progress);
      } else {
        if (r.unchanged) summary.unchanged++;
        else summary.extracted++;
        if (r.status !== 'ok') {
          summary.skipped[r.status] = (summary.skipped[r.status] ?? 0) + 1;
          if (!o.quiet && !r.unchanged) log.warn(`${r.display}: ${r.manifest.diagnostics.map(d => d.message).join('; ')}`, progress);
        }
        const out = r.output!; // its record file is written (task.recordFile)
        await jsonl.write(out.jsonl);
        for (const t of Object.keys(TABLES)) await csv[t]!.write(out.csv[t]!);
      }
      progress.tick();
    });
    await jsonl.close();
    for (const s of Object.values(csv)) await s.close();
    const manifestFile = staged.stream('manifest.json');
    await manifest.finish(manifestFile, manifestFields(o.csvSafe));
    await manifestFile.close();
    for (const [rel, content] of await currentSchemaFiles()) await staged.writeFile(rel, content);
    progress.done();
    await cache.save();
    const nothingChanged = previous !== null && summary.extracted === 0 && summary.removed === 0 && summary.failed === 0 && previous.failed === 0 && summary.unchanged === previous.ids.size && (await schemaFilesMatch(o.out));
    if (nothingChanged) await staged.abandon();
    else {
      await staged.commit();
      summary.wrote = true;
    }
  } catch (e) {
    progress.done();
    await spooling?.discard();
    await staged.abandon();
    throw e;
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

export function parseExtractArgs(argv: string[]): ExtractOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      jobs: { type: 'string' },
      full: { type: 'boolean', default: false },
      'max-bytes': { type: 'string', default: '5000000' },
      'no-csv-safe': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive whole number, got "${values['max-bytes']}"`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, got "${values.jobs}"`);
  return {
    paths: positionals.length ? positionals : ['corpus'],
    out: values.out,
    jobs,
    full: values.full,
    maxBytes,
    csvSafe: !values['no-csv-safe'],
    quiet: values.quiet,
    check: values.check,
  };
}

export async function extractCommand(argv: string[]): Promise<number> {
  const o = parseExtractArgs(argv);
  if (o === 'help') {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  if (o.check) return runCheck(o, { processFiles, renderOutput });
  const s = await runExtract(o);
  if (!o.quiet) {
    const skipped = Object.entries(s.skipped).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
    log.info(
      `${s.total} documents: ${s.extracted} processed, ${s.unchanged} unchanged, ` +
        `skipped ${skipped || 'none'} (records kept, nothing extracted), ${s.failed} failed, ${s.removed} removed; ` +
        `${s.wrote ? `written to ${o.out}/` : `${o.out}/ already up to date`} in ${(s.elapsedMs / 1000).toFixed(2)} s`,
    );
  }
  return s.failed > 0 ? 1 : 0;
}
