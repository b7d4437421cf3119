import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/language.ts';
import { extractBytes } from '../../src/pipeline/extract.ts';

const EN = 'The two governments signed a memorandum of understanding on critical minerals, agreeing to share geological data and to identify joint investment projects within the next year.';
const ES = 'Los dos gobiernos firmaron un memorando de entendimiento sobre minerales críticos, con el compromiso de compartir información geológica e identificar proyectos conjuntos de inversión.';
const PT = 'Os dois governos assinaram um memorando de entendimento sobre minerais críticos, com o compromisso de compartilhar informações geológicas e identificar projetos conjuntos de investimento.';
const FR = 'Les deux gouvernements ont signé un protocole d’accord sur les minéraux critiques, afin de partager des données géologiques et de définir des projets d’investissement communs.';

describe('detectLanguage', () => {
  it('tells English from Spanish', () => {
    expect(detectLanguage(EN)).toMatchObject({ code: 'en', status: 'ok' });
    expect(detectLanguage(ES)).toMatchObject({ code: 'es', status: 'ok' });
  });
  it('does not take Portuguese or French for Spanish', () => {
    expect(detectLanguage(PT)).toMatchObject({ code: 'und', status: 'unsupported', detected: 'por' });
    expect(detectLanguage(FR)).toMatchObject({ code: 'und', status: 'unsupported', detected: 'fra' });
  });
  it('reports empty and too-short texts', () => {
    expect(detectLanguage('  \n ')).toMatchObject({ code: 'und', status: 'empty' });
    expect(detectLanguage('Lithium deal signed.')).toMatchObject({ code: 'und', status: 'too_short' });
  });
  it('gives a confidence between 0.5 and 1 for supported languages', () => {
    const c = detectLanguage(EN).confidence;
    expect(c).toBeGreaterThanOrEqual(0.5);
    expect(c).toBeLessThanOrEqual(1);
  });

  describe('a sentence or two, where related languages score within a few hundredths', () => {
    it('settles a Spanish sentence that trigrams rank Italian or Galician first by its function words', () => {
      // Trigrams alone: Italian 1, Spanish 0.957 …
      expect(detectLanguage('El Ministerio de Minería de Chile firmó un memorando con Argentina sobre el litio el 3 de marzo de 2025.')).toEqual({ code: 'es', confidence: 0.5, status: 'ok', detected: 'spa' });
      // … and Galician 1, Spanish 0.990.
      expect(detectLanguage('Tendrá vigencia por un período de cinco años, prorrogable por acuerdo de las partes.')).toMatchObject({ code: 'es', status: 'ok' });
    });
    it('settles an English sentence that trigrams rank Galician first', () => {
      // Galician 1, Portuguese 0.992, English 0.988.
      expect(detectLanguage('Minister Okada said Korean refiners needed "predictable access to graphite from trusted partners".')).toEqual({ code: 'en', confidence: 0.5, status: 'ok', detected: 'eng' });
    });
    it('leaves short Italian, Portuguese and French sentences unsupported', () => {
      expect(detectLanguage('Secondo il comunicato, le parti creeranno un gruppo di lavoro congiunto sul nichel.')).toMatchObject({ code: 'und', status: 'unsupported', detected: 'ita' });
      expect(detectLanguage('A empresa vai investir em uma nova refinaria de lítio no norte do país até 2027.')).toMatchObject({ code: 'und', status: 'unsupported', detected: 'por' });
      expect(detectLanguage('Selon le communiqué, les parties créeront un groupe de travail conjoint sur le nickel.')).toMatchObject({ code: 'und', status: 'unsupported', detected: 'fra' });
    });
    it('extracts a one-sentence Spanish note in Windows-1252 bytes', () => {
      const note = 'El Ministerio de Minería de Chile firmó un memorando con Argentina sobre el litio el 3 de marzo de 2025.';
      const r = extractBytes(Buffer.from(note, 'latin1'), { id: 'nota' });
      expect(r.source.encoding).toBe('windows-1252');
      expect(r.language).toEqual({ code: 'es', confidence: 0.5, status: 'ok' });
      expect(r.minerals.map(m => m.id)).toEqual(['lithium']);
      expect(r.dates.map(d => d.value)).toEqual(['2025-03-03']);
    });
    it('keeps franc’s choice with its own confidence when the function words do not outweigh it', () => {
      const r = detectLanguage(ES);
      expect(r).toMatchObject({ code: 'es', status: 'ok', detected: 'spa' });
      expect(r.confidence).toBeGreaterThan(0.5);
    });
  });
});
