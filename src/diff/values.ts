// A record seen as the values a reviewer cares about: each field's values with a semantic identity
// (`key`), the attributes compared when the identity is the same, and the evidence spans. Pure.
//
// Records are read leniently (plain JSON, missing fields taken as empty), because a diff compares
// output written by two versions of the pipeline: the older one may lack a field the newer has.
import { compareStrings } from '../core/text.ts';

/** Fields in the order they are reported (the record's key order). */
export const FIELDS = [
  'language',
  'relevant',
  'title',
  'documentDate',
  'instruments',
  'binding',
  'entities',
  'officials',
  'dates',
  'minerals',
  'obligations',
  'timelines',
] as const;
export type FieldName = (typeof FIELDS)[number];

/** Fields holding one value per document: a different value is reported as `changed`. */
export const SCALAR_FIELDS: readonly FieldName[] = ['language', 'relevant', 'title', 'documentDate', 'binding'];

export interface Evidence {
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface ValueItem {
  field: FieldName;
  /** Identity within the field: same key on both sides = the same value (a JSON array when composite). */
  key: string;
  /**
   * Items with the same pair key, one only on the old side and one only on the new, are reported
   * as one `changed` value (an obligation whose modality changed) instead of removed + added.
   */
  pair: string | null;
  /** Short human description of the value. */
  label: string;
  /** Attributes shown, and compared when keys match (as strings; '' for null). */
  attrs: Record<string, string>;
  /** Every span backing the value (all mentions, all occurrences), in document order. */
  evidence: Evidence[];
}

export interface DocValues {
  id: string;
  path: string | null;
  sha256: string | null;
  pipeline: string | null;
  rules: string | null;
  values: ValueItem[];
}

type Json = Record<string, unknown>;

const obj = (x: unknown): Json => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : {});
const arr = (x: unknown): Json[] => (Array.isArray(x) ? x.map(obj) : []);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : null);
const s = (x: unknown): string => str(x) ?? '';

function span(x: unknown): Evidence | null {
  const o = obj(x);
  if (typeof o.start !== 'number' || typeof o.end !== 'number') return null;
  return { start: o.start, end: o.end, text: s(o.text), rule: s(o.rule) };
}

function spans(xs: unknown): Evidence[] {
  return arr(xs)
    .map(span)
    .filter((e): e is Evidence => e !== null);
}

/**
 * Makes invisible characters visible: control characters (a terminal would run an escape sequence)
 * and bidirectional overrides (they reorder what a reviewer sees) become `\u{…}`.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ch => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** Quotes free text for a label, on one line and cut to a readable length. */
export function quote(text: string, max = 120): string {
  const one = visible(text.replace(/\s+/g, ' ').trim());
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
}

/** The values of one record (a parsed `records/<id>.json`). Throws when it has no id. */
export function recordValues(raw: unknown): DocValues {
  const r = obj(raw);
  const id = str(r.id);
  if (!id) throw new Error('not a record: no "id"');
  const source = obj(r.source);
  const provenance = obj(r.provenance);
  const values: ValueItem[] = [];
  const add = (item: Omit<ValueItem, 'pair'> & { pair?: string | null }): void => {
    values.push({ pair: null, ...item });
  };

  const language = obj(r.language);
  if (str(language.code) !== null) {
    const status = s(language.status);
    const label = status && status !== 'ok' ? `${s(language.code)} (${status})` : s(language.code);
    add({ field: 'language', key: label, pair: '', label, attrs: { value: label }, evidence: [] });
  }
  if (typeof r.relevant === 'boolean') {
    add({ field: 'relevant', key: String(r.relevant), pair: '', label: String(r.relevant), attrs: { value: String(r.relevant) }, evidence: [] });
  }
  if (typeof r.title === 'string') {
    add({ field: 'title', key: r.title, pair: '', label: quote(r.title), attrs: { value: r.title }, evidence: [] });
  }
  if (r.documentDate) {
    const d = obj(r.documentDate);
    const e = span(d.span);
    add({
      field: 'documentDate',
      key: s(d.value),
      pair: '',
      label: s(d.value),
      attrs: { value: s(d.value), source: s(d.source) },
      evidence: e ? [e] : [],
    });
  }
  for (const i of arr(r.instruments)) {
    const e = span(i.span);
    add({ field: 'instruments', key: s(i.type), label: s(i.type), attrs: {}, evidence: e ? [e] : [] });
  }
  if (r.binding) {
    const b = obj(r.binding);
    const e = span(b.span);
    add({ field: 'binding', key: s(b.value), pair: '', label: s(b.value), attrs: { value: s(b.value) }, evidence: e ? [e] : [] });
  }
  for (const e of arr(r.entities)) {
    const party = e.party === true;
    add({
      field: 'entities',
      key: s(e.id),
      label: `${s(e.id)} ${quote(s(e.name))} (${s(e.kind)}${party ? ', party' : ''})`,
      attrs: { name: s(e.name), kind: s(e.kind), party: party ? 'yes' : 'no' },
      evidence: spans(e.mentions),
    });
  }
  for (const o of arr(r.officials)) {
    const e = span(o.span);
    const party = str(o.party);
    add({
      field: 'officials',
      key: s(o.name),
      label: `${quote(s(o.name))}, ${s(o.title)}${party ? ` (${party})` : ''}`,
      attrs: { title: s(o.title), party: party ?? '' },
      evidence: e ? [e] : [],
    });
  }
  for (const d of arr(r.dates)) {
    const e = span(d.span);
    add({ field: 'dates', key: s(d.value), label: `${s(d.value)} (${s(d.precision)})`, attrs: { precision: s(d.precision) }, evidence: e ? [e] : [] });
  }
  for (const m of arr(r.minerals)) {
    const symbol = str(m.symbol);
    add({
      field: 'minerals',
      key: s(m.id),
      label: `${s(m.id)} ${quote(s(m.name))}${symbol ? ` (${symbol})` : ''}`,
      attrs: { name: s(m.name), symbol: symbol ?? '' },
      evidence: spans(m.mentions),
    });
  }
  for (const o of arr(r.obligations)) {
    const e = span(o.span);
    const actors = Array.isArray(o.actors) ? o.actors.map(s).join(', ') : '';
    add({
      field: 'obligations',
      key: JSON.stringify([s(o.text), s(o.modality)]),
      pair: s(o.text),
      label: `[${s(o.modality)}] ${quote(s(o.text))}`,
      attrs: { modality: s(o.modality), actors, trigger: s(o.trigger) },
      evidence: e ? [e] : [],
    });
  }
  for (const t of arr(r.timelines)) {
    const e = span(t.span);
    const attrs = { kind: s(t.kind), amount: s(t.amount), unit: s(t.unit), resolved: s(t.resolved) };
    const amount = attrs.amount || attrs.unit ? ` ${[attrs.amount, attrs.unit].filter(Boolean).join(' ')}` : '';
    add({
      field: 'timelines',
      key: JSON.stringify([s(t.text), attrs.kind, attrs.amount, attrs.unit, attrs.resolved]),
      pair: s(t.text),
      label: `${attrs.kind}${amount}${attrs.resolved ? ` → ${attrs.resolved}` : ''} ${quote(s(t.text))}`,
      attrs,
      evidence: e ? [e] : [],
    });
  }

  return {
    id,
    path: str(source.path),
    sha256: str(source.sha256),
    pipeline: str(provenance.pipeline),
    rules: str(provenance.rules),
    values: mergeSameKey(values),
  };
}

/**
 * Items of one field with the same key are one value (a date written twice, an obligation repeated):
 * their evidence is merged, in document order; the attributes of the first occurrence are kept.
 */
function mergeSameKey(items: readonly ValueItem[]): ValueItem[] {
  const byKey = new Map<string, ValueItem>();
  const out: ValueItem[] = [];
  for (const item of items) {
    const k = `${item.field}\u0001${item.key}`;
    const seen = byKey.get(k);
    if (seen) {
      seen.evidence.push(...item.evidence);
      continue;
    }
    const copy = { ...item, evidence: [...item.evidence] };
    byKey.set(k, copy);
    out.push(copy);
  }
  for (const item of out) item.evidence.sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.rule, b.rule));
  return out;
}
