// Language-neutral date forms. Ambiguity rules, documented:
// - ISO dates (YYYY-MM-DD, YYYY/MM/DD) are read as written.
// - Two years joined by a dash or slash ("2026-2030", "2018–2023", "2026-30") are a range: both
//   ends; the second year must be later and within a century. "2026-03" alone is not a range
//   (2003 is earlier) and gives nothing, except after a `date` label, where it is a month
//   (a header with a month only: the month is a date, the document date stays unknown).
import type { PatternRule } from '../../core/rules.ts';
import { isoDay, isoMonth } from './calendar.ts';
import { YEAR } from './patterns.ts';
import { yearRange, type DateValues } from './values.ts';
import type { Seeds } from './seeded.ts';

const re = (source: string): RegExp => new RegExp(source, 'giu');

export const ANY_DATE_RULES: PatternRule<DateValues>[] = [
  {
    id: 'any.date.iso',
    field: 'dates',
    lang: 'any',
    description: 'ISO date: "2026-03-12", "2026/03/12".',
    pattern: re(`(?<![\\p{N}/.\\-])(?<y>${YEAR})(?<sep>[-/.])(?<mm>\\d{2})\\k<sep>(?<dd>\\d{2})(?![\\p{N}]|[/.\\-]\\d)`),
    extract: m => {
      const g = m.groups!;
      const iso = isoDay(Number(g.y), Number(g.mm), Number(g.dd));
      return iso ? [iso] : null;
    },
    examples: {
      valid: [
        { text: 'date 2026-03-12 El canciller firmó.', value: ['2026-03-12'], match: '2026-03-12' },
        { text: 'Filed on 2025/12/04.', value: ['2025-12-04'], match: '2025/12/04' },
      ],
      invalid: ['Code 2026-13-40 is not a date.', 'Ref 12026-03-12.'],
    },
  },
  {
    id: 'any.date.year_range',
    field: 'dates',
    lang: 'any',
    description: 'Two years joined by a dash or slash: "2026-2030", "(2018–2023)", "2026-30"; both ends.',
    pattern: re(`(?<![\\p{L}\\p{N}_/@#.,$€£¥\\-])(?<y>${YEAR})[ \\t]?[-–—/][ \\t]?(?<y2>${YEAR}|\\d{2})(?![\\p{L}\\p{N}]|[.,/]\\d|-\\d)`),
    extract: yearRange(),
    examples: {
      valid: [
        { text: 'An MoU with the department (2018-2023) helped.', value: ['2018', '2023'], match: '2018-2023' },
        { text: 'El plan 2026–2030 fue aprobado.', value: ['2026', '2030'], match: '2026–2030' },
        { text: 'The 2026-30 strategy.', value: ['2026', '2030'], match: '2026-30' },
      ],
      invalid: ['Filed 2026-03 only.', 'Vision 2026-2030 was cited.', 'From 2030-2026 backwards.'],
    },
  },
  {
    id: 'any.date.header_month',
    field: 'dates',
    lang: 'any',
    description: 'A month after a `date`/`fecha` label ("date 2026-03"): a month precision date.',
    pattern: re(`(?<![\\p{L}\\p{N}])(?:date|fecha)[ \\t]*:?[ \\t]+(?<y>${YEAR})-(?<mm>0[1-9]|1[0-2])(?![\\p{N}]|-\\d)`),
    extract: m => {
      const g = m.groups!;
      const iso = isoMonth(Number(g.y), Number(g.mm));
      if (!iso) return null;
      const start = m.index + m[0].length - 7;
      return { value: [iso], start, end: start + 7 };
    },
    examples: {
      valid: [{ text: 'date 2026-03 The ministers met.', value: ['2026-03'], match: '2026-03' }],
      invalid: ['date 2026-13 is wrong.', 'date 2026-03-12 is a full date.'],
    },
  },
];

/** Line prefilter seeds (seeded.ts). */
export const ANY_DATE_SEEDS: Seeds = {
  'any.date.iso': [['#y']],
  'any.date.year_range': [['#y']],
  'any.date.header_month': [['date', 'fecha'], ['#y']],
};
