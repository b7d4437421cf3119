// STUB: to be implemented (absolute dates and the document date, English and Spanish).
import type { RuleMeta } from '../../core/rules.ts';
import type { DateItem, DocumentDate } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';

export const RULES: readonly RuleMeta[] = [];

/** The document's own date: header `date` field, a dateline, an issue line. Runs before extractDates. */
export function extractDocumentDate(ctx: DocContext): DocumentDate | null {
  void ctx;
  return null;
}

/** Every absolute date or year in the text (ctx.referenceDate already set when known). */
export function extractDates(ctx: DocContext): DateItem[] {
  void ctx;
  return [];
}
