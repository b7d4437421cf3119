// Serializers for the dataset files: pure functions from records to strings, so the same bytes
// come out whatever the machine, the number of workers or the order files were read in.
import { stringify } from 'csv-stringify/sync';
import type { AccordRecord } from '../schema/record.ts';
import { compareStrings } from '../core/text.ts';

/** One record as pretty-printed JSON with the schema's key order, ending with a newline. */
export function recordJson(record: AccordRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** All records, one a line, ordered by id. */
export function recordsJsonl(records: readonly AccordRecord[]): string {
  return [...records].sort(byId).map(r => `${JSON.stringify(r)}\n`).join('');
}

export function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

export interface CsvOptions {
  /**
   * Neutralize cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
   * carriage return) by prefixing a single quote. On by default; numbers are left alone.
   */
  spreadsheetSafe?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const spanCols = (s: { start: number; end: number; text: string; rule: string }): Row => ({
  start: s.start,
  end: s.end,
  text: s.text,
  rule: s.rule,
});

/** The CSV tables, long format, one row per item (per mention for entities and minerals). */
export const TABLES: Record<string, { columns: string[]; rows: (r: AccordRecord) => Row[] }> = {
  documents: {
    columns: [
      'doc_id', 'path', 'sha256', 'bytes', 'encoding', 'format', 'language', 'language_confidence', 'language_status',
      'relevant', 'title', 'document_date', 'document_date_source', 'instruments', 'binding', 'parties', 'countries',
      'organizations', 'minerals', 'n_officials', 'n_dates', 'n_obligations', 'n_timelines', 'diagnostics', 'pipeline', 'rules',
    ],
    rows: r => [
      {
        doc_id: r.id,
        path: r.source.path,
        sha256: r.source.sha256,
        bytes: r.source.bytes,
        encoding: r.source.encoding,
        format: r.source.format,
        language: r.language.code,
        language_confidence: r.language.confidence,
        language_status: r.language.status,
        relevant: r.relevant,
        title: r.title,
        document_date: r.documentDate?.value ?? null,
        document_date_source: r.documentDate?.source ?? null,
        instruments: unique(r.instruments.map(i => i.type)).join(';'),
        binding: r.binding.value,
        parties: r.entities.filter(e => e.party).map(e => e.id).join(';'),
        countries: r.entities.filter(e => e.kind !== 'organization').map(e => e.id).join(';'),
        organizations: r.entities.filter(e => e.kind === 'organization').map(e => e.id).join(';'),
        minerals: r.minerals.map(m => m.id).join(';'),
        n_officials: r.officials.length,
        n_dates: r.dates.length,
        n_obligations: r.obligations.length,
        n_timelines: r.timelines.length,
        diagnostics: r.diagnostics.map(d => d.code).join(';'),
        pipeline: r.provenance.pipeline,
        rules: r.provenance.rules,
      },
    ],
  },
  instruments: {
    columns: ['doc_id', 'type', 'start', 'end', 'text', 'rule'],
    rows: r => r.instruments.map(i => ({ doc_id: r.id, type: i.type, ...spanCols(i.span) })),
  },
  entities: {
    columns: ['doc_id', 'entity_id', 'kind', 'name', 'party', 'start', 'end', 'text', 'rule'],
    rows: r =>
      r.entities.flatMap(e =>
        e.mentions.map(m => ({ doc_id: r.id, entity_id: e.id, kind: e.kind, name: e.name, party: e.party, ...spanCols(m) })),
      ),
  },
  officials: {
    columns: ['doc_id', 'name', 'title', 'party', 'start', 'end', 'text', 'rule'],
    rows: r => r.officials.map(o => ({ doc_id: r.id, name: o.name, title: o.title, party: o.party, ...spanCols(o.span) })),
  },
  dates: {
    columns: ['doc_id', 'value', 'precision', 'start', 'end', 'text', 'rule'],
    rows: r => r.dates.map(d => ({ doc_id: r.id, value: d.value, precision: d.precision, ...spanCols(d.span) })),
  },
  minerals: {
    columns: ['doc_id', 'mineral_id', 'name', 'symbol', 'start', 'end', 'text', 'rule'],
    rows: r =>
      r.minerals.flatMap(m => m.mentions.map(s => ({ doc_id: r.id, mineral_id: m.id, name: m.name, symbol: m.symbol, ...spanCols(s) }))),
  },
  obligations: {
    columns: ['doc_id', 'modality', 'trigger', 'actors', 'start', 'end', 'text', 'rule'],
    rows: r =>
      r.obligations.map(o => ({ doc_id: r.id, modality: o.modality, trigger: o.trigger, actors: o.actors.join(';'), ...spanCols(o.span) })),
  },
  timelines: {
    columns: ['doc_id', 'kind', 'amount', 'unit', 'resolved', 'start', 'end', 'text', 'rule'],
    rows: r =>
      r.timelines.map(t => ({ doc_id: r.id, kind: t.kind, amount: t.amount, unit: t.unit, resolved: t.resolved, ...spanCols(t.span) })),
  },
};

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** A CSV header line for a table. */
export function csvHeader(table: string): string {
  return stringify([TABLES[table]!.columns], { record_delimiter: 'unix' });
}

/** CSV rows of one record for a table (no header). */
export function csvRows(table: string, record: AccordRecord, options: CsvOptions = {}): string {
  const spec = TABLES[table]!;
  const safe = options.spreadsheetSafe ?? true;
  const rows = spec.rows(record).map(row =>
    spec.columns.map(c => {
      const v = row[c] ?? null;
      if (v === null) return '';
      if (typeof v === 'string') return safe ? neutralizeFormula(v) : v;
      return String(v);
    }),
  );
  return rows.length ? stringify(rows, { record_delimiter: 'unix' }) : '';
}

/** Whole tables for a set of records, ordered by id. */
export function csvTables(records: readonly AccordRecord[], options: CsvOptions = {}): Record<string, string> {
  const sorted = [...records].sort(byId);
  const out: Record<string, string> = {};
  for (const table of Object.keys(TABLES)) {
    out[table] = csvHeader(table) + sorted.map(r => csvRows(table, r, options)).join('');
  }
  return out;
}

export interface ManifestEntry {
  id: string;
  path: string | null;
  sha256: string | null;
  bytes: number;
  status: string;
  language: string;
  diagnostics: { code: string; message: string }[];
}

export interface Manifest {
  schemaVersion: number;
  pipeline: string;
  rules: string;
  /** Whether CSV cells were neutralized against spreadsheet formulas. */
  csvSafe: boolean;
  counts: Record<string, number>;
  documents: ManifestEntry[];
}

/** `failed` documents have no record; every other status is the record's language status. */
export function manifestJson(manifest: Manifest): string {
  return [...manifestChunks(manifest)].join('');
}

/**
 * manifest.json in pieces, one per document, the same bytes as one pretty-printed JSON text: a
 * writer streams them, so a 100,000-document manifest is never one string in memory.
 */
export function* manifestChunks(manifest: Manifest): Generator<string> {
  const documents = [...manifest.documents].sort(byId);
  const counts: Record<string, number> = {};
  for (const d of documents) counts[d.status] = (counts[d.status] ?? 0) + 1;
  yield manifestHead(manifest, counts, documents.length);
  for (let i = 0; i < documents.length; i++) yield manifestEntryChunk(documents[i]!, i === 0);
  yield manifestTail(documents.length);
}

/** manifest.json up to its first document: the run's fields and the counts by status. */
export function manifestHead(manifest: Omit<Manifest, 'documents' | 'counts'>, counts: Readonly<Record<string, number>>, documents: number): string {
  const sortedCounts = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareStrings(a, b)));
  const head = JSON.stringify({ ...manifest, counts: sortedCounts, documents: [] }, null, 2);
  if (documents === 0) return `${head}\n`;
  // The head ends with `"documents": []\n}`: open the list there; manifestTail closes it.
  return `${head.slice(0, head.length - '[]\n}'.length)}[\n`;
}

/** One document of manifest.json (documents come in id order; `first` for the first one). */
export function manifestEntryChunk(entry: ManifestEntry, first: boolean): string {
  return `${first ? '' : ',\n'}    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`;
}

/** manifest.json after its last document. */
export function manifestTail(documents: number): string {
  return documents === 0 ? '' : '\n  ]\n}\n';
}
