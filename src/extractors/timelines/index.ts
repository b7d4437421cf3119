// Deadlines, durations, recurrences and starts, English and Spanish (GUIDELINE `timelines`,
// rulings 6 and 12).
//   patterns.ts  amounts, units, anchors, dates inside expressions, guards (past, rate, forecast)
//   values.ts    match → {kind, amount, unit, resolved}; resolution against the document date
//   rules.{en,es}.ts  the rules, each with its examples
// Overlaps are settled by the runner: the longer expression wins ("within 180 days of signature"
// over "180 days"; "by no later than 30 September 2026" over "by 30 September 2026").
import type { PatternRule, RuleMeta } from '../../core/rules.ts';
import { rulesFor } from '../../core/rules.ts';
import { makeSpan } from '../../core/span.ts';
import { fold } from '../../core/text.ts';
import type { Timeline } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { runSeeded, type Seeds } from '../dates/seeded.ts';
import { EN_TIMELINE_RULES, EN_TIMELINE_SEEDS } from './rules.en.ts';
import { ES_TIMELINE_RULES, ES_TIMELINE_SEEDS } from './rules.es.ts';
import type { TimelineValue } from './values.ts';

export const TIMELINE_RULES: readonly PatternRule<TimelineValue>[] = [...EN_TIMELINE_RULES, ...ES_TIMELINE_RULES];

/** Seeds of every timeline rule, for the line prefilter. */
export const TIMELINE_SEEDS: Seeds = { ...EN_TIMELINE_SEEDS, ...ES_TIMELINE_SEEDS };

export const RULES: readonly RuleMeta[] = TIMELINE_RULES;

/**
 * Every timeline expression of the text, in text order. The same expression written again with
 * the same meaning (a headline repeated in the body) is listed once, at its first mention.
 */
export function extractTimelines(ctx: DocContext): Timeline[] {
  const out: Timeline[] = [];
  const seen = new Set<string>();
  for (const m of runSeeded(rulesFor(TIMELINE_RULES, ctx.lang), TIMELINE_SEEDS, ctx)) {
    const span = makeSpan(ctx.text, m.start, m.end, m.rule);
    const key = JSON.stringify([fold(span.text), m.value.kind, m.value.amount, m.value.unit, m.value.resolved]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...m.value, text: span.text, span });
  }
  return out;
}
