import { describe, expect, it } from 'vitest';
import { parseHeader, headerDate } from '../../src/pipeline/header.ts';

describe('parseHeader', () => {
  it('reads a date header on its own line', () => {
    const text = 'date 2026-05-04\nLima, 4 de mayo. El Perú firmó.';
    const h = parseHeader(text);
    expect(h.fields).toEqual([{ key: 'date', value: '2026-05-04', start: 0, end: 15 }]);
    expect(text.slice(h.bodyStart)).toBe('Lima, 4 de mayo. El Perú firmó.');
  });

  it('reads front matter between --- lines: quoted values, a date with a time, other keys ignored', () => {
    const text = '---\ntitle: "Perú y Japón firman un memorando"\nlayout: post\ndate: 2026-03-18T09:30:00-05:00\n---\n\n# Perú y Japón firman\nLima, 18 de marzo.';
    const h = parseHeader(text);
    expect(h.fields.map(f => [f.key, f.value, text.slice(f.start, f.end)])).toEqual([
      ['title', 'Perú y Japón firman un memorando', 'Perú y Japón firman un memorando'],
      ['date', '2026-03-18', '2026-03-18'],
    ]);
    expect(text.slice(h.bodyStart)).toBe('# Perú y Japón firman\nLima, 18 de marzo.');
    expect(headerDate(h.fields)?.value).toBe('2026-03-18');
  });

  it('leaves a text alone that opens with --- but never closes it', () => {
    expect(parseHeader('---\ndate: 2026-03-18\nCanada and Peru signed.')).toEqual({ fields: [], bodyStart: 0 });
  });

  it('reads a date header followed by the body on the same line, after a leading space', () => {
    const text = ' date 2026-03-12 En el marco de la visita, ambos gobiernos firmaron.';
    const h = parseHeader(text);
    expect(h.fields[0]).toMatchObject({ key: 'date', value: '2026-03-12' });
    expect(text.slice(h.fields[0]!.start, h.fields[0]!.end)).toBe('date 2026-03-12');
    expect(text.slice(h.bodyStart)).toBe('En el marco de la visita, ambos gobiernos firmaron.');
  });

  it('reads title lines and ignores a body that merely starts with the word date', () => {
    const h = parseHeader('title: Canada and Chile sign MoU\ndate 2026-01-02\nBody.');
    expect(h.fields.map(f => [f.key, f.value])).toEqual([['title', 'Canada and Chile sign MoU'], ['date', '2026-01-02']]);
    expect(parseHeader('Date of signature was not given.').fields).toEqual([]);
    expect(parseHeader('date 12 March 2026 is when').fields).toEqual([]);
  });

  it('validates the calendar date', () => {
    expect(headerDate(parseHeader('date 2026-02-30\nx').fields)).toBeNull();
    expect(headerDate(parseHeader('date 2028-02-29\nx').fields)?.value).toBe('2028-02-29');
  });
});
