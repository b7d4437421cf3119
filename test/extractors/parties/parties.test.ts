import { describe, expect, it } from 'vitest';
import { docCtx } from '../entities/ctx.ts';
import { extractEntities } from '../../../src/extractors/entities/index.ts';
import { extractOfficials } from '../../../src/extractors/officials/index.ts';
import { extractInstruments } from '../../../src/extractors/instruments/index.ts';
import { assignParties } from '../../../src/extractors/parties/index.ts';
import type { Lang } from '../../../src/schema/record.ts';

function parties(text: string, lang: Lang): string[] {
  const ctx = docCtx(text, lang);
  const entities = extractEntities(ctx);
  const officials = extractOfficials(ctx, entities);
  return assignParties(ctx, entities, extractInstruments(ctx), officials)
    .filter(e => e.party)
    .map(e => e.id)
    .sort();
}

describe('subjects of a signing verb', () => {
  it('reads coordinated states (English and Spanish)', () => {
    expect(parties('Australia and India signed a memorandum of understanding on lithium.', 'en')).toEqual(['AU', 'IN']);
    expect(parties('Los gobiernos de Chile y Japón firmaron una declaración conjunta sobre cobre.', 'es')).toEqual(['CL', 'JP']);
  });
  it('reads officials signing for their state', () => {
    expect(parties('Japanese Prime Minister Taro Sato and Peruvian President Ana Ruiz signed a framework agreement on copper.', 'en')).toEqual(['JP', 'PE']);
  });
  it('steps over an appositive and a possessive modifier', () => {
    expect(parties('Saudi Arabia, represented by the Ministry of Industry, has signed an MoU with Chile.', 'en')).toEqual(['CL', 'SA']);
    expect(parties("Ghana's government and Canada's Asante Gold agreed on a contract for the mine.", 'en')).toEqual(['GH', 'org:asante-gold']);
  });
  it('reads the other party when the sentence starts at a demonym (text cut before its noun)', () => {
    // Stepping back from the describing demonym used to read before the sentence's first word.
    expect(parties('Chilean signed a memorandum of understanding with Peru.', 'en')).toEqual(['PE']);
    expect(parties('Bolivianos (YLB) firmó una carta de intención con Chile.', 'es')).toEqual(['CL']);
  });
  it('reads a pronoun subject back to the company named before it', () => {
    expect(parties('Canadian miner Teck Resources said it had agreed a supply deal with Posco.', 'en')).toEqual(['org:posco', 'org:teck-resources']);
  });
});

describe('with / con / between / entre', () => {
  it('reads the other parties after "with" and "con"', () => {
    expect(parties('Indonesia signed MoUs with Chile, Canada and Brazil on nickel.', 'en')).toEqual(['BR', 'CA', 'CL', 'ID']);
    expect(parties('El canciller Hugo Pérez suscribió un memorando con los Estados Unidos para el litio en Perú y en Lima.', 'es')).toEqual(['PE', 'US']);
  });
  it('reads parties after an instrument name', () => {
    expect(parties('La comisión aprobó el contrato con la empresa rusa Uranium Alfa para el litio.', 'es')).toEqual(['org:uranium-alfa']);
    expect(parties('The Memorandum of Understanding between the Government of Peru and the Government of Korea covers copper.', 'en')).toEqual(['KR', 'PE']);
  });
  it('skips states that only describe an organization', () => {
    expect(parties('Yacimientos de Litio Bolivianos (YLB) firmó convenios con las empresas Hanxin de China y Volga One de Rusia para explotar litio.', 'es')).toEqual(['org:hanxin', 'org:volga-one', 'org:ylb']);
  });
  it('reads the borrower of a loan', () => {
    expect(parties('The DFC announced a $150 million loan to Brazilian miner Serra Azul for rare earths.', 'en')).toEqual(['org:dfc', 'org:serra-azul']);
  });
});

describe('by / por and compounds', () => {
  it('reads signatories after a passive verb', () => {
    expect(parties('The joint statement on minerals was released by the Governments of Italy, Norway and the European Union.', 'en')).toEqual(['EU', 'IT', 'NO']);
    expect(parties('Chile y la UE firmaron un memorando. El documento fue firmado por el canciller Luis Mora y el comisario europeo Ana Bel.', 'es')).toEqual(['CL', 'EU']);
  });
  it('reads a state pair joined by a dash', () => {
    expect(parties('The U.S.–Kenya Strategic Partnership on minerals was announced.', 'en')).toEqual(['KE', 'US']);
  });
});

describe('ruling 3', () => {
  it('makes a ministry signing for its state give the state', () => {
    expect(parties("Ghana's trade ministry signs an MoU with Umicore on cathode materials.", 'en')).toEqual(['GH', 'org:umicore']);
  });
  it('makes a state finance agency a party itself', () => {
    expect(parties("Japan's JOGMEC and Argentina's lithium producer Eramine signed a letter of intent.", 'en')).toEqual(['org:eramine', 'org:jogmec']);
  });
});

describe('inference and negatives', () => {
  it('completes a pair with the state the text is about', () => {
    expect(parties('signed a Memorandum of Understanding with the United States in Washington. The MoU does not bind Peru. Peru will explore copper.', 'en')).toEqual(['PE', 'US']);
  });
  it('finds no parties without an instrument', () => {
    expect(parties('Chile and Peru discussed copper prices on Monday.', 'en')).toEqual([]);
  });
  it('does not make a witness or a background instrument a party', () => {
    expect(parties('Chile and Japan signed an MoU on copper, following the foundational offtake agreement with Korea.', 'en')).toEqual(['CL', 'JP']);
  });
});

describe('counterparts and institutions', () => {
  it('reads "su par de X" as X', () => {
    expect(parties('La canciller de Colombia, Ana Gómez, y su par de Emiratos Árabes Unidos firmaron un memorando sobre minería.', 'es')).toEqual(['AE', 'CO']);
  });
  it('reads an institution described by its state, and the one coordinated before it', () => {
    expect(parties('El Ministerio de Minas de Guatemala y la Agencia de Cooperación Internacional del Japón (JICA) suscribieron un convenio sobre cobre.', 'es')).toEqual(['GT', 'org:jica']);
  });
});

describe('lenders, appositives and lists', () => {
  it('makes the lender and the borrower of a loan parties', () => {
    expect(parties('The DFC has approved a loan of up to $300 million to Minera Valle Azul, a Peruvian copper producer.', 'en')).toEqual(['org:dfc', 'org:minera-valle-azul']);
  });
  it('steps over an appositive before the verb', () => {
    expect(parties("Thames Metals, a British maker of tools, has agreed a term sheet with Kazakhstan's state-owned Altai Mining Company.", 'en')).toEqual(['org:altai-mining-company', 'org:thames-metals']);
  });
  it('reads states listed after "from" as the subject', () => {
    expect(parties('Ministers from Chile, Peru and Canada today issued a joint statement on copper.', 'en')).toEqual(['CA', 'CL', 'PE']);
  });
  it('skips a witness and a state inside an organization name', () => {
    expect(parties('La carta de intención fue suscrita por el presidente de Yacimientos de Litio Bolivianos (YLB), Ana Paz, en presencia del ministro de Minería, Luis Soto.', 'es')).toEqual(['org:ylb']);
  });
});
