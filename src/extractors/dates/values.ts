// Turning the groups of a date match into ISO values; shared by the rules of both languages.
// A date rule's value is the list of ISO values it states (two for a range), each of the
// precision its length says: YYYY-MM-DD (day), YYYY-MM (month), YYYY (year).
import type { RuleContext } from '../../core/rules.ts';
import type { Lang } from '../../schema/record.ts';
import { expandTwoDigitYear, isoDay, isoMonth, isoYear, nearestYear } from './calendar.ts';
import { DAY, MONTH, WB, dayNumber, isPlaceName, monthNumber, monthWordOk, notAYear, notAYearAfter, notAYearBefore, sentenceYear } from './patterns.ts';

/** A day with a month name, either order ("5 February", "Feb. 5", "5 de febrero"). */
const DAY_MONTH_WORDS: Record<Lang, RegExp> = {
  en: new RegExp(`${WB}(?:(?<d>${DAY.en})(?:\\s+of)?\\s+(?<mo>${MONTH.en})|(?<mo2>${MONTH.en})\\s*(?<d2>${DAY.en}))`, 'giu'),
  es: new RegExp(`${WB}(?:(?<d>${DAY.es})(?:\\s+de)?\\s+(?<mo>${MONTH.es})|(?<mo2>${MONTH.es})\\s*(?<d2>${DAY.es}))`, 'giu'),
};

export type DateValues = string[];

/**
 * The year of a day-month (or a month) written without one, at [start, end): the single year of
 * the full dates in the same sentence; else the year that puts it nearest to the document date;
 * else unknown.
 */
export function yearFor(input: string, start: number, end: number, ctx: RuleContext, lang: Lang, month: number, day?: number): number | null {
  const fromSentence = sentenceYear(input, start, end, lang);
  if (fromSentence !== null) return fromSentence;
  if (ctx.referenceDate) return nearestYear(ctx.referenceDate, month, day);
  return null;
}

type Groups = Record<string, string | undefined>;

function groupsOf(m: RegExpExecArray): Groups {
  return (m.groups ?? {}) as Groups;
}

/** A month word in a match, checked for case and ambiguity; its number or null. */
function month(g: Groups, lang: Lang, withDay: boolean): number | null {
  if (g.mo === undefined || !monthWordOk(g.mo, lang, withDay)) return null;
  return monthNumber(g.mo, lang);
}

/** Day, month and year all written. */
export function fullDate(lang: Lang) {
  return (m: RegExpExecArray): DateValues | null => {
    const g = groupsOf(m);
    const mo = month(g, lang, true);
    if (mo === null || g.d === undefined || g.y === undefined) return null;
    const iso = isoDay(Number(g.y), mo, dayNumber(g.d));
    return iso ? [iso] : null;
  };
}

/** Month and year. */
export function monthYear(lang: Lang) {
  return (m: RegExpExecArray): DateValues | null => {
    const g = groupsOf(m);
    const mo = month(g, lang, false);
    if (mo === null || g.y === undefined) return null;
    const iso = isoMonth(Number(g.y), mo);
    return iso ? [iso] : null;
  };
}

/** Day and month; the year comes from the sentence or the document date (yearFor). */
export function dayMonth(lang: Lang) {
  return (m: RegExpExecArray, ctx: RuleContext): DateValues | null => {
    const g = groupsOf(m);
    const mo = month(g, lang, true);
    if (mo === null || g.d === undefined) return null;
    const dayAt = m.index + m[0].indexOf(g.d, g.wd ? m[0].indexOf(g.wd) + g.wd.length : 0);
    if (isPlaceName(m.input, dayAt, g.mo!, lang)) return null;
    const day = dayNumber(g.d);
    const y = yearFor(m.input, m.index, m.index + m[0].length, ctx, lang, mo, day);
    if (y === null) return null;
    const iso = isoDay(y, mo, day);
    return iso ? [iso] : null;
  };
}

/** A range of days in one month ("January 13 to 15, 2026", "del 1 al 5 de marzo"): both ends. */
export function dayRange(lang: Lang) {
  return (m: RegExpExecArray, ctx: RuleContext): DateValues | null => {
    const g = groupsOf(m);
    const mo = month(g, lang, true);
    if (mo === null || g.d === undefined || g.d2 === undefined) return null;
    const d1 = dayNumber(g.d);
    const d2 = dayNumber(g.d2);
    if (d2 <= d1) return null;
    const y = g.y !== undefined ? Number(g.y) : yearFor(m.input, m.index, m.index + m[0].length, ctx, lang, mo, d1);
    if (y === null) return null;
    const a = isoDay(y, mo, d1);
    const b = isoDay(y, mo, d2);
    return a && b ? [a, b] : null;
  };
}

/** A month named alone after a preposition ("in January", "en enero"): year as for a day-month. */
export function monthAlone(lang: Lang) {
  return (m: RegExpExecArray, ctx: RuleContext) => {
    const g = groupsOf(m);
    const mo = month(g, lang, false);
    if (mo === null) return null;
    const y = yearFor(m.input, m.index, m.index + m[0].length, ctx, lang, mo);
    if (y === null) return null;
    const iso = isoMonth(y, mo);
    if (!iso) return null;
    const start = m.index + m[0].lastIndexOf(g.mo!);
    return { value: [iso], start, end: start + g.mo!.length };
  };
}

/** A bare year, unless a guard says it is an amount, a label, a phone number or part of a name. */
export function bareYear(lang: Lang) {
  return (m: RegExpExecArray): DateValues | null => {
    const start = m.index;
    if (notAYear(m.input, start, start + m[0].length, lang) !== null) return null;
    const iso = isoYear(Number(m[0]));
    return iso ? [iso] : null;
  };
}

/** Two years; the second may be written with two digits ("2026-30"). Both ends. */
export function yearRange(fixedLang?: Lang) {
  return (m: RegExpExecArray, ctx: RuleContext): DateValues | null => {
    const lang = fixedLang ?? ctx.lang;
    const g = groupsOf(m);
    if (g.y === undefined || g.y2 === undefined) return null;
    const yStart = m.index + m[0].indexOf(g.y);
    if (notAYearBefore(m.input, yStart, lang) !== null) return null;
    const end = m.index + m[0].length;
    if (notAYearAfter(m.input, end, lang) !== null) return null;
    const y1 = Number(g.y);
    let y2 = Number(g.y2);
    if (g.y2.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    const a = isoYear(y1);
    const b = isoYear(y2);
    return a && b ? [a, b] : null;
  };
}

/**
 * A numeric date. `dayFirst` (Spanish): DD/MM/YYYY, read MM/DD only when the second number cannot
 * be a month. English: MM/DD/YYYY when the first number can be a month (≤ 12), else DD/MM.
 * When both numbers can be a month, the text decides if it writes that day out in words in one
 * order only ("05/02/2026" with "Thursday, 5 February" in the body is 5 February): see
 * `writtenDayMonths`. A two-digit year is read 2000–2069 / 1970–1999, only with "/" or "-".
 */
export function numericDate(dayFirst: boolean) {
  return (m: RegExpExecArray, ctx: RuleContext): DateValues | null => {
    const g = groupsOf(m);
    const a = Number(g.a);
    const b = Number(g.b);
    const yText = g.y!;
    if (yText.length === 2 && g.sep === '.') return null;
    const y = yText.length === 2 ? expandTwoDigitYear(Number(yText)) : Number(yText);
    let first: boolean = dayFirst ? b <= 12 : a > 12;
    if (a <= 12 && b <= 12 && a !== b) {
      const written = writtenDayMonths(ctx.text, ctx.lang);
      const dayFirstSeen = written.has(`${b}-${a}`);
      const monthFirstSeen = written.has(`${a}-${b}`);
      if (dayFirstSeen !== monthFirstSeen) first = dayFirstSeen;
    }
    const [day, mon] = first ? [a, b] : [b, a];
    const iso = isoDay(y, mon, day);
    return iso ? [iso] : null;
  };
}

let lastWritten: { text: string; lang: Lang; set: Set<string> } | null = null;

/**
 * The day-months a text writes with a month name ("5 February", "Feb. 5", "5 de febrero"), as
 * `month-day` keys. The last text's answer is kept (one document is read many times in a row).
 */
export function writtenDayMonths(text: string, lang: Lang): Set<string> {
  if (lastWritten !== null && lastWritten.text === text && lastWritten.lang === lang) return lastWritten.set;
  const set = new Set<string>();
  const re = DAY_MONTH_WORDS[lang];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = groupsOf(m);
    const mo = monthNumber(g.mo ?? g.mo2 ?? '', lang);
    const d = g.d ?? g.d2;
    if (mo !== null && d !== undefined) set.add(`${mo}-${dayNumber(d)}`);
  }
  lastWritten = { text, lang, set };
  return set;
}
