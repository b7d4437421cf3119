// Building blocks of the timeline rules: amounts (digits or number words, from
// src/lang/{en,es}/numbers.ts), time units, event anchors, a date inside an expression, and the
// guards of rulings 6 and 12 (past spans, rates of quantities, forecasts).
import type { RuleContext } from '../../core/rules.ts';
import { fold } from '../../core/text.ts';
import type { Lang, TimeUnitValue } from '../../schema/record.ts';
import * as enNumbers from '../../lang/en/numbers.ts';
import * as esNumbers from '../../lang/es/numbers.ts';
import { DAY, MONTH, WB, YEAR, YEAR_END, alternation, notAYearAfter, sentenceAround } from '../dates/patterns.ts';
import { dateRulesFor } from '../dates/index.ts';
import { runRulesFast } from '../dates/seeded.ts';
import enWords from './words.en.json' with { type: 'json' };
import esWords from './words.es.json' with { type: 'json' };

export { WB, alternation };
export { previousWord } from '../dates/patterns.ts';

interface TimelineWords {
  units: Record<string, string>;
  dayQualifiers: Record<string, string>;
  anchorNouns: string[];
  anchorLinks: string[];
  scheduleNouns: string[];
  eventAdjectives: string[];
  rateWords: string[];
  forecastCues: string[];
  pastCues: string[];
  futureCues: string[];
}

export const WORDS: Record<Lang, TimelineWords> = { en: enWords, es: esWords };

// ---------------------------------------------------------------------------------------------
// Amounts

const NE = '(?![\\p{L}\\p{N}])';

function keys(o: Readonly<Record<string, number>>): string[] {
  return Object.keys(o);
}

const EN_ONES = alternation(keys(enNumbers.ONES));
const EN_TEENS = alternation(keys(enNumbers.TEENS));
const EN_TENS = alternation(keys(enNumbers.TENS));
const EN_WORD_NUMBER = `(?:(?:${EN_ONES}|a|one)[ \\t]+hundred(?:[ \\t]+(?:and[ \\t]+)?(?:(?:${EN_TENS})(?:[-‐ \\t](?:${EN_ONES}))?|${EN_TEENS}|${EN_ONES}))?|(?:${EN_TENS})(?:[-‐ \\t](?:${EN_ONES})${NE})?|${EN_TEENS}|${EN_ONES})${NE}`;

const ES_ONES = alternation(keys(esNumbers.ONES));
const ES_TEENS = alternation(keys(esNumbers.TEENS));
const ES_TWENTIES = alternation(keys(esNumbers.TWENTIES));
const ES_TENS = alternation(keys(esNumbers.TENS));
const ES_HUNDREDS = alternation(keys(esNumbers.HUNDREDS));
const ES_BELOW_100 = `(?:(?:${ES_TENS})(?:[ \\t]+y[ \\t]+(?:${ES_ONES})${NE})?|${ES_TWENTIES}|${ES_TEENS}|${ES_ONES})${NE}`;
const ES_WORD_NUMBER = `(?:(?:${ES_HUNDREDS})${NE}(?:[ \\t]+${ES_BELOW_100})?|${ES_BELOW_100})`;

/** An amount: digits ("15", "1,000" / "1.000") or number words; English "a"/"an" count as one. */
export const NUM: Record<Lang, string> = {
  en: `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}|${EN_WORD_NUMBER}|an?${NE})`,
  es: `(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,4}|${ES_WORD_NUMBER})`,
};

/** An amount without the English articles ("five-year", "every two years", "three times"). */
export const NUM_STRICT: Record<Lang, string> = {
  en: `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}|${EN_WORD_NUMBER})`,
  es: NUM.es,
};

const NUMBER_VALUES: Record<Lang, Map<string, number>> = {
  en: new Map(
    Object.entries({ ...enNumbers.ONES, ...enNumbers.TEENS, ...enNumbers.TENS, ...Object.fromEntries(enNumbers.ARTICLES_AS_ONE.map(a => [a, 1])) }).map(
      ([k, v]) => [fold(k), v],
    ),
  ),
  es: new Map(Object.entries({ ...esNumbers.ONES, ...esNumbers.TEENS, ...esNumbers.TWENTIES, ...esNumbers.TENS }).map(([k, v]) => [fold(k), v])),
};
const HUNDRED_WORDS: Record<Lang, Map<string, number>> = {
  en: new Map(Object.entries(enNumbers.HUNDREDS)),
  es: new Map(Object.entries(esNumbers.HUNDREDS).map(([k, v]) => [fold(k), v])),
};

/** The value of an amount written in digits or words ("15", "treinta y seis", "twenty-five"). */
export function parseAmount(text: string, lang: Lang): number | null {
  const t = text.trim();
  if (/^\d/.test(t)) return Number(t.replace(/[.,](?=\d{3}(?:\D|$))/g, ''));
  let total = 0;
  let seen = false;
  for (const w of fold(t).split(/[\s\-‐]+/)) {
    if (w === '' || w === 'y' || w === 'and') continue;
    const h = HUNDRED_WORDS[lang].get(w);
    if (h !== undefined) {
      // English "hundred" multiplies what came before ("two hundred"); Spanish words are whole.
      total = lang === 'en' ? (total === 0 ? 1 : total) * h : total + h;
      seen = true;
      continue;
    }
    const v = NUMBER_VALUES[lang].get(w);
    if (v === undefined) return null;
    total += v;
    seen = true;
  }
  return seen ? total : null;
}

// ---------------------------------------------------------------------------------------------
// Units

const UNIT_WORDS: Record<Lang, Map<string, string>> = {
  en: new Map(Object.entries(enWords.units).map(([k, v]) => [fold(k), v])),
  es: new Map(Object.entries(esWords.units).map(([k, v]) => [fold(k), v])),
};
const QUALIFIERS: Record<Lang, Map<string, string>> = {
  en: new Map(Object.entries(enWords.dayQualifiers).map(([k, v]) => [fold(k), v])),
  es: new Map(Object.entries(esWords.dayQualifiers).map(([k, v]) => [fold(k), v])),
};

/** A unit word, with English "business/working/calendar" before days and Spanish "hábiles" after. */
export const UNIT: Record<Lang, string> = {
  en: `(?:(?:${alternation(Object.keys(enWords.dayQualifiers))})[ \\t]+)?(?:${alternation(Object.keys(enWords.units))})${NE}`,
  es: `(?:${alternation(Object.keys(esWords.units))})${NE}(?:[ \\t]+(?:${alternation(Object.keys(esWords.dayQualifiers))})${NE})?`,
};

/** A singular unit for hyphenated adjectives ("five-year", "30-day"). */
export const UNIT_SINGULAR_EN = '(?:day|week|month|year)';

export interface UnitInfo {
  unit: TimeUnitValue;
  /** Multiplier of the amount (a decade is 10 years, a lustro 5). */
  factor: number;
  /** Business days: counted, but not resolved with calendar arithmetic. */
  business: boolean;
}

/** Reads a unit phrase ("business days", "meses", "días hábiles", "decades"). */
export function unitOf(phrase: string, lang: Lang): UnitInfo | null {
  let business = false;
  let unit: string | undefined;
  for (const w of fold(phrase).split(/\s+/)) {
    const q = QUALIFIERS[lang].get(w);
    if (q !== undefined) {
      business ||= q === 'business';
      continue;
    }
    unit ??= UNIT_WORDS[lang].get(w);
  }
  if (unit === undefined) return null;
  if (unit === 'decade') return { unit: 'year', factor: 10, business };
  if (unit === 'lustrum') return { unit: 'year', factor: 5, business };
  return { unit: unit as TimeUnitValue, factor: 1, business };
}

// ---------------------------------------------------------------------------------------------
// Anchors: "of signature", "siguientes a la firma"

const ANCHOR: Record<Lang, RegExp> = {
  en: new RegExp(
    `^[ \\t]+(?:${alternation(enWords.anchorLinks)})[ \\t]+(?:(?:the|its|their|this|such|each)[ \\t]+)?(?:[\\p{Ll}-]+[ \\t]+){0,2}?(?:${alternation(enWords.anchorNouns)})${NE}`,
    'iu',
  ),
  es: new RegExp(
    `^[ \\t]+(?:${alternation(esWords.anchorLinks)})[ \\t]+(?:(?:la|el|su|sus|los|las|dicha|dicho|esta|este)[ \\t]+)?(?:[\\p{Ll}]+[ \\t]+){0,2}?(?:${alternation(esWords.anchorNouns)})${NE}`,
    'iu',
  ),
};
/** A link word that ties a period to some event even when the event is not in the list. */
const STRONG_LINK: Record<Lang, RegExp> = {
  en: /^[ \t]+(?:of|after|following|from)[ \t]+(?:the|its|their|this|such|a|an)[ \t]/iu,
  es: /^[ \t]+(?:siguientes[ \t]+a|posteriores[ \t]+a|despu[ée]s[ \t]+de|luego[ \t]+de|tras|contados)[ \t]/iu,
};

/** What follows a period: a known anchor (its length, to include in the span), an unknown one, or none. */
export function anchorAfter(input: string, end: number, lang: Lang): { length: number } | 'unknown' | null {
  const rest = input.slice(end, end + 120);
  const m = ANCHOR[lang].exec(rest);
  if (m) return { length: m[0].length };
  return STRONG_LINK[lang].test(rest) ? 'unknown' : null;
}

/** A Spanish adjective after the anchor noun ("la aprobación legislativa"), by its ending. */
const ES_ADJECTIVE_AFTER = '(?:[ \\t]+\\p{Ll}+(?:al|ar|iv[ao]|ic[ao]|ri[ao]|nal|ada|ado)(?![\\p{L}]))?';

/** Anchor sub-pattern for rules whose span always includes the event ("30 months after approval"). */
export const ANCHOR_PHRASE: Record<Lang, string> = {
  en: `(?:(?:the|its|their|this|such)[ \\t]+)?(?:[\\p{Ll}-]+[ \\t]+){0,2}?(?:${alternation(enWords.anchorNouns)})${NE}`,
  es: `(?:(?:la|el|su|sus|los|las|dicha|dicho|esta|este)[ \\t]+)?(?:[\\p{Ll}]+[ \\t]+){0,2}?(?:${alternation(esWords.anchorNouns)})${NE}${ES_ADJECTIVE_AFTER}`,
};

// ---------------------------------------------------------------------------------------------
// Dates inside expressions: "no later than 30 September 2026", "para este mismo año 2026"

/** A date of any precision, loosely: the date rules then read it (and may refuse it). */
export const DATE: Record<Lang, string> = {
  en: `(?:${MONTH.en}[ \\t]*${DAY.en}(?:,?[ \\t]+${YEAR})?|(?:the[ \\t]+)?${DAY.en}(?:[ \\t]+of)?[ \\t]+${MONTH.en}(?:,?[ \\t]+${YEAR})?|${MONTH.en}(?:[ \\t]+of)?,?[ \\t]+${YEAR}|${YEAR}(?:-\\d{2}-\\d{2})?)${YEAR_END}`,
  es: `(?:${DAY.es}(?:[ \\t]+de)?[ \\t]+${MONTH.es}(?:(?:[ \\t]+de(?:l)?|[ \\t]*,)?[ \\t]+${YEAR})?|${MONTH.es}(?:[ \\t]+de(?:l)?)?[ \\t]+${YEAR}|${YEAR}(?:-\\d{2}-\\d{2})?)${YEAR_END}`,
};

/**
 * Reads the date written at [start, end) of the input with the date rules (so a timeline resolves
 * to exactly what `dates` lists); null when they refuse it, or when a bare year is an amount.
 */
export function readDate(input: string, start: number, end: number, ctx: RuleContext): string | null {
  const text = input.slice(start, end);
  const found = runRulesFast(dateRulesFor(ctx.lang), { ...ctx, text }, text);
  const first = found.find(m => m.start === 0 && m.value.length === 1);
  if (!first) return null;
  const value = first.value[0]!;
  if (value.length === 4 && notAYearAfter(input, end, ctx.lang) !== null) return null;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Guards

function cueRegex(list: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternation(list)})(?![\\p{L}])`, 'iu');
}

const FORECAST: Record<Lang, RegExp> = { en: cueRegex(enWords.forecastCues), es: cueRegex(esWords.forecastCues) };
const PAST: Record<Lang, RegExp> = { en: cueRegex(enWords.pastCues), es: cueRegex(esWords.pastCues) };
const RATE: Record<Lang, RegExp> = {
  en: new RegExp(`[$€£¥]|(?<![\\p{L}])(?:${alternation(enWords.rateWords)})(?![\\p{L}])`, 'iu'),
  es: new RegExp(`[$€£¥]|(?<![\\p{L}])(?:${alternation(esWords.rateWords)})(?![\\p{L}])`, 'iu'),
};

const RATE_AFTER: Record<Lang, RegExp> = {
  en: new RegExp(`^[ \\t]+(?:of[ \\t]+)?(?:${alternation(enWords.rateWords)})(?![\\p{L}])`, 'iu'),
  es: new RegExp(`^[ \\t]+(?:de[ \\t]+)?(?:${alternation(esWords.rateWords)})(?![\\p{L}])`, 'iu'),
};

/** Ruling 12: a forecast or projection in the same sentence ("demand will multiply by 2030"). */
export function isForecast(input: string, start: number, end: number, lang: Lang): boolean {
  const [s, e] = sentenceAround(input, start, end);
  return FORECAST[lang].test(input.slice(s, e));
}

/**
 * The clause before a match: back to a stop character (by default a line break, ";", ":", "!",
 * "?", or a full stop followed by a blank — not the dot of "1.2" or "U.S."), at most `max` chars.
 */
function clauseBefore(input: string, start: number, max: number, stops = /[\n;:!?]/): string {
  let s = start;
  while (s > 0 && start - s < max) {
    const ch = input[s - 1]!;
    if (stops.test(ch) || (ch === '.' && /\s/.test(input[s] ?? ''))) break;
    s--;
  }
  return input.slice(s, start);
}

/** Ruling 6: a past span ("has been … for 20 years", "hace dos años", "two years ago"). */
export function isPast(input: string, start: number, end: number, lang: Lang): boolean {
  if (PAST[lang].test(clauseBefore(input, start, 50, /[\n;,!?]/))) return true;
  const after = input.slice(end, end + 12);
  return lang === 'en' ? /^[ \t]+ago(?![\p{L}])/iu.test(after) : /^[ \t]+(?:atr[áa]s|antes)(?![\p{L}])/iu.test(after);
}

const FUTURE: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${alternation(enWords.futureCues)})(?![\\p{L}])|['’]ll(?![\\p{L}])`, 'iu'),
  es: new RegExp(`(?<![\\p{L}])(?:${alternation(esWords.futureCues)})(?![\\p{L}])|\\p{L}+(?:ar|er|ir)(?:á|án|emos|é)(?![\\p{L}])|(?<![\\p{L}])(?:habr|podr|tendr|har|dir|saldr|vendr|pondr|sabr|querr|valdr)(?:á|án|emos|é)(?![\\p{L}])`, 'iu'),
};

/** Whether the clause before index speaks of the future ("will", "plans to"; Spanish future tense). */
export function hasFutureCue(input: string, index: number, lang: Lang): boolean {
  return FUTURE[lang].test(clauseBefore(input, index, 80, /[\n;!?]/));
}

/** Ruling 12: a rate of a quantity ("150,000 t per annum", "$375 millones al año", "annual income"). */
export function isRate(input: string, start: number, end: number, lang: Lang): boolean {
  if (RATE[lang].test(clauseBefore(input, start, 70))) return true;
  return RATE_AFTER[lang].test(input.slice(end, end + 30));
}

const QUANTITY_UNIT: Record<Lang, string> = {
  en: 'tons|tonnes|t|mt|kt|tpa|tpy|ktpa|mtpa|million|billion|barrels|ounces|mw|gw|gwh|percent|per cent|%',
  es: 'toneladas|t|tm|millones|mil|barriles|onzas|mw|gw|gwh|por ciento|%',
};
const QUANTITY_TARGET: Record<Lang, RegExp> = {
  en: new RegExp(`(?:\\d|${WB}(?:${alternation(Object.keys(enNumbers.ONES))}|${alternation(Object.keys(enNumbers.TENS))}|hundred))[\\d.,]*[ \\t]*(?:[\\p{L}-]+[ \\t]+)?(?:${QUANTITY_UNIT.en})(?![\\p{L}])`, 'iu'),
  es: new RegExp(`(?:\\d|${WB}(?:${alternation(Object.keys(esNumbers.ONES))}|${alternation(Object.keys(esNumbers.TENS))}|cien|mil))[\\d.,]*[ \\t]*(?:[\\p{L}-]+[ \\t]+)?(?:${QUANTITY_UNIT.es})(?![\\p{L}])`, 'iu'),
};

/**
 * Ruling 12: an output target, a quantity reached by a year ("aims to reach three million tonnes a
 * year by 2031"): a number with a unit of quantity in the clause before a "by YEAR".
 */
export function isQuantityTarget(input: string, start: number, lang: Lang): boolean {
  return QUANTITY_TARGET[lang].test(clauseBefore(input, start, 90, /[\n;!?]/));
}

/** Whether a word (folded) is a noun for a scheduled act of the parties ("meeting", "reunión"). */
export const SCHEDULE_NOUN: Record<Lang, string> = {
  en: alternation(enWords.scheduleNouns),
  es: alternation(esWords.scheduleNouns),
};
export const EVENT_ADJECTIVE: Record<Lang, string> = {
  en: alternation(enWords.eventAdjectives),
  es: alternation(esWords.eventAdjectives),
};

const PERIOD_BEFORE: Record<Lang, RegExp> = {
  en: new RegExp(`${WB}${NUM.en}[ \\t]*[-‐–]?[ \\t]*(${UNIT.en}|${UNIT_SINGULAR_EN})`, 'giu'),
  es: new RegExp(`${WB}${NUM.es}[ \\t]*[-‐–]?[ \\t]*(${UNIT.es}|${UNIT_SINGULAR_EN})`, 'giu'),
};

/** Last "N unit" before index in the same sentence (for "for 20 more", "prorrogable por 2"). */
export function unitBefore(input: string, index: number, lang: Lang): UnitInfo | null {
  const [s] = sentenceAround(input, index, index);
  const window = input.slice(Math.max(s, index - 200), index);
  const re = PERIOD_BEFORE[lang];
  re.lastIndex = 0;
  let last: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) last = m[1]!;
  return last === null ? null : unitOf(last, lang) ?? unitOf(last, 'en');
}
