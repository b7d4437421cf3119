// Pure scoring of predicted records (projected to the gold shape) against gold files.
//
// Definitions (also in the README of `accords eval`):
// - F fields (parties, countries, organizations, officials, dates, minerals, instruments,
//   obligations, timelines): per document, predicted and gold items are paired one to one (greedy,
//   best similarity first, see match.ts); pairs are TP, unpaired predictions FP, unpaired gold FN.
//   Set fields are de-duplicated first. Counts are summed over the documents of a group
//   (micro-average) and then:
//     precision = TP / (TP + FP), null when nothing was predicted (TP + FP = 0);
//     recall    = TP / (TP + FN), null when the gold has nothing (TP + FN = 0);
//     F1        = 2TP / (2TP + FP + FN), null only when both sides are empty. This equals the
//                 harmonic mean of P and R when both exist, and is 0 when one side is empty and the
//                 other is not (a field that predicts nothing against gold items scores 0, not n/a).
// - Macro-F1: the mean of the non-null F1 of the nine F fields; null when all nine are null.
// - Document accuracies (language, relevance, document_date, binding): exact equality per document
//   (null documentDate equals null), over the documents of the group.
// - Pair accuracies, over the matched pairs of the group: modality (obligations), timeline_values
//   (kind, amount, unit and resolved all equal), officials_party (both null, or ids that match
//   leniently). Any accuracy over zero cases is null.
// - Groups: all documents; en and es by the GOLD language (a gold `und` document is only in all).
import { compareStrings } from '../core/text.ts';
import {
  F_FIELDS,
  ITEM_FIELDS,
  SET_FIELDS,
  uniqueSorted,
  type EvidenceIndex,
  type Evidence,
  type FField,
  type GoldDoc,
  type GoldObligation,
  type GoldOfficial,
  type GoldTimeline,
  type ItemField,
  type SetField,
} from './gold.ts';
import { exactSimilarity, idSimilarity, idsMatch, matchOneToOne, textSimilarity, type Pairing } from './match.ts';

export const GROUPS = ['all', 'en', 'es'] as const;
export type Group = (typeof GROUPS)[number];

export const DOC_ACCURACIES = ['language', 'relevance', 'document_date', 'binding'] as const;
export const PAIR_ACCURACIES = ['modality', 'timeline_values', 'officials_party'] as const;
export const ACCURACY_FIELDS = [...DOC_ACCURACIES, ...PAIR_ACCURACIES] as const;
export type DocAccuracy = (typeof DOC_ACCURACIES)[number];
export type PairAccuracy = (typeof PAIR_ACCURACIES)[number];
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

/** What `--min` can name: an F field (its F1), `macro` (macro-F1) or an accuracy. */
export type Metric = FField | 'macro' | AccuracyField;
export const METRICS: readonly Metric[] = [...F_FIELDS, 'macro', ...ACCURACY_FIELDS];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Ratio {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** One error for --verbose: a false positive, a false negative, or a matched pair that disagrees. */
export interface ErrorItem {
  kind: 'fp' | 'fn' | 'mismatch';
  field: FField | AccuracyField;
  /** The predicted value (fp, mismatch) or the gold value (fn), in display form. */
  value: string;
  /** For a mismatch: the gold value in display form. */
  expected: string | null;
  /** Span and rule of the predicted value, when the record has one. */
  evidence: Evidence | null;
}

export interface DocResult {
  id: string;
  goldLanguage: GoldDoc['language'];
  fields: Record<FField, Counts>;
  docAccuracies: Record<DocAccuracy, boolean>;
  pairAccuracies: Record<PairAccuracy, { correct: number; total: number }>;
  errors: ErrorItem[];
}

export interface GroupSummary {
  docs: number;
  fields: Record<FField, Prf>;
  macroF1: number | null;
  accuracies: Record<AccuracyField, Ratio>;
}

export interface EvalSummary {
  groups: Record<Group, GroupSummary>;
  documents: DocResult[];
}

/** One document to score: its gold, its prediction projected to the gold shape, and evidence. */
export interface EvalInput {
  id: string;
  gold: GoldDoc;
  predicted: GoldDoc;
  evidence?: EvidenceIndex | null;
}

// ---------------------------------------------------------------------------------------------
// Figures

export function prf(c: Counts): Prf {
  const predicted = c.tp + c.fp;
  const gold = c.tp + c.fn;
  const denom = 2 * c.tp + c.fp + c.fn;
  return {
    ...c,
    precision: predicted === 0 ? null : c.tp / predicted,
    recall: gold === 0 ? null : c.tp / gold,
    f1: denom === 0 ? null : (2 * c.tp) / denom,
  };
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

/** Mean of the non-null values; null when there are none. */
export function meanOfDefined(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((a, b) => a + b, 0) / defined.length;
}

// ---------------------------------------------------------------------------------------------
// Per document

/** Set fields whose `org:` ids match leniently; the others (ISO codes, dates, ids) are exact. */
const SET_SIMILARITY: Record<SetField, (a: string, b: string) => number> = {
  parties: idSimilarity,
  organizations: idSimilarity,
  countries: exactSimilarity,
  dates: exactSimilarity,
  minerals: exactSimilarity,
  instruments: exactSimilarity,
};

function countsOf(p: Pairing): Counts {
  return { tp: p.pairs.length, fp: p.unmatchedPredicted.length, fn: p.unmatchedGold.length };
}

function scoreSetField(field: SetField, input: EvalInput, errors: ErrorItem[]): Counts {
  const gold = uniqueSorted(input.gold[field]);
  const predicted = uniqueSorted(input.predicted[field]);
  const pairing = matchOneToOne(gold, predicted, SET_SIMILARITY[field]);
  for (const i of pairing.unmatchedPredicted) {
    const value = predicted[i]!;
    errors.push({ kind: 'fp', field, value, expected: null, evidence: input.evidence?.sets[field].get(value) ?? null });
  }
  for (const i of pairing.unmatchedGold) {
    errors.push({ kind: 'fn', field, value: gold[i]!, expected: null, evidence: null });
  }
  return countsOf(pairing);
}

const showOfficial = (o: GoldOfficial): string => `${o.name} (${o.title}; party ${o.party ?? 'null'})`;
const showObligation = (o: GoldObligation): string => `${o.text} [${o.modality}]`;
const showTimeline = (t: GoldTimeline): string =>
  `${t.text} [${t.kind}; ${t.amount ?? 'null'} ${t.unit ?? 'null'}; resolved ${t.resolved ?? 'null'}]`;

/** How an item field is keyed, shown, and which pair accuracy its matched pairs feed. */
interface ItemSpec<T> {
  key: (t: T) => string;
  show: (t: T) => string;
  accuracy: PairAccuracy;
  agree: (gold: T, predicted: T) => boolean;
}

const OFFICIALS: ItemSpec<GoldOfficial> = {
  key: o => o.name,
  show: showOfficial,
  accuracy: 'officials_party',
  agree: (g, p) => (g.party === null || p.party === null ? g.party === p.party : idsMatch(g.party, p.party)),
};

const OBLIGATIONS: ItemSpec<GoldObligation> = {
  key: o => o.text,
  show: showObligation,
  accuracy: 'modality',
  agree: (g, p) => g.modality === p.modality,
};

const TIMELINES: ItemSpec<GoldTimeline> = {
  key: t => t.text,
  show: showTimeline,
  accuracy: 'timeline_values',
  agree: (g, p) => g.kind === p.kind && g.amount === p.amount && g.unit === p.unit && g.resolved === p.resolved,
};

interface ItemResult {
  counts: Counts;
  pairs: { correct: number; total: number };
}

function scoreItems<T>(
  field: ItemField,
  spec: ItemSpec<T>,
  gold: readonly T[],
  predicted: readonly T[],
  evidence: readonly (Evidence | null)[] | undefined,
  errors: ErrorItem[],
): ItemResult {
  const pairing = matchOneToOne(gold, predicted, (g, p) => textSimilarity(spec.key(g), spec.key(p)));
  let correct = 0;
  for (const pair of pairing.pairs) {
    const g = gold[pair.gold]!;
    const p = predicted[pair.predicted]!;
    if (spec.agree(g, p)) {
      correct++;
    } else {
      errors.push({
        kind: 'mismatch',
        field: spec.accuracy,
        value: spec.show(p),
        expected: spec.show(g),
        evidence: evidence?.[pair.predicted] ?? null,
      });
    }
  }
  for (const i of pairing.unmatchedPredicted) {
    errors.push({ kind: 'fp', field, value: spec.show(predicted[i]!), expected: null, evidence: evidence?.[i] ?? null });
  }
  for (const i of pairing.unmatchedGold) {
    errors.push({ kind: 'fn', field, value: spec.show(gold[i]!), expected: null, evidence: null });
  }
  return { counts: countsOf(pairing), pairs: { correct, total: pairing.pairs.length } };
}

function checkExact(
  field: DocAccuracy,
  gold: string | boolean | null,
  predicted: string | boolean | null,
  evidence: Evidence | null,
  errors: ErrorItem[],
): boolean {
  const same = gold === predicted;
  if (!same) errors.push({ kind: 'mismatch', field, value: String(predicted), expected: String(gold), evidence });
  return same;
}

/** Scores one document. Errors are listed field by field, in F_FIELDS order, then accuracies. */
export function scoreDocument(input: EvalInput): DocResult {
  const { gold, predicted } = input;
  const errorsByField = new Map<FField, ErrorItem[]>();
  const fieldErrors = (f: FField): ErrorItem[] => {
    const list: ErrorItem[] = [];
    errorsByField.set(f, list);
    return list;
  };
  const setCounts = {} as Record<SetField, Counts>;
  for (const f of SET_FIELDS) setCounts[f] = scoreSetField(f, input, fieldErrors(f));
  const items = input.evidence?.items;
  const officials = scoreItems('officials', OFFICIALS, gold.officials, predicted.officials, items?.officials, fieldErrors('officials'));
  const obligations = scoreItems('obligations', OBLIGATIONS, gold.obligations, predicted.obligations, items?.obligations, fieldErrors('obligations'));
  const timelines = scoreItems('timelines', TIMELINES, gold.timelines, predicted.timelines, items?.timelines, fieldErrors('timelines'));

  const accuracyErrors: ErrorItem[] = [];
  const docAccuracies: Record<DocAccuracy, boolean> = {
    language: checkExact('language', gold.language, predicted.language, null, accuracyErrors),
    relevance: checkExact('relevance', gold.relevant, predicted.relevant, null, accuracyErrors),
    document_date: checkExact('document_date', gold.documentDate, predicted.documentDate, input.evidence?.documentDate ?? null, accuracyErrors),
    binding: checkExact('binding', gold.binding, predicted.binding, input.evidence?.binding ?? null, accuracyErrors),
  };
  return {
    id: input.id,
    goldLanguage: gold.language,
    fields: { ...setCounts, officials: officials.counts, obligations: obligations.counts, timelines: timelines.counts },
    docAccuracies,
    pairAccuracies: {
      modality: obligations.pairs,
      timeline_values: timelines.pairs,
      officials_party: officials.pairs,
    },
    errors: [...F_FIELDS.flatMap(f => errorsByField.get(f) ?? []), ...accuracyErrors],
  };
}

// ---------------------------------------------------------------------------------------------
// Per group

export function inGroup(doc: DocResult, group: Group): boolean {
  return group === 'all' || doc.goldLanguage === group;
}

export function summarizeGroup(docs: readonly DocResult[]): GroupSummary {
  const fields = {} as Record<FField, Prf>;
  for (const f of F_FIELDS) {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const d of docs) {
      sum.tp += d.fields[f].tp;
      sum.fp += d.fields[f].fp;
      sum.fn += d.fields[f].fn;
    }
    fields[f] = prf(sum);
  }
  const accuracies = {} as Record<AccuracyField, Ratio>;
  for (const a of DOC_ACCURACIES) {
    accuracies[a] = ratio(docs.filter(d => d.docAccuracies[a]).length, docs.length);
  }
  for (const a of PAIR_ACCURACIES) {
    const correct = docs.reduce((n, d) => n + d.pairAccuracies[a].correct, 0);
    const total = docs.reduce((n, d) => n + d.pairAccuracies[a].total, 0);
    accuracies[a] = ratio(correct, total);
  }
  return {
    docs: docs.length,
    fields,
    macroF1: meanOfDefined(F_FIELDS.map(f => fields[f].f1)),
    accuracies,
  };
}

export function summarize(docs: readonly DocResult[]): EvalSummary {
  const groups = {} as Record<Group, GroupSummary>;
  for (const g of GROUPS) groups[g] = summarizeGroup(docs.filter(d => inGroup(d, g)));
  return { groups, documents: [...docs] };
}

/** Scores every document and summarizes the groups. Documents are reported in id order. */
export function evaluate(inputs: readonly EvalInput[]): EvalSummary {
  const sorted = [...inputs].sort((a, b) => compareStrings(a.id, b.id));
  return summarize(sorted.map(scoreDocument));
}

// ---------------------------------------------------------------------------------------------
// Minimums (--min)

export interface MinSpec {
  group: Group;
  metric: Metric;
  min: number;
}

export interface MinFailure extends MinSpec {
  /** The figure found; null when it is n/a (nothing to measure), which never meets a minimum. */
  actual: number | null;
}

export function isFField(m: Metric): m is FField {
  return (F_FIELDS as readonly string[]).includes(m);
}

/** The figure a minimum applies to: F1 for an F field, macro-F1 for `macro`, else the accuracy. */
export function figure(summary: EvalSummary, group: Group, metric: Metric): number | null {
  const g = summary.groups[group];
  if (metric === 'macro') return g.macroF1;
  if (isFField(metric)) return g.fields[metric].f1;
  return g.accuracies[metric].accuracy;
}

/**
 * The minimums not met. A figure equal to its minimum passes. An n/a figure fails: a quality gate
 * that passes because nothing was measured would hide a broken gold set or a misspelt group.
 */
export function checkMinimums(summary: EvalSummary, mins: readonly MinSpec[]): MinFailure[] {
  const failures: MinFailure[] = [];
  for (const spec of mins) {
    const actual = figure(summary, spec.group, spec.metric);
    if (actual === null || actual < spec.min) failures.push({ ...spec, actual });
  }
  return failures;
}
