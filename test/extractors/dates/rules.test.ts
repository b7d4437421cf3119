import { describe, expect, it } from 'vitest';
import { DATE_RULES, DATE_SEEDS, RULES } from '../../../src/extractors/dates/index.ts';
import { DATELINE_RULES, ISSUE_LINE_RULE, METADATA_RULES } from '../../../src/extractors/dates/document-date.ts';
import { fastSource } from '../../../src/extractors/dates/seeded.ts';
import type { PatternRule } from '../../../src/core/rules.ts';
import { checkRuleExamples } from './examples.ts';

checkRuleExamples(DATE_RULES as readonly PatternRule<unknown>[], DATE_SEEDS);
checkRuleExamples([...DATELINE_RULES, ...METADATA_RULES, ISSUE_LINE_RULE] as PatternRule<unknown>[], null);

describe('date rule catalogue', () => {
  it('gives every date rule seeds, and every family in both languages', () => {
    for (const r of DATE_RULES) expect(DATE_SEEDS[r.id], r.id).toBeDefined();
    const names = (lang: string) => new Set(DATE_RULES.filter(r => r.lang === lang).map(r => r.id.split('.')[2]));
    // Spanish writes no month-first day-only form and folds both day ranges into one rule.
    const enOnly = new Set(['month_day', 'month_day_range', 'day_month_range']);
    const esOnly = new Set(['day_range', 'month_day_year']);
    for (const n of names('en')) if (!enOnly.has(n!)) expect(names('es').has(n), `es.date.${n}`).toBe(true);
    for (const n of names('es')) if (!esOnly.has(n!)) expect(names('en').has(n), `en.date.${n}`).toBe(true);
  });
  it('lists document-date rules in RULES with unique ids', () => {
    const ids = RULES.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('any.documentDate.header');
    expect(ids).toContain('en.documentDate.dateline');
    expect(ids).toContain('es.documentDate.dateline');
  });
  it('refuses to fold a pattern that needs capitals', () => {
    expect(() => fastSource('\\p{Lu}x')).toThrow();
    expect(fastSource('(?<![\\p{L}\\p{N}])x')).not.toContain('\\p{');
  });
});
