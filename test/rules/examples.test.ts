// Runs the examples every pattern rule declares beside itself: each valid example must produce
// its value (and matched text), each invalid one must produce nothing. A fixed reference date.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/extractors/registry.ts';
import { runRule, type PatternRule, type RuleContext } from '../../src/core/rules.ts';
import type { Lang } from '../../src/schema/record.ts';

const REFERENCE_DATE = '2026-03-12';
const patternRules = ALL_RULES.filter((r): r is PatternRule<unknown> => 'pattern' in r && 'examples' in r);

function ctxFor(rule: PatternRule<unknown>, text: string): RuleContext {
  const lang: Lang = rule.lang === 'any' ? 'en' : rule.lang;
  return { text, lang, referenceDate: REFERENCE_DATE };
}

describe.each(patternRules.map(r => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('declares at least one valid and one invalid example', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });
  for (const ex of rule.examples.valid) {
    it(`matches: ${ex.text}`, () => {
      const found = runRule(rule, ctxFor(rule, ex.text));
      const texts = found.map(m => ex.text.slice(m.start, m.end));
      if (ex.match !== undefined) expect(texts).toContain(ex.match);
      const hit = found.find(m => ex.match === undefined || ex.text.slice(m.start, m.end) === ex.match);
      expect(hit?.value).toEqual(ex.value);
    });
  }
  for (const text of rule.examples.invalid) {
    it(`does not match: ${text}`, () => {
      expect(runRule(rule, ctxFor(rule, text))).toEqual([]);
    });
  }
});
