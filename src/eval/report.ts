// Formats an EvalSummary: an aligned text table, a JSON form, and the verbose list of errors.
// Pure string building; the CLI decides where it goes.
import { F_FIELDS, type Evidence } from './gold.ts';
import {
  ACCURACY_FIELDS,
  GROUPS,
  type DocResult,
  type ErrorItem,
  type EvalSummary,
  type MinFailure,
  type Prf,
  type Ratio,
} from './score.ts';

/** Three decimals, or `n/a` for a figure that has nothing to measure. */
export function formatFigure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

const LABEL_WIDTH = 18;
const NUM_WIDTH = 7; // "0.667" / "n/a" plus padding
const GROUP_WIDTH = NUM_WIDTH * 3 + 2;

function cell(text: string, width: number): string {
  return text.padEnd(width);
}

function prfCells(p: Prf): string {
  return [p.precision, p.recall, p.f1].map(v => cell(formatFigure(v), NUM_WIDTH)).join('');
}

/** An accuracy sits in the F1 column; the P and R columns show how many cases were right. */
function ratioCells(r: Ratio): string {
  return (`${r.correct}/${r.total}`.padStart(NUM_WIDTH * 2 - 2) + '  ') + cell(formatFigure(r.accuracy), NUM_WIDTH);
}

function row(label: string, cells: string[]): string {
  return (cell(label, LABEL_WIDTH) + cells.map(c => cell(c, GROUP_WIDTH)).join('')).trimEnd();
}

/** The plain text table: F fields (P R F1), macro-F1, then accuracies, one column group per group. */
export function formatTable(summary: EvalSummary): string {
  const g = summary.groups;
  const lines: string[] = [];
  lines.push(row('', GROUPS.map(name => `${name} (${g[name].docs} docs)`)));
  lines.push(row('field', GROUPS.map(() => ['P', 'R', 'F1'].map(h => cell(h, NUM_WIDTH)).join(''))));
  for (const f of F_FIELDS) lines.push(row(f, GROUPS.map(name => prfCells(g[name].fields[f]))));
  lines.push(row('macro-F1', GROUPS.map(name => ' '.repeat(NUM_WIDTH * 2) + formatFigure(g[name].macroF1))));
  lines.push('');
  lines.push(row('accuracy', GROUPS.map(() => 'right/total'.padStart(NUM_WIDTH * 2 - 2) + '  ' + 'acc')));
  for (const a of ACCURACY_FIELDS) lines.push(row(a, GROUPS.map(name => ratioCells(g[name].accuracies[a]))));
  lines.push('');
  lines.push(
    'Groups follow the gold language (und only in all). n/a: nothing to measure (no gold and no ' +
      'predicted items, or no cases); macro-F1 averages the fields that are not n/a.',
  );
  return lines.join('\n') + '\n';
}

function formatEvidence(e: Evidence): string {
  return `evidence: ${JSON.stringify(e.text)} [${e.start}, ${e.end}) rule ${e.rule}`;
}

const KIND_LABEL: Record<ErrorItem['kind'], string> = { fp: 'FP', fn: 'FN', mismatch: 'MISMATCH' };

function formatError(e: ErrorItem): string[] {
  const head = `  ${KIND_LABEL[e.kind].padEnd(9)}${e.field.padEnd(17)}`;
  const lines =
    e.kind === 'mismatch'
      ? [`${head}predicted: ${e.value}`, `${' '.repeat(head.length)}gold:      ${e.expected ?? ''}`]
      : [`${head}${e.value}`];
  if (e.evidence) lines.push(`${' '.repeat(head.length)}${formatEvidence(e.evidence)}`);
  return lines;
}

/**
 * Every false positive, false negative and disagreeing pair, document by document. FP: predicted,
 * not in the gold; FN: in the gold, not predicted; MISMATCH: a matched pair (or the document
 * itself) whose value differs. Documents without errors are left out.
 */
export function formatErrors(docs: readonly DocResult[]): string {
  const lines: string[] = ['Errors (FP predicted not in gold, FN gold not predicted, MISMATCH value differs):'];
  for (const d of docs) {
    if (d.errors.length === 0) continue;
    lines.push('', `== ${d.id} (gold language ${d.goldLanguage})`);
    for (const e of d.errors) lines.push(...formatError(e));
  }
  return lines.join('\n') + '\n';
}

/** The JSON form: the groups always, per-document counts always, errors only when verbose. */
export function toJsonReport(summary: EvalSummary, verbose: boolean): unknown {
  return {
    groups: summary.groups,
    documents: summary.documents.map(d => {
      const { errors, ...rest } = d;
      return verbose ? { ...rest, errors } : rest;
    }),
  };
}

export function formatJson(summary: EvalSummary, verbose: boolean): string {
  return JSON.stringify(toJsonReport(summary, verbose), null, 2) + '\n';
}

/** One line per minimum not met, for stderr. */
export function formatMinFailures(failures: readonly MinFailure[]): string {
  return failures
    .map(f => {
      const actual = f.actual === null ? 'n/a (nothing to measure)' : f.actual.toFixed(4);
      return `below minimum: ${f.group}.${f.metric} = ${actual} < ${f.min}\n`;
    })
    .join('');
}
