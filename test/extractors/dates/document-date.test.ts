// extractDocumentDate: every source, both languages; the pipeline calls it with no reference date.
import { describe, expect, it } from 'vitest';
import { extractDocumentDate } from '../../../src/extractors/dates/index.ts';
import type { Lang } from '../../../src/schema/record.ts';
import { docCtx } from '../../helpers/ctx.ts';

function docDate(text: string, lang: Lang) {
  const d = extractDocumentDate(docCtx(text, lang, null));
  return d === null ? null : [d.value, d.source, d.span?.text, d.span?.rule];
}

describe('header', () => {
  it('is the document date, span over its value', () => {
    expect(docDate(' date 2026-03-12 El canciller firmó un memorando con su par.', 'es')).toEqual([
      '2026-03-12',
      'header',
      '2026-03-12',
      'any.documentDate.header',
    ]);
  });
  it('wins over a dateline that disagrees', () => {
    expect(docDate('date 2026-03-12\nLIMA, 10 de marzo de 2026 (EFE).- El canciller firmó.', 'es')?.slice(0, 2)).toEqual(['2026-03-12', 'header']);
  });
  it('a month-only header gives no document date', () => {
    expect(docDate('date 2026-03\nThe ministers met in Lima to sign the memorandum.', 'en')).toBeNull();
  });
});

describe('datelines', () => {
  it('English with a year', () => {
    expect(docDate('BERLIN, Germany, Aug. 26, 2025 /CNW/ - Canada and Germany signed a declaration.', 'en')).toEqual([
      '2025-08-26',
      'dateline',
      'Aug. 26, 2025',
      'en.documentDate.dateline',
    ]);
  });
  it('Spanish with a year', () => {
    expect(docDate('LIMA, 12 de marzo de 2026 (EFE).- El canciller firmó un memorando.', 'es')).toEqual([
      '2026-03-12',
      'dateline',
      '12 de marzo de 2026',
      'es.documentDate.dateline',
    ]);
    expect(docDate('La Paz, 12 de agosto de 2025.- La comisión aprobó el contrato.', 'es')?.slice(0, 3)).toEqual(['2025-08-12', 'dateline', '12 de agosto de 2025']);
  });
  it('without a year: only with a year stated above it', () => {
    expect(docDate('Washington, Feb 5 (UNI) – The ministers met.', 'en')).toBeNull();
    expect(docDate('SANTIAGO, 4 feb (Reuters) - El gobierno anunció un acuerdo.', 'es')).toBeNull();
    expect(docDate('Critical Minerals Week 2026\nWashington, Feb 5 (UNI) – The ministers met.', 'en')?.slice(0, 3)).toEqual([
      '2026-02-05',
      'dateline',
      'Feb 5',
    ]);
    expect(docDate('Boletín 2026\nSANTIAGO, 4 feb (Reuters) - El gobierno anunció.', 'es')?.slice(0, 3)).toEqual(['2026-02-04', 'dateline', '4 feb']);
  });
  it('a wire credit without a date gives nothing', () => {
    expect(docDate('JAKARTA (Reuters) – Indonesia is courting investors.', 'en')).toBeNull();
    expect(docDate('(EFE) – La Unión Europea y Chile firmaron un memorando.', 'es')).toBeNull();
  });
});

describe('issue and metadata lines', () => {
  it('reads a numeric issue line by the language rule', () => {
    expect(docDate('02/05/2026 | Press release\nPeru and the US signed a memorandum.', 'en')).toEqual([
      '2026-02-05',
      'issue_line',
      '02/05/2026',
      'any.documentDate.issue_line',
    ]);
    expect(docDate('02/05/2026 | Comunicado de prensa\nPerú y EE.UU. firmaron un memorando.', 'es')?.slice(0, 2)).toEqual(['2026-05-02', 'issue_line']);
  });
  it('reads an ambiguous issue line by a day the body writes out', () => {
    expect(docDate('05/02/2026 | Press release\nLUSAKA - The two countries on Thursday, 5 February, signed a partnership.', 'en')?.slice(0, 2)).toEqual([
      '2026-02-05',
      'issue_line',
    ]);
  });
  it('takes a wire credit line', () => {
    expect(docDate('VANCOUVER, British Columbia--(BUSINESS WIRE)--March 12, 2026--The company signed a term sheet.', 'en')?.slice(0, 3)).toEqual([
      '2026-03-12',
      'issue_line',
      'March 12, 2026',
    ]);
  });
  it('takes a date line under a title', () => {
    expect(docDate('Joint Statement of the Partners\nMedia Note\nSeptember 27, 2024\nThe text of the statement follows.', 'en')?.slice(0, 3)).toEqual([
      '2024-09-27',
      'issue_line',
      'September 27, 2024',
    ]);
    expect(docDate('Gobierno firma convenios\n\nen El Diario el 29-06-23 07:07\n\nLa empresa estatal firmó.', 'es')?.slice(0, 3)).toEqual([
      '2023-06-29',
      'issue_line',
      '29-06-23',
    ]);
  });
  it('takes a labelled metadata line', () => {
    expect(docDate('Published: March 12, 2026\nThe ministers met in Lima.', 'en')).toEqual([
      '2026-03-12',
      'metadata',
      'March 12, 2026',
      'en.documentDate.metadata',
    ]);
    expect(docDate('Publicado el 12 de marzo de 2026\nLos ministros se reunieron en Lima.', 'es')?.slice(0, 3)).toEqual([
      '2026-03-12',
      'metadata',
      '12 de marzo de 2026',
    ]);
  });
  it('does not take an event date from a sentence or headline', () => {
    expect(docDate('Peru and the United States signed the memorandum in Lima on March 5, 2026 after long talks.', 'en')).toBeNull();
    expect(docDate('El acuerdo fue firmado en Lima el 5 de marzo de 2026 por ambos cancilleres tras meses de diálogo.', 'es')).toBeNull();
  });
});
