import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/segment.ts';
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
