// Lenient matching of predicted against gold values (CONTRACT.md, "Gold files"; GUIDELINE.md
// ruling 13). Every matcher returns a similarity: 0 means "no match", anything above 0 is a match,
// and 1 is an exact match. The scorer pairs items greedily, best similarity first, so an exact
// pair always wins over a lenient one.
import { fold } from '../core/text.ts';

/** Similarity of a match that is lenient, not exact: kept below 1 so exact pairs rank first. */
const MAX_LENIENT = 0.99;

/** Share of words that two texts must have in common (see textSimilarity). */
export const WORD_OVERLAP_MIN = 0.5;

/**
 * Folds a text for comparison: accents and case folded (core `fold`), every run of characters that
 * is neither a letter nor a digit (punctuation, symbols, white space) turned into one space.
 */
export function normalizeText(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a normalized text. */
function wordSet(normalized: string): Set<string> {
  return new Set(normalized === '' ? [] : normalized.split(' '));
}

/** |A ∩ B| / max(|A|, |B|): the share of the LONGER word set that the other one covers. */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const longer = Math.max(a.size, b.size);
  if (longer === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / longer;
}

/** Whole-word containment: "15 days" is inside "within 15 days", "15" is not inside "150". */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Lenient text match for names, clauses and time expressions. After normalizeText, two texts match
 * when (a) they are equal (similarity 1); or (b) one is contained in the other as a whole-word
 * sequence; or (c) their distinct words overlap by at least half of the LONGER text's distinct words
 * (|A ∩ B| / max(|A|, |B|) ≥ 0.5 — measured against the longer text so that a short text does not
 * match every long clause that happens to contain its words). For (b) and (c) the similarity is
 * that word overlap, capped below 1. A text that folds to nothing matches nothing.
 */
export function textSimilarity(a: string, b: string): number {
  const na = normalizeText(a);
  const nb = normalizeText(b);
  if (na === '' || nb === '') return 0;
  if (na === nb) return 1;
  const overlap = wordOverlap(wordSet(na), wordSet(nb));
  const contained = containsWords(na, nb) || containsWords(nb, na);
  if (!contained && overlap < WORD_OVERLAP_MIN) return 0;
  // Containment of a short text in a long one can leave the overlap tiny; keep it above 0.
  return Math.min(Math.max(overlap, Number.EPSILON), MAX_LENIENT);
}

export function textsMatch(a: string, b: string): boolean {
  return textSimilarity(a, b) > 0;
}

/**
 * Words skipped when reading an acronym off a name: "Yacimientos de Litio Bolivianos" → YLB.
 * Initials are tried both with and without them ("Department of Energy" → DOE).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'da', 'do', 'das', 'dos',
  'du', 'des', 'et', 'der', 'die', 'und',
]);

/** Similarity given to an acronym match (below any subset match of a longer name). */
const ACRONYM_SIMILARITY = 0.5;

/** True when `acronym` spells the initials of some contiguous run of two or more of `words`. */
function initialsOfRun(acronym: string, words: readonly string[]): boolean {
  const initials = words.map(w => w[0] ?? '').join('');
  for (let start = 0; start + acronym.length <= initials.length; start++) {
    if (initials.slice(start, start + acronym.length) === acronym) return true;
  }
  return false;
}

/**
 * An acronym slug (one word, two letters or more) against a name of two words or more: it matches
 * when it equals the initials of a contiguous run of the name's words, counting function words or
 * not. A run, not the whole name, because acronyms usually leave out a leading qualifier:
 * DFC ~ us-international-development-finance-corporation.
 */
export function isAcronymOf(acronym: string, name: readonly string[]): boolean {
  if (acronym.length < 2 || acronym.includes('-') || name.length < 2) return false;
  const content = name.filter(w => !FUNCTION_WORDS.has(w));
  return initialsOfRun(acronym, name) || (content.length >= 2 && initialsOfRun(acronym, content));
}

/**
 * Lenient match of two `org:` slugs: equal (1); every word of one slug is a word of the other
 * (set inclusion; similarity = the word overlap, e.g. org:arafura ~ org:arafura-rare-earths); or one
 * is an acronym of the other (org:dfc ~ org:development-finance-corporation, 0.5).
 */
export function orgSlugSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = a.split('-').filter(w => w !== '');
  const wb = b.split('-').filter(w => w !== '');
  const sa = new Set(wa);
  const sb = new Set(wb);
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if ([...small].every(w => large.has(w))) return Math.min(wordOverlap(sa, sb), MAX_LENIENT);
  if (wa.length === 1 && isAcronymOf(a, wb)) return ACRONYM_SIMILARITY;
  if (wb.length === 1 && isAcronymOf(b, wa)) return ACRONYM_SIMILARITY;
  return 0;
}

const ORG_PREFIX = 'org:';

/**
 * Entity ids: two `org:` ids match leniently (orgSlugSimilarity); anything else (ISO codes, EU, an
 * ISO code against an org id) only when identical.
 */
export function idSimilarity(a: string, b: string): number {
  if (a.startsWith(ORG_PREFIX) && b.startsWith(ORG_PREFIX)) {
    return orgSlugSimilarity(a.slice(ORG_PREFIX.length), b.slice(ORG_PREFIX.length));
  }
  return a === b ? 1 : 0;
}

export function idsMatch(a: string, b: string): boolean {
  return idSimilarity(a, b) > 0;
}

/** Exact match, for ISO codes, dates, mineral ids and instrument types. */
export function exactSimilarity(a: string, b: string): number {
  return a === b ? 1 : 0;
}

/** A pairing of gold index → predicted index, plus what stayed unpaired on each side. */
export interface Pairing {
  pairs: { gold: number; predicted: number; similarity: number }[];
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

/**
 * One-to-one matching, greedy, best similarity first. Ties break on the gold index, then the
 * predicted index, so the result does not depend on anything but the two lists' order.
 */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  similarity: (g: G, p: P) => number,
): Pairing {
  const candidates: { gold: number; predicted: number; similarity: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const s = similarity(g, p);
      if (s > 0) candidates.push({ gold: gi, predicted: pi, similarity: s });
    });
  });
  candidates.sort((x, y) => y.similarity - x.similarity || x.gold - y.gold || x.predicted - y.predicted);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: Pairing['pairs'] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predUsed.has(c.predicted)) continue;
    goldUsed.add(c.gold);
    predUsed.add(c.predicted);
    pairs.push(c);
  }
  pairs.sort((x, y) => x.gold - y.gold);
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter(i => !goldUsed.has(i)),
    unmatchedPredicted: predicted.map((_, i) => i).filter(i => !predUsed.has(i)),
  };
}
