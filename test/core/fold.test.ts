import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldSameLength } from '../../src/core/text.ts';

/** The definition, one character at a time: lower case, marks removed, length kept. */
function reference(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base.length === ch.length ? base : lower.length === ch.length ? lower : ch;
  }
  return out;
}

describe('foldSameLength', () => {
  it('folds accents and case in both languages, keeping every offset', () => {
    expect(foldSameLength('Perú y CANADÁ: Niño, pingüino, Ñandú')).toBe('peru y canada: nino, pinguino, nandu');
    expect(foldSameLength('Lithium MoU')).toBe('lithium mou');
    // İ lower-cases to i plus a mark (the mark goes); 𝐀 is astral and two units long, kept.
    expect(foldSameLength('İ𝐀x')).toBe('i𝐀x');
  });

  it('agrees with the character-by-character definition on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), s => {
      expect(foldSameLength(s)).toBe(reference(s));
      expect(foldSameLength(s).length).toBe(s.length);
    }), { numRuns: 300, seed: 7 });
  });
});
