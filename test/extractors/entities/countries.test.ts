import { describe, expect, it } from 'vitest';
import { entitiesOf, firstMention, ids } from './ctx.ts';
import { findCountries } from '../../../src/extractors/entities/countries.ts';

const countries = (text: string, lang: 'en' | 'es') => ids(entitiesOf(text, lang), 'state');

describe('country names (ISO package, both languages)', () => {
  it('finds English names with their span and rule', () => {
    const e = entitiesOf('Zambia and the Philippines opened talks on cobalt.', 'en');
    expect(ids(e, 'state')).toEqual(['PH', 'ZM']);
    expect(firstMention(e, 'ZM')).toEqual(['Zambia', 'en.entity.country_name']);
  });
  it('finds Spanish names and accent variants', () => {
    const e = entitiesOf('Perú y Japón acordaron estudiar el cobre; Peru también habló con Alemania.', 'es');
    expect(ids(e, 'state')).toEqual(['DE', 'JP', 'PE']);
    expect(firstMention(e, 'JP')).toEqual(['Japón', 'es.entity.country_name']);
  });
  it('names the state in English', () => {
    const e = entitiesOf('Delegados de Estados Unidos llegaron a Lima.', 'es');
    expect(e.find(x => x.id === 'US')?.name).toBe('United States');
  });
  it('does not read a lower-case word as a state name', () => {
    expect(countries('The sample of china clay was white and the turkey was cold.', 'en')).toEqual([]);
  });
  it('does not read US states, cities or regions named after a state', () => {
    expect(countries('Drillers in New Mexico and Latin American buyers met in Mexico City.', 'en')).toEqual([]);
  });
});

describe('aliases', () => {
  it('reads English acronyms with their case', () => {
    const e = entitiesOf('The U.S. and the UK backed the DRC plan, but told us nothing.', 'en');
    expect(ids(e, 'state')).toEqual(['CD', 'GB', 'US']);
    expect(firstMention(e, 'CD')).toEqual(['DRC', 'en.entity.country_alias']);
  });
  it('does not read the pronoun "us" as the United States', () => {
    expect(countries('They asked us to wait for the results.', 'en')).toEqual([]);
  });
  it('reads Spanish EE.UU., EE. UU. and EEUU', () => {
    const e = entitiesOf('EE.UU. firmó con Chile; EE. UU. y EEUU son lo mismo.', 'es');
    expect(e.find(x => x.id === 'US')?.mentions.map(m => m.text)).toEqual(['EE.UU.', 'EE. UU.', 'EEUU']);
    expect(firstMention(e, 'US')).toEqual(['EE.UU.', 'es.entity.country_alias']);
  });
  it('reads the European Union as EU in both languages', () => {
    expect(countries('The European Union will fund the refinery.', 'en')).toEqual(['EU']);
    expect(countries('La Unión Europea (UE) financiará la refinería.', 'es')).toEqual(['EU']);
  });
  it('reads Spanish "EU" as Estados Unidos, unless "la EU"', () => {
    const e = entitiesOf('El secretario de Energía de EU visitó Bogotá.', 'es');
    expect(ids(e, 'state')).toEqual(['US']);
    expect(firstMention(e, 'US')).toEqual(['EU', 'es.entity.eu_as_united_states']);
    expect(countries('Los fondos de la EU llegarán en mayo.', 'es')).toEqual(['EU']);
  });
  it('reads "EU" in English as the European Union', () => {
    expect(countries('EU officials welcomed the plan.', 'en')).toEqual(['EU']);
  });
});

describe('demonyms', () => {
  it('reads capitalized English demonyms', () => {
    const e = entitiesOf('A Peruvian delegation met Japanese and Saudi investors.', 'en');
    expect(ids(e, 'state')).toEqual(['JP', 'PE', 'SA']);
    expect(firstMention(e, 'PE')).toEqual(['Peruvian', 'en.entity.demonym']);
  });
  it('reads Spanish demonyms in every gender and number', () => {
    const e = entitiesOf('Las empresas peruanas y el socio estadounidense firmaron con inversionistas chilenos.', 'es');
    expect(ids(e, 'state')).toEqual(['CL', 'PE', 'US']);
    expect(firstMention(e, 'PE')).toEqual(['peruanas', 'es.entity.demonym']);
  });
  it('reads a lower-case "china" or "argentina" as the demonym', () => {
    const e = entitiesOf('La minera argentina vende a una empresa china.', 'es');
    expect(firstMention(e, 'CN')).toEqual(['china', 'es.entity.demonym']);
    expect(firstMention(e, 'AR')).toEqual(['argentina', 'es.entity.demonym']);
  });
  it('reads both states of a compound demonym', () => {
    const e = entitiesOf('La inglesa Rio Tinto y la anglo-australiana BHP compiten.', 'es');
    expect(ids(e, 'state')).toEqual(['AU', 'GB']);
    expect(e.find(x => x.id === 'GB')?.mentions.map(m => m.rule)).toEqual(['es.entity.demonym', 'es.entity.combining_form']);
  });
  it('does not read a language as a state', () => {
    expect(countries('El texto se publicó en español y en inglés.', 'es')).toEqual([]);
    expect(countries('The report was published in English.', 'en')).toEqual([]);
  });
  it('does not read "European" or "Latin American" as a state', () => {
    expect(countries('European and Latin American buyers attended.', 'en')).toEqual([]);
  });
});

describe('capitals standing for their state', () => {
  it('counts a capital that acts', () => {
    const e = entitiesOf('Beijing has restricted gallium exports, and Washington signed a deal.', 'en');
    expect(ids(e, 'state')).toEqual(['CN', 'US']);
    expect(firstMention(e, 'CN')).toEqual(['Beijing', 'en.entity.capital_metonym']);
  });
  it('counts a Spanish capital that acts', () => {
    const e = entitiesOf('Pekín firmó el acuerdo con Brasil.', 'es');
    expect(firstMention(e, 'CN')).toEqual(['Pekín', 'es.entity.capital_metonym']);
  });
  it('counts a capital coordinated with one that acts', () => {
    expect(countries('Brussels and Washington announced talks on graphite.', 'en')).toEqual(['EU', 'US']);
  });
  it('does not count a capital as a place or in a dateline', () => {
    expect(countries('WASHINGTON, March 3 - The ministers met in Washington, D.C. and in Tokyo.', 'en')).toEqual([]);
    expect(countries('La reunión fue en Lima y luego en Santiago.', 'es')).toEqual([]);
  });
});

describe('names that are also people or currencies', () => {
  it('does not read a first name or surname as a state', () => {
    expect(countries('Michael Jordan and Chad Smith watched the game.', 'en')).toEqual([]);
    expect(countries('Mauricio Macri habló ayer.', 'es')).toEqual([]);
  });
  it('reads the same name when it stands alone', () => {
    expect(countries('Chad signed the agreement with Niger.', 'en')).toEqual(['NE', 'TD']);
  });
  it('does not read currency signs or words as states', () => {
    expect(countries('The deal is worth US$ 40 million or 30 million US dollars.', 'en')).toEqual([]);
    expect(countries('Costará $US 20 millones, unos 20 millones de dólares estadounidenses.', 'es')).toEqual([]);
  });
});

describe('findCountries', () => {
  it('returns offsets into the text', () => {
    const text = 'Talks between Canada and Chile.';
    const found = findCountries(text, 'en');
    expect(found.map(c => [c.id, text.slice(c.start, c.end)])).toEqual([
      ['CA', 'Canada'],
      ['CL', 'Chile'],
    ]);
  });
});
