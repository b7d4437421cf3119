// Language-neutral text helpers shared by every extractor. Offsets are never shifted: every
// transformation here keeps one output character per input character.

/** Lower-cases and strips diacritics one character at a time, so offsets stay aligned. */
export function foldSameLength(text: string): string {
  // Plain ASCII (most words of most texts) folds by lower-casing alone.
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    out += text.slice(run, i).toLowerCase() + foldChar(text.slice(i, i + width));
    i += width - 1;
    run = i + 1;
  }
  return out + text.slice(run).toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;
const FOLDED_CHARS = new Map<string, string>();

/** One non-ASCII character folded, keeping its length (remembered: texts reuse few of them). */
function foldChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    // Astral characters count as two code units; keep them as they are so lengths match.
    folded = base.length === ch.length ? base : lower.length === ch.length ? lower : ch;
    if (FOLDED_CHARS.size < 4096) FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}

/** Folds for comparison only (lengths may change): lower case, no accents, single spaces. */
export function fold(text: string): string {
  // Extractors fold the same names and words over and over: remember the short ones.
  if (text.length > 64) return foldUncached(text);
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = detach(foldUncached(text));
    FOLDED.set(text, folded);
  }
  return folded;
}

/**
 * `s` as a string of its own, for a long-lived cache. V8 keeps a slice of 13 or more characters as
 * a view into the string it was cut from, so a cache keyed by words cut from documents keeps those
 * documents alive: with fold's cache keyed that way, a worker's live heap grew by ~0.4 MB per
 * 1,000 documents. Concatenation is flattened into a new string when sliced; the slice of it holds
 * one character more than `s`. (Shorter strings are never views.)
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * A module-level memo keyed by strings, for work repeated across documents: its keys are detached
 * (they are usually cut from a document), and it starts afresh when it holds `max` entries, so it
 * neither keeps documents alive nor grows with the corpus. A string value cut from the key must
 * be detached by the caller.
 */
export class StringMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(detach(key), value);
  }
}

/** A function remembered for its last arguments (lastCall). */
export interface LastCall<A extends readonly unknown[], V> {
  (...args: A): V;
  /** Remembers `value` as the result for `args`, when the caller already has it. */
  prime(value: V, ...args: A): void;
}

/**
 * compute, remembered for the last arguments it was called with (compared with ===): the
 * extractors ask for the same derived view of one document many times (its folded text, its
 * words, its tokens) and get it computed once. Only the last document is held.
 */
export function lastCall<A extends readonly unknown[], V>(compute: (...args: A) => V): LastCall<A, V> {
  let last: A | null = null;
  let value: V;
  const remembered = (...args: A): V => {
    if (last === null || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
  return Object.assign(remembered, {
    prime(v: V, ...args: A): void {
      value = v;
      last = args;
    },
  });
}

const FOLDED = new StringMemo<string>(20_000);

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Turns a name into an id slug: accents folded, lower case, words joined by '-'. */
export function slugify(name: string): string {
  return fold(name)
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Unicode-aware word boundaries (JavaScript's \b only knows ASCII). Use with the `u` flag. */
export const WB_START = '(?<![\\p{L}\\p{N}])';
export const WB_END = '(?![\\p{L}\\p{N}])';

/** Builds a global, Unicode, case-insensitive regular expression bounded by word edges. */
export function wordRegex(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${WB_START}(?:${source})${WB_END}`, flags);
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Trims white space and the given punctuation from both ends of [start, end) in `text`. */
export function trimRange(text: string, start: number, end: number, chars = /[\s,;:]/u): [number, number] {
  while (start < end && chars.test(text[start]!)) start++;
  while (end > start && chars.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Compares strings by code unit, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
