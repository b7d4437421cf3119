import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { manifestChunks, manifestJson, type Manifest, type ManifestEntry } from '../../src/output/serialize.ts';

/** The definition: the whole manifest pretty-printed in one go, documents by id, counts by status. */
function reference(m: Manifest): string {
  const documents = [...m.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts: Record<string, number> = {};
  for (const d of documents) counts[d.status] = (counts[d.status] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...m, counts: sorted, documents }, null, 2)}\n`;
}

const entry = (id: string, status: string, diagnostics: ManifestEntry['diagnostics'] = []): ManifestEntry => ({
  id, path: `corpus/${id}.txt`, sha256: status === 'failed' ? null : 'ab'.repeat(32), bytes: 10, status, language: 'es', diagnostics,
});

const base = (documents: ManifestEntry[]): Manifest => ({ schemaVersion: 1, pipeline: '0.1.0', rules: '0123456789abcdef', csvSafe: true, counts: {}, documents });

describe('manifest.json in chunks', () => {
  it('gives the bytes of the one-piece JSON, one chunk per document', () => {
    const m = base([entry('peru-mou', 'ok'), entry('chile/decl', 'ok', [{ code: 'no_document_date', message: 'no "date" line' }]), entry('empty', 'empty')]);
    expect([...manifestChunks(m)]).toHaveLength(5);
    expect(manifestJson(m)).toBe(reference(m));
    expect(manifestJson(m)).toContain('    {\n      "id": "chile/decl",');
  });

  it('writes an empty list when there are no documents', () => {
    expect(manifestJson(base([]))).toBe(reference(base([])));
    expect(manifestJson(base([]))).toContain('"documents": []\n}\n');
  });

  it('agrees with the definition on any manifest', () => {
    const arb = fc.array(fc.record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      status: fc.constantFrom('ok', 'empty', 'failed', 'unsupported'),
      msg: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
    }), { maxLength: 8 });
    fc.assert(fc.property(arb, rows => {
      const m = base(rows.map(r => entry(r.id, r.status, r.msg === null ? [] : [{ code: 'x', message: r.msg }])));
      expect(manifestJson(m)).toBe(reference(m));
    }), { numRuns: 200, seed: 11 });
  });
});
