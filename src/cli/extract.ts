// `accords extract [PATH...] [--out DIR]`: reads documents, runs the core on each, writes the
// dataset. Logs and errors go to stderr; stdout stays empty.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { extractBytes, currentRulesHash, PIPELINE_VERSION } from '../pipeline/extract.ts';
import { SCHEMA_VERSION, type AccordRecord } from '../schema/record.ts';
import { recordJson, recordsJsonl, csvTables, manifestJson, type ManifestEntry } from '../output/serialize.ts';
import { findInputs, type InputFile } from './files.ts';
import { writeOutputAtomically } from './output-dir.ts';
import { log, UsageError } from './log.ts';

export const EXTRACT_HELP = `Usage: accords extract [PATH...] [options]

Reads press releases (.txt, .md, .html; folders are walked recursively) and writes the dataset.

Arguments:
  PATH                 files or folders (default: corpus/)

Options:
  --out DIR            output folder (default: output/)
  --max-bytes N        skip files larger than N bytes (default: 5000000)
  --no-csv-safe        do not neutralize CSV cells starting with = + - @ (spreadsheet formulas)
  --quiet              print only errors
  -h, --help           show this help
`;

export interface ExtractOutcome {
  records: AccordRecord[];
  failures: { id: string; path: string; message: string }[];
  manifest: ManifestEntry[];
}

/** Reads and extracts each input; a failure is recorded for that document and the batch goes on. */
export async function processFiles(files: readonly InputFile[], maxBytes: number): Promise<ExtractOutcome> {
  const records: AccordRecord[] = [];
  const failures: ExtractOutcome['failures'] = [];
  const manifest: ManifestEntry[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const fail = (message: string, sha256: string | null = null, bytes = 0): void => {
      failures.push({ id: f.id, path: f.display, message });
      manifest.push({ id: f.id, path: f.display, sha256, bytes, status: 'failed', language: 'und', diagnostics: [{ code: 'failed', message }] });
    };
    const other = seen.get(f.id);
    if (other !== undefined) {
      fail(`same record id "${f.id}" as ${other}: rename one of them`);
      continue;
    }
    seen.set(f.id, f.display);
    let bytes: Buffer;
    try {
      const st = await fs.stat(f.abs);
      if (st.size > maxBytes) {
        fail(`file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)`, null, st.size);
        continue;
      }
      bytes = await fs.readFile(f.abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      fail(code === 'EACCES' ? 'cannot read file: permission denied' : `cannot read file: ${code ?? (e as Error).message}`);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    try {
      const record = extractBytes(bytes, { id: f.id, path: f.display, sha256 });
      records.push(record);
      manifest.push({
        id: f.id,
        path: f.display,
        sha256,
        bytes: bytes.length,
        status: record.language.status,
        language: record.language.code,
        diagnostics: record.diagnostics,
      });
    } catch (e) {
      fail(`extraction failed: ${(e as Error).message}`, sha256, bytes.length);
    }
  }
  return { records, failures, manifest };
}

/** Every file of the output folder, by relative path. */
export function renderOutput(outcome: ExtractOutcome, options: { csvSafe: boolean }): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of outcome.records) files.set(`records/${r.id}.json`, recordJson(r));
  files.set('records.jsonl', recordsJsonl(outcome.records));
  for (const [table, content] of Object.entries(csvTables(outcome.records, { spreadsheetSafe: options.csvSafe }))) {
    files.set(`csv/${table}.csv`, content);
  }
  files.set(
    'manifest.json',
    manifestJson({ schemaVersion: SCHEMA_VERSION, pipeline: PIPELINE_VERSION, rules: currentRulesHash(), counts: {}, documents: outcome.manifest }),
  );
  return files;
}

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      'max-bytes': { type: 'string', default: '5000000' },
      'no-csv-safe': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive whole number, got "${values['max-bytes']}"`);
  const quiet = values.quiet;
  const started = Date.now();
  const paths = positionals.length ? positionals : ['corpus'];
  const { files, problems } = await findInputs(paths);
  for (const p of problems) log.error(`${p.path}: ${p.message}`);
  if (files.length === 0 && problems.length > 0) return 1;

  const outcome = await processFiles(files, maxBytes);
  for (const f of outcome.failures) log.error(`${f.path}: ${f.message}`);
  if (!quiet) {
    for (const r of outcome.records) {
      if (r.language.status !== 'ok') log.warn(`${r.source.path}: ${r.diagnostics.map(d => d.message).join('; ')}`);
    }
  }
  await writeOutputAtomically(values.out, renderOutput(outcome, { csvSafe: !values['no-csv-safe'] }));
  if (!quiet) {
    const skipped = outcome.records.filter(r => r.language.status !== 'ok').length;
    log.info(
      `${outcome.records.length} records written to ${values.out}/ (${outcome.records.length - skipped} extracted, ${skipped} not extracted), ` +
        `${outcome.failures.length + problems.length} failed, in ${((Date.now() - started) / 1000).toFixed(2)} s`,
    );
  }
  return outcome.failures.length + problems.length > 0 ? 1 : 0;
}
