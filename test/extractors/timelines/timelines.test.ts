// extractTimelines on whole texts: kind, amount, unit, resolved, span text and rule id, in both
// languages, against the fixed reference date 2026-03-12.
import { describe, expect, it } from 'vitest';
import { extractTimelines } from '../../../src/extractors/timelines/index.ts';
import type { Lang } from '../../../src/schema/record.ts';
import { docCtx } from '../../helpers/ctx.ts';

type Row = [string, string, number | null, string | null, string | null, string];

function tl(text: string, lang: Lang, ref: string | null = '2026-03-12'): Row[] {
  return extractTimelines(docCtx(text, lang, ref)).map(t => {
    expect(t.text).toBe(t.span.text);
    return [t.span.text, t.kind, t.amount, t.unit, t.resolved, t.span.rule];
  });
}

describe('deadlines counted from the document date', () => {
  it('English', () => {
    expect(tl('The first round will take place within the next 15 days.', 'en')).toEqual([
      ['within the next 15 days', 'deadline', 15, 'day', '2026-03-27', 'en.timeline.within'],
    ]);
    expect(tl('Projects will be selected within fifteen days.', 'en')).toEqual([
      ['within fifteen days', 'deadline', 15, 'day', '2026-03-27', 'en.timeline.within'],
    ]);
    expect(tl('The parties will agree on a plan within six months.', 'en')).toEqual([
      ['within six months', 'deadline', 6, 'month', '2026-09-12', 'en.timeline.within'],
    ]);
  });
  it('Spanish', () => {
    expect(tl('La primera consulta se realizará dentro de los próximos 15 días.', 'es')).toEqual([
      ['dentro de los próximos 15 días', 'deadline', 15, 'day', '2026-03-27', 'es.timeline.dentro_de_proximos'],
    ]);
    expect(tl('Se presentará un plan en un plazo de 60 días.', 'es')).toEqual([
      ['en un plazo de 60 días', 'deadline', 60, 'day', '2026-05-11', 'es.timeline.plazo_de'],
    ]);
    expect(tl('Responderá en un plazo de treinta y seis días.', 'es')).toEqual([
      ['en un plazo de treinta y seis días', 'deadline', 36, 'day', '2026-04-17', 'es.timeline.plazo_de'],
    ]);
    expect(tl('Se busca producir 50.000 toneladas en los próximos dos años.', 'es')).toEqual([
      ['en los próximos dos años', 'deadline', 2, 'year', '2028-03-12', 'es.timeline.en_los_proximos'],
    ]);
  });
  it('calendar arithmetic: month end and leap years', () => {
    expect(tl('The report is due within one month.', 'en', '2026-01-31')[0]?.[4]).toBe('2026-02-28');
    expect(tl('El informe se entregará dentro de un mes.', 'es', '2028-01-31')[0]?.[4]).toBe('2028-02-29');
    expect(tl('A review will follow within one year.', 'en', '2028-02-29')[0]?.[4]).toBe('2029-02-28');
  });
  it('stays unresolved without a document date, for business days, or from an event', () => {
    expect(tl('La primera consulta se realizará dentro de los próximos 15 días.', 'es', null)[0]?.[4]).toBeNull();
    expect(tl('Payment is due within 10 business days.', 'en')[0]?.slice(2, 5)).toEqual([10, 'day', null]);
    expect(tl('Rules will be issued within 180 days of signature.', 'en')).toEqual([
      ['within 180 days of signature', 'deadline', 180, 'day', null, 'en.timeline.within'],
    ]);
    expect(tl('El comité se creará dentro de los 180 días siguientes a la firma.', 'es')).toEqual([
      ['dentro de los 180 días siguientes a la firma', 'deadline', 180, 'day', null, 'es.timeline.dentro_de_proximos'],
    ]);
    expect(tl('The mine must operate 30 months after legislative approval.', 'en')).toEqual([
      ['30 months after legislative approval', 'deadline', 30, 'month', null, 'en.timeline.after_event'],
    ]);
  });
  it('approximate periods have no amount', () => {
    expect(tl('La decisión llegará en dos o tres meses.', 'es')).toEqual([['en dos o tres meses', 'deadline', null, 'month', null, 'es.timeline.n_o_m']]);
    expect(tl('A decision is expected in two or three months.', 'en')).toEqual([
      ['in two or three months', 'deadline', null, 'month', null, 'en.timeline.n_or_m'],
    ]);
  });
});

describe('deadlines on a named date', () => {
  it('no later than / a más tardar', () => {
    expect(tl('Reports are due no later than June 30, 2026.', 'en')).toEqual([
      ['no later than June 30, 2026', 'deadline', null, null, '2026-06-30', 'en.timeline.no_later_than'],
    ]);
    expect(tl('El pago se hará a más tardar el 30 de junio de 2026.', 'es')).toEqual([
      ['a más tardar el 30 de junio de 2026', 'deadline', null, null, '2026-06-30', 'es.timeline.a_mas_tardar'],
    ]);
  });
  it('by / para / antes de a year', () => {
    expect(tl('The refinery will be built by 2030 and tested by the end of 2027.', 'en')).toEqual([
      ['by 2030', 'deadline', null, null, '2030', 'en.timeline.by_date'],
      ['by the end of 2027', 'deadline', null, null, '2027', 'en.timeline.by_date'],
    ]);
    expect(tl('La refinería estará lista para 2030 y operará antes de 2031.', 'es')).toEqual([
      ['para 2030', 'deadline', null, null, '2030', 'es.timeline.para_fecha'],
      ['antes de 2031', 'deadline', null, null, '2031', 'es.timeline.antes_de'],
    ]);
  });
});

describe('durations', () => {
  it('English', () => {
    expect(tl('The memorandum will remain in force for five years.', 'en')).toEqual([
      ['for five years', 'duration', 5, 'year', null, 'en.timeline.for_period'],
    ]);
    expect(tl('It has an initial term of 5 years, extendable by 2.', 'en')).toEqual([
      ['an initial term of 5 years', 'duration', 5, 'year', null, 'en.timeline.term_of'],
      ['extendable by 2', 'duration', 2, 'year', null, 'en.timeline.extendable'],
    ]);
    expect(tl('The concession is valid until 2060.', 'en')).toEqual([['valid until 2060', 'duration', null, null, '2060', 'en.timeline.until']]);
    expect(tl('The parties signed a five-year supply deal.', 'en')).toEqual([['five-year', 'duration', 5, 'year', null, 'en.timeline.n_unit_adj']]);
  });
  it('Spanish', () => {
    expect(tl('El acuerdo rige por un período de cinco años.', 'es')).toEqual([
      ['por un período de cinco años', 'duration', 5, 'year', null, 'es.timeline.por_periodo'],
    ]);
    expect(tl('El contrato tendrá vigencia por cinco años.', 'es')[0]?.slice(0, 4)).toEqual(['vigencia por cinco años', 'duration', 5, 'year']);
    expect(tl('La planta operará durante 10 años.', 'es')).toEqual([['durante 10 años', 'duration', 10, 'year', null, 'es.timeline.por_periodo']]);
    expect(tl('La concesión regirá hasta 2060.', 'es')).toEqual([['regirá hasta 2060', 'duration', null, null, '2060', 'es.timeline.hasta']]);
    expect(tl('Cualquiera puede retirarse con un aviso de apenas treinta días.', 'es')).toEqual([
      ['con un aviso de apenas treinta días', 'duration', 30, 'day', null, 'es.timeline.aviso'],
    ]);
  });
  it('a period whose unit is left out takes the unit of the one before', () => {
    expect(tl('The lease runs for 15 years, and either side may extend it for 10 more.', 'en')).toEqual([
      ['for 15 years', 'duration', 15, 'year', null, 'en.timeline.for_period'],
      ['for 10 more', 'duration', 10, 'year', null, 'en.timeline.for_more'],
    ]);
    expect(tl('Tiene un plazo inicial de 5 años, prorrogable por 2.', 'es')).toEqual([
      ['un plazo inicial de 5 años', 'duration', 5, 'year', null, 'es.timeline.plazo_vigencia'],
      ['prorrogable por 2', 'duration', 2, 'year', null, 'es.timeline.prorrogable'],
    ]);
  });
});

describe('recurrences', () => {
  it('English', () => {
    expect(tl('Ministers will meet annually and experts every six months.', 'en')).toEqual([
      ['annually', 'recurrence', 1, 'year', null, 'en.timeline.annually'],
      ['every six months', 'recurrence', 6, 'month', null, 'en.timeline.every'],
    ]);
    expect(tl('They will hold an annual joint conference once a year.', 'en').map(r => [r[0], r[2], r[3]])).toEqual([
      ['annual joint conference', 1, 'year'],
      ['once a year', 1, 'year'],
    ]);
  });
  it('Spanish', () => {
    expect(tl('Los ministros se reunirán anualmente y los técnicos cada seis meses.', 'es')).toEqual([
      ['anualmente', 'recurrence', 1, 'year', null, 'es.timeline.anualmente'],
      ['cada seis meses', 'recurrence', 6, 'month', null, 'es.timeline.cada'],
    ]);
    expect(tl('Celebrarán una reunión anual y sesionarán una vez al año.', 'es').map(r => [r[0], r[2], r[3]])).toEqual([
      ['reunión anual', 1, 'year'],
      ['una vez al año', 1, 'year'],
    ]);
  });
});

describe('starts', () => {
  it('English', () => {
    expect(tl('Exports will be taxed starting in 2027.', 'en')).toEqual([['starting in 2027', 'start', null, null, '2027', 'en.timeline.starting']]);
    expect(tl('Deliveries are beginning next month.', 'en')).toEqual([['beginning next month', 'start', null, null, '2026-04', 'en.timeline.start_next']]);
  });
  it('Spanish', () => {
    expect(tl('El arancel se aplicará a partir de 2027.', 'es')).toEqual([['a partir de 2027', 'start', null, null, '2027', 'es.timeline.a_partir_de']]);
    expect(tl('Las entregas comenzarán el próximo mes.', 'es')).toEqual([
      ['comenzarán el próximo mes', 'start', null, null, '2026-04', 'es.timeline.inicio_proximo'],
    ]);
  });
});

describe('not timelines', () => {
  it('past spans', () => {
    expect(tl('In the last five months, prices fell; the firms have been partners for 20 years.', 'en')).toEqual([]);
    expect(tl('Hace dos años se firmó un convenio; en los últimos cinco meses cayó el precio.', 'es')).toEqual([]);
  });
  it('vague windows', () => {
    expect(tl('Talks will resume in the coming months, or soon.', 'en')).toEqual([]);
    expect(tl('Las conversaciones seguirán en los próximos meses.', 'es')).toEqual([]);
  });
  it('rates of quantities (ruling 12)', () => {
    expect(tl('It will supply 150,000 tons per year, or 150,000 t per annum, for a minimum annual income.', 'en')).toEqual([]);
    expect(tl('Producirá 40.000 toneladas anuales y pagará $375 millones anualmente.', 'es')).toEqual([]);
  });
  it('forecasts (ruling 12)', () => {
    expect(tl('Lithium demand will multiply by 2030, analysts say.', 'en')).toEqual([]);
    expect(tl('La producción podría iniciar en los próximos diez años.', 'es')).toEqual([]);
    expect(tl('Se calcula que la demanda se habrá multiplicado por 12 para 2030.', 'es')).toEqual([]);
  });
  it('output targets: a quantity to reach by a year (ruling 12)', () => {
    expect(tl('Zambia aims to reach three million tonnes a year by 2031 under its strategy.', 'en')).toEqual([]);
    expect(tl('El país busca producir tres millones de toneladas al año para 2031.', 'es')).toEqual([]);
  });
  it('year ranges, contract-relative points and dates before the document', () => {
    expect(tl('The 2026-2030 plan sets 360 tpy in year two.', 'en')).toEqual([]);
    expect(tl('El plan 2026-2030 fija metas; el contrato rigió hasta 2019.', 'es')).toEqual([]);
  });
});

describe('output', () => {
  it('lists an expression repeated with the same meaning once', () => {
    const rows = tl('Se busca producir en los próximos dos años. La empresa prevé producir en los próximos dos años.', 'es');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe('en los próximos dos años');
  });
});
