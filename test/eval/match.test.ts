import { describe, expect, it } from 'vitest';
import {
  idSimilarity,
  idsMatch,
  isAcronymOf,
  matchOneToOne,
  normalizeText,
  textSimilarity,
  textsMatch,
  wordOverlap,
} from '../../src/eval/match.ts';

describe('normalizeText', () => {
  it('folds accents, case and punctuation and collapses white space', () => {
    expect(normalizeText('  Árbol,  de-LITIO!\n(¿sí?) ')).toBe('arbol de litio si');
    expect(normalizeText('≥99%')).toBe('99');
  });
});

describe('textSimilarity: lenient text matching', () => {
  it('matches texts equal once folded, with similarity 1', () => {
    expect(textSimilarity('José Antonio Pérez', 'jose antonio PEREZ.')).toBe(1);
  });

  it('matches a text contained word for word in the other, in either direction', () => {
    const long = 'the first meeting will take place within 15 days';
    expect(textsMatch('within 15 days', long)).toBe(true);
    expect(textsMatch(long, 'Within 15 days,')).toBe(true);
    // Containment matches even when the overlap is far below one half (3 of 9 words).
    expect(textSimilarity('within 15 days', long)).toBeCloseTo(3 / 9, 10);
  });

  it('does not count containment inside a word', () => {
    expect(textsMatch('15 day', '150 days')).toBe(false);
    expect(textsMatch('lithium', 'lithiums')).toBe(false);
  });

  it('matches when shared words reach half of the LONGER text (4 of 7)', () => {
    const a = 'the parties will cooperate on lithium processing'; // 7 distinct words
    const b = 'parties will cooperate on copper refining'; // 6 distinct words, 4 shared
    expect(textSimilarity(a, b)).toBeCloseTo(4 / 7, 10);
  });

  it('rejects overlap below half of the longer text (2 of 7)', () => {
    expect(textsMatch('the parties will invest in copper mines', 'the parties signed a memorandum today')).toBe(false);
  });

  it('measures against the longer text, not the shorter one', () => {
    // Both words of the short text are in the long one, but not as a contiguous sequence, and they
    // are 2 of 9 words of the long one: no match (it would match if measured on the shorter text).
    expect(textsMatch('copper supply', 'supply of copper cathodes to european smelters from 2027')).toBe(false);
  });

  it('keeps lenient matches below an exact one', () => {
    expect(textSimilarity('for five years', 'renewable for five years')).toBeLessThan(1);
    expect(textSimilarity('for five years', 'for five years')).toBe(1);
  });

  it('never matches an empty or punctuation-only text', () => {
    expect(textsMatch('', '')).toBe(false);
    expect(textsMatch('—', 'within 15 days')).toBe(false);
  });
});

describe('wordOverlap', () => {
  it('divides the shared words by the larger set', () => {
    expect(wordOverlap(new Set(['a', 'b']), new Set(['a', 'b', 'c', 'd']))).toBe(0.5);
    expect(wordOverlap(new Set(), new Set())).toBe(0);
  });
});

describe('idSimilarity: entity ids', () => {
  it('matches states and the EU only exactly', () => {
    expect(idSimilarity('US', 'US')).toBe(1);
    expect(idSimilarity('EU', 'EU')).toBe(1);
    expect(idsMatch('US', 'PE')).toBe(false);
    expect(idsMatch('US', 'org:us')).toBe(false);
  });

  it('matches an org slug whose words are all in the other slug', () => {
    expect(idsMatch('org:arafura', 'org:arafura-rare-earths')).toBe(true);
    expect(idsMatch('org:siemens-gamesa-renewable-energy', 'org:siemens-gamesa')).toBe(true);
    expect(idSimilarity('org:arafura', 'org:arafura-rare-earths')).toBeCloseTo(1 / 3, 10);
  });

  it('matches an acronym against the initials of the other name', () => {
    expect(idsMatch('org:dfc', 'org:development-finance-corporation')).toBe(true);
    expect(idsMatch('org:development-finance-corporation', 'org:dfc')).toBe(true);
    // A run of words: the leading qualifiers are not part of the acronym.
    expect(idsMatch('org:dfc', 'org:us-international-development-finance-corporation')).toBe(true);
    // Function words skipped ...
    expect(idsMatch('org:ylb', 'org:yacimientos-de-litio-bolivianos')).toBe(true);
    // ... or counted.
    expect(idsMatch('org:doe', 'org:department-of-energy')).toBe(true);
    expect(idSimilarity('org:dfc', 'org:development-finance-corporation')).toBe(0.5);
  });

  it('rejects different organizations', () => {
    expect(idsMatch('org:tesla', 'org:liontown-resources')).toBe(false);
    expect(idsMatch('org:dfc', 'org:export-import-bank')).toBe(false);
    expect(idsMatch('org:codelco', 'org:corporacion-nacional-del-cobre')).toBe(false);
    expect(idsMatch('org:rare-earths-one', 'org:arafura-rare-earths')).toBe(false);
  });
});

describe('isAcronymOf', () => {
  it('needs an acronym of two letters or more and a name of two words or more', () => {
    expect(isAcronymOf('d', ['development', 'bank'])).toBe(false);
    expect(isAcronymOf('db', ['development-bank'])).toBe(false);
    expect(isAcronymOf('db', ['development', 'bank'])).toBe(true);
  });
});

describe('matchOneToOne', () => {
  const sim = (a: string, b: string): number => textSimilarity(a, b);

  it('pairs the best match first, so an exact pair is not stolen by a lenient one', () => {
    const goldItems = ['for three years', 'renewable for three years'];
    const predicted = ['renewable for three years'];
    const p = matchOneToOne(goldItems, predicted, sim);
    expect(p.pairs).toEqual([{ gold: 1, predicted: 0, similarity: 1 }]);
    expect(p.unmatchedGold).toEqual([0]);
    expect(p.unmatchedPredicted).toEqual([]);
  });

  it('uses each item once: a duplicate prediction is a false positive', () => {
    const p = matchOneToOne(['within 30 days'], ['within 30 days', 'within 30 days'], sim);
    expect(p.pairs).toHaveLength(1);
    expect(p.unmatchedPredicted).toEqual([1]);
  });
});
