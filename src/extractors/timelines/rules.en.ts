// English timelines (GUIDELINE `timelines`, rulings 6 and 12). Ambiguity rules, documented:
// - "within N", "in the next N", "will … in N", "have N days to", "N or M units" are deadlines;
//   "for N", "over/during the next N", "last N", "a term of N", "N-year", "extendable by N",
//   "until DATE", "expires in DATE", notice periods are durations; "every N", "annually",
//   "once a year", "two meetings per year", "annual meeting" are recurrences;
//   "starting/commencing in DATE", "from DATE onwards", "begin next month" are starts; "by DATE",
//   "before DATE", "no later than DATE" are deadlines with no amount, resolved to the date named.
// - A bare "in N years" / "over N years" counts only when its clause speaks of the future
//   ("will", "plans to"): "In just three years, it signed…" is a past span.
// - A period counted from an event ("within 180 days of signature", "30 months after approval")
//   is not resolved; one counted from now is resolved from the document date.
// - Not timelines: past spans ("for the past five years", "has been … for 20 years", "ago"),
//   vague windows (no number: "in the coming months", "soon"), rates of quantities
//   ("150,000 t per annum", "annual income"), forecasts ("demand will double by 2030"),
//   contract-relative points ("in year two"), year ranges (those are dates), and dates named in
//   a "by/until/starting" expression that lie before the document date.
import type { PatternRule } from '../../core/rules.ts';
import { ANCHOR_PHRASE, DATE, EVENT_ADJECTIVE, NUM, NUM_STRICT, SCHEDULE_NOUN, UNIT, UNIT_SINGULAR_EN, WB, alternation, hasFutureCue, previousWord } from './patterns.ts';
import { endAtGroup, every, named, period, recurrence, timesPer, type TimelineValue } from './values.ts';
import type { Seeds } from '../dates/seeded.ts';

const N = NUM.en;
const NS = NUM_STRICT.en;
const U = UNIT.en;
const S = '[ \\t]+';
const NE = '(?![\\p{L}\\p{N}])';
const re = (source: string): RegExp => new RegExp(`${WB}(?:${source})`, 'giu');
/** A part of a year before it ("the second half of 2026"): the year is what is resolved. */
const PART = `(?:(?:the${S})?(?:first|second|third|fourth|last)${S}(?:half|quarter)${S}of${S})?`;
const ANCHOR_TAIL = `(?<anchor>${S}(?:of|after|from|following)${S}${ANCHOR_PHRASE.en})?`;

/** Adverbs and adjectives of recurrence, with their period. */
const RECURRING: Record<string, [number, 'day' | 'week' | 'month' | 'year']> = {
  annually: [1, 'year'],
  annual: [1, 'year'],
  yearly: [1, 'year'],
  'per annum': [1, 'year'],
  biannually: [6, 'month'],
  biannual: [6, 'month'],
  semiannually: [6, 'month'],
  'semi-annually': [6, 'month'],
  semiannual: [6, 'month'],
  'semi-annual': [6, 'month'],
  biennially: [2, 'year'],
  biennial: [2, 'year'],
  quarterly: [3, 'month'],
  monthly: [1, 'month'],
  weekly: [1, 'week'],
  daily: [1, 'day'],
};
const ADVERBS = ['annually', 'yearly', 'per annum', 'biannually', 'semiannually', 'semi-annually', 'biennially', 'quarterly', 'monthly', 'weekly'];
const ADJECTIVES = ['annual', 'yearly', 'biannual', 'semiannual', 'semi-annual', 'biennial', 'quarterly', 'monthly', 'weekly'];

function recurringWord(word: string): [number, 'day' | 'week' | 'month' | 'year'] | null {
  return RECURRING[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Words after which "over N years" spreads something over a period. */
const SPREAD_OVER = /^(?:repayable|payable|repaid|paid|amorti[sz]ed|spread|phased|disbursed|delivered|supplied|invested|implemented|deployed|staggered)$/i;

/** Hyphenated adjectives that are not periods of an arrangement ("a 10-year high", "30-year-old"). */
const NOT_A_TERM_AFTER =
  /^(?:[-‐–]?old|[ \t]+(?:high|highs|low|lows|record|old|anniversary|bond|bonds|yield|yields|average|history|ago|visit|trip|tour|summit|meeting|conference|forum|workshop|event|strike|stay|mission|festival|fair|course|seminar|session|congress|delay|halt|suspension|closure|shutdown))(?![\p{L}])/iu;

export const EN_TIMELINE_RULES: PatternRule<TimelineValue>[] = [
  {
    id: 'en.timeline.within',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline counted in a period: "within 15 days", "within the next six months", "within 180 days of signature" (not resolved).',
    pattern: re(
      `within${S}(?:the${S}(?:next|following|coming)${S}|a${S}(?:period|maximum|term)${S}of${S}|(?:a${S})?maximum${S}of${S}|no${S}more${S}than${S}|less${S}than${S}|the${S})?(?<n>${N})${S}(?<u>${U})${ANCHOR_TAIL}`,
    ),
    extract: period({ lang: 'en', kind: 'deadline', resolve: true, forecastGuard: true }),
    examples: {
      valid: [
        { text: 'A ministerial meeting is scheduled within 180 days.', value: { kind: 'deadline', amount: 180, unit: 'day', resolved: '2026-09-08' }, match: 'within 180 days' },
        { text: 'They will select projects within six months.', value: { kind: 'deadline', amount: 6, unit: 'month', resolved: '2026-09-12' }, match: 'within six months' },
        { text: 'The first round will take place within the next fifteen days.', value: { kind: 'deadline', amount: 15, unit: 'day', resolved: '2026-03-27' }, match: 'within the next fifteen days' },
        { text: 'Rules are due within 180 days of signature.', value: { kind: 'deadline', amount: 180, unit: 'day', resolved: null }, match: 'within 180 days of signature' },
        { text: 'Payment within 10 business days.', value: { kind: 'deadline', amount: 10, unit: 'day', resolved: null }, match: 'within 10 business days' },
      ],
      invalid: ['A ship will start loading within hours.', 'Demand could double within five years, analysts say.'],
    },
  },
  {
    id: 'en.timeline.in_next',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline: "in the next two years", "in the coming 30 days".',
    pattern: re(`in${S}the${S}(?:next|coming|following)${S}(?<n>${N})${S}(?<u>${U})`),
    extract: period({ lang: 'en', kind: 'deadline', resolve: true, forecastGuard: true }),
    examples: {
      valid: [{ text: 'Output is to reach 50,000 tonnes in the next two years.', value: { kind: 'deadline', amount: 2, unit: 'year', resolved: '2028-03-12' }, match: 'in the next two years' }],
      invalid: ['Talks will continue in the coming months.', 'Production could start in the next ten years.'],
    },
  },
  {
    id: 'en.timeline.have_period',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline given to a party: "will have 60 days to appoint", "has six months in which to".',
    pattern: re(`(?:have|has|get|gets|be${S}given)${S}(?:(?:up${S}to|a${S}maximum${S}of)${S})?(?<n>${N})${S}(?<u>${U})${S}(?:to|in${S}which${S}to)${NE}`),
    extract: endAtGroup(period({ lang: 'en', kind: 'deadline', resolve: true, forecastGuard: true, pastGuard: true }), 'u'),
    examples: {
      valid: [{ text: 'The parties will have 60 days to appoint representatives.', value: { kind: 'deadline', amount: 60, unit: 'day', resolved: '2026-05-11' }, match: 'have 60 days' }],
      invalid: ['The company has 60 days of stock.'],
    },
  },
  {
    id: 'en.timeline.in_n',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline "in N units" when the clause speaks of the future ("will open in two years", "in 18 months\' time").',
    pattern: re(`in${S}(?<n>${NS})${S}(?<u>${U})(?:['’]s?${S}time)?${NE}`),
    extract: (m, ctx) => (hasFutureCue(m.input, m.index, 'en') ? period({ lang: 'en', kind: 'deadline', resolve: true, forecastGuard: true, pastGuard: true })(m, ctx) : null),
    examples: {
      valid: [{ text: 'The plant will open in two years.', value: { kind: 'deadline', amount: 2, unit: 'year', resolved: '2028-03-12' }, match: 'in two years' }],
      invalid: ['In just three years, the country signed a dozen deals.', 'The mine opened in two years.'],
    },
  },
  {
    id: 'en.timeline.lasts',
    field: 'timelines',
    lang: 'en',
    description: 'Duration after a verb of lasting: "will last thirty-six months", "lasts up to 10 years".',
    pattern: re(`(?:last|lasts)${S}(?:(?:up${S}to|at${S}least)${S})?(?<n>${N})${S}(?<u>${U})`),
    extract: (m, ctx) => {
      // "the last two years" is a past span, not a verb of lasting.
      const prev = previousWord(m.input, m.index);
      if (prev !== null && /^(?:the|its|their|this|these|those|his|her|our|in|over|during|for)$/i.test(prev)) return null;
      return period({ lang: 'en', kind: 'duration', pastGuard: true })(m, ctx);
    },
    examples: {
      valid: [{ text: 'The supply contract will last thirty-six months.', value: { kind: 'duration', amount: 36, unit: 'month', resolved: null }, match: 'last thirty-six months' }],
      invalid: ['The talks lasted two days.', 'the last two years'],
    },
  },
  {
    id: 'en.timeline.over_next',
    field: 'timelines',
    lang: 'en',
    description: 'Duration over a coming period: "over the next five years", "during the next 12 months", "will invest … over 10 years".',
    pattern: re(`(?:(?:over|during|for)${S}the${S}(?:next|coming|following)|(?:over|during)${S}a${S}(?:period|term)${S}of|(?<bare>over|during))${S}(?<n>${N})${S}(?<u>${U})`),
    extract: (m, ctx) => {
      // A bare "over 10 years" is a period only after a schedule word ("repayable over") or when the
      // clause speaks of the future ("over" may also mean "more than").
      if (m.groups?.bare !== undefined && !SPREAD_OVER.test(previousWord(m.input, m.index) ?? '') && !hasFutureCue(m.input, m.index, 'en')) return null;
      return period({ lang: 'en', kind: 'duration', pastGuard: true })(m, ctx);
    },
    examples: {
      valid: [
        { text: 'The fund will invest over the next five years.', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'over the next five years' },
        { text: 'The company will invest $1.2 billion over 10 years.', value: { kind: 'duration', amount: 10, unit: 'year', resolved: null }, match: 'over 10 years' },
        { text: 'The loan is repayable over 12 years.', value: { kind: 'duration', amount: 12, unit: 'year', resolved: null }, match: 'over 12 years' },
      ],
      invalid: ['Prices fell over the past five years.', 'She has over 20 years of experience.'],
    },
  },
  {
    id: 'en.timeline.no_later_than',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline on a named date: "no later than June 30, 2026", "by no later than 30 September 2026".',
    pattern: re(`(?:by${S})?(?:no|not)${S}later${S}than${S}(?:the${S}(?:end|middle)${S}of${S})?(?<date>${DATE.en})`),
    extract: named({ lang: 'en', kind: 'deadline' }),
    examples: {
      valid: [
        { text: 'conditions satisfied by no later than 30 September 2026', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026-09-30' }, match: 'by no later than 30 September 2026' },
        { text: 'Reports are due no later than June 30, 2026.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026-06-30' }, match: 'no later than June 30, 2026' },
      ],
      invalid: ['It arrived no later than usual.', 'It had to be done no later than June 30, 2020.'],
    },
  },
  {
    id: 'en.timeline.by_date',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline by a date or year: "by 2030", "by the end of 2027", "before March 2027", "by year-end".',
    pattern: re(
      `(?:by|before)${S}(?:(?:the${S}(?:end|middle|start|beginning|close)${S}of${S}|(?:end|mid|early|late)[-‐ \\t])?${PART}(?:the${S}year${S})?(?<date>${DATE.en})|(?<thisYear>(?:the${S})?end${S}of${S}(?:the|this)${S}year|year[-‐ \\t]end))`,
    ),
    extract: named({ lang: 'en', kind: 'deadline' }),
    examples: {
      valid: [
        { text: 'The parties aim to finish the refinery by 2030.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2030' }, match: 'by 2030' },
        { text: 'A first shipment is due by the end of 2027.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2027' }, match: 'by the end of 2027' },
        { text: 'Permits will be issued before March 2027.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2027-03' }, match: 'before March 2027' },
        { text: 'The text will be agreed by year-end.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026' }, match: 'by year-end' },
      ],
      invalid: [
        'Lithium demand will multiply by 2030.',
        'It was signed by 2020 standards.',
        'Sales grew by 2026 tons.',
        'The country aims to reach three million tonnes a year by 2031.',
      ],
    },
  },
  {
    id: 'en.timeline.n_or_m',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline of an approximate period: "in two or three months" (no amount).',
    pattern: re(`(?:(?:within|in)${S})?(?<n>${NS})${S}or${S}(?<n2>${NS})${S}(?<u>${U})`),
    extract: period({ lang: 'en', kind: 'deadline', forecastGuard: true }),
    examples: {
      valid: [{ text: 'A decision is expected in two or three months.', value: { kind: 'deadline', amount: null, unit: 'month', resolved: null }, match: 'in two or three months' }],
      invalid: ['Two or three companies bid.'],
    },
  },
  {
    id: 'en.timeline.after_event',
    field: 'timelines',
    lang: 'en',
    description: 'Deadline counted from an event: "30 months after legislative approval" (not resolved).',
    pattern: re(`(?<n>${NS})${S}(?<u>${U})${S}(?:after|following|from)${S}(?<anchor>${ANCHOR_PHRASE.en})`),
    extract: period({ lang: 'en', kind: 'deadline' }),
    examples: {
      valid: [{ text: 'Construction must start 30 months after legislative approval.', value: { kind: 'deadline', amount: 30, unit: 'month', resolved: null }, match: '30 months after legislative approval' }],
      invalid: ['Two months after the storm, prices rose.'],
    },
  },
  {
    id: 'en.timeline.for_period',
    field: 'timelines',
    lang: 'en',
    description: 'Duration: "for five years", "for a further two years", "valid for an initial five years", "for a period of 40 years".',
    pattern: re(
      `(?:valid${S})?for${S}(?:(?:(?:a|an|further|additional|successive|subsequent)${S})?(?:(?:initial|further|additional|successive)${S})?(?:periods?|terms?)${S}of${S}|an?${S}(?:initial|further|additional|extra|minimum|maximum|total)${S}(?:(?:period|term)${S}of${S})?|another${S}|up${S}to${S}|at${S}least${S}|(?:initial|further|additional)${S})?(?<n>${N})${S}(?:(?:more|additional|further)${S})?(?<u>${U})(?:${S}more${NE})?`,
    ),
    extract: period({ lang: 'en', kind: 'duration', pastGuard: true }),
    examples: {
      valid: [
        { text: 'The contract will be effective for 20 years.', value: { kind: 'duration', amount: 20, unit: 'year', resolved: null }, match: 'for 20 years' },
        { text: 'It may be extended for a further two years.', value: { kind: 'duration', amount: 2, unit: 'year', resolved: null }, match: 'for a further two years' },
        { text: 'It will be valid for an initial five years.', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'valid for an initial five years' },
        { text: 'The deal runs for a decade.', value: { kind: 'duration', amount: 10, unit: 'year', resolved: null }, match: 'for a decade' },
      ],
      invalid: ['The two firms have been partners for 20 years.', 'Prices have fallen for the past five years.'],
    },
  },
  {
    id: 'en.timeline.for_more',
    field: 'timelines',
    lang: 'en',
    description: 'Duration whose unit is left out: "with the option to renew for 20 more" (unit of the period before).',
    pattern: re(`for${S}(?:another${S}|a${S}further${S}|an${S}additional${S})?(?<n>${NS})${S}more${NE}(?!${S}(?:years?|months?|weeks?|days?)${NE})`),
    extract: period({ lang: 'en', kind: 'duration', unitFromContext: true }),
    examples: {
      valid: [{ text: 'It runs for 20 years with the option to renew for 20 more.', value: { kind: 'duration', amount: 20, unit: 'year', resolved: null }, match: 'for 20 more' }],
      invalid: ['They asked for 20 more.'],
    },
  },
  {
    id: 'en.timeline.term_of',
    field: 'timelines',
    lang: 'en',
    description: 'Duration named as a term: "an initial term of 5 years", "a validity period of 10 years".',
    pattern: re(
      `(?:(?:an?|the|its)${S})?(?:(?:initial|renewable|extendable|minimum|maximum|total|contract|validity|agreement)${S})?(?:term|period|duration|validity|tenure|lifetime|life)${S}of${S}(?:up${S}to${S}|at${S}least${S})?(?<n>${N})${S}(?<u>${U})`,
    ),
    extract: period({ lang: 'en', kind: 'duration' }),
    examples: {
      valid: [{ text: 'an initial term of 5 years, extendable by 2', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'an initial term of 5 years' }],
      invalid: ['a term of office', 'a period of strong growth'],
    },
  },
  {
    id: 'en.timeline.extendable',
    field: 'timelines',
    lang: 'en',
    description: 'Duration of an extension: "extendable by 2", "renewable for another five years" (unit of the term when left out).',
    pattern: re(
      `(?:extendable|renewable|extended|renewed|extension)${S}(?:by|for)${S}(?:a${S}further${S}|an${S}additional${S}|another${S}|up${S}to${S})?(?<n>${NS})(?:${S}(?:more|additional|further))?(?:${S}(?<u>${U}))?`,
    ),
    extract: period({ lang: 'en', kind: 'duration', unitFromContext: true }),
    examples: {
      valid: [
        { text: 'an initial term of 5 years, extendable by 2', value: { kind: 'duration', amount: 2, unit: 'year', resolved: null }, match: 'extendable by 2' },
        { text: 'renewable for another five years', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'renewable for another five years' },
      ],
      invalid: ['The deadline was extended by the ministry.'],
    },
  },
  {
    id: 'en.timeline.n_unit_adj',
    field: 'timelines',
    lang: 'en',
    description: 'Duration as an adjective: "a five-year term", "over a five-year term", "a 30-day consultation".',
    pattern: re(
      `(?:(?:over|for|during)${S}(?:a|an|the)${S}(?:(?:initial|further|additional|new|minimum|maximum)${S})?)?(?<n>${NS})[-‐–](?<u>${UNIT_SINGULAR_EN})(?:[-‐–]long)?(?:${S}(?:term|period))?${NE}`,
    ),
    extract: (m, ctx) => {
      const end = m.index + m[0].length;
      if (NOT_A_TERM_AFTER.test(m.input.slice(end, end + 20))) return null;
      const prev = previousWord(m.input, m.index);
      if (prev !== null && /^(?:past|last|previous|first|record)$/i.test(prev)) return null;
      return period({ lang: 'en', kind: 'duration' })(m, ctx);
    },
    examples: {
      valid: [
        { text: 'supply over a five-year term', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'over a five-year term' },
        { text: 'The five-year supply is expected to begin soon.', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'five-year' },
        { text: 'subject to a 30-day public consultation', value: { kind: 'duration', amount: 30, unit: 'day', resolved: null }, match: '30-day' },
      ],
      invalid: ['Prices hit a 10-year high.', 'A 30-year-old engineer spoke.', 'over the past two-year period'],
    },
  },
  {
    id: 'en.timeline.until',
    field: 'timelines',
    lang: 'en',
    description: 'Duration up to a date: "until 2060", "valid until December 31, 2030", "through 2030", "expires in 2041".',
    pattern: re(
      `(?:(?:(?:valid|effective|in${S}force|remain${S}in${S}force|last|run|runs)${S})?(?:until|till|through|thru)|(?:expires?|expiring|terminates?)${S}(?:in|on))${S}(?:the${S}end${S}of${S}|end[-‐ \\t])?${PART}(?:the${S}year${S})?(?<date>${DATE.en})`,
    ),
    extract: named({ lang: 'en', kind: 'duration' }),
    examples: {
      valid: [
        { text: 'The concession runs until 2060.', value: { kind: 'duration', amount: null, unit: null, resolved: '2060' }, match: 'runs until 2060' },
        { text: 'The permit is valid until December 31, 2030.', value: { kind: 'duration', amount: null, unit: null, resolved: '2030-12-31' }, match: 'valid until December 31, 2030' },
        { text: 'The concession expires in 2041.', value: { kind: 'duration', amount: null, unit: null, resolved: '2041' }, match: 'expires in 2041' },
      ],
      invalid: ['He served until 2019.', 'until further notice'],
    },
  },
  {
    id: 'en.timeline.notice',
    field: 'timelines',
    lang: 'en',
    description: 'Duration of a notice period: "with 30 days\' notice", "upon 90 days written notice", "notice of 60 days".',
    pattern: re(
      `(?:(?:with|upon|on|giving|by${S}giving|after)${S})?(?:at${S}least${S})?(?<n>${NS})${S}(?<u>${U})['’]?${S}(?:(?:prior|advance|written|formal)${S}){0,2}notice${NE}|notice${S}(?:period${S})?of${S}(?:at${S}least${S})?(?<nb>${NS})${S}(?<ub>${U})`,
    ),
    extract: period({ lang: 'en', kind: 'duration' }),
    examples: {
      valid: [
        { text: 'Either party may withdraw with 30 days\' notice.', value: { kind: 'duration', amount: 30, unit: 'day', resolved: null }, match: "with 30 days' notice" },
        { text: 'subject to a notice of 60 days', value: { kind: 'duration', amount: 60, unit: 'day', resolved: null }, match: 'notice of 60 days' },
      ],
      invalid: ['They gave notice yesterday.'],
    },
  },
  {
    id: 'en.timeline.every',
    field: 'timelines',
    lang: 'en',
    description: 'Recurrence: "every six months", "every year", "each year" (not a rate of a quantity).',
    pattern: re(`(?:every|each)${S}(?:(?<n>${NS})${S}(?<u>${U})|(?<ub>years?|months?|weeks?)${NE})`),
    extract: every('en'),
    examples: {
      valid: [
        { text: 'The committee will meet every six months.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'every six months' },
        { text: 'Progress is reviewed every year.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'every year' },
      ],
      invalid: ['It exports 5,000 tonnes every year.', 'Every day counts.'],
    },
  },
  {
    id: 'en.timeline.times_per',
    field: 'timelines',
    lang: 'en',
    description: 'Recurrence: "once a year" (1 year), "twice a year" (6 months), "three times a year", "two meetings per year".',
    pattern: re(`(?:(?<times>once|twice)|(?<timesN>${NS})${S}(?:times|(?:(?:${EVENT_ADJECTIVE.en})${S})?(?:${SCHEDULE_NOUN.en})))${S}(?:a|per|each|every)${S}(?<u>${U})`),
    extract: (m, ctx) => {
      if (m.groups && m.groups.times === undefined && m.groups.timesN !== undefined) m.groups.times = m.groups.timesN;
      return timesPer('en')(m, ctx);
    },
    examples: {
      valid: [
        { text: 'Ministers will meet once a year.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'once a year' },
        { text: 'The board meets twice a year.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'twice a year' },
        { text: 'They will hold two meetings per year.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'two meetings per year' },
      ],
      invalid: ['Prices doubled twice this year.'],
    },
  },
  {
    id: 'en.timeline.annually',
    field: 'timelines',
    lang: 'en',
    description: 'Recurrence adverbs: "annually", "quarterly", "per annum" (not a rate: "150,000 t per annum").',
    pattern: re(`(?<w>${alternation(ADVERBS)})${NE}`),
    extract: (m, ctx) => {
      const v = recurringWord(m.groups!.w!);
      return v ? recurrence('en', v[0], v[1])(m, ctx) : null;
    },
    examples: {
      valid: [{ text: 'The parties will review the roadmap annually.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'annually' }],
      invalid: ['It will supply 150,000 tonnes per annum.', 'The mine produces $375 million annually.', 'monthly payments of royalties'],
    },
  },
  {
    id: 'en.timeline.annual_event',
    field: 'timelines',
    lang: 'en',
    description: 'Recurrence of an act of the parties: "an annual joint conference", "quarterly reviews" (ruling 12: not "annual income").',
    pattern: re(`(?<w>${alternation(ADJECTIVES)})${S}(?:(?:${EVENT_ADJECTIVE.en})${S}){0,2}(?:${SCHEDULE_NOUN.en})${NE}`),
    extract: (m, ctx) => {
      const v = recurringWord(m.groups!.w!);
      return v ? recurrence('en', v[0], v[1], false)(m, ctx) : null;
    },
    examples: {
      valid: [{ text: 'They agreed to hold an annual joint conference.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'annual joint conference' }],
      invalid: ['It guarantees a minimum annual income.', 'the fifth annual Future Minerals Forum'],
    },
  },
  {
    id: 'en.timeline.starting',
    field: 'timelines',
    lang: 'en',
    description: 'Start: "starting in 2027", "commencing in 2026", "effective January 1, 2027", "as of March 2027".',
    pattern: re(`(?:starting|beginning|commencing|effective|as${S}of|as${S}from)${S}(?:(?:in|on|from)${S})?${PART}(?:the${S}year${S})?(?<date>${DATE.en})`),
    extract: named({ lang: 'en', kind: 'start' }),
    examples: {
      valid: [
        { text: 'Volumes are 200 tpy commencing in 2026.', value: { kind: 'start', amount: null, unit: null, resolved: '2026' }, match: 'commencing in 2026' },
        { text: 'New rules apply starting January 1, 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027-01-01' }, match: 'starting January 1, 2027' },
        { text: 'Output ramps up starting in the second half of 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027' }, match: 'starting in the second half of 2027' },
      ],
      invalid: ['Starting in 2019, exports fell.', 'beginning in earnest'],
    },
  },
  {
    id: 'en.timeline.start_verb',
    field: 'timelines',
    lang: 'en',
    description: 'Start: "commence in 2024", "will begin in 2027", "starts on June 1, 2026" (not "began", "started").',
    pattern: re(`(?:commence|commences|begin|begins|start|starts)${S}(?:in|on|from)${S}${PART}(?:the${S}year${S})?(?<date>${DATE.en})`),
    extract: named({ lang: 'en', kind: 'start' }),
    examples: {
      valid: [{ text: 'The supply is expected to commence in 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027' }, match: 'commence in 2027' }],
      invalid: ['The supply began in 2027.', 'Works start in earnest.'],
    },
  },
  {
    id: 'en.timeline.onwards',
    field: 'timelines',
    lang: 'en',
    description: 'Start: "from 2027 onwards", "from July 2026 on".',
    pattern: re(`from${S}(?<date>${DATE.en})${S}(?:onwards?|on)${NE}`),
    extract: named({ lang: 'en', kind: 'start' }),
    examples: {
      valid: [{ text: 'Exports will be taxed from 2027 onwards.', value: { kind: 'start', amount: null, unit: null, resolved: '2027' }, match: 'from 2027 onwards' }],
      invalid: ['from 2026 to 2030'],
    },
  },
  {
    id: 'en.timeline.start_next',
    field: 'timelines',
    lang: 'en',
    description: 'Start relative to the document date: "beginning next month", "will start next year".',
    pattern: re(`(?:starting|beginning|commencing|from|as${S}of|commence|commences|begin|begins|start|starts)${S}next${S}(?<next>week|month|year)${NE}`),
    extract: named({ lang: 'en', kind: 'start' }),
    examples: {
      valid: [{ text: 'Deliveries will start next month.', value: { kind: 'start', amount: null, unit: null, resolved: '2026-04' }, match: 'start next month' }],
      invalid: ['Deliveries started last month.'],
    },
  },
];

const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade', 'decades'];
const NUMBER = ['#'];

/** Line prefilter seeds (dates/seeded.ts), folded words: what each rule cannot match without. */
export const EN_TIMELINE_SEEDS: Seeds = {
  'en.timeline.within': [['within'], UNITS],
  'en.timeline.in_next': [['next', 'coming', 'following'], UNITS],
  'en.timeline.in_n': [['in'], UNITS],
  'en.timeline.have_period': [['have', 'has', 'get', 'gets', 'given'], UNITS],
  'en.timeline.lasts': [['last', 'lasts'], UNITS],
  'en.timeline.over_next': [['over', 'during', 'for'], UNITS],
  'en.timeline.no_later_than': [['later'], NUMBER],
  'en.timeline.by_date': [['by', 'before'], ['#', 'year', 'end']],
  'en.timeline.n_or_m': [['or'], UNITS],
  'en.timeline.after_event': [['after', 'following', 'from'], UNITS],
  'en.timeline.for_period': [['for'], UNITS],
  'en.timeline.for_more': [['for'], ['more']],
  'en.timeline.term_of': [['term', 'period', 'duration', 'validity', 'tenure', 'lifetime', 'life'], UNITS],
  'en.timeline.extendable': [['extendable', 'renewable', 'extended', 'renewed', 'extension']],
  'en.timeline.n_unit_adj': [['day', 'week', 'month', 'year']],
  'en.timeline.until': [['until', 'till', 'through', 'thru', 'expire', 'expires', 'expiring', 'terminate', 'terminates'], NUMBER],
  'en.timeline.notice': [['notice'], UNITS],
  'en.timeline.every': [['every', 'each'], UNITS],
  'en.timeline.times_per': [UNITS],
  'en.timeline.annually': [['annually', 'yearly', 'annum', 'biannually', 'semiannually', 'biennially', 'quarterly', 'monthly', 'weekly']],
  'en.timeline.annual_event': [['annual', 'yearly', 'biannual', 'semiannual', 'biennial', 'quarterly', 'monthly', 'weekly']],
  'en.timeline.starting': [['starting', 'beginning', 'commencing', 'effective', 'as'], NUMBER],
  'en.timeline.start_verb': [['commence', 'commences', 'begin', 'begins', 'start', 'starts'], NUMBER],
  'en.timeline.onwards': [['from'], ['onward', 'onwards', 'on'], NUMBER],
  'en.timeline.start_next': [['next'], ['week', 'month', 'year']],
};
