// A phrase matcher for word lists (countries, organizations, minerals, titles): the text is cut
// into word tokens once, and each position looks up the longest listed phrase in a Map, growing
// a phrase only while it is the beginning of some listed phrase (a word-level trie), so the cost
// stays linear in the text whatever the size of the lexicon. Accents and case are folded,
// except for entries marked case-sensitive (acronyms such as "US" or "EU").
import { foldSameLength, lastCall } from './text.ts';

export interface LexiconEntry<V> {
  /** The phrase as written in the lexicon, e.g. "Estados Unidos", "EE.UU.", "US". */
  surface: string;
  value: V;
  /** When true the words must match with their case (accents are still folded). */
  caseSensitive?: boolean;
}

export interface LexiconMatch<V> {
  value: V;
  start: number;
  end: number;
  surface: string;
}

export interface Token {
  start: number;
  end: number;
  key: string;
  raw: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string, folded = foldSameLength(text)): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(folded)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, key: m[0], raw: text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

const tokensOfDoc = lastCall(tokenize);

/**
 * tokenize(text, folded), remembered for the last text: the lexicons matched over a whole
 * document (countries, organizations, instruments, titles, minerals, relevance) share one
 * tokenization of it.
 */
export function docTokens(text: string, folded = foldSameLength(text)): readonly Token[] {
  return tokensOfDoc(text, folded);
}

function keyOf(surface: string): { key: string; words: string[]; raw: string[] } {
  const toks = tokenize(surface);
  return { key: toks.map(t => t.key).join(' '), words: toks.map(t => t.key), raw: toks.map(t => t.raw) };
}

/** Characters allowed between the words of one phrase: spaces or one line break (hard-wrapped text), a hyphen, a dot, an apostrophe, an ampersand. */
const GAP = /^(?:[ \t]{1,3}|[ \t]?\n[ \t]?|[-‐–.'’]|\.[ \t]?|[ \t]?-[ \t]?|[ \t]?&[ \t]?)$/u;

/** Whether text[from, to) may join two words of a phrase (GAP; a single space without a regex). */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  return to - from <= 3 && GAP.test(text.slice(from, to));
}

type Listed<V> = { entry: LexiconEntry<V>; raw: string[] }[];

export class Lexicon<V> {
  /**
   * Every listed phrase and every proper word-prefix of one, by key: its entries (null for a
   * prefix only) and whether a longer phrase goes on from it. One lookup per word tells both.
   */
  private readonly nodes = new Map<string, { listed: Listed<V> | null; prefix: boolean }>();
  private phrases = 0;
  private maxWords = 1;

  constructor(entries: Iterable<LexiconEntry<V>>) {
    const node = (key: string): { listed: Listed<V> | null; prefix: boolean } => {
      let n = this.nodes.get(key);
      if (!n) this.nodes.set(key, (n = { listed: null, prefix: false }));
      return n;
    };
    for (const entry of entries) {
      const { key, words, raw } = keyOf(entry.surface);
      if (!key) continue;
      this.maxWords = Math.max(this.maxWords, words.length);
      for (let n = 1; n < words.length; n++) node(words.slice(0, n).join(' ')).prefix = true;
      const phrase = node(key);
      if (!phrase.listed) {
        phrase.listed = [];
        this.phrases++;
      }
      phrase.listed.push({ entry, raw });
    }
  }

  get size(): number {
    return this.phrases;
  }

  /** Finds listed phrases, longest first at each position, never overlapping. */
  match(text: string, folded = foldSameLength(text), tokens: readonly Token[] = docTokens(text, folded)): LexiconMatch<V>[] {
    const out: LexiconMatch<V>[] = [];
    let i = 0;
    while (i < tokens.length) {
      // Most words begin no listed phrase: skip them before allocating anything.
      const head = this.nodes.get(tokens[i]!.key);
      if (head === undefined) {
        i++;
        continue;
      }
      let found: { n: number; entry: LexiconEntry<V> } | null = null;
      let key = '';
      const candidates: { n: number; listed: Listed<V> }[] = [];
      for (let n = 1; n <= this.maxWords && i + n <= tokens.length; n++) {
        const t = tokens[i + n - 1]!;
        if (n > 1 && !isGap(text, tokens[i + n - 2]!.end, t.start)) break;
        key = n === 1 ? t.key : `${key} ${t.key}`;
        const node = n === 1 ? head : this.nodes.get(key);
        if (node === undefined) break;
        if (node.listed) candidates.push({ n, listed: node.listed });
        if (!node.prefix) break;
      }
      for (let c = candidates.length - 1; c >= 0 && !found; c--) {
        const { n, listed } = candidates[c]!;
        for (const { entry, raw } of listed) {
          if (entry.caseSensitive && !raw.every((w, j) => tokens[i + j]!.raw === w)) continue;
          found = { n, entry };
          break;
        }
      }
      if (!found) {
        i++;
        continue;
      }
      const first = tokens[i]!;
      const last = tokens[i + found.n - 1]!;
      let end = last.end;
      // Keep a final dot that belongs to the phrase ("EE.UU.", "U.S.").
      if (found.entry.surface.endsWith('.') && text[end] === '.') end++;
      out.push({ value: found.entry.value, start: first.start, end, surface: text.slice(first.start, end) });
      i += found.n;
    }
    return out;
  }
}
