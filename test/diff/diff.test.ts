// The semantic diff: identities per field, moved vs changed, pairing, lenient reading, order.
import { describe, expect, it } from 'vitest';
import { diffDocument, diffRecordSets, hasChanges, type RecordSet } from '../../src/diff/diff.ts';
import { recordValues, visible } from '../../src/diff/values.ts';
import type { AccordRecord } from '../../src/schema/record.ts';
import { buildRecord, newSpecs, oldSpecs, type DocSpec } from './records.ts';

const TEXT = 'Peru and Canada will share zinc data. Canada shall fund a zinc lab by 2027.';

function spec(over: Partial<DocSpec> = {}): DocSpec {
  return {
    id: 'peru-canada',
    text: TEXT,
    lang: 'en',
    entities: [
      { id: 'PE', kind: 'state', name: 'Peru', party: true, mentions: [{ phrase: 'Peru', rule: 'en.entity.country' }] },
      {
        id: 'CA',
        kind: 'state',
        name: 'Canada',
        party: false,
        mentions: [
          { phrase: 'Canada', rule: 'en.entity.country' },
          { phrase: 'Canada', rule: 'en.entity.country', nth: 1 },
        ],
      },
    ],
    minerals: [
      {
        id: 'zinc',
        name: 'zinc',
        symbol: 'Zn',
        mentions: [
          { phrase: 'zinc', rule: 'en.mineral.lexicon' },
          { phrase: 'zinc', rule: 'en.mineral.lexicon', nth: 1 },
        ],
      },
    ],
    dates: [{ value: '2027', precision: 'year', phrase: '2027', rule: 'en.date.year' }],
    obligations: [
      { phrase: 'Peru and Canada will share zinc data', modality: 'commitment', actors: ['PE', 'CA'], trigger: 'will', rule: 'en.obligation.will' },
      { phrase: 'Canada shall fund a zinc lab by 2027', modality: 'binding', actors: ['CA'], trigger: 'shall', rule: 'en.obligation.shall' },
    ],
    ...over,
  };
}

const values = (r: AccordRecord) => recordValues(JSON.parse(JSON.stringify(r)));

describe('recordValues', () => {
  it('keys values by their identity per field and merges repeated occurrences', () => {
    const v = values(buildRecord(spec()));
    const zinc = v.values.find(x => x.field === 'minerals')!;
    expect(zinc.key).toBe('zinc');
    expect(zinc.evidence.map(e => e.start)).toEqual([TEXT.indexOf('zinc'), TEXT.lastIndexOf('zinc')]);
    const ob = v.values.filter(x => x.field === 'obligations');
    expect(ob.map(o => o.pair)).toEqual(['Peru and Canada will share zinc data', 'Canada shall fund a zinc lab by 2027']);
    expect(ob[1]!.attrs).toEqual({ modality: 'binding', actors: 'CA', trigger: 'shall' });
    expect(v.values.find(x => x.field === 'entities' && x.key === 'CA')!.attrs.party).toBe('no');
  });

  it('reads records of an older shape leniently and refuses one without an id', () => {
    const old = { id: 'x', language: { code: 'es', status: 'ok' }, minerals: [{ id: 'copper', name: 'copper', mentions: [{ start: 0, end: 5, text: 'cobre', rule: 'es.m' }] }] };
    const v = recordValues(old);
    expect(v.values.map(x => `${x.field}:${x.key}`)).toEqual(['language:es', 'minerals:copper']);
    expect(v.path).toBeNull();
    expect(() => recordValues({ minerals: [] })).toThrow(/no "id"/);
  });

  it('makes control characters and bidirectional overrides visible', () => {
    expect(visible('a\u001b[31mb\u202Ec')).toBe('a\\u{1b}[31mb\\u{202e}c');
    expect(visible('tab\tand\nline')).toBe('tab\tand\nline');
  });
});

describe('diffDocument', () => {
  it('reports nothing for the same record, and only `moved` when offsets shift', () => {
    const a = values(buildRecord(spec()));
    expect(diffDocument(a, a)).toMatchObject({ status: 'unchanged', changes: [], moved: {} });
    const shifted = values(buildRecord(spec({ text: `Lima. ${TEXT}` })));
    const d = diffDocument(a, shifted);
    expect(d.status).toBe('unchanged');
    expect(d.sourceChanged).toBe(true);
    expect(d.moved).toEqual({ entities: 2, dates: 1, minerals: 1, obligations: 2 });
  });

  it('reports a party flag change as a changed entity, not removed + added', () => {
    const s = spec();
    const before = values(buildRecord(s));
    s.entities![1]!.party = true;
    const d = diffDocument(before, values(buildRecord(s)));
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ field: 'entities', kind: 'changed', key: 'CA', attrs: [{ name: 'party', old: 'no', new: 'yes' }] });
  });

  it('pairs an obligation whose modality changed into one change, with the rule change as evidence', () => {
    const s = spec();
    const before = values(buildRecord(s));
    s.obligations![1] = { ...s.obligations![1]!, modality: 'commitment', rule: 'en.obligation.shall_weak' };
    const d = diffDocument(before, values(buildRecord(s)));
    expect(d.changes).toHaveLength(1);
    const c = d.changes[0]!;
    expect(c).toMatchObject({ field: 'obligations', kind: 'changed', attrs: [{ name: 'modality', old: 'binding', new: 'commitment' }] });
    expect(c.evidenceRemoved.map(e => e.rule)).toEqual(['en.obligation.shall']);
    expect(c.evidenceAdded.map(e => e.rule)).toEqual(['en.obligation.shall_weak']);
  });

  it('lists removed and added values with their evidence, and a lost mention as changed evidence', () => {
    const s = spec();
    const before = values(buildRecord(s));
    s.minerals = [];
    s.dates = [{ value: '2027-01', precision: 'month', phrase: '2027', rule: 'en.date.year_guess' }];
    s.entities![1]!.mentions = [{ phrase: 'Canada', rule: 'en.entity.country' }];
    const d = diffDocument(before, values(buildRecord(s)));
    expect(d.changes.map(c => `${c.kind} ${c.field} ${c.key}`)).toEqual([
      'changed entities CA',
      'removed dates 2027',
      'added dates 2027-01',
      'removed minerals zinc',
    ]);
    const ca = d.changes[0]!;
    expect(ca.attrs).toEqual([]);
    expect(ca.evidenceRemoved).toEqual([{ start: TEXT.lastIndexOf('Canada'), end: TEXT.lastIndexOf('Canada') + 6, text: 'Canada', rule: 'en.entity.country' }]);
    expect(d.changes[3]!.evidence.map(e => e.text)).toEqual(['zinc', 'zinc']);
  });

  it('treats scalar fields as one value: a different binding is changed', () => {
    const before = values(buildRecord(spec({ binding: { value: 'binding', phrase: 'shall', rule: 'en.binding.shall' } })));
    const after = values(buildRecord(spec({ binding: { value: 'unspecified' } })));
    const d = diffDocument(before, after);
    expect(d.changes).toEqual([
      expect.objectContaining({ field: 'binding', kind: 'changed', label: 'unspecified', oldLabel: 'binding', attrs: [{ name: 'value', old: 'binding', new: 'unspecified' }] }),
    ]);
  });
});

describe('diffRecordSets', () => {
  const set = (label: string, specs: DocSpec[], rules: string): RecordSet => ({
    label,
    docs: specs.map(s => values(buildRecord(s))),
    pipeline: ['0.1.0'],
    rules: [rules],
  });

  it('counts documents and per-field changes of documents present on both sides', () => {
    const r = diffRecordSets(set('old/', oldSpecs(), 'v1'), set('new/', newSpecs(), 'v2'));
    expect(r.summary.documents).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1, movedOnly: 1 });
    expect(r.documents.map(d => `${d.status} ${d.id}`)).toEqual([
      'changed argentina-japan-lithium',
      'added kenya-eu-graphite',
      'removed notes/copper-visit',
    ]);
    expect(r.summary.fields.minerals).toEqual({ added: 0, removed: 1, changed: 0, moved: 2 });
    expect(r.summary.fields.obligations).toEqual({ added: 0, removed: 0, changed: 1, moved: 1 });
    expect(r.summary.fields.timelines).toEqual({ added: 1, removed: 0, changed: 0, moved: 1 });
    expect(hasChanges(r)).toBe(true);
  });

  it('gives the same result whatever the order of documents and of items', () => {
    const forward = diffRecordSets(set('a', oldSpecs(), 'v1'), set('b', newSpecs(), 'v2'));
    const shuffle = (s: RecordSet): RecordSet => ({
      ...s,
      docs: [...s.docs].reverse().map(d => ({ ...d, values: [...d.values].reverse() })),
    });
    const backward = diffRecordSets(shuffle(set('a', oldSpecs(), 'v1')), shuffle(set('b', newSpecs(), 'v2')));
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward)); // same bytes, key order included
  });

  it('finds no change between a set and itself', () => {
    const r = diffRecordSets(set('a', oldSpecs(), 'v1'), set('b', oldSpecs(), 'v1'));
    expect(hasChanges(r)).toBe(false);
    expect(r.documents).toEqual([]);
    expect(r.summary.documents.unchanged).toBe(3);
  });
});
