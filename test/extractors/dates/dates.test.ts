// extractDates on whole texts: value, span text and rule id, both languages, reference 2026-03-12.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extractors/dates/index.ts';
import type { Lang } from '../../../src/schema/record.ts';
import { docCtx } from '../../helpers/ctx.ts';

function dates(text: string, lang: Lang, ref: string | null = '2026-03-12') {
  return extractDates(docCtx(text, lang, ref)).map(d => [d.value, d.precision, d.span.text, d.span.rule]);
}

describe('full dates', () => {
  it('English month-day-year and day-month-year', () => {
    expect(dates('The deal was signed on March 12, 2026 and renewed on 1 December 2027.', 'en')).toEqual([
      ['2026-03-12', 'day', 'March 12, 2026', 'en.date.month_day_year'],
      ['2027-12-01', 'day', '1 December 2027', 'en.date.day_month_year'],
    ]);
  });
  it('Spanish day-month-year, with "del" and a weekday', () => {
    expect(dates('Se firmó el 12 de marzo de 2026; la obra inicia el lunes 4 de enero del 2027.', 'es')).toEqual([
      ['2026-03-12', 'day', '12 de marzo de 2026', 'es.date.day_month_year'],
      ['2027-01-04', 'day', 'lunes 4 de enero del 2027', 'es.date.day_month_year'],
    ]);
  });
  it('ISO dates in both languages', () => {
    expect(dates('Filed 2026-03-12 in the registry.', 'en')).toEqual([['2026-03-12', 'day', '2026-03-12', 'any.date.iso']]);
    expect(dates('Registrado el 2025-11-30 en el archivo.', 'es')).toEqual([['2025-11-30', 'day', '2025-11-30', 'any.date.iso']]);
  });
  it('numeric dates: month first in English when it can be a month, day first in Spanish', () => {
    expect(dates('Issued 02/05/2026 by the ministry.', 'en')).toEqual([['2026-02-05', 'day', '02/05/2026', 'en.date.numeric']]);
    expect(dates('Issued 25/03/2026 by the ministry.', 'en')).toEqual([['2026-03-25', 'day', '25/03/2026', 'en.date.numeric']]);
    expect(dates('Emitido el 02/05/2026 por el ministerio.', 'es')).toEqual([['2026-05-02', 'day', '02/05/2026', 'es.date.numeric']]);
  });
  it('reads an ambiguous numeric date the way the text writes that day in words', () => {
    expect(dates('05/02/2026 | Press release\nThe partnership was signed on Thursday, 5 February.', 'en', null)[0]).toEqual([
      '2026-02-05',
      'day',
      '05/02/2026',
      'en.date.numeric',
    ]);
    expect(dates('05/02/2026 | Comunicado\nEl acuerdo se firmó el 2 de mayo.', 'es', null)[0]).toEqual(['2026-05-02', 'day', '05/02/2026', 'es.date.numeric']);
  });
  it('keeps an English date quoted inside a Spanish text', () => {
    expect(dates('Escribió en X: "I signed the Agreement." — April 30, 2025', 'es')).toEqual([
      ['2025-04-30', 'day', 'April 30, 2025', 'en.date.month_day_year'],
    ]);
  });
});

describe('months with years', () => {
  it('English "March 2026", "Jan. 2020", "Sept 2021"', () => {
    expect(dates('Jan. 2020: exports halted. Sept 2021: a plant opened in March 2026.', 'en')).toEqual([
      ['2020-01', 'month', 'Jan. 2020', 'en.date.month_year'],
      ['2021-09', 'month', 'Sept 2021', 'en.date.month_year'],
      ['2026-03', 'month', 'March 2026', 'en.date.month_year'],
    ]);
  });
  it('Spanish "marzo de 2026", "en marzo del 2026"', () => {
    expect(dates('El plan rige desde marzo de 2026 y se revisa en octubre del 2027.', 'es')).toEqual([
      ['2026-03', 'month', 'marzo de 2026', 'es.date.month_year'],
      ['2027-10', 'month', 'octubre del 2027', 'es.date.month_year'],
    ]);
  });
});

describe('day-month without a year', () => {
  it('takes the year of the document date, nearest', () => {
    expect(dates('The network was announced on September 23.', 'en', '2024-09-27')).toEqual([
      ['2024-09-23', 'day', 'September 23', 'en.date.month_day'],
    ]);
    expect(dates('Se reunieron el 2 de febrero en Lima.', 'es')).toEqual([['2026-02-02', 'day', '2 de febrero', 'es.date.day_month']]);
    expect(dates('Se reunieron el 20 de diciembre en Lima.', 'es', '2026-01-05')).toEqual([['2025-12-20', 'day', '20 de diciembre', 'es.date.day_month']]);
    expect(dates('El gobierno cerró el martes 5 de mayo las oficinas.', 'es')).toEqual([
      ['2026-05-05', 'day', 'martes 5 de mayo', 'es.date.day_month'],
    ]);
  });
  it('takes the single year of the full dates in its paragraph first', () => {
    expect(dates('Talks resumed on Feb. 5, after the deal of March 3, 2024.', 'en')).toEqual([
      ['2024-02-05', 'day', 'Feb. 5', 'en.date.month_day'],
      ['2024-03-03', 'day', 'March 3, 2024', 'en.date.month_day_year'],
    ]);
  });
  it('is left out without a document date or a year in the paragraph', () => {
    expect(dates('The forum took place from January 13 to 15.', 'en', null)).toEqual([]);
    expect(dates('La mina cerró el 23 de febrero.', 'es', null)).toEqual([]);
  });
  it('is not a street named after a date', () => {
    expect(dates('La marcha llegó a la Avenida 9 de Julio y a la Plaza 25 de Mayo.', 'es')).toEqual([]);
  });
  it('resolves a month named alone ("En enero", "in May")', () => {
    expect(dates('En enero la empresa firmó otro convenio.', 'es', '2023-06-29')).toEqual([['2023-01', 'month', 'enero', 'es.date.month_alone']]);
    expect(dates('Deliveries start in May.', 'en')).toEqual([['2026-05', 'month', 'May', 'en.date.month_alone']]);
  });
});

describe('ranges give both ends', () => {
  it('year ranges', () => {
    expect(dates('An MoU (2018-2023) and the 2026–2030 plan.', 'es')).toEqual([
      ['2018', 'year', '2018-2023', 'any.date.year_range'],
      ['2023', 'year', '2018-2023', 'any.date.year_range'],
      ['2026', 'year', '2026–2030', 'any.date.year_range'],
      ['2030', 'year', '2026–2030', 'any.date.year_range'],
    ]);
    expect(dates('Investment between 2026 and 2030 will double.', 'en').map(d => d[0])).toEqual(['2026', '2030']);
    expect(dates('La inversión de 2026 a 2030 se duplicará.', 'es').map(d => [d[0], d[3]])).toEqual([
      ['2026', 'es.date.year_range'],
      ['2030', 'es.date.year_range'],
    ]);
  });
  it('day ranges', () => {
    expect(dates('La feria será del 1 al 5 de marzo de 2026.', 'es')).toEqual([
      ['2026-03-01', 'day', 'del 1 al 5 de marzo de 2026', 'es.date.day_range'],
      ['2026-03-05', 'day', 'del 1 al 5 de marzo de 2026', 'es.date.day_range'],
    ]);
    expect(dates('The forum runs January 13 to 15, 2027.', 'en').map(d => d[0])).toEqual(['2027-01-13', '2027-01-15']);
  });
});

describe('bare years and their guards', () => {
  it('keeps years', () => {
    expect(dates('In 2021, the mine produced copper under the 2003 agreement.', 'en').map(d => d[0])).toEqual(['2021', '2003']);
    expect(dates('El Tratado de Libre Comercio de 2003 sigue vigente.', 'es')).toEqual([['2003', 'year', '2003', 'es.date.year']]);
  });
  it('drops amounts, labels, phone numbers and names', () => {
    const en = 'It shipped 2,000 tons, then 2026 tonnes, for US$2026 million ($2026 each). The Vision 2030 plan, Section 2026 and +1 202 2026 1234.';
    expect(dates(en, 'en')).toEqual([]);
    const es = 'Exportó 2.000 toneladas, luego 2026 toneladas por $us 2026 millones. La Agenda 2030, la Ley 2026 y el +56 2 2026 1234.';
    expect(dates(es, 'es')).toEqual([]);
  });
  it('drops a year in a title after a capitalized word', () => {
    expect(dates('Joint Statement of the Principals’ Meeting 2024', 'en')).toEqual([]);
  });
});

describe('output', () => {
  it('lists each value once, at its first mention, and includes the header date', () => {
    const out = dates('date 2026-03-12 El acuerdo de 2003 y el de 2003 se citan.', 'es');
    expect(out).toEqual([
      ['2026-03-12', 'day', '2026-03-12', 'any.date.iso'],
      ['2003', 'year', '2003', 'es.date.year'],
    ]);
  });
  it('gives a month after a month-only date label', () => {
    expect(dates('date 2026-03\nThe ministers met.', 'en')).toEqual([['2026-03', 'month', '2026-03', 'any.date.header_month']]);
  });
});
