import { describe, expect, it } from 'vitest';
import { plainSpaces, unwrapLines, wrapBreaks } from '../../src/pipeline/reading.ts';
import { extractDocument } from '../../src/pipeline/extract.ts';

/** Greedy wrap at `width` columns, as a mail client or a PDF copy does. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let cur = '';
  for (const word of paragraph.split(' ')) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  lines.push(cur);
  return lines.join('\n');
}

const EN =
  'The Minister for Resources of Canada, Claire Donovan, and the Minister of Energy and Mines of Peru, ' +
  'Rosa Quispe, signed a memorandum of understanding on copper and zinc exploration in Lima. The two ' +
  'governments will share geological survey data within 90 days of the signing and will meet every six months.';
const ES =
  'La Ministra de Energía y Minas del Perú, Rosa Quispe, y el Ministro de Recursos del Canadá, Claire ' +
  'Donovan, firmaron en Lima un memorando de entendimiento sobre la exploración de cobre y zinc. Ambos ' +
  'gobiernos compartirán datos geológicos dentro de los 90 días siguientes a la firma.';

describe('wrapBreaks', () => {
  it('finds the breaks that wrap a paragraph at 72 columns, not a paragraph end or a headline (English and Spanish)', () => {
    for (const body of [EN, ES]) {
      const text = `Headline on copper\n\n${wrap(body, 72)}\n\nShort closing line.`;
      const breaks = wrapBreaks(text);
      const inner = [...text.matchAll(/\n/g)].map(m => m.index!).filter(i => text[i - 1] !== '\n' && text[i + 1] !== '\n');
      expect(breaks).toEqual(inner);
      expect(breaks.length).toBeGreaterThanOrEqual(3);
    }
  });
  it('leaves a text alone whose paragraphs are single lines, or whose lines are list items', () => {
    expect(wrapBreaks(`${EN}\n${ES}\n${EN}\n${ES}`)).toEqual([]);
    const list = 'The parties agreed to the following points of cooperation:\n- share geological survey data on copper deposits\n- train geologists\n- meet every six months in Lima or Ottawa\n- publish a joint report on zinc';
    expect(wrapBreaks(list)).toEqual([]);
  });
  it('keeps the break before a list item inside a wrapped text', () => {
    const text = `${wrap(EN, 72)}\n- share geological survey data on copper deposits and zinc deposits too`;
    const last = text.lastIndexOf('\n');
    expect(wrapBreaks(text)).not.toContain(last);
    expect(wrapBreaks(text).length).toBeGreaterThanOrEqual(3);
  });
  it('starts at the body: header lines keep their breaks', () => {
    const header = 'title Canada and Peru sign memorandum of understanding on copper exploration\ndate 2025-06-04\n';
    const text = header + wrap(EN, 72);
    expect(wrapBreaks(text, header.length).every(b => b >= header.length)).toBe(true);
  });
});

describe('plainSpaces / unwrapLines', () => {
  it('keep length and offsets', () => {
    const t = 'Lima,\u00a04 de junio\u202fde 2025';
    expect(plainSpaces(t)).toBe('Lima, 4 de junio de 2025');
    const w = wrap(EN, 72);
    expect(unwrapLines(w)).toHaveLength(w.length);
    expect(unwrapLines(w)).toBe(EN);
  });
});

describe('extractDocument on the reading text', () => {
  it('reads officials and timelines across the lines of a hard-wrapped text (English and Spanish)', () => {
    const en = extractDocument(`date 2025-06-04\n${wrap(EN, 72)}`, { id: 'en', language: 'en' });
    expect(en.officials.map(o => o.name)).toEqual(['Claire Donovan', 'Rosa Quispe']);
    const es = extractDocument(`date 2025-06-04\n${wrap(ES, 72)}`, { id: 'es', language: 'es' });
    expect(es.officials.map(o => o.name)).toEqual(['Rosa Quispe', 'Claire Donovan']);
    // The value reads as one line; its span quotes the text as wrapped.
    expect(es.timelines.map(t => [t.kind, t.text, t.span.text, t.span.rule])).toEqual([
      ['deadline', 'dentro de los 90 días siguientes a la firma', 'dentro de los 90 días siguientes a la\nfirma', 'es.timeline.dentro_de_proximos'],
    ]);
    expect(en.timelines.map(t => [t.kind, t.text, t.span.text])).toEqual([
      ['deadline', 'within 90 days of the signing', 'within 90 days of the\nsigning'],
      ['recurrence', 'every six months', 'every six months'],
    ]);
  });
  it('quotes the decoded text in spans: a no-break space or a wrapping line break stays as written', () => {
    const text = `date 2025-06-04\n${wrap(EN, 72).replace('Claire Donovan', 'Claire\u00a0Donovan')}`;
    const r = extractDocument(text, { id: 'x', language: 'en' });
    const claire = r.officials.find(o => o.name === 'Claire Donovan')!;
    expect(claire.span.text).toBe(text.slice(claire.span.start, claire.span.end));
    expect(claire.span.text).toContain('\u00a0');
    const wrapped = r.officials.find(o => o.name === 'Rosa Quispe')!;
    expect(text.slice(wrapped.span.start, wrapped.span.end)).toBe(wrapped.span.text);
  });
});
