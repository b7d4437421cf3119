import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/language.ts';

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
});
