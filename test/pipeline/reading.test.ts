import { describe, expect, it } from 'vitest';
import { compact, plainSpaces, unwrapLines, wrapBreaks } from '../../src/pipeline/reading.ts';
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

describe('words hyphenated across lines (a PDF copy)', () => {
  /** Greedy wrap that splits a word which does not fit, 3+ letters and a hyphen on the line. */
  function hyphenate(paragraph: string, width: number): string {
    const lines: string[] = [];
    let cur = '';
    for (const word of paragraph.split(' ')) {
      const cand = cur ? `${cur} ${word}` : word;
      if (cand.length <= width) {
        cur = cand;
        continue;
      }
      const room = width - cur.length - 2;
      if (cur && /^\p{L}+/u.test(word) && room >= 3 && word.length - room >= 3) {
        lines.push(`${cur} ${word.slice(0, room)}-`);
        cur = word.slice(room);
      } else {
        lines.push(cur);
        cur = word;
      }
    }
    lines.push(cur);
    return lines.join('\n');
  }
  it('joins the pieces of a split word and keeps a compound\'s hyphen (English and Spanish)', () => {
    for (const [body, lang] of [[EN, 'en'], [ES, 'es']] as const) {
      const text = `date 2025-06-04\n${hyphenate(body, 64)}`;
      expect(text).toMatch(/\p{L}-\n\p{Ll}/u);
      const r = extractDocument(text, { id: lang, language: lang });
      expect(r.officials.map(o => o.name).sort()).toEqual(['Claire Donovan', 'Rosa Quispe']);
      for (const o of r.obligations) expect(o.text).not.toMatch(/-\s/);
    }
    const lines = [
      'The state-owned copper miner of Peru and the state-',
      'owned smelter of Chile agreed today on the coope-',
      'ration of both firms with the United States Export-',
      'Import Bank and with the other mining companies.',
      'Done.',
    ];
    expect(unwrapLines(lines.join('\n'))).toBe(
      'The state-owned copper miner of Peru and the state-\u200bowned smelter of Chile agreed today on the coope\u200b\u200bration of both firms with the United States Export-\u200bImport Bank and with the other mining companies. Done.',
    );
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

describe('compact', () => {
  it('drops line-break hints, composes accents and shrinks blank runs, remembering each source range', () => {
    const src = '  Comisio\u0301n  de li\u00adtio';
    const c = compact(src);
    expect(c.text).toBe('Comisión de litio');
    // "ó" came from "o" plus its combining mark; the space from the two blanks; "t" is after the soft hyphen.
    const at = (ch: string): [number, number] => [c.starts![c.text.indexOf(ch)]!, c.ends![c.text.indexOf(ch)]!];
    expect(at('ó')).toEqual([src.indexOf('o\u0301'), src.indexOf('o\u0301') + 2]);
    expect(at(' ')).toEqual([src.indexOf('n  ') + 1, src.indexOf('n  ') + 3]);
    expect(at('t')).toEqual([src.indexOf('tio'), src.indexOf('tio') + 1]);
  });
  it('returns the text itself when there is nothing to do', () => {
    expect(compact('Chile y Perú firmaron.\nLima')).toEqual({ text: 'Chile y Perú firmaron.\nLima', starts: null, ends: null });
  });
});

describe('extractDocument reports spans in the decoded text', () => {
  it('finds names through combining accents, soft hyphens and indentation, and quotes them as written (English and Spanish)', () => {
    const es = 'date 2026-04-08\nLa Comisio\u0301n Chilena del Cobre y la Unio\u0301n Europea firmaron un memorando sobre li\u00adtio. Las partes se reunira\u0301n cada seis meses.';
    const r = extractDocument(es, { id: 'es', language: 'es' });
    expect(r.entities.map(e => e.id)).toContain('EU');
    const lithium = r.minerals.find(m => m.id === 'lithium')!;
    expect(lithium.mentions[0]).toMatchObject({ text: 'li\u00adtio', start: es.indexOf('li\u00adtio'), end: es.indexOf('li\u00adtio') + 6 });
    const eu = r.entities.find(e => e.id === 'EU')!.mentions[0]!;
    expect(eu.text).toBe('Unio\u0301n Europea');
    expect(es.slice(eu.start, eu.end)).toBe(eu.text);
    expect(r.timelines.map(t => [t.text, t.span.text])).toEqual([['cada seis meses', 'cada seis meses']]);
    const en = 'date 2026-05-12\n    Canada  and Peru signed a memorandum of understanding on cop\u200bper. The parties will meet  every six months.';
    const e = extractDocument(en, { id: 'en', language: 'en' });
    expect(e.entities.filter(x => x.party).map(x => x.id)).toEqual(['CA', 'PE']);
    expect(e.minerals.map(m => [m.id, m.mentions[0]!.text])).toEqual([['copper', 'cop\u200bper']]);
    expect(e.obligations.map(o => o.text)).toEqual(['The parties will meet every six months']);
    const o = e.obligations[0]!.span;
    expect(en.slice(o.start, o.end)).toBe(o.text);
    expect(o.text).toContain('meet  every');
  });
});

describe('markdown', () => {
  it('joins the lines of a paragraph whatever their length, as CommonMark renders them', () => {
    const md = 'The parties signed\n**30 September 2026** as the date.\n- a list item\n> "A quote,"\n> said she.\nHard break  \nnext\n```\ncode\nkept\n```';
    const at = (s: string): number => md.indexOf(s);
    // A plain line after a quotation goes on with it (CommonMark's lazy continuation).
    expect(wrapBreaks(md, 0, true)).toEqual([at('\n**30'), at('\n> said'), at('> said'), at('\nHard')]);
    expect(unwrapLines(md, 0, true)).toHaveLength(md.length);
    expect(compact(unwrapLines(md, 0, true), true).text).toBe('The parties signed 30 September 2026 as the date.\n- a list item\n"A quote," said she. Hard break \nnext\n\ncode\nkept\n');
  });
  it('reads through emphasis, links and heading marks; spans point inside the markup (English and Spanish)', () => {
    const es = '# Chile y **Perú** firman un memorando\n\nEl gobierno de **Chile** y el de [Perú](https://example.org/peru) firmaron un _memorando de entendimiento_ sobre **litio**.';
    const r = extractDocument(es, { id: 'es', language: 'es', format: 'markdown' });
    expect(r.entities.filter(e => e.party).map(e => e.id)).toEqual(['CL', 'PE']);
    expect(new Set(r.instruments.map(i => i.type))).toEqual(new Set(['memorandum_of_understanding']));
    const peru = r.entities.find(e => e.id === 'PE')!.mentions.map(m => [m.text, m.start]);
    expect(peru).toEqual([['Perú', es.indexOf('Perú')], ['Perú', es.indexOf('[Perú]') + 1]]);
    expect(r.title).toBe('Chile y Perú firman un memorando');
    const en = '## Canada and Peru sign MoU\n\n**Canada** and *Peru* signed a [memorandum of understanding](https://example.org/mou) on `copper`. It is 3*4 pages long.';
    const e = extractDocument(en, { id: 'en', language: 'en', format: 'markdown' });
    expect(e.entities.filter(x => x.party).map(x => x.id)).toEqual(['CA', 'PE']);
    expect(e.minerals.map(m => [m.id, m.mentions[0]!.text])).toEqual([['copper', 'copper']]);
    // The same text read as plain text keeps its marks: "*Peru*" is no name there.
    expect(compact('3*4 and *Peru*', true).text).toBe('3*4 and Peru');
  });
});
