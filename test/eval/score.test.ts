import { describe, expect, it } from 'vitest';
import { gold } from './fixtures.ts';
import type { Evidence, EvidenceIndex, GoldDoc } from '../../src/eval/gold.ts';
import {
  checkMinimums,
  evaluate,
  figure,
  meanOfDefined,
  prf,
  ratio,
  scoreDocument,
  type EvalInput,
} from '../../src/eval/score.ts';

function input(id: string, g: Partial<GoldDoc>, p: Partial<GoldDoc>, evidence?: EvidenceIndex): EvalInput {
  return { id, gold: gold({ id, ...g }), predicted: gold({ id, ...p }), evidence: evidence ?? null };
}

describe('prf: precision, recall, F1 and their n/a cases', () => {
  it('computes the usual figures', () => {
    const r = prf({ tp: 2, fp: 1, fn: 3 });
    expect(r.precision).toBeCloseTo(2 / 3, 10);
    expect(r.recall).toBeCloseTo(2 / 5, 10);
    expect(r.f1).toBeCloseTo(0.5, 10); // 2*2 / (4 + 1 + 3)
  });

  it('is n/a everywhere when there is nothing in the gold and nothing predicted', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });

  it('has no precision but F1 0 when nothing is predicted against gold items', () => {
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  it('has no recall but F1 0 when items are predicted against an empty gold', () => {
    expect(prf({ tp: 0, fp: 1, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });

  it('gives accuracy n/a over zero cases', () => {
    expect(ratio(0, 0).accuracy).toBeNull();
    expect(ratio(3, 4).accuracy).toBe(0.75);
  });

  it('averages only defined values', () => {
    expect(meanOfDefined([null, 0.5, null, 1])).toBe(0.75);
    expect(meanOfDefined([null, null])).toBeNull();
  });
});

describe('set fields, micro-averaged over documents', () => {
  // Hand-computed: doc a gold {CL, US} vs {CL}: TP 1, FN 1; doc b gold {PE} vs {PE, US}: TP 1, FP 1.
  // Sum TP 2, FP 1, FN 1: P = 2/3, R = 2/3, F1 = 4/6.
  const summary = evaluate([
    input('a', { parties: ['CL', 'US'] }, { parties: ['CL'] }),
    input('b', { parties: ['PE'] }, { parties: ['PE', 'US'] }),
  ]);

  it('sums TP, FP and FN before dividing', () => {
    const p = summary.groups.all.fields.parties;
    expect([p.tp, p.fp, p.fn]).toEqual([2, 1, 1]);
    expect(p.precision).toBeCloseTo(0.667, 3);
    expect(p.recall).toBeCloseTo(0.667, 3);
    expect(p.f1).toBeCloseTo(0.667, 3);
  });

  it('reports fields with nothing on either side as n/a and leaves them out of macro-F1', () => {
    expect(summary.groups.all.fields.countries.f1).toBeNull();
    expect(summary.groups.all.fields.obligations.precision).toBeNull();
    // Only parties has a figure, so macro-F1 is its F1.
    expect(summary.groups.all.macroF1).toBeCloseTo(2 / 3, 10);
  });

  it('lists the errors with the value', () => {
    const [a, b] = summary.documents;
    expect(a!.errors).toEqual([{ kind: 'fn', field: 'parties', value: 'US', expected: null, evidence: null }]);
    expect(b!.errors).toEqual([{ kind: 'fp', field: 'parties', value: 'US', expected: null, evidence: null }]);
  });

  it('de-duplicates set values before counting', () => {
    const s = evaluate([input('a', { minerals: ['lithium', 'lithium'] }, { minerals: ['lithium', 'lithium', 'copper'] })]);
    expect(s.groups.all.fields.minerals).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches organizations and org parties leniently but countries exactly', () => {
    const d = scoreDocument(
      input(
        'a',
        { parties: ['PE', 'org:dfc'], organizations: ['org:arafura-rare-earths'], countries: ['US'] },
        { parties: ['PE', 'org:development-finance-corporation'], organizations: ['org:arafura'], countries: ['UM'] },
      ),
    );
    expect(d.fields.parties).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(d.fields.organizations).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(d.fields.countries).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('gives macro-F1 as the mean over the fields that have a figure', () => {
    // parties F1 2/3 (as above); countries F1 1; dates: 1 predicted, none in gold -> F1 0.
    const s = evaluate([
      input('a', { parties: ['CL', 'US'], countries: ['CL'] }, { parties: ['CL'], countries: ['CL'], dates: ['2030'] }),
      input('b', { parties: ['PE'] }, { parties: ['PE', 'US'] }),
    ]);
    expect(s.groups.all.fields.dates).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(s.groups.all.macroF1).toBeCloseTo((2 / 3 + 1 + 0) / 3, 10);
  });

  it('has no macro-F1 when every field is n/a', () => {
    expect(evaluate([input('a', {}, {})]).groups.all.macroF1).toBeNull();
  });
});

describe('item fields and pair accuracies', () => {
  it('scores obligations by lenient text and modality over matched pairs', () => {
    // doc a: gold [A commitment, B intent], predicted [A (shorter) commitment, C binding]
    //        -> TP 1, FP 1, FN 1; modality 1 of 1.
    // doc b: gold [D binding], predicted [D intent] -> TP 1; modality 0 of 1.
    // Sum TP 2, FP 1, FN 1 -> P = R = F1 = 2/3; modality accuracy 1/2.
    const s = evaluate([
      input(
        'a',
        {
          obligations: [
            { text: 'The two governments will set up a working group on refining', modality: 'commitment' },
            { text: 'They seek to attract private investment', modality: 'intent' },
          ],
        },
        {
          obligations: [
            { text: 'will set up a working group on refining', modality: 'commitment' },
            { text: 'Prices follow the market', modality: 'binding' },
          ],
        },
      ),
      input(
        'b',
        { obligations: [{ text: 'The buyer must pay within the month', modality: 'binding' }] },
        { obligations: [{ text: 'the buyer must pay within the month.', modality: 'intent' }] },
      ),
    ]);
    const o = s.groups.all.fields.obligations;
    expect([o.tp, o.fp, o.fn]).toEqual([2, 1, 1]);
    expect(o.f1).toBeCloseTo(2 / 3, 10);
    expect(s.groups.all.accuracies.modality).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    const mismatch = s.documents[1]!.errors.find(e => e.kind === 'mismatch');
    expect(mismatch).toMatchObject({ field: 'modality', expected: 'The buyer must pay within the month [binding]' });
  });

  it('requires kind, amount, unit and resolved to agree for timeline values', () => {
    const base = { kind: 'deadline' as const, amount: 30, unit: 'day' as const, resolved: '2026-05-01' };
    const s = evaluate([
      input(
        'a',
        {
          timelines: [
            { text: 'within 30 days', ...base },
            { text: 'for ten years', kind: 'duration', amount: 10, unit: 'year', resolved: null },
          ],
        },
        {
          timelines: [
            { text: 'within 30 days', ...base },
            { text: 'for ten years', kind: 'duration', amount: 10, unit: 'year', resolved: '2036' },
          ],
        },
      ),
    ]);
    expect(s.groups.all.fields.timelines).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(s.groups.all.accuracies.timeline_values).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });

  it('matches officials by name and checks their party leniently', () => {
    const s = evaluate([
      input(
        'a',
        {
          officials: [
            { name: 'Ana María Quispe', title: 'ministra', party: 'PE' },
            { name: 'John Doe', title: 'chief executive', party: 'org:dfc' },
            { name: 'Carla Ruiz', title: 'mayor', party: null },
          ],
        },
        {
          officials: [
            { name: 'Ana Maria Quispe', title: 'ministra de Energía', party: 'PE' },
            { name: 'John Doe', title: 'CEO', party: 'org:development-finance-corporation' },
            { name: 'Carla Ruiz', title: 'mayor', party: 'CL' },
          ],
        },
      ),
    ]);
    expect(s.groups.all.fields.officials).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.groups.all.accuracies.officials_party).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
  });

  it('has pair accuracies n/a when nothing was matched', () => {
    const s = evaluate([input('a', { obligations: [{ text: 'They will invest', modality: 'commitment' }] }, {})]);
    expect(s.groups.all.accuracies.modality.accuracy).toBeNull();
    expect(s.groups.all.fields.obligations).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

describe('document accuracies and groups', () => {
  const s = evaluate([
    input('en-1', { language: 'en', documentDate: null, binding: 'non_binding' }, { language: 'en', documentDate: null, binding: 'non_binding' }),
    input('es-1', { language: 'es', documentDate: '2026-03-12', relevant: true }, { language: 'en', documentDate: '2026-03-11', relevant: false }),
    // Predicted 'en', but the gold language decides the group: only in "all".
    input('pt-1', { language: 'und', parties: ['BR'] }, { language: 'en', parties: ['BR'] }),
  ]);

  it('groups by the gold language', () => {
    expect(s.groups.all.docs).toBe(3);
    expect(s.groups.en.docs).toBe(1);
    expect(s.groups.es.docs).toBe(1);
    expect(s.groups.all.fields.parties.tp).toBe(1);
    expect(s.groups.en.fields.parties.f1).toBeNull();
  });

  it('compares language, relevance, document date (null = null) and binding exactly', () => {
    expect(s.groups.all.accuracies.language).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 });
    expect(s.groups.all.accuracies.relevance).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.groups.all.accuracies.document_date).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.groups.en.accuracies.document_date.accuracy).toBe(1);
    expect(s.groups.es.accuracies.document_date.accuracy).toBe(0);
    expect(s.groups.all.accuracies.binding.accuracy).toBe(1);
  });

  it('records accuracy mismatches with both values', () => {
    const es = s.documents.find(d => d.id === 'es-1')!;
    expect(es.errors).toContainEqual({ kind: 'mismatch', field: 'document_date', value: '2026-03-11', expected: '2026-03-12', evidence: null });
    expect(es.errors).toContainEqual({ kind: 'mismatch', field: 'language', value: 'en', expected: 'es', evidence: null });
  });

  it('reports documents in id order', () => {
    expect(s.documents.map(d => d.id)).toEqual(['en-1', 'es-1', 'pt-1']);
  });
});

describe('evidence of false positives', () => {
  it('carries the span text and rule of the predicted value', () => {
    const ev: Evidence = { text: 'Acme Mining', start: 10, end: 21, rule: 'en.entities.org_suffix' };
    const obligationEv: Evidence = { text: 'Acme will drill', start: 30, end: 45, rule: 'en.obligation.will' };
    const index: EvidenceIndex = {
      sets: {
        parties: new Map(),
        countries: new Map(),
        organizations: new Map([['org:acme-mining', ev]]),
        dates: new Map(),
        minerals: new Map(),
        instruments: new Map(),
      },
      items: { officials: [], obligations: [obligationEv], timelines: [] },
      documentDate: null,
      binding: null,
    };
    const d = scoreDocument(
      input('a', {}, { organizations: ['org:acme-mining'], obligations: [{ text: 'Acme will drill', modality: 'commitment' }] }, index),
    );
    expect(d.errors).toEqual([
      { kind: 'fp', field: 'organizations', value: 'org:acme-mining', expected: null, evidence: ev },
      { kind: 'fp', field: 'obligations', value: 'Acme will drill [commitment]', expected: null, evidence: obligationEv },
    ]);
  });
});

describe('--min thresholds', () => {
  // parties F1 = 2/3 in all; es has no documents.
  const summary = evaluate([
    input('a', { parties: ['CL', 'US'] }, { parties: ['CL'] }),
    input('b', { parties: ['PE'], binding: 'binding' }, { parties: ['PE', 'US'] }),
  ]);

  it('reads F1 for F fields, macro-F1 for macro and accuracy otherwise', () => {
    expect(figure(summary, 'all', 'parties')).toBeCloseTo(2 / 3, 10);
    expect(figure(summary, 'all', 'macro')).toBeCloseTo(2 / 3, 10);
    expect(figure(summary, 'all', 'binding')).toBe(0.5);
    expect(figure(summary, 'es', 'parties')).toBeNull();
  });

  it('passes figures at or above the minimum and fails those below', () => {
    expect(checkMinimums(summary, [{ group: 'all', metric: 'parties', min: 0.6 }])).toEqual([]);
    expect(checkMinimums(summary, [{ group: 'all', metric: 'binding', min: 0.5 }])).toEqual([]);
    const failures = checkMinimums(summary, [
      { group: 'all', metric: 'parties', min: 0.7 },
      { group: 'all', metric: 'binding', min: 0.9 },
      { group: 'all', metric: 'language', min: 1 },
    ]);
    expect(failures.map(f => [f.metric, f.actual])).toEqual([
      ['parties', 2 / 3],
      ['binding', 0.5],
    ]);
  });

  it('fails a minimum whose figure is n/a', () => {
    expect(checkMinimums(summary, [{ group: 'es', metric: 'parties', min: 0 }])).toEqual([
      { group: 'es', metric: 'parties', min: 0, actual: null },
    ]);
  });
});
