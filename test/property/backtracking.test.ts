// No regular expression may backtrack catastrophically: random and adversarial text, built from
// the tokens the rules look for, must go through the whole pipeline within a bound per megabyte.
// This is a guard against super-linear patterns (a bound 10× above normal cost), not a speed
// figure: speed is measured by `npm run bench`.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDocument } from '../../src/index.ts';

const TOKENS = [
  'de', 'del', 'of', 'the', 'and', 'y', 'within', 'dentro', 'próximos', 'next', '15', '2026', '2,000', '12/03/2026', 'March', 'marzo',
  'Ministro', 'Minister', 'Secretary', 'Presidente', 'EE.UU.', 'U.S.', 'Mr.', 'Dr.', 'Corporation', 'S.A.', '(DFC)', '(', ')', '.', ',',
  ';', ':', '-', '—', '"', '“', 'lithium', 'litio', 'cobre', 'rare', 'earths', 'tierras', 'raras', 'will', 'shall', 'se', 'compromete',
  'a', 'non-binding', 'vinculante', 'MoU', 'memorando', 'entendimiento', 'días', 'days', 'años', 'years', 'until', 'hasta', 'cada',
  'every', 'Chile', 'Perú', 'United', 'States', 'Unidos', 'Estados', 'José', 'Antonio', 'Kast', 'A.', 'B.', 'lead', 'plata', '\n', '\n\n',
];

/** Milliseconds per megabyte no document may exceed (normal cost is well under a tenth of it). */
const BOUND_MS_PER_MB = 20_000;

function timePerMb(text: string, language: 'en' | 'es' = 'en'): number {
  const t0 = performance.now();
  // The language is given, so every extractor runs whatever the text looks like.
  extractDocument(text, { id: 'prop', language });
  const ms = performance.now() - t0;
  return ms / (Buffer.byteLength(text) / 1_000_000);
}

describe('no catastrophic backtracking', () => {
  // The first document of a process pays one-time costs (the rules hash reads the sources, code
  // is compiled): ~0.2 s, which on a 16 KB text alone reads as 14 s/MB. They are paid here, so
  // that the bound measures the cost per megabyte.
  beforeAll(() => {
    extractDocument('The Minister of Mines of Chile will sign a memorandum on lithium within 15 days.', { id: 'warm', language: 'en' });
    extractDocument('El Ministro de Minería de Chile firmará un memorando sobre litio dentro de 15 días.', { id: 'warm', language: 'es' });
  });

  it('random token soup stays within the bound', () => {
    const words = fc.array(fc.constantFrom(...TOKENS), { minLength: 2000, maxLength: 8000 });
    fc.assert(
      fc.property(words, fc.boolean(), fc.constantFrom<'en' | 'es'>('en', 'es'), (ws, spaced, lang) => {
        const text = ws.join(spaced ? ' ' : '');
        expect(timePerMb(text, lang)).toBeLessThan(BOUND_MS_PER_MB);
      }),
      { numRuns: 12, seed: 20261122 },
    );
  });

  it('adversarial repetitions stay within the bound', () => {
    const cases = [
      'de '.repeat(60_000),
      'Ministro de de de '.repeat(10_000),
      '1 '.repeat(80_000),
      '.'.repeat(200_000),
      'EE.UU.'.repeat(30_000),
      'A. '.repeat(60_000),
      'within the next '.repeat(10_000),
      'dentro de los próximos '.repeat(8_000),
      'aaaaaaaaaa'.repeat(20_000),
      'Lithium Copper Nickel Cobalt '.repeat(7_000),
      '((((((((((' .repeat(10_000),
      'José Antonio Pérez de la '.repeat(8_000),
      '2026 2027 2028 '.repeat(12_000),
    ];
    for (const text of cases) {
      // Both languages' rule sets run on the same text.
      expect(timePerMb(text, 'es')).toBeLessThan(BOUND_MS_PER_MB);
      expect(timePerMb(text, 'en')).toBeLessThan(BOUND_MS_PER_MB);
    }
  }, 120_000);
});
