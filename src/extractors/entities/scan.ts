// Word-level scanning shared by the entity, official and party extractors: words with their
// offsets and case, runs of capitalized words ("Siemens Gamesa Renewable Energy A/S",
// "Comisión de Economía Plural de la Cámara de Diputados"), and line classes (headlines,
// credits) that change how a sentence is read. Offsets are always into the document text.
import { fold, foldSameLength, lastCall } from '../../core/text.ts';
import { docTokens, Lexicon, tokenize, type LexiconEntry, type LexiconMatch, type Token } from '../../core/lexicon.ts';
import { lowerBound, partitionPoint } from '../../core/span.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** The word folded (lower case, no accents; foldSameLength). */
  key: string;
  /** Starts with a capital letter (or a digit followed by one, "3M"). */
  cap: boolean;
  /** Written in capitals only ("KABIL", "MSP"). */
  upper: boolean;
  /** Followed by a possessive "'s" / "’s" / "'". */
  possessive: boolean;
}

// Letters and digits, with inner hyphens ("Tae-yul", "IPEX-Bank", "States–Ukraine") and inner
// apostrophes that are not a possessive ("O'Brien", "Ma'aden").
const WORD = /[\p{L}\p{N}]+(?:[-‐–][\p{L}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))\p{L}+)*/gu;

/** foldSameLength(text), remembered for the last text: many calls on one document fold it once. */
export const foldedText = lastCall(foldSameLength);

const wordsOfDoc = lastCall(scanWords);

/**
 * The words of text[from, to) (the range should start and end at word edges). The words of the
 * last text are remembered, so sentence after sentence costs a binary search.
 */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const wordsCache = wordsOfDoc(text);
  const lo = lowerBound(wordsCache, from);
  // Word ends increase too: the range stops before the first word that ends after `to`.
  const stop = partitionPoint(lo, wordsCache.length, i => wordsCache[i]!.end <= to);
  return wordsCache.slice(lo, stop);
}

/** Every word of the text, in order. */
function scanWords(text: string): Word[] {
  const out: Word[] = [];
  const folded = foldedText(text);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index;
    const w = m[0];
    const end = start + w.length;
    // The "s" of a possessive is no word of its own.
    if (w === 's' || w === 'S') {
      const prev = out[out.length - 1];
      if (prev && prev.possessive && prev.end + 1 === start) continue;
    }
    // Followed by "'" / "’" (with or without an "s"): a possessive.
    const next = text.charCodeAt(end);
    const possessive = next === 0x27 || next === 0x2019;
    out.push({ start, end, text: w, key: folded.slice(start, end), cap: isCapWord(w), upper: isUpperWord(w), possessive });
  }
  return out;
}

const DIGITS_THEN_CAPITAL = /^\p{N}*\p{Lu}/u;

/** Word.cap: the first letter is a capital, or digits come before a capital ("3M"). */
function isCapWord(w: string): boolean {
  const c = w.charCodeAt(0);
  // ASCII first letters (most words) without allocating a lower-cased copy.
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return true;
    if (c < 0x30 || c > 0x39) return false;
    return DIGITS_THEN_CAPITAL.test(w);
  }
  const ch = w[0]!;
  return ch !== ch.toLowerCase();
}

/** Word.upper: has capitals and no small letters (w !== lower case && w === upper case). */
function isUpperWord(w: string): boolean {
  let hasUpper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // Outside ASCII, case mapping has its surprises ("ß"): ask the string methods.
    if (c >= 0x80) return w !== w.toLowerCase() && w === w.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
  }
  return hasUpper;
}

/** Short words that may join the capitalized words of one name. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'del', 'la', 'las', 'los', 'y', 'e', 'en', 'da', 'do', 'dos', 'das', 'di',
  'du', 'van', 'von', 'der', 'den', 'und', 'fur', 'al', 'bin',
]);

/** Abbreviations whose final dot does not end a name ("Ganfeng Lithium Co. Ltd", "J. D. Vance"). */
const DOTTED = new Set(['co', 'corp', 'inc', 'ltd', 'jr', 'sr', 'st', 'bros', 'mfg', 'intl', 'no', 'nos', 'dept']);

/** Can two neighbouring words belong to one name, given the characters between them? */
export function joinable(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.possessive) return false;
  if (gap === ' ') return true;
  if (/^ ?& ?$/.test(gap)) return true;
  if (/^\. ?$/.test(gap) && (DOTTED.has(a.key) || /^\p{Lu}$/u.test(a.text))) return true;
  if (gap === '/' && a.text.length <= 2 && b.text.length <= 2) return true;
  return false;
}

/** A run of capitalized words, possibly joined by connectors: indexes into the word list. */
export interface Run {
  from: number;
  /** Inclusive. */
  to: number;
}

/**
 * Maximal runs of capitalized words inside words[from, to): a capitalized word, then more
 * capitalized words, or up to two connectors followed by a capitalized word.
 */
export function capRuns(text: string, words: readonly Word[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.cap) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = words[end + 1];
      if (!next || !joinable(text, words[end]!, next)) break;
      if (next.cap) {
        end++;
        continue;
      }
      // Up to two connectors, then a capitalized word.
      let k = end + 1;
      let ok = false;
      while (k < words.length && k <= end + 2 && CONNECTORS.has(words[k]!.key) && !words[k]!.cap) {
        const after = words[k + 1];
        if (!after || !joinable(text, words[k]!, after)) break;
        if (after.cap) {
          // "… of Mongolia and France's Ministry …": a possessive after "and" opens the next name.
          ok = !(after.possessive && words[k]!.key === 'and' && words[k + 2]?.cap);
          break;
        }
        k++;
      }
      if (!ok) break;
      end = k + 1;
    }
    out.push({ from: i, to: end });
    i = end + 1;
  }
  return out;
}

/** Offsets of the line breaks of a text, in order (for the last text asked about). */
const lineBreaks = lastCall((text: string): number[] => {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
});

/**
 * The line [start, end) that holds offset `at`. By binary search over the line breaks: searching
 * the text both ways from every sentence made a long line of many sentences quadratic.
 */
export function lineAt(text: string, at: number): { start: number; end: number } {
  const breaks = lineBreaks(text);
  // The first break at or after `at` ends the line; the one before it (if any) starts it.
  const lo = partitionPoint(0, breaks.length, i => breaks[i]! < at);
  return { start: lo > 0 ? breaks[lo - 1]! + 1 : 0, end: lo < breaks.length ? breaks[lo]! : text.length };
}

/**
 * True for a headline: a line of four words or more, without a final full stop, in which most
 * longer words are capitalized ("US, Japan Sign Framework Deal to Secure Supply") or everything is
 * in capitals.
 */
const headlineMemo = new Map<number, boolean>();
let headlineText = '';

export function isHeadline(text: string, start: number, end: number): boolean {
  const line = lineAt(text, start);
  if (line.end < end) return false;
  if (text !== headlineText) {
    headlineText = text;
    headlineMemo.clear();
  }
  const known = headlineMemo.get(line.start);
  if (known !== undefined) return known;
  const result = headlineLine(text, line);
  headlineMemo.set(line.start, result);
  return result;
}

const HAS_LETTER = /\p{L}/u;
const FINAL_STOP = /\.["”»]?\s*$/;

/** Does the word hold a letter (not only digits)? */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return HAS_LETTER.test(w);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
  }
  return false;
}

function headlineLine(text: string, line: { start: number; end: number }): boolean {
  // Counted in place: words with a letter, and among them the longer ones and their capitals.
  const all = wordsIn(text, line.start, line.end);
  let words = 0;
  let long = 0;
  let caps = 0;
  for (const w of all) {
    if (!hasLetter(w.text)) continue;
    words++;
    if (w.text.length >= 4) {
      long++;
      if (w.cap) caps++;
    }
  }
  if (words < 4) return false;
  // A headline does not end with a full stop.
  if (FINAL_STOP.test(text.slice(line.start, line.end))) return false;
  if (long === 0) return false;
  return caps / long >= 0.7;
}

const foldedLists = new WeakMap<readonly string[], string[]>();

/** True when the text at `start` begins with one of `starts` (folded), after blanks and brackets. */
export function startsWithAny(text: string, start: number, starts: readonly string[]): boolean {
  let list = foldedLists.get(starts);
  if (!list) {
    list = starts.map(fold);
    foldedLists.set(starts, list);
  }
  // In place of slice(start, start + 40) with its leading blanks and brackets removed.
  const folded = foldedText(text);
  const limit = Math.min(start + 40, folded.length);
  let at = Math.max(0, start);
  while (at < limit && isBlankOrBracket(folded.charCodeAt(at))) at++;
  for (const s of list) if (s.length <= limit - at && folded.startsWith(s, at)) return true;
  return false;
}

/** Matches /[\s([]/ (JavaScript's \s: Unicode spaces and line ends, and the BOM). */
function isBlankOrBracket(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x28 || c === 0x5b;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Folds a word list into a Set for membership tests. */
export function foldedSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(fold(w));
  return out;
}

/** The sentence (from ctx.sentences) that contains offset `at`, or null. */
export function sentenceAt(sentences: readonly { start: number; end: number }[], at: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Abbreviations after which the pipeline's sentence splitter may have cut a name in two. */
const NAME_ABBREVIATION = /(?:^|[\s(])(?:Co|Corp|Inc|Ltd|Cia|Jr|Sr|Sra|St|Eng|Ing|Lic|Dr|Dra|Mr|Mrs|Ms|Prof|Gen|Hon|\p{Lu})\.$/u;

/**
 * The document's sentences, rejoined where a cut falls after an abbreviation that belongs to a
 * name ("Ganfeng Lithium Co. | Ltd", "Vice Governor of Catamarca, Eng. | Ruben Dusso").
 */
export function nameSentences(text: string, sentences: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && s.start - prev.end === 1 && text.charCodeAt(prev.end) === 0x20 && NAME_ABBREVIATION.test(text.slice(Math.max(prev.start, prev.end - 12), prev.end))) {
      prev.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * An index from character offsets to the spans that cover them, for "which mention covers this
 * word?" in constant time. The first span given wins where spans overlap.
 */
export class CoverIndex<T extends { start: number; end: number }> {
  private readonly at: Int32Array;
  constructor(
    length: number,
    private readonly spans: readonly T[],
  ) {
    this.at = new Int32Array(length + 1);
    spans.forEach((s, i) => {
      for (let k = Math.max(0, s.start); k < Math.min(length, s.end); k++) if (this.at[k] === 0) this.at[k] = i + 1;
    });
  }
  /** The span covering offset `pos`, if any. */
  atOffset(pos: number): T | undefined {
    const i = this.at[pos] ?? 0;
    return i > 0 ? this.spans[i - 1] : undefined;
  }
  /** A span covering all of [start, end), if any. */
  covering(start: number, end: number): T | undefined {
    const s = this.atOffset(start);
    return s && s.start <= start && s.end >= end ? s : undefined;
  }
}

/** Seeds the folding cache with a document's already folded text (ctx.folded). */
export function primeFolded(text: string, folded: string): void {
  foldedText.prime(folded, text);
}

/** Function words never used as a phrase's anchor (they occur everywhere). */
const NOT_ANCHORS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'or', 'for', 'by', 'with', 'is', 'are', 'was', 'be', 'not', 'no', 'do',
  'does', 'will', 'shall', 'it', 'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'de', 'del', 'al', 'en', 'y', 'e', 'o', 'con',
  'por', 'para', 'es', 'son', 'se', 'que', 'su', 'sus',
]);

let scratchBuffer = new Int32Array(1024);

/** A zeroed Int32Array of `n` entries, reused from call to call (PhraseMatcher.match). */
function scratch(n: number): Int32Array {
  if (scratchBuffer.length < n) scratchBuffer = new Int32Array(Math.max(n, scratchBuffer.length * 2));
  const out = scratchBuffer.subarray(0, n);
  out.fill(0);
  return out;
}

/**
 * A Lexicon that only looks where a listed phrase can be: each phrase is anchored on its first
 * word that is not a function word ("Salvador" in "El Salvador", "vinculante" in "no vinculante"),
 * the document's tokens are filtered to windows around those anchors, and the windows are handed
 * to Lexicon.match. Same matches, a fraction of the work (most words anchor no phrase).
 */
export class PhraseMatcher<V> {
  private readonly lexicon: Lexicon<V>;
  /** Anchor word → words that may stand before it, and words from it to a phrase's end. */
  private readonly anchors = new Map<string, { before: number; after: number }>();

  constructor(entries: readonly LexiconEntry<V>[]) {
    this.lexicon = new Lexicon(entries);
    for (const e of entries) {
      const toks = tokenize(e.surface);
      if (toks.length === 0) continue;
      let a = toks.findIndex(t => !NOT_ANCHORS.has(t.key));
      if (a < 0) a = 0;
      const key = toks[a]!.key;
      const prev = this.anchors.get(key) ?? { before: 0, after: 1 };
      this.anchors.set(key, { before: Math.max(prev.before, a), after: Math.max(prev.after, toks.length - a) });
    }
  }

  match(text: string, folded: string = foldedText(text), tokens: readonly Token[] = docTokens(text, folded)): LexiconMatch<V>[] {
    const keepFrom = scratch(tokens.length + 1);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      const anchor = this.anchors.get(tokens[i]!.key);
      if (anchor === undefined) continue;
      const from = Math.max(0, i - anchor.before);
      const to = Math.min(tokens.length, i + anchor.after);
      keepFrom[from]! += 1;
      keepFrom[to]! -= 1;
      any = true;
    }
    if (!any) return [];
    const keep: Token[] = [];
    let open = 0;
    for (let i = 0; i < tokens.length; i++) {
      open += keepFrom[i]!;
      if (open > 0) keep.push(tokens[i]!);
    }
    return this.lexicon.match(text, folded, keep);
  }
}
