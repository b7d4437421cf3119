// The two seed documents of corpus/, with values checked by hand against their text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractBytes } from '../../src/index.ts';
import type { AccordRecord, Span } from '../../src/schema/record.ts';

function load(name: string): { record: AccordRecord; text: string } {
  const bytes = readFileSync(`corpus/${name}.txt`);
  return { record: extractBytes(bytes, { id: name, path: `corpus/${name}.txt` }), text: bytes.toString('utf8') };
}

function spansOf(r: AccordRecord): Span[] {
  return [
    ...(r.documentDate?.span ? [r.documentDate.span] : []),
    ...r.instruments.map(i => i.span),
    ...(r.binding.span ? [r.binding.span] : []),
    ...r.entities.flatMap(e => e.mentions),
    ...r.officials.map(o => o.span),
    ...r.dates.map(d => d.span),
    ...r.minerals.flatMap(m => m.mentions),
    ...r.obligations.map(o => o.span),
    ...r.timelines.map(t => t.span),
  ];
}

describe('Spanish seed: Chile–US joint declaration', () => {
  const { record: r, text } = load('chile-us-declaracion-minerales-criticos');

  it('is Spanish, relevant, dated by its header', () => {
    expect(r.language).toMatchObject({ code: 'es', status: 'ok' });
    expect(r.relevant).toBe(true);
    expect(r.documentDate).toMatchObject({ value: '2026-03-12', source: 'header' });
  });

  it('has CL and US as the parties and the joint declaration as instrument', () => {
    expect(r.entities.filter(e => e.party).map(e => e.id)).toEqual(['CL', 'US']);
    expect([...new Set(r.instruments.map(i => i.type))]).toEqual(['joint_declaration']);
    expect(r.binding.value).toBe('unspecified');
  });

  it('finds the three officials with their titles and states', () => {
    const officials = r.officials.map(o => ({ name: o.name, title: o.title.toLowerCase(), party: o.party }));
    expect(officials).toEqual(
      expect.arrayContaining([
        { name: 'José Antonio Kast', title: 'presidente', party: 'CL' },
        { name: 'Christopher Landau', title: 'vicesecretario de estado', party: 'US' },
        { name: 'Francisco Pérez Mackenna', title: 'ministro de relaciones exteriores', party: 'CL' },
      ]),
    );
    expect(officials).toHaveLength(3);
  });

  it('has the dates 2003 and 2026-03-12, rare earths, and the 15-day deadline', () => {
    expect([...new Set(r.dates.map(d => d.value))]).toEqual(['2003', '2026-03-12']);
    expect(r.minerals.map(m => m.id)).toEqual(['rare_earths']);
    expect(r.timelines).toEqual([
      expect.objectContaining({ kind: 'deadline', amount: 15, unit: 'day', resolved: '2026-03-27', text: 'dentro de los próximos 15 días' }),
    ]);
  });

  it('lists the consultations and the first consultation among the obligations', () => {
    const texts = r.obligations.map(o => o.text);
    expect(texts.some(t => t.startsWith('establece consultas entre las contrapartes técnicas'))).toBe(true);
    const first = r.obligations.find(o => o.text.startsWith('La primera de estas consultas se realizará dentro de los próximos 15 días'));
    expect(first?.modality).toBe('commitment');
  });

  it('keeps every span equal to its slice of the text', () => {
    for (const s of spansOf(r)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('English seed: Peru–US memorandum (opening lost)', () => {
  const { record: r, text } = load('peru-us-mou-critical-minerals');

  it('is English and relevant, with no document date and a diagnostic saying so', () => {
    expect(r.language).toMatchObject({ code: 'en', status: 'ok' });
    expect(r.relevant).toBe(true);
    expect(r.documentDate).toBeNull();
    expect(r.diagnostics.map(d => d.code)).toContain('no_document_date');
  });

  it('has PE and US as parties, a non-binding memorandum of understanding', () => {
    expect(r.entities.filter(e => e.party).map(e => e.id)).toEqual(['PE', 'US']);
    expect([...new Set(r.instruments.map(i => i.type))]).toEqual(['memorandum_of_understanding']);
    expect(r.binding.value).toBe('non_binding');
    expect(r.binding.span?.text).toMatch(/legally binding/);
  });

  it('has the thirteen named minerals plus rare earths', () => {
    expect(r.minerals.map(m => m.id)).toEqual([
      'arsenic', 'boron', 'cobalt', 'copper', 'indium', 'lead', 'lithium', 'manganese', 'nickel', 'phosphorus', 'rare_earths', 'silver', 'tin', 'zinc',
    ]);
  });

  it('reads the disclaimer as a negated obligation', () => {
    const negated = r.obligations.filter(o => o.modality === 'negated');
    expect(negated.map(o => o.text)).toEqual([expect.stringMatching(/^The MoU does not create legally binding obligations/)]);
  });

  it('keeps every span equal to its slice of the text', () => {
    for (const s of spansOf(r)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
