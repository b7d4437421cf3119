import { describe, expect, it } from 'vitest';
import { addPeriod, compareIso, isoDay, isoMonth, nearestYear, shiftToPrecision } from '../../../src/extractors/dates/calendar.ts';

describe('isoDay', () => {
  it('formats real dates and refuses impossible ones', () => {
    expect(isoDay(2026, 3, 12)).toBe('2026-03-12');
    expect(isoDay(2026, 2, 29)).toBeNull();
    expect(isoDay(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDay(1900, 2, 29)).toBeNull();
    expect(isoDay(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDay(2026, 4, 31)).toBeNull();
    expect(isoDay(1850, 1, 1)).toBeNull();
    expect(isoMonth(2026, 13)).toBeNull();
  });
});

describe('addPeriod (calendar arithmetic)', () => {
  it('adds days and weeks across month and year ends', () => {
    expect(addPeriod('2026-03-12', 15, 'day')).toBe('2026-03-27');
    expect(addPeriod('2026-12-20', 15, 'day')).toBe('2027-01-04');
    expect(addPeriod('2026-03-12', 2, 'week')).toBe('2026-03-26');
    expect(addPeriod('2028-02-28', 1, 'day')).toBe('2028-02-29');
    expect(addPeriod('2026-02-28', 1, 'day')).toBe('2026-03-01');
  });
  it('adds months keeping the day, clamped to the month end', () => {
    expect(addPeriod('2026-02-05', 6, 'month')).toBe('2026-08-05');
    expect(addPeriod('2026-01-31', 1, 'month')).toBe('2026-02-28');
    expect(addPeriod('2028-01-31', 1, 'month')).toBe('2028-02-29');
    expect(addPeriod('2026-08-31', 1, 'month')).toBe('2026-09-30');
    expect(addPeriod('2026-11-15', 3, 'month')).toBe('2027-02-15');
  });
  it('adds years, Feb 29 becoming Feb 28 in a common year', () => {
    expect(addPeriod('2028-02-29', 1, 'year')).toBe('2029-02-28');
    expect(addPeriod('2028-02-29', 4, 'year')).toBe('2032-02-29');
    expect(addPeriod('2026-03-12', 2, 'year')).toBe('2028-03-12');
  });
  it('refuses a partial reference or a fractional amount', () => {
    expect(addPeriod('2026-03', 1, 'month')).toBeNull();
    expect(addPeriod('2026-03-12', 1.5, 'year')).toBeNull();
  });
});

describe('nearestYear', () => {
  it('puts a day-month nearest to the reference date', () => {
    expect(nearestYear('2026-03-12', 2, 5)).toBe(2026);
    expect(nearestYear('2026-01-05', 12, 20)).toBe(2025);
    expect(nearestYear('2026-11-20', 1, 10)).toBe(2027);
    expect(nearestYear('2024-09-27', 9, 23)).toBe(2024);
  });
});

describe('shiftToPrecision and compareIso', () => {
  it('shifts by whole months or years at that precision', () => {
    expect(shiftToPrecision('2026-12-12', 1, 'month')).toBe('2027-01');
    expect(shiftToPrecision('2026-03-12', 1, 'year')).toBe('2027');
  });
  it('compares values of any precision by their first day', () => {
    expect(compareIso('2026', '2026-01-01')).toBe(0);
    expect(compareIso('2025-12', '2026')).toBe(-1);
    expect(compareIso('2026-03-13', '2026-03-12')).toBe(1);
  });
});
