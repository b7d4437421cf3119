import { describe, expect, it } from 'vitest';
import { entitiesOf, firstMention, ids } from './ctx.ts';

const orgs = (text: string, lang: 'en' | 'es') => ids(entitiesOf(text, lang), 'organization');

describe('curated organizations', () => {
  it('finds international bodies and finance agencies by name and acronym', () => {
    const e = entitiesOf('The World Bank and JBIC will co-finance the smelter with the OECD watching.', 'en');
    expect(ids(e, 'organization')).toEqual(['org:jbic', 'org:oecd', 'org:world-bank']);
    expect(firstMention(e, 'org:world-bank')).toEqual(['World Bank', 'any.entity.org_known']);
  });
  it('gives a Spanish name the canonical id and names the EU (ruling 8)', () => {
    const e = entitiesOf('La Comisión Europea aprobó el plan de litio.', 'es');
    expect(ids(e, 'organization')).toEqual(['org:european-commission']);
    expect(ids(e, 'state')).toEqual(['EU']);
    expect(e.find(x => x.id === 'EU')?.mentions[0]?.rule).toBe('any.entity.eu_institution');
  });
  it('never lists news agencies, platforms or exchanges (ruling 1)', () => {
    expect(orgs('SANTIAGO (Reuters) - Shares rose on the ASX, AFP and EFE reported, and Bloomberg said on X.', 'en')).toEqual([]);
  });
});

describe('head words', () => {
  it('reads English names ending in a company or institution word, legal suffix dropped from the id', () => {
    const e = entitiesOf('Kestrel Lithium Ltd signed with the Northern Copper Corporation and the Rapid Review Committee.', 'en');
    expect(ids(e, 'organization')).toEqual(['org:kestrel-lithium', 'org:northern-copper-corporation', 'org:rapid-review-committee']);
    expect(firstMention(e, 'org:kestrel-lithium')).toEqual(['Kestrel Lithium Ltd', 'en.entity.org_head_final']);
  });
  it('reads Spanish names opening with an institution word and splits two of them', () => {
    const e = entitiesOf('La Comisión de Minería Sostenible de la Cámara de Senadores aprobó el proyecto.', 'es');
    expect(ids(e, 'organization')).toEqual(['org:camara-de-senadores', 'org:comision-de-mineria-sostenible']);
    expect(firstMention(e, 'org:camara-de-senadores')).toEqual(['Cámara de Senadores', 'es.entity.org_head_initial']);
  });
  it('drops a state complement and a demonym from a ministry', () => {
    expect(orgs('They signed with the Chilean Ministry of Mining and the Ministry of Energy of Peru.', 'en')).toEqual([
      'org:ministry-of-energy',
      'org:ministry-of-mining',
    ]);
  });
  it('does not read generic words, projects, instruments or titles as organizations', () => {
    expect(orgs('Critical Minerals and Rare Earths matter for the Salar Norte Lithium Project.', 'en')).toEqual([]);
    expect(orgs('The Minister of Industry and Mineral Resources opened the Future Minerals Forum.', 'en')).toEqual([]);
  });
});

describe('acronyms', () => {
  it('uses the acronym the text defines as the id (ruling 2), spelled by initials or syllables', () => {
    const e = entitiesOf('Empresa Boliviana de Litio (EBL) y el Comité Cívico Orureño (Comcior) discutieron. EBL respondió.', 'es');
    expect(ids(e, 'organization')).toEqual(['org:comcior', 'org:ebl']);
    expect(e.find(x => x.id === 'org:ebl')?.mentions.map(m => m.rule)).toEqual(['any.entity.org_acronym_definition', 'any.entity.org_acronym', 'any.entity.org_acronym']);
  });
  it('does not make an organization of a defined facility or instrument', () => {
    expect(orgs('The Base Metal Refinery (BMR) and the Memorandum of Understanding (MoU) were discussed.', 'en')).toEqual([]);
  });
});

describe('context', () => {
  it('reads a name introduced by a company noun, in both languages', () => {
    expect(orgs('The Australian miner Pallinup said the electric vehicle maker Voltaro would buy.', 'en')).toEqual(['org:pallinup', 'org:voltaro']);
    expect(orgs('La minera china Hanxin y las empresas Qilu de China y Norsul cerraron un trato.', 'es')).toEqual(['org:hanxin', 'org:norsul', 'org:qilu']);
  });
  it('reads "X-based Y" and a name next to a corporate title', () => {
    const e = entitiesOf('Ohio-based Carbonex signed. Pallinup MD Jane Roe said it was a milestone.', 'en');
    expect(ids(e, 'organization')).toEqual(['org:carbonex', 'org:pallinup']);
    expect(firstMention(e, 'org:pallinup')).toEqual(['Pallinup', 'en.entity.org_title_context']);
  });
  it('merges short and full forms of a company under the fullest name', () => {
    const e = entitiesOf('Harlow Resources signed an offtake. Harlow will ship in 2027.', 'en');
    expect(ids(e, 'organization')).toEqual(['org:harlow-resources']);
    expect(e[0]?.mentions.map(m => m.text)).toEqual(['Harlow Resources', 'Harlow']);
  });
  it('names a province from its governor (ruling 1)', () => {
    const e = entitiesOf('El gobernador de Salta, Juan Pérez, firmó. La provincia de Salta invertirá.', 'es');
    expect(ids(e, 'organization')).toEqual(['org:province-of-salta']);
    expect(firstMention(e, 'org:province-of-salta')).toEqual(['Salta', 'es.entity.province_from_governor']);
  });
  it("reads a state's ministry named in lower case", () => {
    expect(orgs("Chile's mining ministry approved the permit.", 'en')).toEqual(['org:mining-ministry']);
  });
});

describe('not organizations', () => {
  it('skips a government body named only as a source (ruling 1)', () => {
    expect(orgs('The White House published the text of the agreement on graphite.', 'en')).toEqual([]);
    expect(orgs('La Casa Blanca anunció el acuerdo sobre litio.', 'es')).toEqual([]);
  });
  it('keeps a government body that acts', () => {
    expect(orgs('The Ministry of Mines signed an MoU with the bank.', 'en')).toEqual(['org:ministry-of-mines']);
  });
  it('skips a body named only as the setting of an event', () => {
    expect(orgs('Leaders met during the United Nations General Assembly.', 'en')).toEqual([]);
  });
  it('skips names inside credit lines', () => {
    expect(orgs('[Source photo: Jane Doe/Desert Mining Company]\nThe deal was signed.', 'en')).toEqual([]);
  });
});

describe('translated names and lower-case ministries', () => {
  it('takes an acronym in another language when its letters are the initials of the name', () => {
    const e = entitiesOf('La Agencia de Cooperación Internacional del Japón (JICA) financiará el estudio.', 'es');
    expect(ids(e, 'organization')).toEqual(['org:jica']);
  });
  it('reads a Spanish ministry in lower case next to its state', () => {
    expect(orgs('El ministerio de minería de Chile firmó el convenio.', 'es')).toEqual(['org:ministerio-de-mineria']);
  });
  it('skips a government seat named as a place', () => {
    expect(orgs('The leaders welcomed the framework at the White House.', 'en')).toEqual([]);
  });
});

describe('names around descriptors and acronyms', () => {
  it('reads a public body named by what it is ("the geological survey BRGM", "la agencia francesa BRGM")', () => {
    const e = entitiesOf('The French geological survey BRGM will send experts.', 'en');
    expect(firstMention(e, 'org:brgm')).toEqual(['BRGM', 'en.entity.org_descriptor']);
    const s = entitiesOf('La agencia francesa BRGM enviará expertos.', 'es');
    expect(firstMention(s, 'org:brgm')).toEqual(['BRGM', 'es.entity.org_descriptor']);
  });
  it('ends a name before "and X\'s": the possessive opens the next name', () => {
    expect(orgs("The Ministry of Mining and Heavy Industry of Mongolia and France's Ministry for the Economy signed.", 'en')).toEqual([
      'org:ministry-for-the-economy',
      'org:ministry-of-mining-and-heavy-industry',
    ]);
    expect(orgs('El Ministerio de Minería de Mongolia y el Ministerio de Economía de Francia firmaron.', 'es')).toEqual([
      'org:ministerio-de-economia',
      'org:ministerio-de-mineria',
    ]);
  });
  it('does not read a person after "la compañía," as a company', () => {
    expect(orgs('Firmó el presidente de la compañía, Juan Torres, en Lima.', 'es')).toEqual([]);
  });
  it('reads "la chilena X" as a company, but not "el chileno X"', () => {
    expect(orgs('La chilena Minera Altiplano firmó; el chileno Pedro Soto jugó.', 'es')).toEqual(['org:minera-altiplano']);
  });
  it('takes an acronym spelled by syllables, skipping one word and the state complement', () => {
    expect(orgs('La Corporación Minera del Oro de Chile (Comor) y el Centro de Estudios Andinos del Sur (Ceansur) opinaron.', 'es')).toEqual([
      'org:ceansur',
      'org:comor',
    ]);
  });
  it('keeps the state in the name of a body that is not a ministry', () => {
    expect(orgs('El Servicio Geológico de Bolivia compartirá datos.', 'es')).toEqual(['org:servicio-geologico-de-bolivia']);
  });
  it('reads an acronym whose name has a comma inside', () => {
    expect(orgs('El Instituto Geológico, Minero y Ambiental (Ingema) evaluará el salar.', 'es')).toEqual(['org:ingema']);
  });
});
