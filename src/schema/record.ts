// The record's shape, defined once. Every TypeScript type of the record is inferred from here,
// and the writers, the JSON Schema and the CSV tables follow the key order declared below.
import { z } from 'zod';
import { SCHEMA_VERSION } from '../pipeline/version.ts';

export { SCHEMA_VERSION };

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY, YYYY-MM or YYYY-MM-DD');

export const SpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string().min(1),
});

export const LanguageCode = z.enum(['en', 'es', 'und']);
export const LanguageStatus = z.enum(['ok', 'unsupported', 'too_short', 'empty', 'unreadable']);
export const InstrumentType = z.enum([
  'agreement',
  'framework',
  'joint_declaration',
  'letter_of_intent',
  'loan',
  'memorandum_of_understanding',
  'offtake',
  'other',
  'partnership',
  'roadmap',
  'term_sheet',
]);
export const BindingValue = z.enum(['binding', 'non_binding', 'unspecified']);
export const EntityKind = z.enum(['state', 'union', 'organization']);
export const Modality = z.enum(['binding', 'commitment', 'intent', 'negated']);
export const TimelineKind = z.enum(['deadline', 'duration', 'recurrence', 'start']);
export const TimeUnit = z.enum(['day', 'week', 'month', 'year']);
export const DatePrecision = z.enum(['day', 'month', 'year']);
export const DocumentDateSource = z.enum(['header', 'dateline', 'issue_line', 'metadata']);

export const SourceSchema = z.strictObject({
  path: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  format: z.enum(['text', 'markdown', 'html']),
});

export const EntitySchema = z.strictObject({
  id: z.string().regex(/^([A-Z]{2}|org:[a-z0-9]+(-[a-z0-9]+)*)$/, 'ISO alpha-2, EU or org:<slug>'),
  kind: EntityKind,
  name: z.string(),
  party: z.boolean(),
  mentions: z.array(SpanSchema).min(1),
});

export const OfficialSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1),
  party: z.string().nullable(),
  span: SpanSchema,
});

export const DateSchema = z.strictObject({
  value: isoDate,
  precision: DatePrecision,
  span: SpanSchema,
});

export const MineralSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(_[a-z]+)*$/),
  name: z.string(),
  symbol: z.string().nullable(),
  mentions: z.array(SpanSchema).min(1),
});

export const ObligationSchema = z.strictObject({
  text: z.string().min(1),
  modality: Modality,
  actors: z.array(z.string()),
  trigger: z.string(),
  span: SpanSchema,
});

export const TimelineSchema = z.strictObject({
  kind: TimelineKind,
  amount: z.number().nullable(),
  unit: TimeUnit.nullable(),
  resolved: isoDate.nullable(),
  text: z.string().min(1),
  span: SpanSchema,
});

export const DiagnosticSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
});

export const RecordSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  source: SourceSchema,
  language: z.strictObject({
    code: LanguageCode,
    confidence: z.number().min(0).max(1),
    status: LanguageStatus,
  }),
  relevant: z.boolean(),
  title: z.string().nullable(),
  documentDate: z
    .strictObject({ value: isoDate, source: DocumentDateSource, span: SpanSchema.nullable() })
    .nullable(),
  instruments: z.array(z.strictObject({ type: InstrumentType, span: SpanSchema })),
  binding: z.strictObject({ value: BindingValue, span: SpanSchema.nullable() }),
  entities: z.array(EntitySchema),
  officials: z.array(OfficialSchema),
  dates: z.array(DateSchema),
  minerals: z.array(MineralSchema),
  obligations: z.array(ObligationSchema),
  timelines: z.array(TimelineSchema),
  diagnostics: z.array(DiagnosticSchema),
  provenance: z.strictObject({ pipeline: z.string(), rules: z.string() }),
});

export type Span = z.infer<typeof SpanSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Official = z.infer<typeof OfficialSchema>;
export type DateItem = z.infer<typeof DateSchema>;
export type Mineral = z.infer<typeof MineralSchema>;
export type Obligation = z.infer<typeof ObligationSchema>;
export type Timeline = z.infer<typeof TimelineSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Instrument = z.infer<typeof RecordSchema>['instruments'][number];
export type Binding = z.infer<typeof RecordSchema>['binding'];
export type DocumentDate = NonNullable<z.infer<typeof RecordSchema>['documentDate']>;
export type AccordRecord = z.infer<typeof RecordSchema>;
export type Lang = 'en' | 'es';
export type InstrumentTypeValue = z.infer<typeof InstrumentType>;
export type ModalityValue = z.infer<typeof Modality>;
export type TimelineKindValue = z.infer<typeof TimelineKind>;
export type TimeUnitValue = z.infer<typeof TimeUnit>;
