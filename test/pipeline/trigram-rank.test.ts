// The fast ranking must give franc's numbers exactly: the same languages in the same order with
// the same scores (franc is the oracle), or null where it leaves the text to franc.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { francAll } from 'franc';
import { trigramRanker } from '../../src/pipeline/trigram-rank.ts';

const ONLY = ['eng', 'spa', 'por', 'fra', 'ita', 'deu', 'cat', 'glg', 'nld'];
const ranker = trigramRanker(ONLY, 10);

function agreesWithFranc(text: string): void {
  const fast = ranker.rank(text);
  if (fast !== null) expect(fast).toEqual(francAll(text, { only: ONLY, minLength: 10 }));
}

function fixtureTexts(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../fixtures');
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (/\.(txt|md|html)$/.test(e.name)) out.push(readFileSync(path.join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('trigramRanker', () => {
  it('ranks a Spanish sentence as franc does, Spanish first', () => {
    const text = 'Los dos gobiernos firmaron un memorando de entendimiento sobre minerales críticos y litio.';
    const fast = ranker.rank(text)!;
    expect(fast[0]).toEqual(['spa', 1]);
    expect(fast).toEqual(francAll(text, { only: ONLY, minLength: 10 }));
  });

  it('ranks an English sentence as franc does, English first', () => {
    const text = 'The two governments signed a memorandum of understanding on critical minerals and lithium.';
    expect(ranker.rank(text)![0]).toEqual(['eng', 1]);
    agreesWithFranc(text);
  });

  it('agrees with franc on every fixture, whole and in 900-character windows', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) {
      agreesWithFranc(t);
      for (let i = 0; i < t.length; i += 700) agreesWithFranc(t.slice(i, i + 900));
    }
  });

  it('leaves short and non-Latin text to franc', () => {
    expect(ranker.rank('litio')).toBeNull();
    expect(ranker.rank('Министерство природных ресурсов подписало меморандум')).toBeNull();
    expect(ranker.rank('中国和智利签署了关于锂矿合作的谅解备忘录')).toBeNull();
  });

  it('agrees with franc on random text (letters, accents, digits, punctuation, other scripts)', () => {
    const pieces = ['de', 'la', 'the', 'and', 'ção', 'ñ', 'é', 'ü', 'ß', ' ', '  ', '\n', '\t', '.', ',', '2026', '(', '"', '-', 'Ж', 'λ', '中', 'ı', 'İ', 'x', 'qu', 'th', 'ij'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 400 }), parts => agreesWithFranc(parts.join(''))),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), s => agreesWithFranc(s)), { numRuns: 300 });
  });
});
