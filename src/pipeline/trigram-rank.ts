// franc's ranking for Latin-script text, computed without franc's per-call overhead. franc
// (francAll with `only`) matches the sample against the regular expression of every script it
// knows, builds an array of every trigram and a sorted copy of the counts, and looks each trigram
// up in a plain-object model: about 0.6 ms for a 900-character sample, a fifth of the whole
// extraction. The ranking itself is simple: a trigram's distance is |count - rank - 1| when the
// language's top-300 list holds it, else 300; languages sort by the sum, ties kept in franc's
// order; scores are normalized against the best. This module computes the same numbers from
// franc's own data (franc/data.js, franc/expressions.js) in one pass over the text, a trigram
// being a number (three 6-bit characters) that indexes typed arrays.
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
  const lists = codes.map(code => latin[code]!.split('|'));
  // The tables' characters (42 for the default candidates, space included) get the numbers
  // 1…n, so a trigram of them is one integer below 2^18 instead of a string to slice and hash.
  const letters = new Uint8Array(0x10000); // char code -> its number, 0: in no table
  let alphabet = 0;
  for (const list of lists) for (const t of list) for (const ch of t) if (letters[ch.charCodeAt(0)] === 0) letters[ch.charCodeAt(0)] = ++alphabet;
  if (alphabet >= 1 << BITS || lists.some(list => list.some(t => t.length !== 3))) throw new Error('trigram-rank: tables outside 6-bit trigrams');
  if (new Set(lists.flat()).size > 0x7fff) throw new Error('trigram-rank: too many trigrams for 16-bit rows');
  // One row per listed trigram: its rank in each language (-1: not listed), so a trigram of
  // the text is looked up once, not once per language.
  const rowOf = new Int16Array(1 << (3 * BITS)).fill(-1); // 512 KB; the lists hold ~1,200 trigrams
  let rows = 0;
  for (const list of lists) {
    for (const t of list) {
      const key = keyOf(letters, t);
      if (rowOf[key]! < 0) rowOf[key] = rows++;
    }
  }
  const ranks = new Int16Array(rows * codes.length).fill(-1);
  lists.forEach((list, lang) => {
    // franc assigns from the end, so a trigram listed twice keeps its first (lowest) rank.
    for (let i = list.length - 1; i >= 0; i--) ranks[rowOf[keyOf(letters, list[i]!)]! * codes.length + lang] = i;
  });
  const latinScript = expressions.Latin!; // global: String#match counts every character
  // Scratch for one call: counts by trigram number, and the numbers seen (reset after use).
  const counts = new Uint16Array(1 << (3 * BITS));
  const seen = new Int32Array(MAX_LENGTH + 2);

  return {
    rank(input: string): Ranking | null {
      if (input.length < minLength) return null;
      const value = input.slice(0, MAX_LENGTH);
      // franc takes the script with the most matching characters; more than half of them
      // Latin means no other (disjoint) script can beat it.
      // ASCII letters settle it for nearly every text without building the regex's match array.
      if (asciiLetters(value) * 2 <= value.length && (value.match(latinScript)?.length ?? 0) * 2 <= value.length) return null;
      const cleaned = cleanText(value);
      const sums = new Float64Array(codes.length);
      // Trigrams with a character in no table are in no list: each distinct one costs the full
      // distance in every language (counted by string, being rare).
      let unlisted: Set<string> | null = null;
      let distinct = 0;
      let a = letters[cleaned.charCodeAt(0)]!;
      let b = letters[cleaned.charCodeAt(1)]!;
      for (let i = 2; i < cleaned.length; i++) {
        const c = letters[cleaned.charCodeAt(i)]!;
        if (a === 0 || b === 0 || c === 0) (unlisted ??= new Set()).add(cleaned.slice(i - 2, i + 1));
        else {
          const key = (a << (2 * BITS)) | (b << BITS) | c;
          const was = counts[key]!;
          counts[key] = was + 1;
          if (was === 0) seen[distinct++] = key;
        }
        a = b;
        b = c;
      }
      const n = codes.length;
      for (let k = 0; k < distinct; k++) {
        const key = seen[k]!;
        const count = counts[key]!;
        counts[key] = 0;
        const row = rowOf[key]!;
        for (let lang = 0; lang < n; lang++) {
          const rank = row < 0 ? -1 : ranks[row * n + lang]!;
          sums[lang]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
        }
      }
      if (unlisted) for (let lang = 0; lang < n; lang++) sums[lang]! += unlisted.size * MAX_DIFFERENCE;
      const distances: Ranking = codes.map((code, lang) => [code, sums[lang]!]);
      distances.sort((x, y) => x[1] - y[1]); // stable: ties keep franc's order
      const min = distances[0]![1];
      const max = value.length * MAX_DIFFERENCE - min;
      for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
      return distances;
    },
  };
}

/** Bits per character of a trigram's number. */
const BITS = 6;

/** The number of a listed trigram (its characters numbered by `letters`). */
function keyOf(letters: Uint8Array, t: string): number {
  return (letters[t.charCodeAt(0)]! << (2 * BITS)) | (letters[t.charCodeAt(1)]! << BITS) | letters[t.charCodeAt(2)]!;
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

/** franc's cleaned, space-padded text (trigram-utils' `clean`), whose trigrams it ranks. */
function cleanText(value: string): string {
  return ` ${value.replace(NOT_LETTERS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()} `;
}
