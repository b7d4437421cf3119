// STUB: to be implemented (bilingual minerals lexicon).
import type { RuleMeta } from '../../core/rules.ts';
import type { Mineral } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

export function extractMinerals(ctx: DocContext): Mineral[] {
  void ctx;
  return [];
}
