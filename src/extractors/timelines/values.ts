// How a timeline match becomes a value {kind, amount, unit, resolved}, shared by both languages.
// Resolution: a deadline that counts a period from now ("within 15 days") is the document date
// plus the period (calendar arithmetic, month-end clamped); a period tied to an event ("within
// 180 days of signature"), counted in business days, or without a document date stays null; an
// expression that names a date ("no later than June 30, 2026", "by 2030", "hasta 2060",
// "a partir de 2027") resolves to that date at its precision.
import type { RuleContext, RuleResult } from '../../core/rules.ts';
import type { Lang, TimelineKindValue, TimeUnitValue } from '../../schema/record.ts';
import { addPeriod, compareIso, isFullDate, parseIso, shiftToPrecision } from '../dates/calendar.ts';
import { anchorAfter, isForecast, isPast, isQuantityTarget, isRate, parseAmount, readDate, unitBefore, unitOf } from './patterns.ts';

export interface TimelineValue {
  kind: TimelineKindValue;
  amount: number | null;
  unit: TimeUnitValue | null;
  resolved: string | null;
}

type Extract = (m: RegExpExecArray, ctx: RuleContext) => TimelineValue | null | RuleResult<TimelineValue>;

type Groups = Record<string, string | undefined>;
const groupsOf = (m: RegExpExecArray): Groups => (m.groups ?? {}) as Groups;

function groupStart(m: RegExpExecArray, name: string): number {
  const g = groupsOf(m)[name]!;
  // Named groups are searched from the end: the date or amount is the last thing of its kind.
  return m.index + m[0].lastIndexOf(g);
}

/** A named date in the past of the document date is history, not a timeline. */
function beforeReference(resolved: string, ctx: RuleContext): boolean {
  if (!ctx.referenceDate) return false;
  const ref = parseIso(ctx.referenceDate);
  const r = parseIso(resolved);
  if (resolved.length === 4) return r.y < ref.y;
  return compareIso(resolved, resolved.length === 7 ? ctx.referenceDate.slice(0, 7) : ctx.referenceDate) < 0;
}

export interface PeriodOptions {
  /** Spanish or English: how to read the amount and unit. */
  lang: Lang;
  kind: TimelineKindValue;
  /** Resolve against the document date (deadlines counted from now). */
  resolve?: boolean;
  /** Drop the match in a sentence that is a forecast (ruling 12). */
  forecastGuard?: boolean;
  /** Drop the match after a past cue ("has been … for 20 years", "hace"). */
  pastGuard?: boolean;
  /** A period whose unit is left out ("for 20 more"): take the unit of the period before it. */
  unitFromContext?: boolean;
}

/**
 * A counted period: groups `n` (amount) and `u` (unit), optional `n2` ("dos o tres meses": no
 * amount) and `anchor` (an event it is counted from: not resolved).
 */
export function period(o: PeriodOptions): Extract {
  return (m, ctx) => {
    const g = groupsOf(m);
    const end = m.index + m[0].length;
    if (o.forecastGuard && isForecast(m.input, m.index, end, o.lang)) return null;
    if (o.pastGuard && isPast(m.input, m.index, end, o.lang)) return null;
    const unitText = g.u ?? g.ub;
    const amountText = g.n ?? g.nb;
    let info = unitText !== undefined ? unitOf(unitText, o.lang) ?? unitOf(unitText, 'en') : null;
    if (info === null && o.unitFromContext) info = unitBefore(m.input, m.index, o.lang);
    if (info === null) return null;
    if (g.n2 !== undefined) return { kind: o.kind, amount: null, unit: info.unit, resolved: null };
    const n = amountText === undefined ? 1 : parseAmount(amountText, o.lang);
    if (n === null || n <= 0) return null;
    const amount = n * info.factor;
    const anchored = g.anchor !== undefined || anchorAfter(m.input, end, o.lang) !== null;
    const resolved =
      o.resolve && !anchored && !info.business && ctx.referenceDate && isFullDate(ctx.referenceDate)
        ? addPeriod(ctx.referenceDate, amount, info.unit)
        : null;
    return { kind: o.kind, amount, unit: info.unit, resolved };
  };
}

export interface DateOptions {
  lang: Lang;
  kind: TimelineKindValue;
  forecastGuard?: boolean;
  /** Keep only dates after the document date (for "desde 2027", which is also used for the past). */
  futureOnly?: boolean;
}

/** An expression naming a date (group `date`), or the current year (`thisYear`), or the next unit (`next`). */
export function named(o: DateOptions): Extract {
  return (m, ctx) => {
    const g = groupsOf(m);
    const end = m.index + m[0].length;
    if (o.forecastGuard !== false && isForecast(m.input, m.index, end, o.lang)) return null;
    let resolved: string | null = null;
    if (g.date !== undefined) {
      const s = groupStart(m, 'date');
      resolved = readDate(m.input, s, s + g.date.length, ctx);
      if (resolved === null) return null;
    } else if (g.thisYear !== undefined) {
      resolved = ctx.referenceDate ? ctx.referenceDate.slice(0, 4) : null;
    } else if (g.next !== undefined) {
      const info = unitOf(g.next, o.lang);
      if (info === null) return null;
      resolved =
        ctx.referenceDate === null
          ? null
          : info.unit === 'week'
            ? addPeriod(ctx.referenceDate, 7, 'day')
            : shiftToPrecision(ctx.referenceDate, 1, info.unit === 'year' ? 'year' : 'month');
    }
    if (resolved !== null && beforeReference(resolved, ctx)) return null;
    // A year or month to reach a quantity by is an output target (ruling 12), not a term.
    if (o.kind === 'deadline' && resolved !== null && resolved.length < 10 && isQuantityTarget(m.input, m.index, o.lang)) return null;
    if (o.futureOnly) {
      if (resolved === null || !ctx.referenceDate) return null;
      const ref = resolved.length === 4 ? ctx.referenceDate.slice(0, 4) : resolved.length === 7 ? ctx.referenceDate.slice(0, 7) : ctx.referenceDate;
      if (compareIso(resolved, ref) <= 0) return null;
    }
    return { kind: o.kind, amount: null, unit: null, resolved };
  };
}

/** A recurrence of fixed period (`every` amounts, adverbs like "annually"), unless it is a rate. */
export function recurrence(lang: Lang, amount: number | null, unit: TimeUnitValue | null, rateGuard = true): Extract {
  return m => {
    if (rateGuard && isRate(m.input, m.index, m.index + m[0].length, lang)) return null;
    return { kind: 'recurrence', amount, unit, resolved: null };
  };
}

/** "every N units" / "cada N unidades" (group `n` optional, `u`), unless a rate. */
export function every(lang: Lang): Extract {
  return m => {
    const g = groupsOf(m);
    if (isRate(m.input, m.index, m.index + m[0].length, lang)) return null;
    const unitText = g.u ?? g.ub;
    const info = unitText !== undefined ? unitOf(unitText, lang) : null;
    if (info === null) return null;
    const n = g.n === undefined ? 1 : parseAmount(g.n, lang);
    if (n === null || n <= 0) return null;
    return { kind: 'recurrence', amount: n * info.factor, unit: info.unit, resolved: null };
  };
}

/** "twice a year", "dos veces al año": a recurrence of 12/N months (or 1/N years when whole). */
export function timesPer(lang: Lang): Extract {
  return m => {
    const g = groupsOf(m);
    if (isRate(m.input, m.index, m.index + m[0].length, lang)) return null;
    const info = g.u !== undefined ? unitOf(g.u, lang) : null;
    const times = g.times === undefined ? null : /^(?:once|una)$/i.test(g.times) ? 1 : /^twice$/i.test(g.times) ? 2 : parseAmount(g.times, lang);
    if (info === null || times === null || times <= 0) return null;
    if (times === 1) return { kind: 'recurrence', amount: info.factor, unit: info.unit, resolved: null };
    if (info.unit === 'year' && Number.isInteger(12 / times)) return { kind: 'recurrence', amount: 12 / times, unit: 'month', resolved: null };
    return { kind: 'recurrence', amount: null, unit: info.unit, resolved: null };
  };
}

/** Ends the span at the end of group `name` (a trailing "to"/"para" is context, not the expression). */
export function endAtGroup(extract: Extract, name: string): Extract {
  return (m, ctx) => {
    const r = extract(m, ctx);
    const g = groupsOf(m)[name];
    if (r === null || g === undefined || 'value' in r) return r;
    const start = m.index;
    return { value: r, start, end: m.index + m[0].lastIndexOf(g) + g.length };
  };
}
