// franc's ranking for Latin-script text, computed without franc's per-call overhead. franc
// (francAll with `only`) matches the sample against the regular expression of every script it
// knows, builds an array of every trigram and a sorted copy of the counts, and looks each trigram
// up in a plain-object model: about 0.6 ms for a 900-character sample, a fifth of the whole
// extraction. The ranking itself is simple: a trigram's distance is |count - rank - 1| when the
// language's top-300 list holds it, else 300; languages sort by the sum, ties kept in franc's
// order; scores are normalized against the best. This module computes the same numbers from
// franc's own data (franc/data.js, franc/expressions.js) with Maps and one pass over the text.
// Anything it cannot decide exactly as franc would (a short text, a text not mostly in Latin
// script) returns null and the caller asks franc itself; test/pipeline/trigram-rank.test.ts
// checks the two agree.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants: the longest sample it reads and the distance of a missing trigram. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type Ranking = [string, number][];

export interface TrigramRanker {
  /** franc's `francAll(value, { only, minLength })` for mostly-Latin text, else null. */
  rank(value: string): Ranking | null;
}

/** A ranker over `only` (ISO 639-3 codes of Latin-script languages franc knows). */
export function trigramRanker(only: readonly string[], minLength: number): TrigramRanker {
  const latin = data.Latin!;
  // franc's language order (the order of its data), which decides ties.
  const codes = Object.keys(latin).filter(code => only.includes(code));
  // One table for all candidates: trigram -> its rank in each language (-1: not listed), so a
  // trigram of the text is looked up once, not once per language.
  const ranks = new Map<string, Int16Array>();
  codes.forEach((code, lang) => {
    const list = latin[code]!.split('|');
    // franc assigns from the end, so a trigram listed twice keeps its first (lowest) rank.
    for (let i = list.length - 1; i >= 0; i--) {
      let row = ranks.get(list[i]!);
      if (!row) ranks.set(list[i]!, (row = new Int16Array(codes.length).fill(-1)));
      row[lang] = i;
    }
  });
  const latinScript = expressions.Latin!; // global: String#match counts every character

  return {
    rank(input: string): Ranking | null {
      if (input.length < minLength) return null;
      const value = input.slice(0, MAX_LENGTH);
      // franc takes the script with the most matching characters; more than half of them
      // Latin means no other (disjoint) script can beat it.
      // ASCII letters settle it for nearly every text without building the regex's match array.
      if (asciiLetters(value) * 2 <= value.length && (value.match(latinScript)?.length ?? 0) * 2 <= value.length) return null;
      const counts = trigramCounts(value);
      const sums = new Float64Array(codes.length);
      for (const [trigram, count] of counts) {
        const row = ranks.get(trigram);
        for (let lang = 0; lang < sums.length; lang++) {
          const rank = row ? row[lang]! : -1;
          sums[lang]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
        }
      }
      const distances: Ranking = codes.map((code, lang) => [code, sums[lang]!]);
      distances.sort((a, b) => a[1] - b[1]); // stable: ties keep franc's order
      const min = distances[0]![1];
      const max = value.length * MAX_DIFFERENCE - min;
      for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
      return distances;
    },
  };
}

function asciiLetters(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20; // folds A-Z onto a-z
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

const NOT_LETTERS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/** The trigrams of franc's cleaned, space-padded text (trigram-utils' `clean`), with their counts. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(NOT_LETTERS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
