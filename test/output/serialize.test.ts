import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { extractDocument } from '../../src/index.ts';
import { csvTables, neutralizeFormula, recordJson, recordsJsonl, TABLES } from '../../src/output/serialize.ts';
import type { AccordRecord } from '../../src/schema/record.ts';

const EN = `date 2026-04-20
Canada and Chile sign MoU on lithium and copper
Ottawa, April 20, 2026. The governments of Canada and Chile signed a memorandum of understanding on critical minerals. The parties will share geological data, "quoted, with commas", within the next 30 days.
=HYPERLINK("http://x") +1 -2 @cmd`;

describe('CSV tables', () => {
  const record = extractDocument(EN, { id: 'a/en-doc', path: 'corpus/a/en-doc.txt' });
  const tables = csvTables([record]);

  it('writes every table with its declared header', () => {
    for (const [name, spec] of Object.entries(TABLES)) {
      const rows = parse(tables[name]!, { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0] ?? Object.fromEntries(spec.columns.map(c => [c, ''])))).toEqual(spec.columns);
    }
  });

  it('round-trips: parsing the CSV gives back the record values', () => {
    const docs = parse(tables.documents!, { columns: true }) as Record<string, string>[];
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ doc_id: 'a/en-doc', language: record.language.code, relevant: String(record.relevant), title: record.title ?? '' });
    const ents = parse(tables.entities!, { columns: true }) as Record<string, string>[];
    const mentions = record.entities.flatMap(e => e.mentions.map(m => ({ id: e.id, ...m })));
    expect(ents.map(r => [r.entity_id, Number(r.start), Number(r.end), r.text, r.rule])).toEqual(mentions.map(m => [m.id, m.start, m.end, m.text, m.rule]));
    const obl = parse(tables.obligations!, { columns: true }) as Record<string, string>[];
    expect(obl.map(r => r.text)).toEqual(record.obligations.map(o => o.span.text));
  });

  it('neutralizes spreadsheet formulas unless asked not to', () => {
    expect(neutralizeFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutralizeFormula('-2')).toBe("'-2");
    expect(neutralizeFormula('@cmd')).toBe("'@cmd");
    expect(neutralizeFormula('plain')).toBe('plain');
    const fake = { ...record, title: '=1+1' } as AccordRecord;
    const safe = parse(csvTables([fake]).documents!, { columns: true }) as Record<string, string>[];
    const raw = parse(csvTables([fake], { spreadsheetSafe: false }).documents!, { columns: true }) as Record<string, string>[];
    expect(safe[0]!.title).toBe("'=1+1");
    expect(raw[0]!.title).toBe('=1+1');
  });
});

describe('JSON output', () => {
  it('pretty-prints records with the schema key order and a final newline', () => {
    const r = extractDocument(EN, { id: 'x' });
    const json = recordJson(r);
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual([
      'schemaVersion', 'id', 'source', 'language', 'relevant', 'title', 'documentDate', 'instruments', 'binding', 'entities',
      'officials', 'dates', 'minerals', 'obligations', 'timelines', 'diagnostics', 'provenance',
    ]);
  });
  it('orders JSONL by id whatever the input order', () => {
    const a = extractDocument(EN, { id: 'b' });
    const b = extractDocument(EN, { id: 'a' });
    expect(recordsJsonl([a, b])).toBe(recordsJsonl([b, a]));
    expect(recordsJsonl([a, b]).split('\n')[0]).toContain('"id":"a"');
  });
});
