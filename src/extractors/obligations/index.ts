// STUB: to be implemented (clause-level obligations with modality).
import type { RuleMeta } from '../../core/rules.ts';
import type { Entity, Obligation } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

export function extractObligations(ctx: DocContext, entities: readonly Entity[]): Obligation[] {
  void ctx;
  void entities;
  return [];
}
