// One document, start to finish, as a worker thread (or the main thread with --jobs 1) does it:
// read, hash, extract or reuse the previous record, and serialize every output line for it.
// Serializing here spreads the JSON/CSV cost over the workers too.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
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
  /** `floor`: read, hash, decode and detect the language only (the benchmark's baseline). */
  mode?: 'full' | 'floor';
}

export interface DocResult {
  id: string;
  display: string;
  manifest: ManifestEntry;
  /** Absent for failed documents. */
  output: { json: string; jsonl: string; csv: Record<string, string> } | null;
  failure: string | null;
  /** True when the previous record was reused (same bytes, same rules). */
  unchanged: boolean;
  status: string;
  /** Milliseconds spent on this document (for the benchmark). */
  ms: number;
  /** The file's stat when it was read, for the stat cache. */
  stat?: FileStat;
}

export function renderRecord(record: AccordRecord, csvSafe: boolean): NonNullable<DocResult['output']> {
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
  let bytes: Buffer;
  let stat: FileStat;
  try {
    const st = await fs.stat(task.abs);
    stat = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    if (st.size > task.maxBytes) return fail(`file is ${st.size} bytes, over the limit of ${task.maxBytes} (--max-bytes)`, null, st.size);
    bytes = await fs.readFile(task.abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'EACCES' ? 'cannot read file: permission denied' : `cannot read file: ${code ?? (e as Error).message}`);
  }
  const { extractBytes, decodeBytes, detectLanguage } = await loadCore();
  // Time per document counts from here: reads overlap one another, so only the work is timed.
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
      return {
        id: task.id,
        display: task.display,
        manifest: manifestFor(previous, task.display, sha256, bytes.length),
        output: renderRecord(previous, task.csvSafe),
        failure: null,
        unchanged: true,
        status: previous.language.status,
        ms: performance.now() - t0,
        stat,
      };
    }
  }
  try {
    const record = extractBytes(bytes, { id: task.id, path: task.display, sha256 });
    return {
      id: task.id,
      display: task.display,
      manifest: manifestFor(record, task.display, sha256, bytes.length),
      output: renderRecord(record, task.csvSafe),
      failure: null,
      unchanged: false,
      status: record.language.status,
      ms: performance.now() - t0,
      stat,
    };
  } catch (e) {
    return fail(`extraction failed: ${(e as Error).message}`, sha256, bytes.length);
  }
}

/** The previous record, when it is still there and still describes this document. */
async function readPrevious(file: string, id: string, display: string): Promise<AccordRecord | null> {
  try {
    const record = JSON.parse(await fs.readFile(file, 'utf8')) as AccordRecord;
    return record.id === id && record.source.path === display ? record : null;
  } catch {
    return null;
  }
}
