// STUB: to be implemented (people with titles and whom they serve).
import type { RuleMeta } from '../../core/rules.ts';
import type { Entity, Official } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

export function extractOfficials(ctx: DocContext, entities: readonly Entity[]): Official[] {
  void ctx;
  void entities;
  return [];
}
