// Obligations: clause boundaries and modality for each trigger family, in both languages; what
// is not an obligation (background, commentary, quotes of opinion, headings, validity terms);
// actors from the entities the stage receives.
import { describe, expect, it } from 'vitest';
import { extractObligations, RULES } from '../../../src/extractors/obligations/index.ts';
import type { Entity, Lang } from '../../../src/schema/record.ts';
import { docCtx } from '../../helpers/ctx.ts';

interface Found {
  text: string;
  modality: string;
  trigger: string;
  rule: string;
}

function obligations(text: string, lang: Lang, entities: Entity[] = []): Found[] {
  const ctx = docCtx(text, lang);
  return extractObligations(ctx, entities).map(o => {
    expect(ctx.text.slice(o.span.start, o.span.end)).toBe(o.text);
    expect(o.span.text).toBe(o.text);
    return { text: o.text, modality: o.modality, trigger: o.trigger, rule: o.span.rule };
  });
}

/** The only obligation of a text. */
function only(text: string, lang: Lang): Found {
  const out = obligations(text, lang);
  expect(out, text).toHaveLength(1);
  return out[0]!;
}

describe('binding', () => {
  it('en: shall, must, is obliged to, conditions', () => {
    expect(only('Under the contract, the buyer shall pay within thirty days of delivery.', 'en')).toEqual({
      text: 'Under the contract, the buyer shall pay within thirty days of delivery',
      modality: 'binding',
      trigger: 'shall',
      rule: 'en.obligation.shall',
    });
    expect(only('The offtake agreement was signed in May. Delivered concentrate must contain at least 5.5% lithium oxide.', 'en')).toMatchObject({
      text: 'Delivered concentrate must contain at least 5.5% lithium oxide',
      modality: 'binding',
      rule: 'en.obligation.must',
    });
    expect(only('Under the loan, the miner is obliged to report its emissions every year.', 'en')).toMatchObject({
      modality: 'binding',
      trigger: 'is obliged to',
      rule: 'en.obligation.is_obliged_to',
    });
    expect(only('The supply contract is subject to approval by the national congress.', 'en')).toEqual({
      text: 'The supply contract is subject to approval by the national congress',
      modality: 'binding',
      trigger: 'subject to',
      rule: 'en.obligation.condition',
    });
  });

  it('es: deberá, se obliga a, sujeto a, requisito para', () => {
    expect(only('Según el contrato, la empresa deberá presentar un informe cada seis meses.', 'es')).toMatchObject({
      text: 'Según el contrato, la empresa deberá presentar un informe cada seis meses',
      modality: 'binding',
      trigger: 'deberá',
      rule: 'es.obligation.debera',
    });
    expect(only('Por el convenio, la minera se obliga a contratar personal local.', 'es')).toMatchObject({
      modality: 'binding',
      trigger: 'se obliga a',
      rule: 'es.obligation.se_obliga_a',
    });
    expect(only('El acuerdo de suministro está sujeto a la aprobación del Congreso.', 'es')).toEqual({
      text: 'El acuerdo de suministro está sujeto a la aprobación del Congreso',
      modality: 'binding',
      trigger: 'sujeto a',
      rule: 'es.obligation.condicion',
    });
  });
});

describe('commitment', () => {
  it('en: will, agreed to, commit to, scope statements', () => {
    expect(only('Under the memorandum, the two governments will jointly select priority projects.', 'en')).toMatchObject({
      text: 'Under the memorandum, the two governments will jointly select priority projects',
      modality: 'commitment',
      trigger: 'will',
      rule: 'en.obligation.will',
    });
    expect(only('In the offtake deal, the carmaker has agreed to purchase 50,000 tonnes a year.', 'en')).toMatchObject({
      modality: 'commitment',
      trigger: 'agreed to',
      rule: 'en.obligation.agree_to',
    });
    expect(only('Under the joint statement, the Participants commit to share geological data.', 'en')).toMatchObject({
      modality: 'commitment',
      trigger: 'commit to',
      rule: 'en.obligation.commit_to',
    });
    expect(only('The agreement facilitates joint financing of refining projects.', 'en')).toEqual({
      text: 'The agreement facilitates joint financing of refining projects',
      modality: 'commitment',
      trigger: 'facilitates',
      rule: 'en.obligation.scope',
    });
    expect(only('The term sheet is for the supply of graphite concentrate to the buyer.', 'en')).toMatchObject({
      modality: 'commitment',
      trigger: 'for the supply of',
      rule: 'en.obligation.for_the_supply_of',
    });
  });

  it('es: se compromete(n) a, acordaron, se realizará, establece', () => {
    expect(only('Mediante el memorando, las partes se comprometen a compartir información geológica.', 'es')).toMatchObject({
      text: 'Mediante el memorando, las partes se comprometen a compartir información geológica',
      modality: 'commitment',
      trigger: 'se comprometen a',
      rule: 'es.obligation.se_compromete_a',
    });
    expect(only('Firmaron un convenio. Además, acordaron crear una mesa técnica binacional.', 'es')).toEqual({
      text: 'acordaron crear una mesa técnica binacional',
      modality: 'commitment',
      trigger: 'acordaron',
      rule: 'es.obligation.acordaron',
    });
    expect(only('Firmaron una declaración conjunta. La primera reunión se realizará en Lima el próximo mes.', 'es')).toMatchObject({
      text: 'La primera reunión se realizará en Lima el próximo mes',
      modality: 'commitment',
      trigger: 'se realizará',
      rule: 'es.obligation.futuro',
    });
    expect(only('Firmaron una declaración conjunta. En ese sentido, establece un grupo de trabajo sobre litio.', 'es')).toEqual({
      text: 'establece un grupo de trabajo sobre litio',
      modality: 'commitment',
      trigger: 'establece',
      rule: 'es.obligation.alcance',
    });
  });
});

describe('intent', () => {
  it('en: aim to, plans to, may, is expected to, will explore, purpose of the instrument', () => {
    expect(only('The memorandum was signed in Lima. Both governments aim to shorten permitting times.', 'en')).toMatchObject({
      text: 'Both governments aim to shorten permitting times',
      modality: 'intent',
      trigger: 'aim to',
      rule: 'en.obligation.intend_to',
    });
    expect(only('The framework also outlines plans to expand refining capacity.', 'en')).toMatchObject({ modality: 'intent', trigger: 'plans to' });
    expect(only('Under the agreement, the term may be extended for three more years.', 'en')).toMatchObject({ modality: 'intent', trigger: 'may' });
    expect(only('The offtake deal was signed. First deliveries are expected to start in 2027.', 'en')).toMatchObject({
      text: 'First deliveries are expected to start in 2027',
      modality: 'intent',
      rule: 'en.obligation.expected_to',
    });
    expect(only('Under the roadmap, the partners will explore new financing tools.', 'en')).toMatchObject({
      modality: 'intent',
      trigger: 'will explore',
      rule: 'en.obligation.will_explore',
    });
    expect(only('Chile and Japan signed a memorandum of understanding to deepen cooperation on copper.', 'en')).toEqual({
      text: 'Chile and Japan signed a memorandum of understanding to deepen cooperation on copper',
      modality: 'intent',
      trigger: 'to',
      rule: 'en.obligation.purpose',
    });
  });

  it('es: buscará, podrá, tiene por objeto, sería, propósito del instrumento', () => {
    expect(only('Firmaron un acuerdo marco. Las consultas buscarán abordar la chatarra de cobre.', 'es')).toMatchObject({
      text: 'Las consultas buscarán abordar la chatarra de cobre',
      modality: 'intent',
      trigger: 'buscarán',
      rule: 'es.obligation.busca',
    });
    expect(only('Según el convenio, cualquiera de las partes podrá retirarse con aviso previo.', 'es')).toMatchObject({
      modality: 'intent',
      trigger: 'podrá',
      rule: 'es.obligation.podra',
    });
    expect(only('El memorando tiene por objeto impulsar la minería sostenible.', 'es')).toEqual({
      text: 'El memorando tiene por objeto impulsar la minería sostenible',
      modality: 'intent',
      trigger: 'tiene por objeto',
      rule: 'es.obligation.tiene_por_objeto',
    });
    expect(only('Firmaron un acuerdo. El ministro indicó que el fondo sería administrado por ambos países.', 'es')).toMatchObject({
      modality: 'intent',
      trigger: 'sería',
      rule: 'es.obligation.condicional',
    });
    expect(only('Bolivia y la India firmaron un memorando de entendimiento para impulsar la industria del litio.', 'es')).toEqual({
      text: 'Bolivia y la India firmaron un memorando de entendimiento para impulsar la industria del litio',
      modality: 'intent',
      trigger: 'para',
      rule: 'es.obligation.proposito',
    });
  });
});

describe('negated', () => {
  it('en: does not create binding obligations; non-binding', () => {
    expect(only('The memorandum does not create legally binding obligations for either party.', 'en')).toEqual({
      text: 'The memorandum does not create legally binding obligations for either party',
      modality: 'negated',
      trigger: 'does not create legally binding obligations',
      rule: 'en.obligation.no_binding_obligations',
    });
    expect(only('The miner signed a term sheet with the buyer. Until then, the term sheet is non-binding.', 'en')).toMatchObject({
      text: 'Until then, the term sheet is non-binding',
      modality: 'negated',
      rule: 'en.obligation.non_binding',
    });
  });

  it('es: no genera obligaciones; no vinculante', () => {
    expect(only('El memorando no genera obligaciones jurídicamente vinculantes para las partes.', 'es')).toMatchObject({
      text: 'El memorando no genera obligaciones jurídicamente vinculantes para las partes',
      modality: 'negated',
      trigger: 'no genera obligaciones',
      rule: 'es.obligation.no_genera_obligaciones',
    });
    expect(only('Según las partes, el acuerdo es no vinculante.', 'es')).toMatchObject({ modality: 'negated', rule: 'es.obligation.no_vinculante' });
  });
});

describe('clause boundaries', () => {
  it('splits at "; rather," and keeps each clause with its own modality (en)', () => {
    expect(obligations('The memorandum does not create binding obligations; rather, it establishes a framework for dialogue.', 'en')).toEqual([
      { text: 'The memorandum does not create binding obligations', modality: 'negated', trigger: 'does not create binding obligations', rule: 'en.obligation.no_binding_obligations' },
      { text: 'it establishes a framework for dialogue', modality: 'commitment', trigger: 'establishes', rule: 'en.obligation.scope' },
    ]);
  });

  it('splits at ", sino que" (es)', () => {
    expect(obligations('El documento no genera obligaciones para el Estado, sino que constituye un marco de diálogo orientado a atraer inversión.', 'es').map(o => [o.text, o.modality])).toEqual([
      ['El documento no genera obligaciones para el Estado', 'negated'],
      ['constituye un marco de diálogo orientado a atraer inversión', 'intent'],
    ]);
  });

  it('splits at "y" before a new modality, not inside a list of actions', () => {
    expect(obligations('Firmaron una declaración. La consulta se realizará en marzo y tendrá por objeto acordar un plan.', 'es').map(o => [o.text, o.modality])).toEqual([
      ['La consulta se realizará en marzo', 'commitment'],
      ['tendrá por objeto acordar un plan', 'intent'],
    ]);
    expect(obligations('Under the framework the two countries will select projects, provide financing, and create a joint fund.', 'en').map(o => o.text)).toEqual([
      'Under the framework the two countries will select projects, provide financing, and create a joint fund',
    ]);
  });

  it('splits at ", while" and "and" with a new subject (en)', () => {
    expect(obligations('Under the deal a joint committee is scheduled to meet within 90 days, while both sides aim to cut red tape.', 'en').map(o => [o.text, o.modality])).toEqual([
      ['Under the deal a joint committee is scheduled to meet within 90 days', 'commitment'],
      ['both sides aim to cut red tape', 'intent'],
    ]);
    expect(obligations('The offtake deal was signed. Supply is expected to begin in 2027 and the deal is conditional upon financing.', 'en').map(o => [o.text, o.modality])).toEqual([
      ['Supply is expected to begin in 2027', 'intent'],
      ['the deal is conditional upon financing', 'binding'],
    ]);
  });

  it('a list under one trigger is one obligation, across ";"', () => {
    const text = 'Firmaron una declaración conjunta. Las consultas buscarán crear mecanismos de financiamiento; identificar proyectos de interés; y gestionar la chatarra de cobre.';
    expect(obligations(text, 'es')).toEqual([
      {
        text: 'Las consultas buscarán crear mecanismos de financiamiento; identificar proyectos de interés; y gestionar la chatarra de cobre',
        modality: 'intent',
        trigger: 'buscarán',
        rule: 'es.obligation.busca',
      },
    ]);
  });

  it('recitals before a trigger are left out; the clause starts after ";" (es)', () => {
    const text = 'La declaración reafirma los lazos entre ambos países; considera que el cobre es esencial; y busca acciones que fortalezcan el suministro.';
    expect(obligations(text, 'es').map(o => o.text)).toEqual(['busca acciones que fortalezcan el suministro']);
  });

  it('strips leading connectors and a trailing attribution', () => {
    expect(only('The agreement was signed. Likewise, it will favor technology transfer.', 'en').text).toBe('it will favor technology transfer');
    expect(only('The partners will set up a joint fund, the agreement said.', 'en').text).toBe('The partners will set up a joint fund');
    expect(only('Firmaron un acuerdo. Asimismo, el memorando promueve la transferencia de tecnología.', 'es').text).toBe(
      'el memorando promueve la transferencia de tecnología',
    );
  });

  it('a relative clause with a duty or a possibility of its own is a clause (en, es)', () => {
    expect(obligations('The offtake agreement runs for five years (which may be extended by mutual agreement).', 'en').map(o => [o.text, o.modality])).toEqual([
      ['which may be extended by mutual agreement', 'intent'],
    ]);
    expect(obligations('Según el plan de acción, ambos países crearán un comité que deberá presentar una lista de proyectos.', 'es').map(o => [o.text, o.modality])).toEqual([
      ['Según el plan de acción, ambos países crearán un comité', 'commitment'],
      ['que deberá presentar una lista de proyectos', 'binding'],
    ]);
  });

  it('an effect in a relative clause does not start a clause', () => {
    expect(obligations('El acuerdo facilita el acceso a instrumentos financieros que contribuirán a dinamizar la inversión.', 'es').map(o => o.text)).toEqual([
      'El acuerdo facilita el acceso a instrumentos financieros que contribuirán a dinamizar la inversión',
    ]);
  });
});

describe('not obligations', () => {
  it('background sentences (en)', () => {
    const text =
      'Copper is essential for power grids. Peru has produced copper since colonial times. The 2003 free trade agreement boosted exports. Prices rose last year.';
    expect(obligations(text, 'en')).toEqual([]);
  });

  it('background sentences and recitals (es)', () => {
    const text =
      'El cobre es esencial para las redes eléctricas. El texto del acuerdo reafirma los lazos de amistad y considera que los minerales son estratégicos. Los precios subieron el año pasado.';
    expect(obligations(text, 'es')).toEqual([]);
  });

  it('a text that names no instrument has no obligations', () => {
    expect(obligations('Saturday will be cloudy and highs will reach the mid 70s.', 'en')).toEqual([]);
    expect(obligations('El sábado estará nublado y lloverá por la tarde.', 'es')).toEqual([]);
  });

  it('effects and validity terms are not acts', () => {
    expect(obligations('The memorandum was signed today. The deal will help the region grow. It will remain in effect for five years.', 'en')).toEqual([]);
    expect(obligations('Firmaron el memorando. El acuerdo tendrá vigencia por cuatro años. Las inversiones contribuirán al empleo.', 'es')).toEqual([]);
  });

  it('commentary by analysts', () => {
    expect(obligations('The MoU was signed on Monday. Analysts said prices could recover next year.', 'en')).toEqual([]);
    expect(obligations('Se firmó el memorando. Analistas del sector señalaron que los precios podrían subir.', 'es')).toEqual([]);
  });

  it('quotations: opinion and exhortation no, "we" committing yes', () => {
    expect(obligations('The agreement was signed. "This partnership will transform the whole region," the minister said.', 'en')).toEqual([]);
    expect(obligations('Se firmó el convenio. "Debemos trabajar con China para crecer", dijo el embajador.', 'es')).toEqual([]);
    expect(only('The agreement was signed. "Together we will build a refinery in the north of the country," the minister said.', 'en')).toMatchObject({
      modality: 'commitment',
      trigger: 'will',
    });
    expect(only('Se firmó el convenio. "Nos comprometemos a cuidar el ambiente en todas las etapas", afirmó el presidente.', 'es')).toMatchObject({
      modality: 'commitment',
      trigger: 'Nos comprometemos a',
    });
  });

  it('a party\'s quoted words end where the quotation ends', () => {
    expect(only('The MoU was signed. "We will open a refinery in the north of the country," the minister told reporters.', 'en').text).toBe(
      'We will open a refinery in the north of the country',
    );
  });

  it('a sentence in the other language uses that language\'s triggers (mixed text)', () => {
    const text = 'El acuerdo fue firmado ayer. Together with Chile, we will build a processing plant for lithium.';
    expect(obligations(text, 'es')).toEqual([
      { text: 'Together with Chile, we will build a processing plant for lithium', modality: 'commitment', trigger: 'will', rule: 'en.obligation.will' },
    ]);
  });

  it('headings repeat body clauses and are skipped', () => {
    const text = 'Peru and Japan sign memorandum to boost copper\n\nPeru and Japan signed a memorandum of understanding to boost copper refining.\n';
    expect(obligations(text, 'en').map(o => o.text)).toEqual(['Peru and Japan signed a memorandum of understanding to boost copper refining']);
  });

  it('a reason after ", as" is background', () => {
    expect(obligations('The two countries signed a statement on copper, as Washington seeks to diversify supply.', 'en')).toEqual([]);
  });
});

describe('actors', () => {
  const span = (text: string, needle: string, rule = 'test') => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, text: needle, rule };
  };

  it('are the entities mentioned inside the clause, sorted', () => {
    const text = 'The MoU was signed. Peru will share data with the United States. Japan was not part of it.';
    const entities: Entity[] = [
      { id: 'US', kind: 'state', name: 'United States', party: true, mentions: [span(text, 'United States')] },
      { id: 'PE', kind: 'state', name: 'Peru', party: true, mentions: [span(text, 'Peru')] },
      { id: 'JP', kind: 'state', name: 'Japan', party: false, mentions: [span(text, 'Japan')] },
    ];
    const out = extractObligations(docCtx(text, 'en'), entities);
    expect(out.map(o => [o.text, o.actors])).toEqual([['Peru will share data with the United States', ['PE', 'US']]]);
  });

  it('are empty when no entity is mentioned in the clause (es)', () => {
    const text = 'Chile firmó el memorando. Las consultas buscarán crear un fondo.';
    const entities: Entity[] = [{ id: 'CL', kind: 'state', name: 'Chile', party: true, mentions: [span(text, 'Chile')] }];
    expect(extractObligations(docCtx(text, 'es'), entities).map(o => o.actors)).toEqual([[]]);
  });
});

describe('rules', () => {
  it('every kind of trigger exists in both languages', () => {
    const kinds = (lang: Lang): Set<string> => new Set(RULES.filter(r => r.lang === lang).map(r => (r as unknown as { kind: string }).kind));
    expect([...kinds('en')].sort()).toEqual([...kinds('es')].sort().filter(k => k !== 'future' && k !== 'conditional'));
    for (const modality of ['binding', 'commitment', 'intent', 'negated']) {
      for (const lang of ['en', 'es'] as const) {
        const has = RULES.some(r => r.lang === lang && 'examples' in r && (r as { examples: { valid: { value: string }[] } }).examples.valid.some(v => v.value === modality));
        expect(has, `${lang} ${modality}`).toBe(true);
      }
    }
  });
});
