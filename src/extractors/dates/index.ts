// Absolute dates and the document date, English and Spanish.
//   patterns.ts       month/day/year sub-patterns and the guards that tell years from numbers
//   values.ts         match groups → ISO values (year of a day-month from paragraph or document date)
//   rules.{en,es,any}.ts  the date rules, each with its examples
//   document-date.ts  header field, datelines, metadata and issue lines
//   calendar.ts       ISO calendar arithmetic (also used by timelines)
// Rule order matters only for ties (same span length): full forms come before partial ones.
import type { PatternRule, RuleMeta } from '../../core/rules.ts';
import { rulesFor } from '../../core/rules.ts';
import { makeSpan } from '../../core/span.ts';
import type { DateItem, DocumentDate, Lang } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { precisionOf } from './calendar.ts';
import { DATELINE_RULES, DOCUMENT_DATE_META, ISSUE_LINE_RULE, METADATA_RULES, findDocumentDate } from './document-date.ts';
import { ANY_DATE_RULES, ANY_DATE_SEEDS } from './rules.any.ts';
import { EN_DATE_RULES, EN_DATE_SEEDS, EN_STRICT_IDS } from './rules.en.ts';
import { ES_DATE_RULES, ES_DATE_SEEDS, ES_STRICT_IDS } from './rules.es.ts';
import { runSeeded, type Seeds } from './seeded.ts';
import type { DateValues } from './values.ts';

/** Every date rule, in tie-breaking order. */
export const DATE_RULES: readonly PatternRule<DateValues>[] = [...ANY_DATE_RULES, ...EN_DATE_RULES, ...ES_DATE_RULES];

/** Seeds of every date rule, for the line prefilter. */
export const DATE_SEEDS: Seeds = { ...ANY_DATE_SEEDS, ...EN_DATE_SEEDS, ...ES_DATE_SEEDS };

export const RULES: readonly RuleMeta[] = [...DATE_RULES, DOCUMENT_DATE_META, ...DATELINE_RULES, ...METADATA_RULES, ISSUE_LINE_RULE];

const STRICT: Record<Lang, ReadonlySet<string>> = { en: new Set(EN_STRICT_IDS), es: new Set(ES_STRICT_IDS) };

/**
 * The rules run on a text of `lang`: its own and the language-neutral ones, plus the other
 * language's unambiguous full forms (an English tweet quoted in a Spanish article keeps its date).
 */
export function dateRulesFor(lang: Lang): PatternRule<DateValues>[] {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  return [...rulesFor(DATE_RULES, lang), ...DATE_RULES.filter(r => r.lang === other && STRICT[other].has(r.id))];
}

/** The document's own date: header `date` field, a dateline, a metadata or issue line. Runs before extractDates. */
export function extractDocumentDate(ctx: DocContext): DocumentDate | null {
  return findDocumentDate(ctx);
}

/**
 * Every absolute date or year in the text (ctx.referenceDate already set when known), one item
 * per distinct value, at its first mention. A range gives both ends, each with the range's span.
 */
export function extractDates(ctx: DocContext): DateItem[] {
  const out: DateItem[] = [];
  const seen = new Set<string>();
  for (const m of runSeeded(dateRulesFor(ctx.lang), DATE_SEEDS, ctx)) {
    for (const value of m.value) {
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ value, precision: precisionOf(value), span: makeSpan(ctx.text, m.start, m.end, m.rule) });
    }
  }
  return out;
}
