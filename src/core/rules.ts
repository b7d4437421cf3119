// One rule, one small unit: its metadata, its pattern, how a match becomes a value, and the
// examples that must and must not match. The runner (not the rule) stamps the rule id on every
// match and removes overlaps, so that mechanism lives once.
import type { Lang } from '../schema/record.ts';

export type Field =
  | 'header'
  | 'documentDate'
  | 'dates'
  | 'timelines'
  | 'minerals'
  | 'entities'
  | 'officials'
  | 'parties'
  | 'instruments'
  | 'binding'
  | 'obligations'
  | 'relevance';

/** What a rule sees besides its match: the whole text and the reference (document) date. */
export interface RuleContext {
  text: string;
  lang: Lang;
  /** ISO YYYY-MM-DD of the document, when known; relative expressions resolve against it. */
  referenceDate: string | null;
}

export interface RuleExample<V> {
  /** Input text (a sentence or a phrase). */
  text: string;
  /** The normalized value the rule must produce. */
  value: V;
  /** The exact matched text, when it is not the whole input. */
  match?: string;
}

export interface PatternRule<V> {
  /** `<lang>.<field>.<name>`, e.g. `es.timeline.dentro_de_proximos`. */
  id: string;
  field: Field;
  lang: Lang | 'any';
  description: string;
  /** Must carry the `g` flag. */
  pattern: RegExp;
  /**
   * Turns a match into a value; `null` rejects it (a guard). It may narrow the span by returning
   * `start`/`end` inside the match.
   */
  extract(m: RegExpExecArray, ctx: RuleContext): V | null | RuleResult<V>;
  /** Earlier rules win ties; a higher priority wins over a longer match. */
  priority?: number;
  examples: { valid: RuleExample<V>[]; invalid: string[] };
}

export interface RuleResult<V> {
  value: V;
  start?: number;
  end?: number;
}

export interface RuleMatch<V> {
  value: V;
  start: number;
  end: number;
  rule: string;
}

function isRuleResult<V>(r: unknown): r is RuleResult<V> {
  return typeof r === 'object' && r !== null && 'value' in r && Object.keys(r).every(k => k === 'value' || k === 'start' || k === 'end');
}

/** Runs one rule over the text and returns every accepted match, overlaps included. */
export function runRule<V>(rule: PatternRule<V>, ctx: RuleContext, text = ctx.text, offset = 0): RuleMatch<V>[] {
  if (!rule.pattern.global) throw new Error(`rule ${rule.id}: pattern needs the g flag`);
  // The rule's own compiled pattern is reused (compiling a large pattern costs far more than a
  // scan); this loop is synchronous, so resetting lastIndex before and after is enough.
  const re = rule.pattern;
  re.lastIndex = 0;
  const out: RuleMatch<V>[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = rule.extract(m, ctx);
    if (r === null) continue;
    let value: V;
    let start = m.index;
    let end = m.index + m[0].length;
    if (isRuleResult<V>(r)) {
      value = r.value;
      start = r.start ?? start;
      end = r.end ?? end;
    } else {
      value = r;
    }
    out.push({ value, start: start + offset, end: end + offset, rule: rule.id });
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Runs rules in order and keeps non-overlapping matches: higher priority first, then the longer
 * match, then the earlier rule in the list. The result is sorted by position.
 */
export function runRules<V>(rules: readonly PatternRule<V>[], ctx: RuleContext, text = ctx.text, offset = 0): RuleMatch<V>[] {
  const all: { m: RuleMatch<V>; prio: number; order: number }[] = [];
  rules.forEach((rule, order) => {
    for (const m of runRule(rule, ctx, text, offset)) all.push({ m, prio: rule.priority ?? 0, order });
  });
  all.sort((a, b) => b.prio - a.prio || b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order || a.m.start - b.m.start);
  const kept: RuleMatch<V>[] = [];
  for (const { m } of all) {
    if (kept.every(k => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Filters a rule list to the ones that apply to a language. */
export function rulesFor<V>(rules: readonly PatternRule<V>[], lang: Lang): PatternRule<V>[] {
  return rules.filter(r => r.lang === lang || r.lang === 'any');
}

/** What every rule declares, pattern-based or not (lexicon rules, clause rules …). */
export interface RuleMeta {
  id: string;
  field: Field;
  lang: Lang | 'any';
  description: string;
}
