// What the review page shows for one document: its values, each marked as added, removed or
// changed when a base is given. Pure.
import type { DocDiff, ValueChange } from '../diff/diff.ts';
import { FIELDS, SCALAR_FIELDS, type DocValues, type Evidence, type FieldName } from '../diff/values.ts';

export type Mark = 'added' | 'removed' | 'changed' | null;

export interface ReviewItem {
  field: FieldName;
  label: string;
  evidence: Evidence[];
  /** Against the base; null when there is no base or the value did not change. */
  mark: Mark;
  /** For a changed value: what changed, one line each ("modality: binding → commitment"). */
  details: string[];
}

export interface ReviewDoc {
  id: string;
  path: string | null;
  /** Against the base; null without a base. */
  status: DocDiff['status'] | null;
  items: ReviewItem[];
  /** The decoded source text the offsets refer to; null when it could not be read. */
  text: string | null;
  /** Said at the top of the document (source missing, source edited since extraction, ...). */
  notes: string[];
}

function details(c: ValueChange): string[] {
  const out: string[] = [];
  if (c.oldLabel !== null && SCALAR_FIELDS.includes(c.field)) out.push(`was ${c.oldLabel}`);
  for (const a of c.attrs) {
    if (a.name === 'value' && SCALAR_FIELDS.includes(c.field)) continue;
    out.push(`${a.name}: ${a.old || '∅'} → ${a.new || '∅'}`);
  }
  const same = new Set(c.evidenceAdded.map(e => e.text));
  for (const e of c.evidenceRemoved) {
    out.push(same.has(e.text) ? `rule was ${e.rule} for “${e.text}”` : `evidence lost: “${e.text}” (${e.rule})`);
  }
  const lost = new Set(c.evidenceRemoved.map(e => e.text));
  for (const e of c.evidenceAdded) if (!lost.has(e.text)) out.push(`evidence gained: “${e.text}” (${e.rule})`);
  return out;
}

/**
 * The items of a document: its current values (the base's for a removed document), plus, with a
 * diff, the values removed since the base.
 */
export function reviewItems(values: DocValues | null, diff: DocDiff | null): ReviewItem[] {
  const changes = new Map<string, ValueChange>();
  for (const c of diff?.changes ?? []) if (c.kind !== 'removed') changes.set(`${c.field}\u0001${c.key}`, c);
  const items: ReviewItem[] = (values?.values ?? []).map(v => {
    const c = changes.get(`${v.field}\u0001${v.key}`);
    return { field: v.field, label: v.label, evidence: v.evidence, mark: c?.kind ?? null, details: c ? details(c) : [] };
  });
  if (diff?.status === 'removed') for (const it of items) it.mark = 'removed';
  if (diff && diff.status !== 'removed') {
    for (const c of diff.changes) {
      if (c.kind === 'removed') items.push({ field: c.field, label: c.label, evidence: c.evidence, mark: 'removed', details: [] });
    }
  }
  return items.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || (a.evidence[0]?.start ?? -1) - (b.evidence[0]?.start ?? -1));
}
