// Machine-readable descriptions written beside the dataset, generated (never hand-edited):
// - record.schema.json: JSON Schema (2020-12) of a record, from the zod schema in schema/record.ts;
// - datapackage.json: a Frictionless Tabular Data Package describing the CSV tables of
//   serialize.ts (column types, primary keys, foreign keys doc_id → documents.doc_id).
// Pure and deterministic: same code, same bytes.
import { z } from 'zod';
import {
  BindingValue,
  DatePrecision,
  DateSchema,
  DiagnosticSchema,
  DocumentDateSource,
  EntityKind,
  EntitySchema,
  InstrumentType,
  LanguageCode,
  LanguageStatus,
  MineralSchema,
  Modality,
  ObligationSchema,
  OfficialSchema,
  RecordSchema,
  SourceSchema,
  SpanSchema,
  TimelineKind,
  TimelineSchema,
  TimeUnit,
} from '../schema/record.ts';
import { TABLES } from './serialize.ts';

export const RECORD_SCHEMA_FILE = 'record.schema.json';
export const DATAPACKAGE_FILE = 'datapackage.json';

/** The record's JSON Schema, with the shared item shapes under $defs. */
export function recordJsonSchema(): Record<string, unknown> {
  const defs = z.registry<{ id: string; description: string }>();
  defs.add(SpanSchema, { id: 'Span', description: 'Evidence: offsets into the decoded text, text equals that slice, rule names the rule that produced the value.' });
  defs.add(SourceSchema, { id: 'Source', description: 'The input file: path as given, sha256 of its bytes, size, decoding and format.' });
  defs.add(EntitySchema, { id: 'Entity', description: 'A state (ISO 3166-1 alpha-2), the EU, or an organization (org:<slug>), with every mention.' });
  defs.add(OfficialSchema, { id: 'Official', description: 'A named official with their title and the entity they speak for.' });
  defs.add(DateSchema, { id: 'DateItem', description: 'A date in the text, ISO 8601 at its precision.' });
  defs.add(MineralSchema, { id: 'Mineral', description: 'A mineral or commodity, with every mention.' });
  defs.add(ObligationSchema, { id: 'Obligation', description: 'A clause stating what a party commits to, with its modality.' });
  defs.add(TimelineSchema, { id: 'Timeline', description: 'A deadline, duration, recurrence or start, resolved against the document date when possible.' });
  defs.add(DiagnosticSchema, { id: 'Diagnostic', description: 'Why something was not extracted, or was repaired.' });
  const schema = z.toJSONSchema(RecordSchema, { metadata: defs, target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'mineral-accords record',
    description: 'One record per input document: records/<id>.json and each line of records.jsonl. Generated from src/schema/record.ts.',
    ...rest,
  };
}

// ---------------------------------------------------------------------------------------------
// Data package

type FieldType = 'string' | 'integer' | 'number' | 'boolean';

interface ColumnSpec {
  type: FieldType;
  description: string;
  constraints?: Record<string, unknown>;
}

const ISO_DATE = { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' };
const enumOf = (e: { options: readonly string[] }): { enum: string[] } => ({ enum: [...e.options] });
const LIST = 'several values joined by ";"';

/**
 * Column types and meanings, by column name (OVERRIDES below where a name means something else in
 * one table). A column of TABLES missing from both is typed `string` without description, and
 * test/diff/schema-export.test.ts fails until it is described.
 */
export const COLUMNS: Record<string, ColumnSpec> = {
  doc_id: { type: 'string', description: 'Record id: the path under the corpus folder, extension dropped', constraints: { required: true } },
  path: { type: 'string', description: 'Source file path as given to accords extract' },
  sha256: { type: 'string', description: 'sha256 of the source bytes', constraints: { pattern: '[0-9a-f]{64}' } },
  bytes: { type: 'integer', description: 'Size of the source file in bytes', constraints: { minimum: 0 } },
  encoding: { type: 'string', description: 'Encoding the source was decoded from' },
  format: { type: 'string', description: 'Source format', constraints: { enum: ['text', 'markdown', 'html'] } },
  language: { type: 'string', description: 'Language code (und: not extracted)', constraints: enumOf(LanguageCode) },
  language_confidence: { type: 'number', description: 'Confidence of the language detection, 0 to 1', constraints: { minimum: 0, maximum: 1 } },
  language_status: { type: 'string', description: 'ok, or why nothing was extracted', constraints: enumOf(LanguageStatus) },
  relevant: { type: 'boolean', description: 'Whether the document is about minerals cooperation' },
  title: { type: 'string', description: 'Title' },
  document_date: { type: 'string', description: 'Document date, ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD', constraints: ISO_DATE },
  document_date_source: { type: 'string', description: 'Where the document date was found', constraints: enumOf(DocumentDateSource) },
  instruments: { type: 'string', description: `Instrument types, ${LIST}` },
  binding: { type: 'string', description: 'Whether the instrument binds', constraints: enumOf(BindingValue) },
  parties: { type: 'string', description: `Entity ids of the parties, ${LIST}` },
  countries: { type: 'string', description: `Entity ids of states and unions, ${LIST}` },
  organizations: { type: 'string', description: `Entity ids of organizations, ${LIST}` },
  minerals: { type: 'string', description: `Mineral ids, ${LIST}` },
  n_officials: { type: 'integer', description: 'Number of officials', constraints: { minimum: 0 } },
  n_dates: { type: 'integer', description: 'Number of dates', constraints: { minimum: 0 } },
  n_obligations: { type: 'integer', description: 'Number of obligations', constraints: { minimum: 0 } },
  n_timelines: { type: 'integer', description: 'Number of timelines', constraints: { minimum: 0 } },
  diagnostics: { type: 'string', description: `Diagnostic codes, ${LIST}` },
  pipeline: { type: 'string', description: 'Pipeline version' },
  rules: { type: 'string', description: 'Hash of the rule set' },
  type: { type: 'string', description: 'Instrument type', constraints: enumOf(InstrumentType) },
  entity_id: { type: 'string', description: 'ISO 3166-1 alpha-2, EU, or org:<slug>' },
  kind: { type: 'string', description: 'Kind' },
  name: { type: 'string', description: 'Name' },
  party: { type: 'string', description: 'Party' },
  value: { type: 'string', description: 'Date, ISO 8601 at its precision', constraints: ISO_DATE },
  precision: { type: 'string', description: 'Precision of the date', constraints: enumOf(DatePrecision) },
  mineral_id: { type: 'string', description: 'Mineral id (lower-case words joined by _)' },
  symbol: { type: 'string', description: 'Chemical symbol, when the mineral is an element' },
  modality: { type: 'string', description: 'Modality of the obligation', constraints: enumOf(Modality) },
  trigger: { type: 'string', description: 'The words that make the clause an obligation' },
  actors: { type: 'string', description: `Entity ids of the actors, ${LIST}` },
  amount: { type: 'number', description: 'Amount of time units' },
  unit: { type: 'string', description: 'Time unit', constraints: enumOf(TimeUnit) },
  resolved: { type: 'string', description: 'The timeline resolved to a date against the document date', constraints: ISO_DATE },
  start: { type: 'integer', description: 'Evidence start offset in the decoded text (JavaScript string index)', constraints: { minimum: 0, required: true } },
  end: { type: 'integer', description: 'Evidence end offset (exclusive)', constraints: { minimum: 0, required: true } },
  text: { type: 'string', description: 'Evidence text: the slice [start, end) of the decoded text (cells starting with = + - @ carry a leading \' unless --no-csv-safe)' },
  rule: { type: 'string', description: 'Id of the rule that produced the value', constraints: { required: true } },
};

/**
 * Primary keys. Item tables are keyed by what identifies an item in a document: its value and its
 * evidence offsets (two items of one table never share both).
 */
const PRIMARY_KEYS: Record<string, string[]> = {
  documents: ['doc_id'],
  instruments: ['doc_id', 'type', 'start', 'end'],
  entities: ['doc_id', 'entity_id', 'start', 'end'],
  officials: ['doc_id', 'name', 'start', 'end'],
  dates: ['doc_id', 'value', 'start', 'end'],
  minerals: ['doc_id', 'mineral_id', 'start', 'end'],
  obligations: ['doc_id', 'start', 'end'],
  timelines: ['doc_id', 'start', 'end'],
};

/** Columns whose meaning differs per table, as `table.column`. */
export const OVERRIDES: Record<string, ColumnSpec> = {
  'entities.kind': { type: 'string', description: 'Kind of entity', constraints: enumOf(EntityKind) },
  'timelines.kind': { type: 'string', description: 'Kind of timeline', constraints: enumOf(TimelineKind) },
  'entities.party': { type: 'boolean', description: 'Whether the entity is a party to the instrument' },
  'officials.party': { type: 'string', description: 'Entity id the official speaks for' },
  'officials.title': { type: 'string', description: "The official's title" },
  'documents.title': { type: 'string', description: 'Title of the press release' },
};

function field(table: string, column: string): Record<string, unknown> {
  const spec = OVERRIDES[`${table}.${column}`] ?? COLUMNS[column] ?? { type: 'string' as const, description: '' };
  return { name: column, type: spec.type, ...(spec.description ? { description: spec.description } : {}), ...(spec.constraints ? { constraints: spec.constraints } : {}) };
}

export function dataPackage(version: string): Record<string, unknown> {
  const resources = Object.entries(TABLES).map(([table, spec]) => ({
    name: table,
    path: `csv/${table}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: spec.columns.map(c => field(table, c)),
      missingValues: [''],
      primaryKey: (PRIMARY_KEYS[table] ?? ['doc_id']).filter(c => spec.columns.includes(c)),
      ...(table === 'documents'
        ? {}
        : { foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }] }),
    },
  }));
  return {
    profile: 'tabular-data-package',
    name: 'mineral-accords',
    title: 'Critical-minerals cooperation accords',
    description:
      'Instruments, parties, officials, dates, minerals, obligations and timelines extracted from press releases (English and Spanish). ' +
      'Every item row carries its evidence: offsets, text and the id of the rule that produced it. Generated by accords extract.',
    version,
    resources,
  };
}

/** The two files, by path under the output folder. */
export function schemaFiles(version: string): [string, string][] {
  const json = (x: unknown): string => `${JSON.stringify(x, null, 2)}\n`;
  return [
    [DATAPACKAGE_FILE, json(dataPackage(version))],
    [RECORD_SCHEMA_FILE, json(recordJsonSchema())],
  ];
}
