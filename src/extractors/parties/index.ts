// STUB: to be implemented (which entities are parties to the reported instrument).
import type { RuleMeta } from '../../core/rules.ts';
import type { Entity, Instrument, Official } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

/** Returns the entities with `party` set; may add entities that only a party clause names. */
export function assignParties(
  ctx: DocContext,
  entities: readonly Entity[],
  instruments: readonly Instrument[],
  officials: readonly Official[],
): Entity[] {
  void ctx;
  void instruments;
  void officials;
  return entities.map(e => ({ ...e }));
}
