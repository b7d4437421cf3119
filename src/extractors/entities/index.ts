// STUB: to be implemented (states, the EU, organizations).
import type { RuleMeta } from '../../core/rules.ts';
import type { Entity } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

/** Every state, union and organization named; `party` is false here (set by assignParties). */
export function extractEntities(ctx: DocContext): Entity[] {
  void ctx;
  return [];
}
