import { describe, expect, it } from 'vitest';
import { docCtx } from '../entities/ctx.ts';
import { extractInstruments } from '../../../src/extractors/instruments/index.ts';
import { isRelevant, isRelevantUnsupported, vocabularyCounts } from '../../../src/extractors/relevance/index.ts';
import { foldSameLength } from '../../../src/core/text.ts';
import { extractDocument } from '../../../src/index.ts';
import type { Lang, Mineral } from '../../../src/schema/record.ts';

function relevant(text: string, lang: Lang, minerals: Mineral[] = []): boolean {
  const ctx = docCtx(text, lang);
  return isRelevant(ctx, { minerals, instruments: extractInstruments(ctx) });
}

describe('relevance', () => {
  it('is true for an instrument about minerals (English and Spanish)', () => {
    expect(relevant('Chile and Korea signed an MoU on lithium supply chains.', 'en')).toBe(true);
    expect(relevant('Perú y Japón firmaron un memorando sobre minerales críticos.', 'es')).toBe(true);
  });
  it('is true for minerals cooperation talk without a named instrument', () => {
    expect(relevant('Mining ministers discussed cooperation and investment in copper mines, ore processing and lithium refining.', 'en')).toBe(true);
    expect(relevant('Los ministros hablaron de cooperación e inversión en minería, cobre y litio, y del procesamiento de minerales.', 'es')).toBe(true);
  });
  it('counts a mineral found by the minerals extractor', () => {
    const gold: Mineral = { id: 'gold', name: 'gold', symbol: null, mentions: [{ start: 0, end: 4, text: 'gold', rule: 'x' }] };
    expect(relevant('They signed an agreement on the asset.', 'en', [gold])).toBe(true);
  });
  it('is false for unrelated texts', () => {
    expect(relevant('Rain will move in on Saturday with storms and highs in the 80s. Sunday stays cloudy.', 'en')).toBe(false);
    expect(relevant('El equipo firmó un contrato con el nuevo entrenador para la temporada.', 'es')).toBe(false);
  });
  it('weighs strong mining words double', () => {
    expect(vocabularyCounts(docCtx('lithium and a mine', 'en'))).toEqual({ mining: 3, cooperation: 0 });
    expect(vocabularyCounts(docCtx('cooperación en litio', 'es'))).toEqual({ mining: 2, cooperation: 1 });
  });

  it('counts inflections of a listed word through its stem, in both languages', () => {
    // "cooperarán", "financiarán", "cooperating", "mined", "refined" are not listed; their stems are.
    expect(vocabularyCounts(docCtx('Ambos países cooperarán y financiarán yacimientos mineros.', 'es'))).toEqual({ mining: 2, cooperation: 2 });
    expect(vocabularyCounts(docCtx('The partners are cooperating on mined ore and refined metals.', 'en'))).toEqual({ mining: 5, cooperation: 2 });
    // Words that only start like a listed one do not count.
    expect(vocabularyCounts(docCtx('Los ministros hablaron del mínimo y del ministerio.', 'es'))).toEqual({ mining: 0, cooperation: 0 });
    expect(vocabularyCounts(docCtx('The minister set a minimum for the ministry.', 'en'))).toEqual({ mining: 0, cooperation: 0 });
  });
  it('flags a text in an unsupported language by cross-language cues, extracting nothing else', () => {
    const unsupported = (t: string): boolean => isRelevantUnsupported(t, foldSameLength(t));
    expect(unsupported('O Brasil e a Austrália assinaram um memorando de entendimento sobre lítio e terras raras.')).toBe(true);
    expect(unsupported("La France et le Chili ont signé un accord sur le lithium et les terres rares.")).toBe(true);
    expect(unsupported('O time assinou um acordo com o novo treinador para a temporada.')).toBe(false);
    expect(unsupported('As exportações de lítio cresceram no último trimestre.')).toBe(false);
    const r = extractDocument(
      'O Ministério de Minas e Energia do Brasil e o governo da Austrália assinaram nesta quarta-feira um memorando de entendimento ' +
        'para a cooperação em minerais críticos. O acordo prevê investimentos conjuntos em lítio, grafita e terras raras, ' +
        'além de intercâmbio técnico entre os serviços geológicos dos dois países durante os próximos cinco anos.',
      { id: 'pt' },
    );
    expect(r.language).toMatchObject({ code: 'und', status: 'unsupported' });
    expect(r.relevant).toBe(true);
    expect(r.entities).toEqual([]);
    expect(r.diagnostics.map(d => d.code)).toContain('relevant_unsupported');
  });
});
