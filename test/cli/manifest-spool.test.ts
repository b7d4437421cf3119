import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManifestSpool, readManifest, type ManifestFields } from '../../src/cli/manifest-spool.ts';
import { LineStream } from '../../src/cli/staging.ts';
import { manifestJson, type ManifestEntry } from '../../src/output/serialize.ts';
import { tempFolders } from '../helpers/tmp.ts';

const fields = { schemaVersion: 1, pipeline: '0.1.0', rules: '0123456789abcdef', csvSafe: true };
const entry = (id: string, status: string, message?: string): ManifestEntry => ({
  id, path: `corpus/${id}.txt`, sha256: status === 'failed' ? null : 'cd'.repeat(32), bytes: 7, status, language: 'en',
  diagnostics: message === undefined ? [] : [{ code: status, message }],
});

describe('ManifestSpool', () => {
  const tmp = tempFolders('spool');

  async function spooled(early: ManifestEntry[], inOrder: ManifestEntry[]): Promise<{ text: string; left: string[] }> {
    const dir = tmp();
    const spool = new ManifestSpool(path.join(dir, 'spool.part'), early);
    for (const e of inOrder) await spool.add(e);
    const out = new LineStream(path.join(dir, 'manifest.json'));
    await spool.finish(out, fields);
    await out.close();
    return { text: readFileSync(path.join(dir, 'manifest.json'), 'utf8'), left: readdirSync(dir) };
  }

  it('writes the bytes of manifestJson, duplicates merged in by id, and removes its spool file', async () => {
    const early = [entry('es/b', 'failed', 'same record id "es/b" as corpus/es/b.txt: rename one of them')];
    const run = [entry('en/a', 'ok'), entry('es/b', 'ok'), entry('es/c', 'empty', 'the document has no text (ñ)')];
    const { text, left } = await spooled(early, run);
    expect(text).toBe(manifestJson({ ...fields, counts: {}, documents: [...early, ...run] }));
    expect(text.indexOf('"status": "failed"')).toBeLessThan(text.indexOf('"status": "ok",\n      "language": "en",\n      "diagnostics": []\n    },\n    {\n      "id": "es/c"'));
    expect(left).toEqual(['manifest.json']);
  });

  it('writes an empty list for a run with no documents', async () => {
    expect((await spooled([], [])).text).toBe(manifestJson({ ...fields, counts: {}, documents: [] }));
  });

  it('refuses an entry out of id order', async () => {
    const dir = tmp();
    const spool = new ManifestSpool(path.join(dir, 'spool.part'), []);
    await spool.add(entry('b', 'ok'));
    await expect(spool.add(entry('a', 'ok'))).rejects.toThrow('manifest entries out of order: "a" after "b"');
    await spool.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('agrees with manifestJson on any run', async () => {
    const arb = fc.record({
      ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 8 }),
      statuses: fc.array(fc.constantFrom('ok', 'empty', 'unsupported'), { minLength: 8, maxLength: 8 }),
      dups: fc.array(fc.nat(7), { maxLength: 3 }),
    });
    await fc.assert(fc.asyncProperty(arb, async ({ ids, statuses, dups }) => {
      const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const run = sorted.map((id, i) => entry(id, statuses[i]!));
      const early = dups.filter(d => d < sorted.length).map(d => entry(sorted[d]!, 'failed', 'duplicate'));
      const { text } = await spooled(early, run);
      expect(text).toBe(manifestJson({ ...fields, counts: {}, documents: [...early, ...run] }));
    }), { numRuns: 60, seed: 5 });
  });
});

describe('readManifest', () => {
  const tmp = tempFolders('read');

  async function read(text: string | null): Promise<{ fields: ManifestFields | null; ids: string[]; resets: number }> {
    const dir = tmp();
    const file = path.join(dir, 'manifest.json');
    if (text !== null) writeFileSync(file, text);
    let ids: string[] = [];
    let resets = 0;
    const fields = await readManifest(file, { entry: e => void ids.push(e.id), reset: () => { resets++; ids = []; } });
    return { fields, ids, resets };
  }

  const documents = [entry('en/a', 'ok'), entry('es/b', 'failed', 'cannot read file: EACCES'), entry('es/c', 'empty', 'the document has no text')];
  const written = manifestJson({ ...fields, counts: {}, documents });

  it('reads what this program writes a line at a time: fields and every entry, in order', async () => {
    const r = await read(written);
    expect(r.fields).toEqual({ ...fields, counts: { empty: 1, failed: 1, ok: 1 } });
    expect(r.ids).toEqual(['en/a', 'es/b', 'es/c']);
    expect(r.resets).toBe(0);
  });

  it('reads an empty manifest', async () => {
    const r = await read(manifestJson({ ...fields, counts: {}, documents: [] }));
    expect(r.fields).toEqual({ ...fields, counts: {} });
    expect(r.ids).toEqual([]);
  });

  it('parses another layout whole, after forgetting what the line reader handed on', async () => {
    const compact = JSON.stringify(JSON.parse(written));
    const r = await read(compact);
    expect(r.fields).toEqual({ ...fields, counts: { empty: 1, failed: 1, ok: 1 } });
    expect(r.ids).toEqual(['en/a', 'es/b', 'es/c']);
    const reindented = written.replace('    {\n      "id": "es/c"', '    {"id": "es/c"');
    const again = await read(reindented);
    expect(again.resets).toBe(1);
    expect(again.ids).toEqual(['en/a', 'es/b', 'es/c']);
  });

  it('gives null for a missing file, a manifest cut short and text that is no manifest', async () => {
    expect((await read(null)).fields).toBeNull();
    expect((await read(written.slice(0, written.length - 40))).fields).toBeNull();
    expect((await read('{"documents": 3}')).fields).toBeNull();
  });
});

