// English absolute dates. Ambiguity rules, documented:
// - Numeric dates are read MM/DD/YYYY when the first number can be a month (≤ 12), else DD/MM
//   ("02/05/2026" = 5 February 2026; "25/03/2026" = 25 March 2026).
// - A day-month without a year ("Feb. 5", "23 September") takes the single year of the full
//   dates in the same sentence; else the year that puts it nearest to the document date; with
//   neither it is left out. A month named alone after a preposition ("in January") likewise.
//   A day-month that recurs ("on June 30 each year") is not a date.
// - Month names must be capitalized ("may" and "march" are verbs).
// - A bare year counts unless it is an amount ("$2026", "2026 tons", "2,000"), a label
//   ("Section 2026"), part of a phone number, or follows a capitalized name word ("Vision 2030").
// - Ranges give both ends ("2026-2030", "between 2026 and 2030", "January 13 to 15, 2026").
import type { PatternRule } from '../../core/rules.ts';
import { DAY, MONTH, MONTH_FULL, SEED_WORDS, WB, WEEKDAY, WORDS, YEAR, YEAR_END, alternation } from './patterns.ts';
import type { Seeds } from './seeded.ts';
import { bareYear, dayMonth, dayRange, fullDate, monthAlone, monthYear, numericDate, yearRange, type DateValues } from './values.ts';

const M = MONTH.en;
const D = DAY.en;
const W = WEEKDAY.en;
const re = (source: string): RegExp => new RegExp(source, 'giu');
/** Not followed by "each/every year" (a yearly day is no date). */
const RECURRING_EN = '(?!,?[ \\t]+(?:of[ \\t]+)?(?:each|every)[ \\t]+year)';

export const EN_DATE_RULES: PatternRule<DateValues>[] = [
  {
    id: 'en.date.month_day_year',
    field: 'dates',
    lang: 'en',
    description: 'Month, day and year: "March 12, 2026", "Dec. 4, 2025", "Tuesday, May 5, 2026".',
    pattern: re(`${WB}(?:(?<wd>${W}),?\\s+)?(?<mo>${M})\\s*(?<d>${D}),?\\s+(?:of\\s+)?(?<y>${YEAR})${YEAR_END}`),
    extract: fullDate('en'),
    examples: {
      valid: [
        { text: 'The accord was signed on March 12, 2026 in Lima.', value: ['2026-03-12'], match: 'March 12, 2026' },
        { text: 'Signed Dec. 4, 2025 at the ministry.', value: ['2025-12-04'], match: 'Dec. 4, 2025' },
        { text: 'It took effect on Tuesday, May 5, 2026.', value: ['2026-05-05'], match: 'Tuesday, May 5, 2026' },
        { text: 'Posted Sept 30th 2024.', value: ['2024-09-30'], match: 'Sept 30th 2024' },
      ],
      invalid: ['They may 5, 2026 be late.', 'February 30, 2026 does not exist.', 'March 12, 1850 is out of range.'],
    },
  },
  {
    id: 'en.date.day_month_year',
    field: 'dates',
    lang: 'en',
    description: 'Day, month and year: "12 March 2026", "1st of December, 2025".',
    pattern: re(`${WB}(?:(?<wd>${W}),?\\s+)?(?:the\\s+)?(?<d>${D})(?:(?:\\s+of)?\\s+|[ \\t]*[-/][ \\t]*)(?<mo>${M})(?:,?\\s+|[ \\t]*[-/][ \\t]*)(?<y>${YEAR})${YEAR_END}`),
    extract: fullDate('en'),
    examples: {
      valid: [
        { text: 'Production must start by 1 December 2025.', value: ['2025-12-01'], match: '1 December 2025' },
        { text: 'on the 3rd of June, 2027 the term ends', value: ['2027-06-03'], match: 'the 3rd of June, 2027' },
        { text: 'Filed 16-Feb-2022 with the exchange.', value: ['2022-02-16'], match: '16-Feb-2022' },
      ],
      invalid: ['Only 12 march 2026 in lower case.', 'It holds 31 April 2026.'],
    },
  },
  {
    id: 'en.date.month_day_range',
    field: 'dates',
    lang: 'en',
    description: 'Days of one month: "January 13 to 15, 2026", "May 4-6"; both ends (year as for a day-month).',
    pattern: re(`${WB}(?<mo>${M})\\s*(?<d>${D})\\s*(?:[-–—]|to|through|until)\\s*(?<d2>${D})(?:,?\\s+(?<y>${YEAR})${YEAR_END})?`),
    extract: dayRange('en'),
    examples: {
      valid: [
        { text: 'The forum runs January 13 to 15, 2026 in Riyadh.', value: ['2026-01-13', '2026-01-15'], match: 'January 13 to 15, 2026' },
        { text: 'Talks are set for May 4-6.', value: ['2026-05-04', '2026-05-06'], match: 'May 4-6' },
      ],
      invalid: ['The forum runs January 15 to 13, 2026.'],
    },
  },
  {
    id: 'en.date.day_month_range',
    field: 'dates',
    lang: 'en',
    description: 'Days of one month, day first: "13-15 January 2026"; both ends.',
    pattern: re(`${WB}(?<d>${D})\\s*(?:[-–—]|to|through|until)\\s*(?<d2>${D})(?:\\s+of)?\\s+(?<mo>${M})(?:,?\\s+(?<y>${YEAR})${YEAR_END})?`),
    extract: dayRange('en'),
    examples: {
      valid: [{ text: 'Meetings on 13-15 January 2026 in Riyadh.', value: ['2026-01-13', '2026-01-15'], match: '13-15 January 2026' }],
      invalid: ['Between 3 and 5 may apply.'],
    },
  },
  {
    id: 'en.date.month_year',
    field: 'dates',
    lang: 'en',
    description: 'Month and year: "March 2026", "Jan. 2020", "Sept 2021".',
    pattern: re(`${WB}(?<mo>${M})(?:\\s+of)?,?\\s+(?<y>${YEAR})${YEAR_END}`),
    extract: monthYear('en'),
    examples: {
      valid: [
        { text: 'In March 2022 a plant opened.', value: ['2022-03'], match: 'March 2022' },
        { text: 'Jan. 2020: exports were banned.', value: ['2020-01'], match: 'Jan. 2020' },
        { text: 'Sept 2021: construction started.', value: ['2021-09'], match: 'Sept 2021' },
      ],
      invalid: ['Prices may 2026 rise.', 'They march 2026 kilometres.'],
    },
  },
  {
    id: 'en.date.month_day',
    field: 'dates',
    lang: 'en',
    description: 'Month and day without a year ("Feb. 5", "September 23"): year from the sentence or the document date.',
    pattern: re(`${WB}(?:(?<wd>${W}),?\\s+)?(?<mo>${M})\\s*(?<d>${D})(?![ \\t]*[-–—,.:/][ \\t]*\\d)${RECURRING_EN}`),
    extract: dayMonth('en'),
    examples: {
      valid: [
        { text: 'The network was announced on September 23.', value: ['2025-09-23'], match: 'September 23' },
        { text: 'Washington, Feb. 5 (UNI) – The talks ended.', value: ['2026-02-05'], match: 'Feb. 5' },
        { text: 'On March 3, talks resumed, and the deal was signed in March 2024.', value: ['2024-03-03'], match: 'March 3' },
      ],
      invalid: ['They may 5 times review it.', 'February 31 is not a day.', 'Reports are due on June 30 each year.'],
    },
  },
  {
    id: 'en.date.day_month',
    field: 'dates',
    lang: 'en',
    description: 'Day and month without a year ("5 February", "the 23rd of September"): year as for month_day.',
    pattern: re(`${WB}(?:(?<wd>${W}),?\\s+)?(?:the\\s+)?(?<d>${D})(?:\\s+of)?\\s+(?<mo>${M})(?![ \\t]*,?[ \\t]*\\d)${RECURRING_EN}`),
    extract: dayMonth('en'),
    examples: {
      valid: [
        { text: 'The vote is due on 20 April.', value: ['2026-04-20'], match: '20 April' },
        { text: 'signed on the 2nd of March', value: ['2026-03-02'], match: 'the 2nd of March' },
      ],
      invalid: ['Some 20 may apply.', 'They sold 5 march tickets.'],
    },
  },
  {
    id: 'en.date.month_alone',
    field: 'dates',
    lang: 'en',
    description: 'A month named alone after a preposition ("in January"): year as for month_day; the span is the month word.',
    pattern: re(
      `${WB}(?:${alternation(WORDS.en.monthAlonePrepositions)})[\\s-]+(?<mo>${MONTH_FULL.en})(?![\\p{L}]|\\.?[ \\t]*,?[ \\t]*\\d|\\s+(?:of\\s+)?(?:this|next|last|that|each|every|the\\s+(?:same|following|previous))\\s+year)`,
    ),
    extract: monthAlone('en'),
    examples: {
      valid: [
        { text: 'In January the company signed a first deal.', value: ['2026-01'], match: 'January' },
        { text: 'Talks resume in May.', value: ['2026-05'], match: 'May' },
      ],
      invalid: ['Prices in may rise.', 'In January of next year the deal ends.', 'In January 2020 exports stopped.'],
    },
  },
  {
    id: 'en.date.year_range',
    field: 'dates',
    lang: 'en',
    description: 'Two years joined by words: "between 2026 and 2030", "from 2026 to 2030"; both ends.',
    pattern: re(`${WB}(?:(?:between|from)\\s+)?(?<y>${YEAR})\\s+(?:and|to|through|until|till)\\s+(?<y2>${YEAR})${YEAR_END}`),
    extract: yearRange('en'),
    examples: {
      valid: [
        { text: 'Investments between 2026 and 2030 will double.', value: ['2026', '2030'], match: 'between 2026 and 2030' },
        { text: 'The plan covers 2026 through 2030.', value: ['2026', '2030'], match: '2026 through 2030' },
      ],
      invalid: ['between 2030 and 2026', 'from $2026 to $2030'],
    },
  },
  {
    id: 'en.date.year',
    field: 'dates',
    lang: 'en',
    description: 'A bare year 1900–2100, with guards against amounts, labels, phone numbers and names.',
    pattern: re(`(?<![\\p{L}\\p{N}_/@#.,$€£¥])${YEAR}(?![\\p{L}\\p{N}]|[.,/]\\d|[ \\t]?[-–—][ \\t]?\\d)`),
    extract: bareYear('en'),
    examples: {
      valid: [
        { text: 'The 2003 Free Trade Agreement remains in force.', value: ['2003'], match: '2003' },
        { text: 'In 2021, the mine produced copper.', value: ['2021'], match: '2021' },
        { text: 'Output should double by 2030.', value: ['2030'], match: '2030' },
        { text: 'Production in Q3 2026 should rise.', value: ['2026'], match: '2026' },
        { text: 'Around 2030 the plant will close.', value: ['2030'], match: '2030' },
      ],
      invalid: [
        'It shipped 2,000 tons of ore.',
        'A plant of 2026 tons a year.',
        'A loan of US$2026 million.',
        'It costs $2026.',
        'The Vision 2030 plan was cited.',
        'See Section 2026 of the act.',
        'Call +1 202 2026 1234 today.',
        'About 2026 people attended.',
        'About 2000 delegates attended.',
      ],
    },
  },
  {
    id: 'en.date.numeric',
    field: 'dates',
    lang: 'en',
    description: 'Numeric date: MM/DD/YYYY when the first number can be a month, else DD/MM/YYYY.',
    pattern: re(`(?<![\\p{N}/.\\-])(?<a>\\d{1,2})(?<sep>[/.\\-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{N}]|[/.\\-]\\d)`),
    extract: numericDate(false),
    examples: {
      valid: [
        { text: '02/05/2026 | Press release', value: ['2026-02-05'], match: '02/05/2026' },
        { text: 'Dated 25/03/2026.', value: ['2026-03-25'], match: '25/03/2026' },
      ],
      invalid: ['Version 1.2.3 shipped.', 'Score 13/13/2026.'],
    },
  },
];

/** Rules safe to run on a Spanish text too (an English quote or tweet inside it). */
export const EN_STRICT_IDS: readonly string[] = ['en.date.month_day_year', 'en.date.day_month_year', 'en.date.month_year'];

/** Line prefilter seeds (seeded.ts): words each rule cannot match without. */
export const EN_DATE_SEEDS: Seeds = {
  'en.date.month_day_year': [['#y'], SEED_WORDS.month.en],
  'en.date.day_month_year': [['#y'], SEED_WORDS.month.en],
  'en.date.month_day_range': [['#'], SEED_WORDS.month.en],
  'en.date.day_month_range': [['#'], SEED_WORDS.month.en],
  'en.date.month_year': [['#y'], SEED_WORDS.month.en],
  'en.date.month_day': [['#'], SEED_WORDS.month.en],
  'en.date.day_month': [['#'], SEED_WORDS.month.en],
  'en.date.month_alone': [SEED_WORDS.fullMonth.en],
  'en.date.year_range': [['#y']],
  'en.date.year': [['#y']],
  'en.date.numeric': [['#']],
};
