import { describe, expect, it } from 'vitest';
import { record, span, gold } from './fixtures.ts';
import { RecordSchema, type AccordRecord } from '../../src/schema/record.ts';
import { GoldDocSchema, evidenceIndex, toGoldShape } from '../../src/eval/gold.ts';

// A hand-built record (invented text) covering every projected field.
function sampleRecord(): AccordRecord {
  const us = span('United States', 'en.entities.state', 5);
  return record({
    id: 'sample-001',
    language: { code: 'es', confidence: 0.95, status: 'ok' },
    documentDate: { value: '2026-03-12', source: 'header', span: span('2026-03-12', 'header.date') },
    instruments: [
      { type: 'memorandum_of_understanding', span: span('MdE', 'es.instrument.mde', 40) },
      { type: 'agreement', span: span('acuerdo', 'es.instrument.acuerdo', 60) },
      { type: 'memorandum_of_understanding', span: span('memorando', 'es.instrument.memorando', 90) },
    ],
    binding: { value: 'non_binding', span: span('no vinculante', 'es.binding.no_vinculante', 120) },
    entities: [
      { id: 'US', kind: 'state', name: 'United States', party: true, mentions: [us] },
      { id: 'CL', kind: 'state', name: 'Chile', party: false, mentions: [span('Chile', 'es.entities.state', 20)] },
      { id: 'EU', kind: 'union', name: 'Unión Europea', party: true, mentions: [span('UE', 'es.entities.union', 30)] },
      { id: 'org:minera-sur', kind: 'organization', name: 'Minera Sur', party: true, mentions: [span('Minera Sur', 'es.entities.org', 70)] },
      { id: 'org:dfc', kind: 'organization', name: 'DFC', party: false, mentions: [span('DFC', 'es.entities.acronym', 80)] },
    ],
    officials: [
      { name: 'Zoe Zamora', title: 'canciller', party: 'CL', span: span('la canciller Zoe Zamora', 'es.official.title_name', 200) },
      { name: 'Ana Alba', title: 'presidenta', party: null, span: span('Ana Alba, presidenta', 'es.official.name_title', 250) },
    ],
    dates: [
      { value: '2026-03-12', precision: 'day', span: span('12 de marzo de 2026', 'es.date.dmy', 300) },
      { value: '2003', precision: 'year', span: span('2003', 'es.date.year', 330) },
      { value: '2026-03-12', precision: 'day', span: span('2026-03-12', 'header.date', 0) },
    ],
    minerals: [
      { id: 'rare_earths', name: 'tierras raras', symbol: null, mentions: [span('tierras raras', 'es.mineral.lexicon', 400)] },
      { id: 'copper', name: 'cobre', symbol: 'Cu', mentions: [span('cobre', 'es.mineral.lexicon', 420)] },
    ],
    obligations: [
      { text: 'las partes crearán un grupo', modality: 'commitment', actors: ['CL', 'US'], trigger: 'crearán', span: span('las partes crearán un grupo', 'es.obligation.futuro', 500) },
    ],
    timelines: [
      { kind: 'deadline', amount: 15, unit: 'day', resolved: '2026-03-27', text: 'dentro de 15 días', span: span('dentro de 15 días', 'es.timeline.dentro_de', 540) },
    ],
  });
}

describe('toGoldShape', () => {
  it('starts from a valid record', () => {
    expect(RecordSchema.safeParse(sampleRecord()).success).toBe(true);
  });

  it('projects every field as CONTRACT.md says', () => {
    expect(toGoldShape(sampleRecord())).toEqual(
      gold({
        id: 'sample-001',
        language: 'es',
        relevant: true,
        documentDate: '2026-03-12',
        instruments: ['agreement', 'memorandum_of_understanding'],
        binding: 'non_binding',
        parties: ['EU', 'US', 'org:minera-sur'],
        countries: ['CL', 'EU', 'US'],
        organizations: ['org:dfc', 'org:minera-sur'],
        officials: [
          { name: 'Zoe Zamora', title: 'canciller', party: 'CL' },
          { name: 'Ana Alba', title: 'presidenta', party: null },
        ],
        dates: ['2003', '2026-03-12'],
        minerals: ['copper', 'rare_earths'],
        obligations: [{ text: 'las partes crearán un grupo', modality: 'commitment' }],
        timelines: [{ text: 'dentro de 15 días', kind: 'deadline', amount: 15, unit: 'day', resolved: '2026-03-27' }],
      }),
    );
  });

  it('gives a valid gold document, with null for a missing document date', () => {
    const shape = toGoldShape(record({ id: 'empty' }));
    expect(shape.documentDate).toBeNull();
    expect(GoldDocSchema.safeParse(shape).success).toBe(true);
    expect(GoldDocSchema.safeParse(toGoldShape(sampleRecord())).success).toBe(true);
  });
});

describe('evidenceIndex', () => {
  it('keeps the first span of each projected value and each item span by index', () => {
    const ev = evidenceIndex(sampleRecord());
    expect(ev.sets.parties.get('US')).toEqual({ text: 'United States', start: 5, end: 18, rule: 'en.entities.state' });
    expect(ev.sets.instruments.get('memorandum_of_understanding')?.rule).toBe('es.instrument.mde');
    expect(ev.sets.dates.get('2026-03-12')?.rule).toBe('es.date.dmy');
    expect(ev.sets.countries.has('org:dfc')).toBe(false);
    expect(ev.items.officials[1]?.text).toBe('Ana Alba, presidenta');
    expect(ev.binding?.rule).toBe('es.binding.no_vinculante');
  });
});

describe('GoldDocSchema', () => {
  it('rejects a misspelt key and a value outside the vocabulary', () => {
    const { organizations, ...rest } = gold();
    expect(GoldDocSchema.safeParse({ ...rest, organisations: organizations }).success).toBe(false);
    expect(GoldDocSchema.safeParse({ ...gold(), binding: 'maybe' }).success).toBe(false);
    expect(GoldDocSchema.safeParse({ ...gold(), notes: 'free text' }).success).toBe(true);
  });
});
