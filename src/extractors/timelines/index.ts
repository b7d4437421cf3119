// STUB: to be implemented (deadlines, durations, recurrences, starts; English and Spanish).
import type { RuleMeta } from '../../core/rules.ts';
import type { Timeline } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

export function extractTimelines(ctx: DocContext): Timeline[] {
  void ctx;
  return [];
}
