// STUB: to be implemented (is the text about minerals cooperation?).
import type { RuleMeta } from '../../core/rules.ts';
import type { Instrument, Mineral } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

export function isRelevant(ctx: DocContext, found: { minerals: readonly Mineral[]; instruments: readonly Instrument[] }): boolean {
  void ctx;
  return found.minerals.length > 0 && found.instruments.length > 0;
}
