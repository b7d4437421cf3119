import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/pipeline/segment.ts';
import type { Lang } from '../../src/schema/record.ts';

const split = (text: string, lang: Lang): string[] => splitSentences(text, lang).map(s => text.slice(s.start, s.end));

describe('splitSentences (English)', () => {
  it('keeps titles, U.S., D.C. and month abbreviations inside the sentence', () => {
    const text = 'Mr. Lee met U.S. officials in Washington, D.C. on Feb. 5. The talks ended. Dr. Ruiz left.';
    expect(split(text, 'en')).toEqual(['Mr. Lee met U.S. officials in Washington, D.C. on Feb. 5.', 'The talks ended.', 'Dr. Ruiz left.']);
  });
  it('ends a sentence after U.S. only before a usual sentence opener', () => {
    expect(split('Peru signed an MoU with the U.S. The deal covers copper.', 'en')).toEqual([
      'Peru signed an MoU with the U.S.',
      'The deal covers copper.',
    ]);
    expect(split('He met U.S. President Lee.', 'en')).toEqual(['He met U.S. President Lee.']);
  });
  it('splits at line breaks and keeps a headline without a stop', () => {
    expect(split('Canada and Chile sign MoU\nThe deal covers lithium. It runs five years!', 'en')).toEqual([
      'Canada and Chile sign MoU',
      'The deal covers lithium.',
      'It runs five years!',
    ]);
  });
  it('keeps initials and decimal numbers', () => {
    expect(split('John F. Smith said output rose 2.5 percent. Prices fell.', 'en')).toEqual([
      'John F. Smith said output rose 2.5 percent.',
      'Prices fell.',
    ]);
  });
  it('keeps text cut mid-sentence', () => {
    expect(split('signed an MoU with Peru. The deal', 'en')).toEqual(['signed an MoU with Peru.', 'The deal']);
  });
});

describe('splitSentences (Spanish)', () => {
  it('keeps Sr., Dra., EE.UU. and aprox. inside the sentence', () => {
    const text = 'El Sr. Pérez y la Dra. Gómez viajaron a EE.UU. La visita duró aprox. tres días. Luego volvieron.';
    expect(split(text, 'es')).toEqual(['El Sr. Pérez y la Dra. Gómez viajaron a EE.UU.', 'La visita duró aprox. tres días.', 'Luego volvieron.']);
  });
  it('keeps EE. UU. written with a space and splits after questions', () => {
    expect(split('¿Quién firmó con EE. UU. el acuerdo? El canciller.', 'es')).toEqual(['¿Quién firmó con EE. UU. el acuerdo?', 'El canciller.']);
  });
  it('does not split before a lower-case continuation', () => {
    expect(split('Se firmó el acuerdo (ver art. 5) y se publicó.', 'es')).toEqual(['Se firmó el acuerdo (ver art. 5) y se publicó.']);
  });
});

describe('splitSentences on a long run without a stop', () => {
  it('cuts it at a blank into pieces of at most MAX_SENTENCE characters, in both languages', () => {
    for (const [lang, unit] of [
      ['en', 'the two countries will cooperate on lithium and copper supply chains '],
      ['es', 'los dos países cooperarán en las cadenas de suministro de litio y cobre '],
    ] as const) {
      const text = unit.repeat(80); // ~5,700 characters, one line, no stop
      const sentences = splitSentences(text, lang);
      expect(sentences.length).toBe(3);
      for (const s of sentences) {
        expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
        expect(s.end - s.start).toBeGreaterThan(MAX_SENTENCE / 2);
        // Cut between words: each piece starts and ends with a letter.
        expect(text.slice(s.start, s.end)).toMatch(/^\p{L}.*\p{L}$/su);
      }
      // Nothing lost: the pieces and the blanks between them are the whole text.
      expect(sentences.map(s => text.slice(s.start, s.end)).join(' ')).toBe(text.trim());
    }
  });
  it('cuts a run without any blank at MAX_SENTENCE exactly', () => {
    const text = 'x'.repeat(MAX_SENTENCE * 2 + 10);
    expect(splitSentences(text, 'en')).toEqual([
      { start: 0, end: MAX_SENTENCE },
      { start: MAX_SENTENCE, end: MAX_SENTENCE * 2 },
      { start: MAX_SENTENCE * 2, end: MAX_SENTENCE * 2 + 10 },
    ]);
  });
  it('leaves sentences of ordinary length as they are', () => {
    const sentence = `${'Chile y Perú acordaron cooperar, '.repeat(20)}fin.`; // ~660 characters
    expect(split(`${sentence} Otra frase.`, 'es')).toEqual([sentence, 'Otra frase.']);
  });
});
