// The gold file's shape (shared/eval/GUIDELINE.md) and the projection of a pipeline record onto
// it (shared/CONTRACT.md, "Gold files"). Predictions and gold are then compared in one shape.
import { z } from 'zod';
import {
  BindingValue,
  InstrumentType,
  LanguageCode,
  Modality,
  TimeUnit,
  TimelineKind,
  type AccordRecord,
  type Span,
} from '../schema/record.ts';
import { compareStrings } from '../core/text.ts';

// Same pattern as the record's dates (record.ts keeps its own private copy).
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY, YYYY-MM or YYYY-MM-DD');
const entityId = z.string().regex(/^([A-Z]{2}|org:[a-z0-9]+(-[a-z0-9]+)*)$/, 'ISO alpha-2, EU or org:<slug>');
const mineralId = z.string().regex(/^[a-z]+(_[a-z]+)*$/, 'lower-case words joined by _');

export const GoldOfficialSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string(),
  party: entityId.nullable(),
});

export const GoldObligationSchema = z.strictObject({
  text: z.string().min(1),
  modality: Modality,
});

export const GoldTimelineSchema = z.strictObject({
  text: z.string().min(1),
  kind: TimelineKind,
  amount: z.number().nullable(),
  unit: TimeUnit.nullable(),
  resolved: isoDate.nullable(),
});

// Strict on purpose: a misspelt key in a hand-written gold file ("organisations") must be an error,
// not a field silently scored as empty. `notes` is the only optional key.
export const GoldDocSchema = z.strictObject({
  id: z.string().min(1),
  language: LanguageCode,
  relevant: z.boolean(),
  documentDate: isoDate.nullable(),
  instruments: z.array(InstrumentType),
  binding: BindingValue,
  parties: z.array(entityId),
  countries: z.array(entityId),
  organizations: z.array(entityId),
  officials: z.array(GoldOfficialSchema),
  dates: z.array(isoDate),
  minerals: z.array(mineralId),
  obligations: z.array(GoldObligationSchema),
  timelines: z.array(GoldTimelineSchema),
  notes: z.string().optional(),
});

export type GoldDoc = z.infer<typeof GoldDocSchema>;
export type GoldOfficial = z.infer<typeof GoldOfficialSchema>;
export type GoldObligation = z.infer<typeof GoldObligationSchema>;
export type GoldTimeline = z.infer<typeof GoldTimelineSchema>;

/** Fields holding a set of identifiers (compared as sets, item = the string). */
export const SET_FIELDS = ['parties', 'countries', 'organizations', 'dates', 'minerals', 'instruments'] as const;
/** Fields holding items with a text key (compared item by item on that text). */
export const ITEM_FIELDS = ['officials', 'obligations', 'timelines'] as const;
/** The nine fields scored with precision/recall/F1, in report order. */
export const F_FIELDS = [
  'parties',
  'countries',
  'organizations',
  'officials',
  'dates',
  'minerals',
  'instruments',
  'obligations',
  'timelines',
] as const;

export type SetField = (typeof SET_FIELDS)[number];
export type ItemField = (typeof ITEM_FIELDS)[number];
export type FField = (typeof F_FIELDS)[number];

/** Sorted by code unit, duplicates removed. */
export function uniqueSorted<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(compareStrings);
}

/**
 * Projects a record onto the gold shape, exactly as CONTRACT.md says. Set fields are unique and
 * sorted; officials, obligations and timelines keep the record's order, so that index i of a
 * projected list is item i of the record (evidence lookups rely on it).
 */
export function toGoldShape(record: AccordRecord): GoldDoc {
  const entityIds = (keep: (e: AccordRecord['entities'][number]) => boolean): string[] =>
    uniqueSorted(record.entities.filter(keep).map(e => e.id));
  return {
    id: record.id,
    language: record.language.code,
    relevant: record.relevant,
    documentDate: record.documentDate?.value ?? null,
    instruments: uniqueSorted(record.instruments.map(i => i.type)),
    binding: record.binding.value,
    parties: entityIds(e => e.party),
    countries: entityIds(e => e.kind === 'state' || e.kind === 'union'),
    organizations: entityIds(e => e.kind === 'organization'),
    officials: record.officials.map(o => ({ name: o.name, title: o.title, party: o.party })),
    dates: uniqueSorted(record.dates.map(d => d.value)),
    minerals: uniqueSorted(record.minerals.map(m => m.id)),
    obligations: record.obligations.map(o => ({ text: o.text, modality: o.modality })),
    timelines: record.timelines.map(t => ({
      text: t.text,
      kind: t.kind,
      amount: t.amount,
      unit: t.unit,
      resolved: t.resolved,
    })),
  };
}

/** Where a predicted value came from: the span text, its offsets and the rule that produced it. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  rule: string;
}

/** Evidence per predicted item: set fields keyed by value, item fields by index in the record. */
export interface EvidenceIndex {
  sets: Record<SetField, Map<string, Evidence>>;
  items: Record<ItemField, (Evidence | null)[]>;
  documentDate: Evidence | null;
  binding: Evidence | null;
}

function toEvidence(span: Span | null | undefined): Evidence | null {
  return span ? { text: span.text, start: span.start, end: span.end, rule: span.rule } : null;
}

/** Keeps the first span seen for each value (the record lists items in text order). */
function firstSpans<T>(items: readonly T[], value: (t: T) => string, span: (t: T) => Span | undefined): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  for (const item of items) {
    const key = value(item);
    const ev = toEvidence(span(item));
    if (ev && !out.has(key)) out.set(key, ev);
  }
  return out;
}

/** Collects, for every value toGoldShape emits, the span that supports it. */
export function evidenceIndex(record: AccordRecord): EvidenceIndex {
  const entitySpans = (keep: (e: AccordRecord['entities'][number]) => boolean): Map<string, Evidence> =>
    firstSpans(record.entities.filter(keep), e => e.id, e => e.mentions[0]);
  return {
    sets: {
      parties: entitySpans(e => e.party),
      countries: entitySpans(e => e.kind === 'state' || e.kind === 'union'),
      organizations: entitySpans(e => e.kind === 'organization'),
      dates: firstSpans(record.dates, d => d.value, d => d.span),
      minerals: firstSpans(record.minerals, m => m.id, m => m.mentions[0]),
      instruments: firstSpans(record.instruments, i => i.type, i => i.span),
    },
    items: {
      officials: record.officials.map(o => toEvidence(o.span)),
      obligations: record.obligations.map(o => toEvidence(o.span)),
      timelines: record.timelines.map(t => toEvidence(t.span)),
    },
    documentDate: toEvidence(record.documentDate?.span),
    binding: toEvidence(record.binding.span),
  };
}
