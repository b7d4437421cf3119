// `accords eval --gold DIR`: runs the pipeline on DIR/docs/<id>.txt and scores the records against
// DIR/gold/<id>.json. stdout carries only the report; messages go to stderr.
// Exit codes: 0 done; 1 a --min figure not met; 2 usage error or unreadable input.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractBytes } from '../index.ts';
import type { AccordRecord } from '../schema/record.ts';
import { compareStrings } from '../core/text.ts';
import { EXTENSIONS } from './files.ts';
import { F_FIELDS, GoldDocSchema, evidenceIndex, toGoldShape, type GoldDoc } from '../eval/gold.ts';
import {
  ACCURACY_FIELDS,
  GROUPS,
  METRICS,
  checkMinimums,
  evaluate,
  type EvalInput,
  type Group,
  type Metric,
  type MinSpec,
} from '../eval/score.ts';
import { formatErrors, formatJson, formatMinFailures, formatTable } from '../eval/report.ts';

export const USAGE = `Usage: accords eval --gold DIR [options]

Scores the pipeline against gold files: DIR/docs/<id>.txt (or .md, .html) beside DIR/gold/<id>.json.

Options:
  --gold DIR           folder holding docs/ and gold/ (required)
  --json               print the report as JSON
  --verbose            also list every false positive, false negative and mismatch, with evidence
  --min [GROUP.]FIELD=VALUE
                       fail (exit 1) when a figure is below VALUE (0..1); repeatable.
                       GROUP: all (default), en, es. FIELD: an F field, compared by its F1
                       (${F_FIELDS.join(', ')}),
                       macro (macro-F1), or an accuracy
                       (${ACCURACY_FIELDS.join(', ')}).
                       A figure that is n/a (nothing to measure) fails.
  --if-exists          when the gold folder does not exist, say so on stderr and exit 0
  --help               show this help

Exit codes: 0 ok, 1 a minimum not met, 2 usage or input error.
`;

/** An error the user can fix (bad option, missing file, invalid gold): message, then exit 2. */
export class EvalUsageError extends Error {
  override name = 'EvalUsageError';
}

/** What evalCommand needs from the outside world; tests pass their own. */
export interface EvalDeps {
  extract: (bytes: Uint8Array, meta: { id: string; path: string }) => AccordRecord;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const DEFAULT_DEPS: EvalDeps = {
  // extractBytes is the pipeline's own bytes entry: decodeBytes (BOM, UTF-8/16, Windows-1252,
  // HTML) then extractDocument, the same decoding `accords extract` uses.
  extract: (bytes, meta) => extractBytes(bytes, meta),
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text),
};

export interface EvalOptions {
  gold: string | null;
  json: boolean;
  verbose: boolean;
  ifExists: boolean;
  help: boolean;
  mins: MinSpec[];
}

const METRIC_SET: ReadonlySet<string> = new Set(METRICS);
const GROUP_SET: ReadonlySet<string> = new Set(GROUPS);

/** Parses one `--min` value: `[group.]field=number`, number in [0, 1]. */
export function parseMinSpec(spec: string): MinSpec {
  const m = /^(?:([a-z]+)\.)?([a-z_]+)=(.+)$/.exec(spec.trim());
  if (!m) throw new EvalUsageError(`--min ${spec}: expected [GROUP.]FIELD=VALUE, e.g. parties=0.9 or es.macro=0.5`);
  const [, group = 'all', metric = '', raw = ''] = m;
  if (!GROUP_SET.has(group)) throw new EvalUsageError(`--min ${spec}: unknown group "${group}" (use ${GROUPS.join(', ')})`);
  if (!METRIC_SET.has(metric)) throw new EvalUsageError(`--min ${spec}: unknown field "${metric}" (use ${METRICS.join(', ')})`);
  const min = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(min) || min < 0 || min > 1) {
    throw new EvalUsageError(`--min ${spec}: the minimum must be a number from 0 to 1`);
  }
  return { group: group as Group, metric: metric as Metric, min };
}

/** Node's own parser: strict, so an unknown option or a missing value is an error. */
function parseRawArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        gold: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        min: { type: 'string', multiple: true, default: [] },
        'if-exists': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (err) {
    throw new EvalUsageError(err instanceof Error ? err.message : String(err));
  }
}

export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const values = parseRawArgs(argv);
  return {
    gold: values.gold ?? null,
    json: values.json,
    verbose: values.verbose,
    ifExists: values['if-exists'],
    help: values.help,
    mins: values.min.map(parseMinSpec),
  };
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Reads and validates one gold file; every failure names the file. */
export function readGoldFile(path: string): GoldDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new EvalUsageError(`${path}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = GoldDocSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(i => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new EvalUsageError(`${path}: not a valid gold file: ${issues}`);
  }
  const expected = basename(path, '.json');
  if (parsed.data.id !== expected) {
    throw new EvalUsageError(`${path}: id "${parsed.data.id}" does not match the file name (expected "${expected}")`);
  }
  return parsed.data;
}

/** A gold file's document: the first of the extensions a corpus walk reads that exists. */
function findDoc(docsDir: string, id: string): string | null {
  for (const ext of EXTENSIONS) {
    const p = join(docsDir, id + ext);
    if (existsSync(p)) return p;
  }
  return null;
}

function stripExtension(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** Loads gold files, extracts their documents, and pairs them for scoring. */
function loadInputs(dir: string, deps: EvalDeps): EvalInput[] {
  const goldDir = join(dir, 'gold');
  const docsDir = join(dir, 'docs');
  if (!isDirectory(goldDir)) throw new EvalUsageError(`gold folder has no gold/ directory: ${goldDir}`);
  if (!isDirectory(docsDir)) throw new EvalUsageError(`gold folder has no docs/ directory: ${docsDir}`);
  const goldFiles = readdirSync(goldDir).filter(f => f.endsWith('.json')).sort(compareStrings);
  if (goldFiles.length === 0) throw new EvalUsageError(`no gold files (*.json) in ${goldDir}`);

  const inputs: EvalInput[] = [];
  for (const file of goldFiles) {
    const gold = readGoldFile(join(goldDir, file));
    const docPath = findDoc(docsDir, gold.id);
    if (docPath === null) throw new EvalUsageError(`${join(goldDir, file)}: no document for it: expected ${join(docsDir, gold.id + '.txt')}`);
    let record: AccordRecord;
    try {
      record = deps.extract(new Uint8Array(readFileSync(docPath)), { id: gold.id, path: docPath });
    } catch (err) {
      throw new EvalUsageError(`${docPath}: extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    inputs.push({ id: gold.id, gold, predicted: toGoldShape(record), evidence: evidenceIndex(record) });
  }

  const goldIds = new Set(inputs.map(i => i.id));
  const unscored = readdirSync(docsDir).filter(f => !goldIds.has(stripExtension(f))).sort(compareStrings);
  if (unscored.length > 0) {
    deps.stderr(`note: ${unscored.length} document(s) in ${docsDir} have no gold file and are not scored: ${unscored.join(', ')}\n`);
  }
  return inputs;
}

/** Runs `accords eval`; returns the exit code. */
export async function evalCommand(argv: string[], deps: EvalDeps = DEFAULT_DEPS): Promise<number> {
  try {
    const opts = parseEvalArgs(argv);
    if (opts.help) {
      deps.stdout(USAGE);
      return 0;
    }
    if (opts.gold === null) throw new EvalUsageError('--gold DIR is required (see accords eval --help)');
    if (!existsSync(opts.gold)) {
      if (opts.ifExists) {
        deps.stderr(`eval: gold folder ${opts.gold} does not exist; nothing to evaluate (--if-exists)\n`);
        return 0;
      }
      throw new EvalUsageError(`gold folder not found: ${opts.gold}`);
    }
    if (!isDirectory(opts.gold)) throw new EvalUsageError(`not a directory: ${opts.gold}`);

    const summary = evaluate(loadInputs(opts.gold, deps));
    if (opts.json) {
      deps.stdout(formatJson(summary, opts.verbose));
    } else {
      deps.stdout(formatTable(summary));
      if (opts.verbose) deps.stdout('\n' + formatErrors(summary.documents));
    }

    const failures = checkMinimums(summary, opts.mins);
    if (failures.length > 0) {
      deps.stderr(formatMinFailures(failures));
      return 1;
    }
    return 0;
  } catch (err) {
    if (err instanceof EvalUsageError) {
      deps.stderr(`accords eval: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
