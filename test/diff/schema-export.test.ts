// The generated JSON Schema and Frictionless data package follow the zod schema and the CSV
// tables, and what they promise (keys, foreign keys, types) holds on a real dataset.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvTables, TABLES } from '../../src/output/serialize.ts';
import { COLUMNS, OVERRIDES, dataPackage, recordJsonSchema, schemaFiles } from '../../src/output/schema-export.ts';
import { RecordSchema } from '../../src/schema/record.ts';
import { buildRecord, newSpecs, oldSpecs } from './records.ts';

interface Field {
  name: string;
  type: string;
  constraints?: { enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

describe('record.schema.json', () => {
  const schema = recordJsonSchema() as { $schema: string; properties: Record<string, unknown>; required: string[]; $defs: Record<string, unknown>; additionalProperties: boolean };

  it('is JSON Schema 2020-12 with every record key required and shared shapes under $defs', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const keys = Object.keys(RecordSchema.shape);
    expect(Object.keys(schema.properties)).toEqual(keys);
    expect(schema.required).toEqual(keys);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs).sort()).toEqual(['DateItem', 'Diagnostic', 'Entity', 'Mineral', 'Obligation', 'Official', 'Source', 'Span', 'Timeline']);
    expect(JSON.stringify(schema.properties.instruments)).toContain('"$ref":"#/$defs/Span"');
    expect(schema.$defs.Span).toMatchObject({ required: ['start', 'end', 'text', 'rule'], additionalProperties: false });
  });

  it('is written as the same bytes every time', () => {
    expect(schemaFiles('0.1.0')).toEqual(schemaFiles('0.1.0'));
    expect(schemaFiles('0.1.0').map(([f]) => f)).toEqual(['datapackage.json', 'record.schema.json']);
  });
});

describe('datapackage.json', () => {
  const pkg = dataPackage('0.1.0') as { profile: string; resources: Resource[] };

  it('describes every CSV table and column, each column with an explicit type', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map(r => r.path)).toEqual(Object.keys(TABLES).map(t => `csv/${t}.csv`));
    for (const r of pkg.resources) {
      expect(r.schema.fields.map(f => f.name)).toEqual(TABLES[r.name]!.columns);
      for (const f of r.schema.fields) {
        expect(COLUMNS[f.name] ?? OVERRIDES[`${r.name}.${f.name}`], `column ${r.name}.${f.name} has no type in schema-export.ts`).toBeDefined();
      }
    }
    const entities = pkg.resources.find(r => r.name === 'entities')!.schema.fields;
    expect(entities.find(f => f.name === 'party')!.type).toBe('boolean');
    expect(pkg.resources.find(r => r.name === 'officials')!.schema.fields.find(f => f.name === 'party')!.type).toBe('string');
  });

  it('links every item table to documents by doc_id', () => {
    for (const r of pkg.resources) {
      if (r.name === 'documents') {
        expect(r.schema.primaryKey).toEqual(['doc_id']);
        expect(r.schema.foreignKeys).toBeUndefined();
      } else {
        expect(r.schema.foreignKeys).toEqual([{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }]);
      }
    }
  });

  it('holds on a dataset: keys unique, foreign keys resolve, values of the declared types', () => {
    const records = [...oldSpecs(), ...newSpecs().filter(s => s.id === 'kenya-eu-graphite')].map(buildRecord);
    const tables = csvTables(records);
    const docIds = new Set<string>();
    for (const r of [...pkg.resources].sort((a, b) => (a.name === 'documents' ? -1 : b.name === 'documents' ? 1 : 0))) {
      const rows = parse(tables[r.name]!, { columns: true }) as Record<string, string>[];
      if (r.name !== 'instruments' && r.name !== 'officials' && r.name !== 'timelines') expect(rows.length, r.name).toBeGreaterThan(0);
      const keys = rows.map(row => JSON.stringify(r.schema.primaryKey.map(k => row[k])));
      expect(new Set(keys).size, `${r.name} primary key`).toBe(keys.length);
      for (const row of rows) {
        if (r.name === 'documents') docIds.add(row.doc_id!);
        else expect(docIds.has(row.doc_id!), `${r.name} doc_id ${row.doc_id}`).toBe(true);
        for (const f of r.schema.fields) {
          const v = row[f.name]!;
          if (v === '') continue; // missing value
          if (f.type === 'integer') expect(v, `${r.name}.${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${r.name}.${f.name}`).toBe(true);
          if (f.type === 'boolean') expect(['true', 'false'], `${r.name}.${f.name}`).toContain(v);
          if (f.constraints?.enum) expect(f.constraints.enum, `${r.name}.${f.name}`).toContain(v);
          if (f.constraints?.pattern) expect(v, `${r.name}.${f.name}`).toMatch(new RegExp(`^(?:${f.constraints.pattern})$`));
        }
      }
    }
  });
});
