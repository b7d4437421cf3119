import { describe, expect, it } from 'vitest';
import { docCtx } from '../entities/ctx.ts';
import { extractBinding, extractInstruments } from '../../../src/extractors/instruments/index.ts';
import type { Lang } from '../../../src/schema/record.ts';

const instruments = (text: string, lang: Lang) => extractInstruments(docCtx(text, lang)).map(i => [i.type, i.span.text, i.span.rule]);
const types = (text: string, lang: Lang) => [...new Set(extractInstruments(docCtx(text, lang)).map(i => i.type))].sort();
const binding = (text: string, lang: Lang) => {
  const b = extractBinding(docCtx(text, lang));
  return [b.value, b.span?.text ?? null, b.span?.rule ?? null];
};

describe('instrument names', () => {
  it('reads English names with their span and rule', () => {
    expect(instruments('Kenya and Korea signed a memorandum of understanding on cobalt.', 'en')).toEqual([
      ['memorandum_of_understanding', 'memorandum of understanding', 'en.instrument.memorandum_of_understanding'],
    ]);
  });
  it('reads Spanish names, including the abbreviation MdE', () => {
    expect(instruments('Ambos gobiernos suscribieron un Memorándum de Entendimiento (MdE) sobre litio.', 'es')).toEqual([
      ['memorandum_of_understanding', 'Memorándum de Entendimiento', 'es.instrument.memorandum_of_understanding'],
      ['memorandum_of_understanding', 'MdE', 'es.instrument.memorandum_of_understanding'],
    ]);
  });
  it('gives one instrument with a compound name its most specific type (ruling 4)', () => {
    expect(types('They signed a framework agreement on graphite.', 'en')).toEqual(['framework']);
    expect(types('The parties executed a binding offtake term sheet for spodumene.', 'en')).toEqual(['term_sheet']);
    expect(types('Firmaron un acuerdo marco para el cobre.', 'es')).toEqual(['framework']);
  });
  it('maps declarations of intent and principles, action plans and loans', () => {
    expect(types('Canada and Italy signed a Joint Declaration of Intent on nickel.', 'en')).toEqual(['joint_declaration']);
    expect(types('México y Canadá anunciaron un plan de acción sobre minerales.', 'es')).toEqual(['roadmap']);
    expect(types('The bank approved a $300 million loan for the cobalt refinery.', 'en')).toEqual(['loan']);
    expect(types('Chile y Japón firmaron una carta de intención sobre litio.', 'es')).toEqual(['letter_of_intent']);
  });
  it('reads a named framework and a statement signed by the parties', () => {
    expect(instruments('They adopted the Andean Battery Metals Framework.', 'en')).toEqual([
      ['framework', 'Andean Battery Metals Framework', 'en.instrument.named_framework'],
    ]);
    expect(types('The miner and the state agreed, according to a statement signed by both parties.', 'en')).toEqual(['joint_declaration']);
  });
  it('does not read "de acuerdo con", loan guarantees or "en el marco de" as instruments', () => {
    expect(types('De acuerdo con el ministro, en el marco de la visita se habló de cobre.', 'es')).toEqual([]);
    expect(types('The project is eligible for a loan guarantee.', 'en')).toEqual([]);
  });
});

describe('background and generic names', () => {
  it('leaves out a dated or existing instrument', () => {
    expect(types('Under the 2019 Free Trade Agreement, both sides signed a new memorandum on lithium.', 'en')).toEqual(['memorandum_of_understanding']);
    expect(types('El ministerio cuenta con un memorando con la agencia (2018-2023) y firmará un convenio nuevo.', 'es')).toEqual(['agreement']);
  });
  it('reads "the agreement" as another name of a more specific instrument', () => {
    expect(types('Peru and Korea signed an MoU on copper. The agreement covers exploration.', 'en')).toEqual(['memorandum_of_understanding']);
  });
  it('counts an agreement that is clearly another instrument', () => {
    expect(types('They signed an MoU on copper and also signed an agreement on ports.', 'en')).toEqual(['agreement', 'memorandum_of_understanding']);
    expect(types('Signed with the MOU was the Lusaka Peace Agreement.', 'en')).toEqual(['agreement', 'memorandum_of_understanding']);
  });
  it('counts a generic agreement when nothing more specific is reported', () => {
    expect(types('La provincia y la minera firmaron un convenio para explorar litio.', 'es')).toEqual(['agreement']);
  });
  it('drops a term sheet replaced by a definitive agreement', () => {
    expect(types('The company signed the definitive offtake agreement, following the term sheet of last year.', 'en')).toEqual(['offtake']);
  });
  it('leaves out trade agreements and teaser links', () => {
    expect(types('La UE busca cerrar un acuerdo comercial con el bloque y firmó un memorando sobre litio.', 'es')).toEqual(['memorandum_of_understanding']);
    expect(types('Firmaron un memorando.\nTambién puedes leer: Chile negocia un acuerdo marco con Japón', 'es')).toEqual(['memorandum_of_understanding']);
  });
});

describe('binding (ruling 11)', () => {
  it('reads a denial of legal force', () => {
    expect(binding('The MoU does not create legally binding obligations for either side.', 'en')).toEqual(['non_binding', 'does not create legally binding', 'en.binding.non_binding']);
    expect(binding('El memorando no genera obligaciones jurídicamente vinculantes.', 'es')).toEqual(['non_binding', 'no genera obligaciones jurídicamente vinculantes', 'es.binding.non_binding']);
    expect(binding('Signed a non-binding term sheet.', 'en')[0]).toBe('non_binding');
    expect(binding('Es un acuerdo no vinculante.', 'es')[0]).toBe('non_binding');
  });
  it('reads an affirmation of legal force', () => {
    expect(binding('The offtake agreement is binding subject to financing.', 'en')).toEqual(['binding', 'is binding', 'en.binding.binding']);
    expect(binding('El contrato es jurídicamente vinculante.', 'es')).toEqual(['binding', 'es jurídicamente vinculante', 'es.binding.binding']);
  });
  it('reads "binding" before the reported instrument only', () => {
    expect(binding('They signed a binding offtake agreement for nickel.', 'en')).toEqual(['binding', 'binding', 'en.binding.binding_attributive']);
    expect(binding('They executed the definitive offtake agreement, following the binding term sheet.', 'en')[0]).toBe('unspecified');
  });
  it('is unspecified when the text says nothing', () => {
    expect(binding('Chile y Corea firmaron un memorando sobre cobre.', 'es')).toEqual(['unspecified', null, null]);
  });
});

describe('instruments that are not reported', () => {
  it('leaves out a possible instrument', () => {
    expect(types('EXIM issued a letter of interest and could provide a loan later.', 'en')).toEqual(['letter_of_intent']);
  });
  it('leaves out instruments signed since or in an earlier year', () => {
    expect(types('Desde 2019, el país ha firmado memorandos similares con Japón. Hoy firmó una alianza estratégica sobre cobre.', 'es')).toEqual(['partnership']);
    expect(types('The term sheet is dated 2026-03-12. The two states signed a separate memorandum on minerals in 2023.', 'en')).toEqual(['term_sheet']);
  });
  it('leaves out an instrument that is only called for', () => {
    expect(types('They issued a joint statement. Industry groups called for a financing facility.', 'en')).toEqual(['joint_declaration']);
  });
});
