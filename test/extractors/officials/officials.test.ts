import { describe, expect, it } from 'vitest';
import { docCtx } from '../entities/ctx.ts';
import { extractEntities } from '../../../src/extractors/entities/index.ts';
import { extractOfficials } from '../../../src/extractors/officials/index.ts';
import type { Lang } from '../../../src/schema/record.ts';

function officials(text: string, lang: Lang) {
  const ctx = docCtx(text, lang);
  return extractOfficials(ctx, extractEntities(ctx)).map(o => ({ name: o.name, title: o.title, party: o.party, rule: o.span.rule }));
}

describe('title before name', () => {
  it('reads a qualifier state and the title (English)', () => {
    expect(officials('Japanese Trade Minister Kenji Mori met the delegation.', 'en')).toEqual([
      { name: 'Kenji Mori', title: 'Trade Minister', party: 'JP', rule: 'en.official.title_before_name' },
    ]);
  });
  it('reads a title with a field of office before the name', () => {
    expect(officials('U.S. Secretary of State Marco Rubio signed the text.', 'en')).toEqual([
      { name: 'Marco Rubio', title: 'Secretary of State', party: 'US', rule: 'en.official.title_before_name' },
    ]);
  });
  it('leaves an adjective of level after the field out of the title; "provincial" names the text\'s province', () => {
    expect(officials('La Provincia de San Juan firmó el acuerdo. "Es una señal", afirmó el ministro de Minería provincial, Julián Ortega.', 'es')).toEqual([
      { name: 'Julián Ortega', title: 'ministro de Minería', party: 'org:province-of-san-juan', rule: 'es.official.title_comma_name' },
    ]);
    expect(officials('The Province of Salta signed the deal. The provincial Minister of Mines designate, Ruth Banda, welcomed it.', 'en')).toEqual([
      { name: 'Ruth Banda', title: 'Minister of Mines', party: 'org:province-of-salta', rule: 'en.official.title_comma_name' },
    ]);
  });
  it('reads "Minister Delegate" / "ministra delegada" (a French government office)', () => {
    expect(officials("The letter was signed by France's Minister Delegate for Industry, Claire Moreau.", 'en')).toEqual([
      { name: 'Claire Moreau', title: 'Minister Delegate for Industry', party: 'FR', rule: 'en.official.title_comma_name' },
    ]);
    expect(officials('La carta fue firmada por la ministra delegada de Industria de Francia, Claire Moreau.', 'es')).toEqual([
      { name: 'Claire Moreau', title: 'ministra delegada de Industria', party: 'FR', rule: 'es.official.title_comma_name' },
    ]);
  });
  it('reads a Spanish title with a name particle', () => {
    expect(officials('El canciller peruano Luis de la Flor firmó el memorando con Chile.', 'es')).toEqual([
      { name: 'Luis de la Flor', title: 'canciller', party: 'PE', rule: 'es.official.title_before_name' },
    ]);
  });
  it('reads a company before a corporate title', () => {
    const ctx = docCtx('Pallinup Resources signed a deal. Pallinup MD Jane Roe said the deal was fair.', 'en');
    const o = extractOfficials(ctx, extractEntities(ctx));
    expect(o.map(x => [x.name, x.title, x.party])).toEqual([['Jane Roe', 'MD', 'org:pallinup-resources']]);
  });
  it('skips honorifics', () => {
    expect(officials('The deal was witnessed by Governor of Oruro Lic Ana Quispe.', 'en').map(o => [o.name, o.party])).toEqual([['Ana Quispe', 'org:province-of-oruro']]);
  });
});

describe('title, comma, name', () => {
  it('reads the appositive in English with the state from the complement', () => {
    expect(officials('The Minister of Mines of Zambia, Paul Kabuswe, welcomed the loan.', 'en')).toEqual([
      { name: 'Paul Kabuswe', title: 'Minister of Mines', party: 'ZM', rule: 'en.official.title_comma_name' },
    ]);
  });
  it('reads the appositive in Spanish with a demonym after the title', () => {
    expect(officials('La ministra de Minería chilena, Aurora Williams, firmó el acuerdo.', 'es')).toEqual([
      { name: 'Aurora Williams', title: 'ministra de Minería', party: 'CL', rule: 'es.official.title_comma_name' },
    ]);
  });
  it('gives an EU official the EU and a company official the company', () => {
    const o = officials('La presidenta de la Comisión Europea, Ursula von der Leyen, y el gerente general de Codelco, Rubén Alvarado, hablaron.', 'es');
    expect(o.map(x => [x.name, x.party])).toEqual([
      ['Ursula von der Leyen', 'EU'],
      ['Rubén Alvarado', 'org:codelco'],
    ]);
  });
  it('gives an ambassador the state named first, not the host state', () => {
    expect(officials('El embajador de Chile en China, Mauricio Hurtado, asistió.', 'es').map(o => [o.name, o.party])).toEqual([['Mauricio Hurtado', 'CL']]);
  });
});

describe('name, comma, title', () => {
  it('reads the English order', () => {
    expect(officials('Sofia Lind, Sweden\'s Minister for Energy, opened the forum.', 'en').map(o => [o.name, o.party, o.rule])).toEqual([
      ['Sofia Lind', 'SE', 'en.official.name_comma_title'],
    ]);
  });
  it('reads the Spanish order', () => {
    expect(officials('Firmó Ana Ruiz, viceministra de Minas del Perú.', 'es').map(o => [o.name, o.title, o.party, o.rule])).toEqual([
      ['Ana Ruiz', 'viceministra de Minas', 'PE', 'es.official.name_comma_title'],
    ]);
  });
});

describe('merging and defaults', () => {
  it('merges a surname mention into the full name', () => {
    const o = officials('El vicesecretario de Estado estadounidense, Christopher Landau, llegó. Después firmó el vicesecretario Landau.', 'es');
    expect(o.map(x => [x.name, x.title, x.party])).toEqual([['Christopher Landau', 'vicesecretario de Estado', 'US']]);
  });
  it('uses the usual state of a title when the text names none', () => {
    expect(officials('Secretary of State Jane Doe met officials from Peru.', 'en').map(o => o.party)).toEqual(['US']);
  });
  it('uses the home state for an unqualified public office', () => {
    const o = officials('El presidente Gabriel Boric recibió al secretario del Tesoro de Estados Unidos, Scott Bessent, en Chile.', 'es');
    expect(o.map(x => [x.name, x.party])).toEqual([
      ['Gabriel Boric', 'CL'],
      ['Scott Bessent', 'US'],
    ]);
  });
  it('keeps a surname that is also a title word', () => {
    expect(officials('Australian Resources Minister Madeleine King spoke.', 'en').map(o => o.name)).toEqual(['Madeleine King']);
  });
});

describe('not officials', () => {
  it('needs a name', () => {
    expect(officials('The President of the Republic attended; el ministro también.', 'en')).toEqual([]);
  });
  it('needs a title', () => {
    expect(officials('FOX 29\'s Scott Williams says rain is coming.', 'en')).toEqual([]);
  });
  it('skips former offices (ruling 9)', () => {
    expect(officials('Former President John Smith commented.', 'en')).toEqual([]);
  });
});

describe('offices a state does not have', () => {
  it('does not give a prime minister to a presidential republic', () => {
    const o = officials('The United States and Australia signed a framework. President Jane Doe and Prime Minister John Roe welcomed it.', 'en');
    expect(o.map(x => [x.name, x.party])).toEqual([
      ['Jane Doe', 'US'],
      ['John Roe', 'AU'],
    ]);
  });
  it('reads a board chair of a company', () => {
    expect(officials('El presidente del directorio de Codelco, Máximo Pacheco, habló.', 'es').map(o => [o.name, o.party])).toEqual([['Máximo Pacheco', 'org:codelco']]);
  });
});

describe('fields, companies and representation', () => {
  it('reads capitalized field words before a comma as part of the title', () => {
    expect(officials('La comisaria de Asociaciones Internacionales, Elena Russo, habló.', 'es').map(o => [o.name, o.title])).toEqual([['Elena Russo', 'comisaria de Asociaciones Internacionales']]);
  });
  it('gives the company named by "de la firma india" to its officer', () => {
    const o = officials('La empresa india Vayu Metals firmó con YPF. Habló el director de operaciones de la firma india, Ravi Shah.', 'es');
    expect(o.map(x => [x.name, x.party])).toEqual([['Ravi Shah', 'org:vayu-metals']]);
  });
  it('reads "<State> by <Title> <Name>"', () => {
    const o = officials('Peru was represented by Mining Minister Rosa Quispe and Chile by Mining Minister Luis Rojas.', 'en');
    expect(o.map(x => [x.name, x.party])).toEqual([
      ['Rosa Quispe', 'PE'],
      ['Luis Rojas', 'CL'],
    ]);
  });
  it('reads a job title after a name with an indefinite article', () => {
    expect(officials('"Prices will rise," said Ana Lima, a mining analyst at a Lima brokerage.', 'en').map(o => [o.name, o.title])).toEqual([['Ana Lima', 'mining analyst']]);
  });
  it('gives the organization after the name', () => {
    expect(officials('Opinó el economista Martín Paz, de la consultora Cobre Research, que el precio subirá.', 'es').map(o => [o.name, o.party])).toEqual([['Martín Paz', 'org:cobre-research']]);
  });
});
