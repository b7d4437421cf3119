import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/core/lexicon.ts';

const lex = new Lexicon<string>([
  { surface: 'Estados Unidos', value: 'US' },
  { surface: 'Estados Unidos de América', value: 'US' },
  { surface: 'EE.UU.', value: 'US' },
  { surface: 'US', value: 'US', caseSensitive: true },
  { surface: 'Perú', value: 'PE' },
  { surface: 'República Democrática del Congo', value: 'CD' },
]);

const found = (text: string): [string, string][] => lex.match(text).map(m => [m.value, text.slice(m.start, m.end)]);

describe('Lexicon', () => {
  it('finds the longest listed phrase, accents and case folded', () => {
    expect(found('Los ESTADOS UNIDOS DE AMÉRICA y el Peru firmaron.')).toEqual([['US', 'ESTADOS UNIDOS DE AMÉRICA'], ['PE', 'Peru']]);
    expect(found('Estados Unidos de Norteamérica')).toEqual([['US', 'Estados Unidos']]);
  });
  it('keeps the final dot of an abbreviation and respects case-sensitive entries', () => {
    expect(found('con EE.UU. y la RDC')).toEqual([['US', 'EE.UU.']]);
    expect(found('The US and us.')).toEqual([['US', 'US']]);
  });
  it('gives up a phrase that is not completed and matches nothing inside words', () => {
    expect(found('la República Democrática de Timor')).toEqual([]);
    expect(found('Perúano Estadosunidos')).toEqual([]);
  });
  it('joins words across a space, hyphen or dot ("EE. UU."), not across a comma or a line break', () => {
    expect(found('con EE. UU. hoy')).toEqual([['US', 'EE. UU.']]);
    expect(found('los Estados, Unidos')).toEqual([]);
    expect(found('los Estados\n\nUnidos')).toEqual([]);
  });
});
