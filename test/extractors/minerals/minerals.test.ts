// Minerals: the bilingual lexicon, products mapped to their mineral, and the false-friend guards.
import { describe, expect, it } from 'vitest';
import { extractMinerals, RULES } from '../../../src/extractors/minerals/index.ts';
import { GUARDS } from '../../../src/extractors/minerals/guards.ts';
import { MINERAL_IDS, MINERAL_INFO } from '../../../src/extractors/minerals/lexicon.ts';
import type { Lang, Mineral } from '../../../src/schema/record.ts';
import { docCtx } from '../../helpers/ctx.ts';

const run = (text: string, lang: Lang): Mineral[] => extractMinerals(docCtx(text, lang));
const ids = (text: string, lang: Lang): string[] => run(text, lang).map(m => m.id);

/** The single mention of `id` in `text`: its span text and rule. */
function mention(text: string, lang: Lang, id: string): { text: string; rule: string; start: number } {
  const m = run(text, lang).find(x => x.id === id);
  expect(m, `${id} in "${text}"`).toBeDefined();
  expect(m!.mentions).toHaveLength(1);
  const span = m!.mentions[0]!;
  expect(text.slice(span.start, span.end)).toBe(span.text);
  return { text: span.text, rule: span.rule, start: span.start };
}

describe('lexicon names (en.mineral.lexicon / es.mineral.lexicon)', () => {
  it('finds English names with span and rule', () => {
    expect(mention('The partners will develop lithium deposits in the north.', 'en', 'lithium')).toEqual({
      text: 'lithium',
      rule: 'en.mineral.lexicon',
      start: 26,
    });
    expect(mention('Rare earths are part of the deal.', 'en', 'rare_earths')).toMatchObject({ text: 'Rare earths', rule: 'en.mineral.lexicon' });
  });

  it('finds Spanish names, plurals and accent variants', () => {
    expect(mention('El acuerdo cubre la exploración de litio en la Puna.', 'es', 'lithium')).toMatchObject({ text: 'litio', rule: 'es.mineral.lexicon' });
    expect(mention('Exportan níquel a Corea.', 'es', 'nickel')).toMatchObject({ text: 'níquel', rule: 'es.mineral.lexicon' });
    expect(mention('EXPORTAN NIQUEL A COREA', 'es', 'nickel')).toMatchObject({ text: 'NIQUEL', rule: 'es.mineral.lexicon' });
    expect(mention('Cooperación en tierras raras y minerales críticos.', 'es', 'rare_earths')).toMatchObject({ text: 'tierras raras' });
    expect(mention('La mina produce estaño desde 1950.', 'es', 'tin')).toMatchObject({ text: 'estaño' });
    expect(ids('Reservas de wolframio y de tungsteno.', 'es')).toEqual(['tungsten']);
  });

  it('lists every mineral of a list', () => {
    expect(ids('The country has arsenic, boron, copper, tin, phosphorus, indium, lithium, silver, lead, and zinc.', 'en')).toEqual([
      'arsenic', 'boron', 'copper', 'indium', 'lead', 'lithium', 'phosphorus', 'silver', 'tin', 'zinc',
    ]);
    expect(ids('El yacimiento tiene cobre, oro, plata, plomo y zinc.', 'es')).toEqual(['copper', 'gold', 'lead', 'silver', 'zinc']);
  });

  it('maps potash words to potash (ruling 10)', () => {
    expect(ids('Canada is the largest potash producer.', 'en')).toEqual(['potash']);
    expect(ids('Sales de potasio y potasa de Jujuy.', 'es')).toEqual(['potash']);
  });

  it('does not count generic words or fuels', () => {
    expect(ids('A deal on critical minerals, metals and raw materials, not oil, gas, coal or petroleum.', 'en')).toEqual([]);
    expect(ids('Un acuerdo sobre minerales críticos, metales, materias primas, petróleo y gas.', 'es')).toEqual([]);
  });
});

describe('products mapped to their mineral (en.mineral.product / es.mineral.product)', () => {
  it('English products', () => {
    expect(mention('The plant will make lithium hydroxide for batteries.', 'en', 'lithium')).toMatchObject({ text: 'lithium hydroxide', rule: 'en.mineral.product' });
    expect(mention('Shipments of copper cathodes rose.', 'en', 'copper')).toMatchObject({ text: 'copper cathodes', rule: 'en.mineral.product' });
    expect(mention('A supplier of rare earth magnets for turbines.', 'en', 'rare_earths')).toMatchObject({ text: 'rare earth magnets', rule: 'en.mineral.product' });
    expect(mention('The smelter sells nickel matte to Japan.', 'en', 'nickel')).toMatchObject({ text: 'nickel matte', rule: 'en.mineral.product' });
    expect(mention('The lithium-ion battery market grows.', 'en', 'lithium')).toMatchObject({ text: 'lithium-ion', rule: 'en.mineral.product' });
  });

  it('Spanish products', () => {
    expect(mention('La planta producirá carbonato de litio.', 'es', 'lithium')).toMatchObject({ text: 'carbonato de litio', rule: 'es.mineral.product' });
    expect(mention('Exporta cátodos de cobre a China.', 'es', 'copper')).toMatchObject({ text: 'cátodos de cobre', rule: 'es.mineral.product' });
    expect(mention('Una planta de sulfato de níquel en Sulawesi.', 'es', 'nickel')).toMatchObject({ text: 'sulfato de níquel', rule: 'es.mineral.product' });
    expect(mention('Proyectos de elementos de tierras raras en Brasil.', 'es', 'rare_earths')).toMatchObject({ text: 'elementos de tierras raras' });
  });

  it('case-sensitive abbreviations and formulas (any.mineral.abbreviation)', () => {
    expect(mention('Demand for Li-ion cells keeps rising.', 'en', 'lithium')).toMatchObject({ text: 'Li-ion', rule: 'any.mineral.abbreviation' });
    expect(mention('Grade of total REE in the concentrate.', 'en', 'rare_earths')).toMatchObject({ text: 'REE', rule: 'any.mineral.abbreviation' });
    expect(ids('The buyer takes NdPr oxide.', 'en')).toEqual(['neodymium', 'praseodymium']);
    expect(mention('Price of U3O8 rose.', 'en', 'uranium')).toMatchObject({ text: 'U3O8' });
    // "ree" in lower case is not the abbreviation.
    expect(ids('free trade and a ree of words', 'en')).toEqual([]);
  });

  it('does not count bare element symbols', () => {
    expect(ids('Chairman Li Liangbing and Co. representatives met in Cu.', 'en')).toEqual([]);
  });
});

describe('record shape', () => {
  it('one record per id, English display name, symbol, every mention', () => {
    const out = run('Lithium and more lithium; also rare earths.', 'en');
    expect(out.map(m => [m.id, m.name, m.symbol, m.mentions.length])).toEqual([
      ['lithium', 'lithium', 'Li', 2],
      ['rare_earths', 'rare earths', null, 1],
    ]);
  });

  it('credits a surface listed in both languages to the document language', () => {
    expect(mention('Exporta zinc refinado.', 'es', 'zinc').rule).toBe('es.mineral.lexicon');
    expect(mention('It exports refined zinc.', 'en', 'zinc').rule).toBe('en.mineral.lexicon');
  });
});

describe('guards against false friends', () => {
  for (const g of GUARDS) {
    describe(g.id, () => {
      for (const ex of g.examples.blocked) {
        it(`blocks "${ex.word}" in: ${ex.text}`, () => {
          const spans = run(ex.text, ex.lang).flatMap(m => m.mentions.map(s => s.text));
          expect(spans).not.toContain(ex.word);
        });
      }
      for (const ex of g.examples.kept) {
        it(`keeps ${ex.id} in: ${ex.text}`, () => {
          expect(ids(ex.text, ex.lang)).toContain(ex.id);
        });
      }
    });
  }

  it('"lead" as a verb or leadership noun is not lead; as a metal it is', () => {
    expect(ids('Chile will lead the talks and take the lead on standards.', 'en')).toEqual([]);
    expect(ids('The leading producer appointed a lead negotiator.', 'en')).toEqual([]);
    expect(ids('Lead and zinc output rose at the mine.', 'en')).toEqual(['lead', 'zinc']);
    expect(ids('The lead ore is shipped by rail.', 'en')).toEqual(['lead']);
  });

  it('"plata" as money is not silver; in a list or with "onzas" it is', () => {
    expect(ids('El gobierno puso mucha plata en el proyecto.', 'es')).toEqual([]);
    expect(ids('Es plata fresca para la región.', 'es')).toEqual([]);
    expect(ids('Vendieron diez mil onzas de plata.', 'es')).toEqual(['silver']);
    expect(ids('Produce plata y oro.', 'es')).toEqual(['gold', 'silver']);
  });

  it('"iron" alone is not iron ore; "iron ore" and a list are', () => {
    expect(ids('The ministers want to iron out their differences.', 'en')).toEqual([]);
    expect(ids('An iron will drove the reform.', 'en')).toEqual([]);
    expect(ids('Exports of iron ore to China grew.', 'en')).toEqual(['iron_ore']);
    expect(ids('El mineral de hierro llega al puerto.', 'es')).toEqual(['iron_ore']);
  });

  it('a metal inside a company or institution name is not counted (ruling 10)', () => {
    expect(ids('La Corporación Nacional del Cobre firmó con Lithium Americas.', 'es')).toEqual([]);
    expect(ids('Shares of Zhejiang Huayou Cobalt and China Molybdenum Co fell.', 'en')).toEqual([]);
    expect(ids('El contrato con Uranium One para el litio boliviano.', 'es')).toEqual(['lithium']);
  });

  it('metaphors with gold are not gold', () => {
    expect(ids('Lithium is the new white gold and the golden age of mining.', 'en')).toEqual(['lithium']);
    expect(ids('Este nuevo oro blanco marca una edad de oro.', 'es')).toEqual([]);
  });
});

describe('lexicon data', () => {
  it('ids are lower-case words joined by "_" and each has a display name', () => {
    for (const id of MINERAL_IDS) {
      expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(MINERAL_INFO.get(id)?.name).toBeTruthy();
    }
  });

  it('covers the guideline ids and the critical-minerals list', () => {
    const required = [
      'lithium', 'copper', 'rare_earths', 'nickel', 'cobalt', 'graphite', 'manganese', 'gallium', 'germanium', 'tungsten',
      'antimony', 'uranium', 'neodymium', 'praseodymium', 'dysprosium', 'terbium', 'tin', 'zinc', 'lead', 'silver', 'gold',
      'iron_ore', 'phosphorus', 'phosphate', 'boron', 'indium', 'arsenic', 'aluminium', 'bauxite', 'spodumene', 'potash',
      'lanthanum', 'cerium', 'europium', 'gadolinium', 'holmium', 'erbium', 'thulium', 'ytterbium', 'lutetium', 'yttrium',
      'scandium', 'samarium', 'molybdenum', 'vanadium', 'titanium', 'chromium', 'platinum', 'palladium', 'platinum_group_metals',
      'niobium', 'tantalum', 'beryllium', 'bismuth', 'cesium', 'fluorspar', 'hafnium', 'magnesium', 'rubidium', 'tellurium',
      'zirconium', 'barite', 'iridium', 'rhodium', 'ruthenium', 'rhenium', 'silicon',
    ];
    for (const id of required) expect(MINERAL_IDS).toContain(id);
  });

  it('declares every rule in both languages (guard_verb and guard_accent are language-specific on purpose)', () => {
    const families = (lang: string): string[] => RULES.filter(r => r.lang === lang).map(r => r.id.split('.').slice(2).join('.'));
    const en = families('en');
    const es = families('es');
    for (const f of ['lexicon', 'product', 'guard_idiom', 'guard_context']) {
      expect(en).toContain(f);
      expect(es).toContain(f);
    }
    expect(RULES.every(r => r.field === 'minerals')).toBe(true);
  });
});
