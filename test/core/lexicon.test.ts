import { describe, expect, it } from 'vitest';
import { docTokens, Lexicon, tokenize } from '../../src/core/lexicon.ts';

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
  it('a listed phrase that is also the start of a longer one matches alone and inside it', () => {
    const nested = new Lexicon<string>([{ surface: 'lithium', value: 'Li' }, { surface: 'lithium carbonate', value: 'Li2CO3' }, { surface: 'carbonato de litio', value: 'Li2CO3' }]);
    expect(nested.size).toBe(3);
    expect(nested.match('lithium and lithium carbonate').map(m => [m.value, m.surface])).toEqual([['Li', 'lithium'], ['Li2CO3', 'lithium carbonate']]);
    expect(nested.match('carbonato de cobre').map(m => m.value)).toEqual([]);
  });
});

describe('docTokens', () => {
  it('cuts a document once for every lexicon matched on it, and afresh for another text', () => {
    const en = 'The United States and Peru signed.';
    const es = 'Estados Unidos y Perú firmaron.';
    const first = docTokens(en);
    expect(docTokens(en)).toBe(first);
    expect(first).toEqual(tokenize(en));
    expect(docTokens(es).map(t => t.raw)).toEqual(['Estados', 'Unidos', 'y', 'Perú', 'firmaron']);
    expect(docTokens(en)).not.toBe(first);
    expect(docTokens(en)).toEqual(first);
  });
});
