// Stage 4, sentences: splits at sentence-final punctuation unless the word before it is an
// abbreviation of the language ("Mr.", "U.S.", "EE.UU.", "Dra.", "aprox.") or an initial, and
// always at line breaks (headlines, list items and datelines stand on their own lines).
// Intl.Segmenter alone splits "U.S. President" and "EE.UU. y" wrongly, hence this.
import type { Lang } from '../schema/record.ts';
import * as en from '../lang/en/abbreviations.ts';
import * as es from '../lang/es/abbreviations.ts';
import type { Sentence } from './context.ts';

const ABBR: Record<Lang, ReadonlySet<string>> = { en: new Set(en.ABBREVIATIONS), es: new Set(es.ABBREVIATIONS) };
const MAY_END: Record<Lang, ReadonlySet<string>> = { en: new Set(en.MAY_END_SENTENCE), es: new Set(es.MAY_END_SENTENCE) };
const OPENERS: Record<Lang, ReadonlySet<string>> = { en: new Set(en.SENTENCE_OPENERS), es: new Set(es.SENTENCE_OPENERS) };

// A candidate end: . ! ? … (with closing quotes/brackets) followed by white space. The
// lookbehind makes a run of stops match only from its first character, which keeps a long run
// of dots linear instead of quadratic.
const END = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s)/g;

/** The word (letters, digits, inner dots) that ends right before position `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^\.+/, '');
}

/** True when the dot at `dotAt` belongs to an abbreviation that does not end the sentence here. */
function isAbbreviation(text: string, dotAt: number, lang: Lang): boolean {
  const word = wordBefore(text, dotAt);
  if (!word) return false;
  if (MAY_END[lang].has(word) || (lang === 'es' && word === 'UU' && /EE\.?\s?$/.test(text.slice(Math.max(0, dotAt - 6), dotAt - 2)))) {
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(dotAt + 1, dotAt + 40));
    return !(next && OPENERS[lang].has(next[1]!));
  }
  if (ABBR[lang].has(word)) return true;
  // A single capital letter: an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms not listed ("A.B.C").
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  // Spanish "EE. UU." written with a space.
  if (lang === 'es' && word === 'EE' && /^\s?UU/.test(text.slice(dotAt + 1, dotAt + 4))) return true;
  return false;
}

/**
 * The longest sentence (characters). A longer run without a stop is cut at a blank (or, with
 * none in its second half, at this length): the extractors read a sentence at a time, some of
 * them word against word, and a 1 MB line without stops is no sentence. The longest sentence of
 * the fixtures, the dev set and the benchmark corpus has 804 characters.
 */
export const MAX_SENTENCE = 2000;

/** Splits [from, to) of the text into sentences, trimmed of surrounding white space. */
export function splitSentences(text: string, lang: Lang, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      while (cut > s + MAX_SENTENCE / 2 && !/\s/.test(text[cut]!)) cut--;
      if (cut === s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
      let end = cut;
      while (end > s && /\s/.test(text[end - 1]!)) end--;
      out.push({ start: s, end });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    let s = 0;
    END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = END.exec(line)) !== null) {
      const dotAt = lineStart + m.index;
      const stop = m.index + m[0].length;
      if (m[0][0] === '.' && m[0].length === 1 || m[0].startsWith('.') && /^\.["'”’»)\]]*$/.test(m[0])) {
        if (isAbbreviation(text, dotAt, lang)) continue;
      }
      // The next word must not start in lower case (a lower-case continuation is no new sentence).
      const next = /^\s+(\S)/.exec(line.slice(stop));
      if (next && /\p{Ll}/u.test(next[1]!)) continue;
      push(lineStart + s, lineStart + stop);
      s = stop;
    }
    push(lineStart + s, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}
