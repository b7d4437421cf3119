// The semantic diff of two record sets: which documents appeared, disappeared or changed, and per
// document and field which values were added, removed or changed. Pure and deterministic.
//
// Values are matched by their identity per field (see values.ts), never by position, so text that
// only moved (a sentence inserted above it) is no change: such a value is counted as `moved` and
// not listed. A value whose evidence changed (another rule now finds it, a mention more or less)
// is `changed`, with the evidence gained and lost listed by text and rule.
import { compareStrings } from '../core/text.ts';
import { FIELDS, type DocValues, type Evidence, type FieldName, type ValueItem } from './values.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface AttrChange {
  name: string;
  old: string;
  new: string;
}

export interface ValueChange {
  field: FieldName;
  kind: ChangeKind;
  /** The value's identity in its field (values.ts): the new side's, the old side's for `removed`. */
  key: string;
  /** The value as it is now (the old one for `removed`). */
  label: string;
  /** `changed` only: the value as it was, when its description differs. */
  oldLabel: string | null;
  /** `changed` only: attributes whose value differs. */
  attrs: AttrChange[];
  /** Evidence of the value: the new side's, the old side's for `removed`. */
  evidence: Evidence[];
  /** `changed` only: evidence (compared by text and rule, offsets ignored) found only now / only before. */
  evidenceAdded: Evidence[];
  evidenceRemoved: Evidence[];
}

export type DocStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DocDiff {
  id: string;
  status: DocStatus;
  /** Source path as the newer record has it (the old one's for a removed document). */
  path: string | null;
  /** Both records name a source sha256 and they differ: the document's text was edited. */
  sourceChanged: boolean;
  /** Per field, values that are the same except for their offsets (not listed as changes). */
  moved: Partial<Record<FieldName, number>>;
  changes: ValueChange[];
}

export interface FieldCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface RecordSet {
  /** How the user named it: a folder, or `output/ at REF`. */
  label: string;
  docs: readonly DocValues[];
  /** Pipeline versions and rules hashes found (manifest, else the records' provenance). */
  pipeline: readonly string[];
  rules: readonly string[];
}

export interface SetInfo {
  label: string;
  documents: number;
  pipeline: string[];
  rules: string[];
}

export interface DiffResult {
  old: SetInfo;
  new: SetInfo;
  summary: {
    documents: { added: number; removed: number; changed: number; unchanged: number; movedOnly: number };
    /** Per field, in the documents present on both sides (not counting added/removed documents). */
    fields: Record<FieldName, FieldCounts>;
  };
  /** Documents with a change, ordered by id (unchanged ones are only counted). */
  documents: DocDiff[];
}

const itemKey = (v: ValueItem): string => `${v.field}\u0001${v.key}`;
const evidenceKey = (e: Evidence): string => `${e.text}\u0000${e.rule}`;
const firstStart = (v: { evidence: Evidence[] }): number => v.evidence[0]?.start ?? -1;

/** Evidence only on one side, compared as multisets of (text, rule): offsets do not count. */
function evidenceDiff(before: readonly Evidence[], after: readonly Evidence[]): { added: Evidence[]; removed: Evidence[] } {
  const counts = new Map<string, number>();
  for (const e of before) counts.set(evidenceKey(e), (counts.get(evidenceKey(e)) ?? 0) + 1);
  const added: Evidence[] = [];
  for (const e of after) {
    const n = counts.get(evidenceKey(e)) ?? 0;
    if (n > 0) counts.set(evidenceKey(e), n - 1);
    else added.push(e);
  }
  const removed: Evidence[] = [];
  for (const e of [...before].reverse()) {
    const n = counts.get(evidenceKey(e)) ?? 0;
    if (n > 0) {
      counts.set(evidenceKey(e), n - 1);
      removed.push(e);
    }
  }
  return { added, removed: removed.reverse() };
}

function attrDiff(before: ValueItem, after: ValueItem): AttrChange[] {
  const names = [...Object.keys(after.attrs), ...Object.keys(before.attrs).filter(n => !(n in after.attrs))];
  return names
    .filter(n => (before.attrs[n] ?? '') !== (after.attrs[n] ?? ''))
    .map(n => ({ name: n, old: before.attrs[n] ?? '', new: after.attrs[n] ?? '' }));
}

function sameOffsets(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e.start === b[i]!.start && e.end === b[i]!.end);
}

/** Compares two values with the same identity (or paired): a change, `moved`, or nothing. */
function compareValues(before: ValueItem, after: ValueItem): ValueChange | 'moved' | null {
  const attrs = attrDiff(before, after);
  const ev = evidenceDiff(before.evidence, after.evidence);
  if (attrs.length === 0 && ev.added.length === 0 && ev.removed.length === 0 && before.key === after.key) {
    return sameOffsets(before.evidence, after.evidence) ? null : 'moved';
  }
  return {
    field: after.field,
    kind: 'changed',
    key: after.key,
    label: after.label,
    oldLabel: before.label === after.label ? null : before.label,
    attrs,
    evidence: after.evidence,
    evidenceAdded: ev.added,
    evidenceRemoved: ev.removed,
  };
}

const whole = (kind: 'added' | 'removed', v: ValueItem): ValueChange => ({
  field: v.field,
  kind,
  key: v.key,
  label: v.label,
  oldLabel: null,
  attrs: [],
  evidence: v.evidence,
  evidenceAdded: [],
  evidenceRemoved: [],
});

const KIND_ORDER: Record<ChangeKind, number> = { removed: 0, changed: 1, added: 2 };

function compareChanges(a: ValueChange, b: ValueChange): number {
  return (
    FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) ||
    firstStart(a) - firstStart(b) ||
    compareStrings(a.label, b.label) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareStrings(a.key, b.key)
  );
}

/** The diff of one document; either side may be missing (document added or removed). */
export function diffDocument(before: DocValues | null, after: DocValues | null): DocDiff {
  const id = (after ?? before)!.id;
  const path = (after ?? before)!.path;
  if (!before || !after) {
    const kind = before ? 'removed' : 'added';
    const changes = (after ?? before)!.values.map(v => whole(kind, v)).sort(compareChanges);
    return { id, status: kind, path, sourceChanged: false, moved: {}, changes };
  }
  const oldByKey = new Map(before.values.map(v => [itemKey(v), v]));
  const newByKey = new Map(after.values.map(v => [itemKey(v), v]));
  const changes: ValueChange[] = [];
  const moved: Partial<Record<FieldName, number>> = {};
  const removed = before.values.filter(v => !newByKey.has(itemKey(v)));
  const added = after.values.filter(v => !oldByKey.has(itemKey(v)));
  for (const v of after.values) {
    const old = oldByKey.get(itemKey(v));
    if (!old) continue;
    const c = compareValues(old, v);
    if (c === 'moved') moved[v.field] = (moved[v.field] ?? 0) + 1;
    else if (c) changes.push(c);
  }
  // A removed and an added value with the same pair key are one value that changed.
  const pairedOld = new Set<ValueItem>();
  const pairedNew = new Set<ValueItem>();
  const byPair = (vs: ValueItem[]): Map<string, ValueItem[]> => {
    const m = new Map<string, ValueItem[]>();
    for (const v of vs) {
      if (v.pair === null) continue;
      const k = `${v.field}\u0001${v.pair}`;
      m.set(k, [...(m.get(k) ?? []), v]);
    }
    for (const list of m.values()) list.sort((a, b) => firstStart(a) - firstStart(b) || compareStrings(a.key, b.key));
    return m;
  };
  const addedByPair = byPair(added);
  for (const [k, olds] of byPair(removed)) {
    const news = addedByPair.get(k) ?? [];
    for (let i = 0; i < Math.min(olds.length, news.length); i++) {
      const c = compareValues(olds[i]!, news[i]!);
      pairedOld.add(olds[i]!);
      pairedNew.add(news[i]!);
      if (c === 'moved') moved[news[i]!.field] = (moved[news[i]!.field] ?? 0) + 1;
      else if (c) changes.push(c);
    }
  }
  for (const v of removed) if (!pairedOld.has(v)) changes.push(whole('removed', v));
  for (const v of added) if (!pairedNew.has(v)) changes.push(whole('added', v));
  changes.sort(compareChanges);
  const movedInOrder = Object.fromEntries(FIELDS.filter(f => moved[f]).map(f => [f, moved[f]!]));
  const sourceChanged = before.sha256 !== null && after.sha256 !== null && before.sha256 !== after.sha256;
  return { id, status: changes.length ? 'changed' : 'unchanged', path, sourceChanged, moved: movedInOrder, changes };
}

function info(set: RecordSet): SetInfo {
  return { label: set.label, documents: set.docs.length, pipeline: [...set.pipeline], rules: [...set.rules] };
}

/** Compares two record sets document by document (matched by record id). */
export function diffRecordSets(before: RecordSet, after: RecordSet): DiffResult {
  const oldById = new Map(before.docs.map(d => [d.id, d]));
  const newById = new Map(after.docs.map(d => [d.id, d]));
  const ids = [...new Set([...oldById.keys(), ...newById.keys()])].sort(compareStrings);
  const fields = Object.fromEntries(FIELDS.map(f => [f, { added: 0, removed: 0, changed: 0, moved: 0 }])) as Record<FieldName, FieldCounts>;
  const docs = { added: 0, removed: 0, changed: 0, unchanged: 0, movedOnly: 0 };
  const documents: DocDiff[] = [];
  for (const id of ids) {
    const d = diffDocument(oldById.get(id) ?? null, newById.get(id) ?? null);
    docs[d.status]++;
    if (d.status === 'unchanged' && Object.keys(d.moved).length > 0) docs.movedOnly++;
    // Field counts measure what the rules did to documents present on both sides; the values of
    // added and removed documents are listed with them but not counted here.
    if (d.status === 'changed') for (const c of d.changes) fields[c.field][c.kind]++;
    for (const [f, n] of Object.entries(d.moved)) fields[f as FieldName].moved += n;
    if (d.status !== 'unchanged') documents.push(d);
  }
  return { old: info(before), new: info(after), summary: { documents: docs, fields }, documents };
}

/** True when the two sets differ in any value (moved-only documents do not count). */
export function hasChanges(result: DiffResult): boolean {
  return result.documents.length > 0;
}
