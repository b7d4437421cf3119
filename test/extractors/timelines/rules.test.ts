import { describe, expect, it } from 'vitest';
import { RULES, TIMELINE_RULES, TIMELINE_SEEDS } from '../../../src/extractors/timelines/index.ts';
import type { PatternRule } from '../../../src/core/rules.ts';
import { checkRuleExamples } from '../dates/examples.ts';

checkRuleExamples(TIMELINE_RULES as readonly PatternRule<unknown>[], TIMELINE_SEEDS);

describe('timeline rule catalogue', () => {
  it('gives every rule seeds and a unique id', () => {
    for (const r of TIMELINE_RULES) expect(TIMELINE_SEEDS[r.id], r.id).toBeDefined();
    const ids = RULES.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('has every kind in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const kinds = new Set<string>();
      for (const r of TIMELINE_RULES.filter(x => x.lang === lang)) for (const ex of r.examples.valid) kinds.add(ex.value.kind);
      expect([...kinds].sort(), lang).toEqual(['deadline', 'duration', 'recurrence', 'start']);
    }
  });
});
