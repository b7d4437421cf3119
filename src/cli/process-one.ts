// One document, start to finish, as a worker thread (or the main thread with --jobs 1) does it:
// read, hash, extract or reuse the previous record, serialize every output line for it, and
// write the record's own file. Serializing and writing here spread that cost over the workers:
// the main thread only appends the JSONL and CSV lines it is handed.
import { promises as fs, closeSync, fstatSync, linkSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { AccordRecord } from '../schema/record.ts';
import { recordJson, csvRows, TABLES, type ManifestEntry } from '../output/serialize.ts';
import type { FileStat } from './stat-cache.ts';
import type { Core } from './core.ts';

let core: Promise<Core> | null = null;

/** The extraction core, imported on the first document (see core.ts). */
function loadCore(): Promise<Core> {
  return (core ??= import('./core.ts'));
}

export interface Task {
  id: string;
  display: string;
  abs: string;
  maxBytes: number;
  csvSafe: boolean;
  /** The previous run's sha256 for this id, when the rules and pipeline version are unchanged. */
  previousSha256: string | null;
  /** Where the previous record can be read when the document is unchanged. */
  previousRecordPath: string | null;
  /**
   * Where to write the record's pretty-printed JSON (in the run's staging folder), or null to
   * hand it back in `output.json` instead (in-memory runs).
   */
  recordFile: string | null;
  /** `floor`: read, hash, decode and detect the language only (the benchmark's baseline). */
  mode?: 'full' | 'floor';
}

export interface DocResult {
  id: string;
  display: string;
  manifest: ManifestEntry;
  /** Absent for failed documents. `json` is null when it was written to the task's recordFile. */
  output: { json: string | null; jsonl: string; csv: Record<string, string> } | null;
  /** The record file could not be written (disk full, …): the run must stop, not go on without it. */
  writeError?: string;
  failure: string | null;
  /** True when the previous record was reused (same bytes, same rules). */
  unchanged: boolean;
  status: string;
  /** Milliseconds spent on this document (for the benchmark). */
  ms: number;
  /** The file's stat when it was read, for the stat cache. */
  stat?: FileStat;
}

export function renderRecord(record: AccordRecord, csvSafe: boolean): { json: string; jsonl: string; csv: Record<string, string> } {
  const csv: Record<string, string> = {};
  for (const table of Object.keys(TABLES)) csv[table] = csvRows(table, record, { spreadsheetSafe: csvSafe });
  return { json: recordJson(record), jsonl: `${JSON.stringify(record)}\n`, csv };
}

function manifestFor(record: AccordRecord, display: string, sha256: string, bytes: number): ManifestEntry {
  return { id: record.id, path: display, sha256, bytes, status: record.language.status, language: record.language.code, diagnostics: record.diagnostics };
}

export async function processOne(task: Task): Promise<DocResult> {
  let t0 = performance.now();
  const fail = (message: string, sha256: string | null = null, bytes = 0): DocResult => ({
    id: task.id,
    display: task.display,
    manifest: { id: task.id, path: task.display, sha256, bytes, status: 'failed', language: 'und', diagnostics: [{ code: 'failed', message }] },
    output: null,
    failure: message,
    unchanged: false,
    status: 'failed',
    ms: performance.now() - t0,
  });
  let read: { bytes: Buffer | null; stat: FileStat };
  try {
    read = readDocument(task.abs, task.maxBytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'EACCES' ? 'cannot read file: permission denied' : `cannot read file: ${code ?? (e as Error).message}`);
  }
  const { bytes, stat } = read;
  if (bytes === null) return fail(`file is ${stat.size} bytes, over the limit of ${task.maxBytes} (--max-bytes)`, null, stat.size);
  const { extractBytes, decodeBytes, detectLanguage } = await loadCore();
  // Time per document counts from here: the work on the bytes, not the read.
  t0 = performance.now();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (task.mode === 'floor') {
    const language = detectLanguage(decodeBytes(bytes, task.display).text);
    const manifest: ManifestEntry = { id: task.id, path: task.display, sha256, bytes: bytes.length, status: language.status, language: language.code, diagnostics: [] };
    return { id: task.id, display: task.display, manifest, output: null, failure: null, unchanged: false, status: language.status, ms: performance.now() - t0, stat };
  }
  if (task.previousSha256 === sha256 && task.previousRecordPath) {
    const previous = await readPrevious(task.previousRecordPath, task.id, task.display);
    if (previous) {
      const output = renderRecord(previous.record, task.csvSafe);
      // The previous file is what this run would write: linked, not written again (see written).
      const same = output.json === previous.text ? task.previousRecordPath : null;
      return written(
        task,
        {
          id: task.id,
          display: task.display,
          manifest: manifestFor(previous.record, task.display, sha256, bytes.length),
          output,
          failure: null,
          unchanged: true,
          status: previous.record.language.status,
          ms: performance.now() - t0,
          stat,
        },
        same,
      );
    }
  }
  try {
    const record = extractBytes(bytes, { id: task.id, path: task.display, sha256 });
    return written(task, {
      id: task.id,
      display: task.display,
      manifest: manifestFor(record, task.display, sha256, bytes.length),
      output: renderRecord(record, task.csvSafe),
      failure: null,
      unchanged: false,
      status: record.language.status,
      ms: performance.now() - t0,
      stat,
    });
  } catch (e) {
    return fail(`extraction failed: ${(e as Error).message}`, sha256, bytes.length);
  }
}

/**
 * Writes the result's record JSON to the task's recordFile (making its folder on first use) and
 * drops it from the result, which then crosses to the main thread without it. When `sameAs`
 * names a file that already holds exactly that JSON (the previous run's record of an unchanged
 * document), the record file is a hard link to it: creating a file and its data costs 40–500 µs
 * on this machine's disk, a link ~13 µs (README, Performance). Nothing writes into a record file
 * once it exists, so the two names never diverge; where links are refused (another file
 * system's rules), the file is written.
 */
function written(task: Task, result: DocResult, sameAs: string | null = null): DocResult {
  const json = result.output?.json;
  if (!task.recordFile || json == null) return result;
  const file = task.recordFile;
  const put = (): void => {
    if (sameAs !== null) {
      try {
        return linkSync(sameAs, file);
      } catch {
        // Refused or impossible (the folder not made yet, the previous file gone): write it.
      }
    }
    writeFileSync(file, json);
  };
  try {
    try {
      put();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(path.dirname(file), { recursive: true });
      put();
    }
  } catch (e) {
    return { ...result, writeError: `${task.display}: cannot write its record ${task.recordFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return { ...result, output: { ...result.output!, json: null } };
}

/**
 * The file's bytes and stat through one descriptor; bytes null when it is over maxBytes (not read).
 * Synchronous on purpose: a 2 KB file takes ~12 µs this way, against ~290 µs of latency through
 * fs.promises (stat, then open, fstat, read, close, each a trip to the thread pool), measured on
 * the benchmark's files one after another (README, Performance). A file that grows while
 * read is read up to the size it had; a pipe named on the command line is read to its end.
 */
function readDocument(abs: string, maxBytes: number): { bytes: Buffer | null; stat: FileStat } {
  const fd = openSync(abs, 'r');
  try {
    const st = fstatSync(fd);
    const stat: FileStat = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    if (!st.isFile()) {
      // A pipe or device named on the command line: read to its end, whatever stat says.
      const bytes = readFileSync(fd);
      return { bytes: bytes.length > maxBytes ? null : bytes, stat: { ...stat, size: bytes.length } };
    }
    if (st.size > maxBytes) return { bytes: null, stat };
    const bytes = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < st.size) {
      const got = readSync(fd, bytes, n, st.size - n, n);
      if (got === 0) break;
      n += got;
    }
    return { bytes: n === st.size ? bytes : bytes.subarray(0, n), stat };
  } finally {
    closeSync(fd);
  }
}

/** The previous record and its file's text, when it is still there and still describes this document. */
async function readPrevious(file: string, id: string, display: string): Promise<{ record: AccordRecord; text: string } | null> {
  try {
    const text = await fs.readFile(file, 'utf8');
    const record = JSON.parse(text) as AccordRecord;
    return record.id === id && record.source.path === display ? { record, text } : null;
  } catch {
    return null;
  }
}
