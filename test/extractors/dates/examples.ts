// Shared checks for the examples declared beside each rule: the declared pattern and its fast form
// (run on the folded text, dates/seeded.ts) must give the same matches and the declared values,
// and a rule's seeds must accept each of its valid examples (else the prefilter would lose them).
import { describe, expect, it } from 'vitest';
import { runRule, type PatternRule, type RuleContext } from '../../../src/core/rules.ts';
import { quickFold, runRuleFast, seedsAccept, type Seeds } from '../../../src/extractors/dates/seeded.ts';
import type { Lang } from '../../../src/schema/record.ts';
import { REF } from '../../helpers/ctx.ts';

function ctxFor(rule: PatternRule<unknown>, text: string): RuleContext {
  const lang: Lang = rule.lang === 'any' ? 'en' : rule.lang;
  return { text, lang, referenceDate: REF };
}

export function checkRuleExamples(rules: readonly PatternRule<unknown>[], seeds: Seeds | null): void {
  describe.each(rules.map(r => [r.id, r] as const))('%s', (_id, rule) => {
    it('has valid and invalid examples, and an id of its language and field', () => {
      expect(rule.examples.valid.length).toBeGreaterThan(0);
      expect(rule.examples.invalid.length).toBeGreaterThan(0);
      expect(rule.id.startsWith(`${rule.lang}.`)).toBe(true);
    });
    for (const ex of rule.examples.valid) {
      it(`matches (declared and fast form): ${ex.text}`, () => {
        const ctx = ctxFor(rule, ex.text);
        const declared = runRule(rule, ctx);
        const fast = runRuleFast(rule, ctx, ex.text, quickFold(ex.text));
        expect(fast).toEqual(declared);
        const hit = declared.find(m => ex.match === undefined || ex.text.slice(m.start, m.end) === ex.match);
        expect(hit, `no match ${ex.match ?? ''}`).toBeDefined();
        expect(hit!.value).toEqual(ex.value);
        if (seeds) expect(seedsAccept(seeds, rule.id, ex.text)).toBe(true);
      });
    }
    for (const text of rule.examples.invalid) {
      it(`does not match (declared and fast form): ${text}`, () => {
        const ctx = ctxFor(rule, text);
        expect(runRule(rule, ctx)).toEqual([]);
        expect(runRuleFast(rule, ctx, text, quickFold(text))).toEqual([]);
      });
    }
  });
}
