import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/stem.ts';

describe('stem (natural Porter stemmers)', () => {
  it('gives inflections of a Spanish word one stem, reading accents', () => {
    expect(stem('cooperación', 'es')).toBe(stem('cooperarán', 'es'));
    expect(stem('financiar', 'es')).toBe(stem('financiarán', 'es'));
    expect(stem('firmaron', 'es')).toBe(stem('firmó', 'es'));
  });
  it('gives inflections of an English word one stem', () => {
    expect(stem('mining', 'en')).toBe(stem('mined', 'en'));
    expect(stem('investments', 'en')).toBe(stem('invest', 'en'));
    expect(stem('minister', 'en')).not.toBe(stem('mining', 'en'));
  });
});
