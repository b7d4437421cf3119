// Obligations (guideline field `obligations`, rulings 5 and 11): clause-level commitments with
// their modality — binding, commitment, intent, negated — in English and Spanish. Triggers are data
// per language (src/lang/{en,es}/modality.ts, built into rules by triggers.ts); clauses.ts cuts
// sentences into clauses and keeps the ones a party's action or the instrument's content carries.
// Actors are the entities (from the `entities` argument) mentioned inside the clause.
import type { RuleMeta } from '../../core/rules.ts';
import { makeSpan } from '../../core/span.ts';
import { compareStrings } from '../../core/text.ts';
import type { Entity, Obligation } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { clausesOfSentence, sentencesOf, trimClause } from './clauses.ts';
import { analyse, namesInstrument } from './marks.ts';
import { lowerBound } from '../../core/span.ts';
import { TRIGGER_RULES } from './triggers.ts';

/** Every trigger rule of both languages (pattern rules: their examples run in test/rules). */
export const RULES: readonly RuleMeta[] = [...TRIGGER_RULES.en, ...TRIGGER_RULES.es];

/** Entity mentions as one list sorted by position, for the actor look-up. */
export function mentionIndex(entities: readonly Entity[]): { start: number; end: number; id: string }[] {
  return entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, end: m.end, id: e.id })))
    .sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.id, b.id));
}

/** Ids of the entities with a mention inside [start, end), sorted. */
export function actorsIn(mentions: readonly { start: number; end: number; id: string }[], start: number, end: number): string[] {
  const ids = new Set<string>();
  for (let i = lowerBound(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) ids.add(mentions[i]!.id);
  }
  return [...ids].sort(compareStrings);
}

export function extractObligations(ctx: DocContext, entities: readonly Entity[]): Obligation[] {
  const marks = analyse(ctx);
  // Obligations are under an instrument: a text that names none (a weather report) has none.
  if (!namesInstrument(marks)) return [];
  const mentions = mentionIndex(entities);
  const out: Obligation[] = [];
  const seen = new Set<string>();
  for (const s of sentencesOf(ctx)) {
    for (const c of clausesOfSentence(marks, s)) {
      const r = trimClause(marks, c);
      if (!r) continue;
      const span = makeSpan(ctx.text, r.start, r.end, c.trigger.rule);
      // A clause repeated word for word (headline and body) is listed once (ruling 5).
      const key = span.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        text: span.text,
        modality: c.trigger.modality,
        actors: actorsIn(mentions, r.start, r.end),
        trigger: ctx.text.slice(c.trigger.start, c.trigger.end),
        span,
      });
    }
  }
  return out;
}
