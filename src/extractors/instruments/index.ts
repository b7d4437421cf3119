// STUB: to be implemented (instrument types and binding status).
import type { RuleMeta } from '../../core/rules.ts';
import type { Binding, Instrument } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

export function extractInstruments(ctx: DocContext): Instrument[] {
  void ctx;
  return [];
}

export function extractBinding(ctx: DocContext): Binding {
  void ctx;
  return { value: 'unspecified', span: null };
}
