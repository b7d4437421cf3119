// Calendar arithmetic on ISO strings, language-neutral. Dates are proleptic Gregorian, computed in
// UTC so that no time zone or daylight-saving change can shift a day.
import type { TimeUnitValue } from '../../schema/record.ts';

export type Precision = 'day' | 'month' | 'year';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function isYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** `YYYY-MM-DD` when the three parts make a real date (and a year in range), else null. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!isYear(y) || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `YYYY-MM`, or null. */
export function isoMonth(y: number, m: number): string | null {
  if (!isYear(y) || !Number.isInteger(m) || m < 1 || m > 12) return null;
  return `${pad(y, 4)}-${pad(m)}`;
}

/** `YYYY`, or null. */
export function isoYear(y: number): string | null {
  return isYear(y) ? pad(y, 4) : null;
}

export function precisionOf(iso: string): Precision {
  return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** Splits an ISO value into numbers; missing parts are undefined. */
export function parseIso(iso: string): { y: number; m?: number; d?: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m, d };
}

export function isFullDate(iso: string | null | undefined): iso is string {
  return typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso);
}

/** A two-digit year read as 2000–2069 or 1970–1999 (the usual pivot of news archives). */
export function expandTwoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/**
 * The year that puts month/day nearest to the reference date (the year before, the same, or the
 * year after): a day-month without a year in a dated text means the closest such day. With no day,
 * the 15th stands for the month.
 */
export function nearestYear(reference: string, month: number, day = 15): number {
  const ref = parseIso(reference);
  const refTime = Date.UTC(ref.y, (ref.m ?? 7) - 1, ref.d ?? 1);
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const distance = Math.abs(Date.UTC(y, month - 1, Math.min(day, daysInMonth(y, month))) - refTime);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Adds a period to a full ISO date with calendar arithmetic: days and weeks count days; months
 * and years keep the day of the month and clamp it to the month's last day (Jan 31 + 1 month =
 * Feb 28, or Feb 29 in a leap year; Feb 29 + 1 year = Feb 28). Fractional amounts are refused.
 */
export function addPeriod(reference: string, amount: number, unit: TimeUnitValue): string | null {
  if (!isFullDate(reference) || !Number.isInteger(amount)) return null;
  const { y, m, d } = parseIso(reference) as { y: number; m: number; d: number };
  if (unit === 'day' || unit === 'week') {
    const t = new Date(Date.UTC(y, m - 1, d + amount * (unit === 'week' ? 7 : 1)));
    return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const months = unit === 'month' ? amount : amount * 12;
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoDay(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Shifts a reference by whole months or years and keeps only that precision ("next month"). */
export function shiftToPrecision(reference: string, amount: number, unit: 'month' | 'year'): string | null {
  const { y, m } = parseIso(reference);
  if (unit === 'year') return isoYear(y + amount);
  if (m === undefined) return null;
  const total = y * 12 + (m - 1) + amount;
  return isoMonth(Math.floor(total / 12), (total % 12) + 1);
}

/** Compares ISO values of any precision by their first day: -1, 0 or 1. */
export function compareIso(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  const ka = pa.y * 10000 + (pa.m ?? 1) * 100 + (pa.d ?? 1);
  const kb = pb.y * 10000 + (pb.m ?? 1) * 100 + (pb.d ?? 1);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
