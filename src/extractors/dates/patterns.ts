// Building blocks shared by the date, document-date and timeline rules: month, weekday, day and
// year sub-patterns per language (built once from the word lists in src/lang/{en,es}/months.ts),
// the month lookup, and the guards that tell a year from a number that only looks like one.
// Every sub-pattern is a plain alternation or a bounded run, so the composed regexes stay linear.
import { escapeRegex, fold } from '../../core/text.ts';
import type { Lang } from '../../schema/record.ts';
import * as enMonths from '../../lang/en/months.ts';
import * as esMonths from '../../lang/es/months.ts';
import enWords from './words.en.json' with { type: 'json' };
import esWords from './words.es.json' with { type: 'json' };
import { MAX_SENTENCE } from '../../pipeline/segment.ts';

export interface DateWords {
  yearPreceders: string[];
  labelsBeforeNumber: string[];
  quantityAfter: string[];
  currencyBefore: string[];
  placeNounsBeforeDay: string[];
  metadataLabels: string[];
  monthAlonePrepositions: string[];
  approximators: string[];
}

export const WORDS: Record<Lang, DateWords> = { en: enWords, es: esWords };

const MONTH_DATA = { en: enMonths, es: esMonths } as const;

/** Alternation of literal words, longest first (so "september" is tried before "sep"). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(w => escapeRegex(w).replace(/ /g, '\\s+'))
    .join('|');
}

function foldedMap(data: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(Object.entries(data).map(([k, v]) => [fold(k), v]));
}

const MONTH_MAPS: Record<Lang, Map<string, number>> = {
  en: foldedMap(enMonths.MONTHS),
  es: foldedMap(esMonths.MONTHS),
};
const FULL_MONTHS: Record<Lang, string[]> = {
  en: Object.keys(enMonths.MONTHS).filter(k => k.length > 4 || k === 'may' || k === 'june' || k === 'july'),
  es: Object.keys(esMonths.MONTHS).filter(k => k.length > 4 || k === 'mayo'),
};
const WEEKDAY_MAPS: Record<Lang, Map<string, number>> = {
  en: foldedMap(enMonths.WEEKDAYS),
  es: foldedMap(esMonths.WEEKDAYS),
};
const AMBIGUOUS: Record<Lang, Set<string>> = {
  en: new Set(enMonths.AMBIGUOUS_MONTHS),
  es: new Set(esMonths.AMBIGUOUS_MONTHS),
};

/** Start of a word (Unicode-aware). */
export const WB = '(?<![\\p{L}\\p{N}])';
/** A four-digit year in range. */
export const YEAR = '(?:19\\d{2}|20\\d{2}|2100)';
/** After a year: no letter or digit, no decimal or thousands part, no second number joined by a dash. */
export const YEAR_END = '(?![\\p{L}\\p{N}]|[.,/]\\d)';

export const DAY: Record<Lang, string> = {
  en: '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])',
  es: '(?:(?:3[01]|[12]\\d|0?[1-9])(?:\\.?[º°ᵒ]|ro|o)?|primero)(?![\\p{L}\\p{N}])',
};

const ABBREVIATIONS: Record<Lang, string[]> = {
  en: Object.keys(enMonths.MONTHS).filter(k => !FULL_MONTHS.en.includes(k)),
  es: Object.keys(esMonths.MONTHS).filter(k => !FULL_MONTHS.es.includes(k)),
};

/** A month name, or an abbreviation with an optional dot ("Feb.", "Sept", "4 feb."). */
export const MONTH: Record<Lang, string> = {
  en: `(?:(?:${alternation(FULL_MONTHS.en)})(?![\\p{L}])|(?:${alternation(ABBREVIATIONS.en)})(?![\\p{L}])\\.?)`,
  es: `(?:(?:${alternation(FULL_MONTHS.es)})(?![\\p{L}])|(?:${alternation(ABBREVIATIONS.es)})(?![\\p{L}])\\.?)`,
};

/** Full month names only (for a month standing alone, where an abbreviation would be too risky). */
export const MONTH_FULL: Record<Lang, string> = {
  en: `(?:${alternation(FULL_MONTHS.en)})(?![\\p{L}])`,
  es: `(?:${alternation(FULL_MONTHS.es)})(?![\\p{L}])`,
};

export const WEEKDAY: Record<Lang, string> = {
  en: `(?:${alternation(Object.keys(enMonths.WEEKDAYS))})(?![\\p{L}])\\.?`,
  es: `(?:${alternation(Object.keys(esMonths.WEEKDAYS))})(?![\\p{L}])`,
};

/** Seed words for the line prefilter (seeded.ts), folded: month words and full month names. */
export const SEED_WORDS = {
  month: { en: Object.keys(enMonths.MONTHS).map(fold), es: Object.keys(esMonths.MONTHS).map(fold) },
  fullMonth: { en: FULL_MONTHS.en.map(fold), es: FULL_MONTHS.es.map(fold) },
} as const;

/** Month number of a month word as written ("Sept.", "setiembre", "MARZO"), or null. */
export function monthNumber(word: string, lang: Lang): number | null {
  return MONTH_MAPS[lang].get(fold(word).replace(/\.$/, '')) ?? null;
}

export function isWeekday(word: string, lang: Lang): boolean {
  return WEEKDAY_MAPS[lang].has(fold(word).replace(/\.$/, ''));
}

/**
 * Whether a month word is acceptable as written. An English month word that is also a common word
 * ("may", "march", "dec") counts only capitalized. A Spanish abbreviation that is also a word
 * ("mar", "set") needs its dot unless a day number stands beside it (`withDay`).
 */
export function monthWordOk(word: string, lang: Lang, withDay: boolean): boolean {
  const bare = fold(word).replace(/\.$/, '');
  if (lang === 'en') return !AMBIGUOUS.en.has(bare) || /^\p{Lu}/u.test(word);
  if (AMBIGUOUS[lang].has(bare) && !word.endsWith('.') && !withDay) return false;
  return true;
}

export function dayNumber(word: string): number {
  if (/^primero$/i.test(word)) return 1;
  return parseInt(word, 10);
}

// ---------------------------------------------------------------------------------------------
// Guards: is a four-digit number a year?

function wordSet(list: readonly string[]): Set<string> {
  return new Set(list.map(w => fold(w).replace(/\.$/, '')));
}

const PRECEDERS: Record<Lang, Set<string>> = { en: wordSet(enWords.yearPreceders), es: wordSet(esWords.yearPreceders) };
const LABELS: Record<Lang, Set<string>> = { en: wordSet(enWords.labelsBeforeNumber), es: wordSet(esWords.labelsBeforeNumber) };
const QUANTITIES: Record<Lang, Set<string>> = { en: wordSet(enWords.quantityAfter), es: wordSet(esWords.quantityAfter) };
const PLACE_NOUNS: Record<Lang, Set<string>> = { en: wordSet(enWords.placeNounsBeforeDay), es: wordSet(esWords.placeNounsBeforeDay) };
const CURRENCY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...enWords.currencyBefore, ...esWords.currencyBefore])})[ \\t\\u00a0]?$`,
  'iu',
);
const PREV_WORD = /([\p{L}][\p{L}'’.]*)[ \t\u00a0]+$/u;
const NEXT_WORD = /^[ \t\u00a0]*-?[ \t\u00a0]*([\p{L}][\p{L}.]*)/u;

/** The word just before `index` on the same line (one blank between), or null. */
export function previousWord(text: string, index: number): string | null {
  const m = PREV_WORD.exec(text.slice(Math.max(0, index - 40), index));
  return m ? m[1]! : null;
}

function nextWord(text: string, index: number): string | null {
  const m = NEXT_WORD.exec(text.slice(index, index + 30));
  return m ? m[1]! : null;
}

/**
 * Why the four-digit number at [start, end) is not a year, judging by what comes before it, or
 * null: a currency ("US$2026 million", "$us 2026"), a digit joined by a blank or a dash (phone
 * numbers, "+56 2 2026 1234"), a label ("Section 2026", "Ley 2026"), or a capitalized name word
 * directly before it ("Vision 2030", "Agenda 2030", "Principals' Meeting 2024") that is not a
 * preposition or another function word ("In 2021", "Desde 2020").
 */
export function notAYearBefore(text: string, start: number, lang: Lang): string | null {
  const before = text.slice(Math.max(0, start - 12), start);
  if (CURRENCY_BEFORE.test(before)) return 'currency';
  if (/(?:(?<![\p{L}\p{N}])\d+[ \t.\-–]|\+[ \t]?)$/u.test(before)) return 'number_before';
  // A name glued to the year by a dash or a dot ("COVID-2019", "v.2026").
  if (/[\p{L}][-.]$/u.test(before) && !/(?:mid|end|early|late|pre|post|fin|year|año)-$/iu.test(before)) return 'name';
  const prev = previousWord(text, start);
  if (prev !== null) {
    const key = fold(prev).replace(/[.'’]+$/, '');
    if (LABELS.en.has(key) || LABELS.es.has(key)) return 'label';
    const possessive = /['’]s?$/u.test(prev);
    if (/^\p{Lu}/u.test(prev) && !possessive && !PRECEDERS[lang].has(key) && monthNumber(prev, lang) === null && !isWeekday(prev, lang)) {
      return 'name';
    }
  }
  return null;
}

/**
 * Why the number ending at `end` is not a year, judging by what follows it, or null: a percent
 * sign, a unit or count ("2026 tons", "2026 toneladas", "2026 personas"), another number joined by
 * a blank, a dot or a dash.
 */
export function notAYearAfter(text: string, end: number, lang: Lang): string | null {
  const after = text.slice(end, end + 30);
  if (/^[ \t]?%/u.test(after)) return 'percent';
  if (/^[ \t.\-][ \t]?\d/u.test(after) && !/^\.[ \t]/u.test(after)) return 'number_after';
  const next = nextWord(text, end);
  if (next !== null) {
    const key = fold(next).replace(/\.$/, '');
    if (QUANTITIES[lang].has(key) || QUANTITIES.en.has(key)) return 'quantity';
    if ((key === 'por' && /^[ \t]*por[ \t]+ciento/iu.test(after)) || (key === 'per' && /^[ \t]*per[ \t]+cent/iu.test(after))) return 'quantity';
  }
  return null;
}

const APPROXIMATORS: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${alternation(enWords.approximators)})[ \\t]+$`, 'iu'),
  es: new RegExp(`(?<![\\p{L}])(?:${alternation(esWords.approximators)})[ \\t]+$`, 'iu'),
};

/**
 * An approximate count ("about 2000 delegates", "unas 2000 personas"): an approximator before the
 * number and a plural noun after it. "Around 2030 the plant…" stays a year.
 */
export function isApproximateCount(text: string, start: number, end: number, lang: Lang): boolean {
  if (!APPROXIMATORS[lang].test(text.slice(Math.max(0, start - 25), start))) return false;
  const next = nextWord(text, end);
  return next !== null && /^\p{Ll}{3,}s$/u.test(next.replace(/\.+$/, ''));
}

/** Why a four-digit number at [start, end) is not a year (before or after it), or null. */
export function notAYear(text: string, start: number, end: number, lang: Lang): string | null {
  return notAYearBefore(text, start, lang) ?? notAYearAfter(text, end, lang) ?? (isApproximateCount(text, start, end, lang) ? 'count' : null);
}

/** A street or square named after a date ("Avenida 9 de Julio", "Plaza 25 de Mayo"). */
export function isPlaceName(text: string, dayStart: number, monthWord: string, lang: Lang): boolean {
  const prev = previousWord(text, dayStart);
  if (prev === null) return false;
  const key = fold(prev).replace(/\.$/, '');
  if (PLACE_NOUNS[lang].has(key)) return true;
  // A capitalized month after a capitalized word, in running (not all-caps) text, is a name.
  return (
    lang === 'es' &&
    /^\p{Lu}\p{Ll}/u.test(monthWord) &&
    /^\p{Lu}/u.test(prev) &&
    !isWeekday(prev, lang) &&
    !PRECEDERS[lang].has(key)
  );
}

// ---------------------------------------------------------------------------------------------
// The year of a sentence: a day-month without a year takes the year of the full dates written in
// the same sentence, when they all share one year.

const SENTENCE_YEAR: Record<Lang, RegExp> = {
  en: new RegExp(
    `${WB}(?:${MONTH.en}\\s*(?:${DAY.en})?|${DAY.en}(?:\\s+of)?\\s+${MONTH.en})(?:,\\s*|\\s+)(?:of\\s+)?(${YEAR})${YEAR_END}`,
    'giu',
  ),
  es: new RegExp(
    `${WB}(?:${MONTH.es}\\s*(?:${DAY.es})?|${DAY.es}(?:\\s+de)?\\s+${MONTH.es})(?:,\\s*|\\s+)(?:de(?:l)?\\s+)?(${YEAR})${YEAR_END}`,
    'giu',
  ),
};

/** How far sentenceAround looks either way: no sentence is longer (a text without stops is cut). */
const SENTENCE_REACH = MAX_SENTENCE;

/** ".", "!", "?" or ";". */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b;
}

/**
 * The sentence around [start, end): back to the previous end of sentence (". ", "! ", "? ", "; "
 * or a line break) and on to the next one, at most SENTENCE_REACH characters either way (without
 * the bound, every match in a long run of text without stops walked all of it: quadratic). A dot
 * inside [start, end) ("Feb. 5") ends nothing.
 */
export function sentenceAround(input: string, start: number, end: number): [number, number] {
  let s = start;
  const first = Math.max(0, start - SENTENCE_REACH);
  while (s > first) {
    const c = input.charCodeAt(s - 1);
    if (c === 0x0a) break;
    if (isStop(c) && /\s/.test(input[s] ?? ' ')) break;
    s--;
  }
  let e = end;
  const last = Math.min(input.length, end + SENTENCE_REACH);
  while (e < last) {
    const c = input.charCodeAt(e);
    if (c === 0x0a) break;
    if (isStop(c) && /\s/.test(input[e + 1] ?? ' ')) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

export function sentenceYear(text: string, start: number, end: number, lang: Lang): number | null {
  const [s, e] = sentenceAround(text, start, end);
  const re = SENTENCE_YEAR[lang];
  re.lastIndex = 0;
  const sentence = text.slice(s, e);
  const years = new Set<number>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}
