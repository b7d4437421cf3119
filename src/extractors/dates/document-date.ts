// The document's own date. Sources, in order of trust:
// 1. the header `date YYYY-MM-DD` field (collection convention): always wins;
// 2. otherwise the first, in text order, of these near the top of the body (first lines):
//    - a dateline: "Washington, Feb 5 (UNI) –", "SANTIAGO, 4 feb (Reuters) -",
//      "LIMA, 12 de marzo de 2026 (EFE).-". Without a year it counts only when one year is stated
//      elsewhere in the lines above it (a title, a month-only header); else it gives nothing;
//    - a metadata line: "Published: March 12, 2026", "Publicado el 12 de marzo de 2026";
//    - an issue line: a short line that is mostly a full date ("02/05/2026 | Press release",
//      "September 27, 2024" under a title, "en El Diario el 29-06-23 07:07"). Numeric dates follow
//      the language's rule (English MM/DD when the first number can be a month; Spanish DD/MM).
// A date in a headline or a sentence (many other words on its line) is an event, not the
// document's date, and is not taken.
import type { PatternRule, RuleContext, RuleMeta } from '../../core/rules.ts';
import { makeSpan } from '../../core/span.ts';
import type { DocumentDate, Lang } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { headerDate } from '../../pipeline/header.ts';
import { isFullDate, isoDay } from './calendar.ts';
import { DAY, MONTH, WEEKDAY, WORDS, YEAR, alternation, dayNumber, monthNumber, monthWordOk } from './patterns.ts';
import { EN_DATE_RULES } from './rules.en.ts';
import { ES_DATE_RULES } from './rules.es.ts';
import { ANY_DATE_RULES } from './rules.any.ts';
import { runRuleFast, runRulesFast } from './seeded.ts';

/** How many non-empty lines at the top of the body may hold a dateline or an issue line. */
export const TOP_LINES = 6;
const TOP_MAX_CHARS = 900;
/** An issue line may carry at most this many words besides its date (and a time). */
const ISSUE_LINE_MAX_WORDS = 5;

interface Found {
  value: string;
  start: number;
  end: number;
}

const FULL_DATE_IDS = new Set([
  'en.date.month_day_year',
  'en.date.day_month_year',
  'en.date.numeric',
  'es.date.day_month_year',
  'es.date.month_day_year',
  'es.date.numeric',
  'any.date.iso',
]);

function fullDateRules(lang: Lang): PatternRule<string[]>[] {
  const own = lang === 'en' ? EN_DATE_RULES : ES_DATE_RULES;
  const other = lang === 'en' ? ES_DATE_RULES : EN_DATE_RULES;
  // The other language's numeric rule reads the order differently: leave it out.
  return [...own, ...ANY_DATE_RULES, ...other.filter(r => !r.id.endsWith('.numeric'))].filter(r => FULL_DATE_IDS.has(r.id));
}

const FULL_DATE_RULES: Record<Lang, PatternRule<string[]>[]> = { en: fullDateRules('en'), es: fullDateRules('es') };

/** The first full date (day, month and year written) in a piece of text, with its offsets in it. */
export function findFullDate(text: string, ctx: RuleContext): Found | null {
  // ctx.text stays the whole document: a numeric date may be read by the day-months it writes.
  const found = runRulesFast(FULL_DATE_RULES[ctx.lang], ctx, text);
  for (const m of found) {
    if (m.value.length === 1 && isFullDate(m.value[0])) return { value: m.value[0]!, start: m.start, end: m.end };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Datelines

/**
 * A place at the start of a line: words, small linking words, up to two commas. The patterns are
 * case-insensitive (for the month), so the extract step checks that the place is capitalized.
 */
const CAP = "\\p{Lu}[\\p{L}.'’\\-]*";
const PLACE = `${CAP}(?:[ \\t]+(?:${CAP}|de|del|la|las|los|el|of|the|da|do)){0,4}(?:,[ \\t]*${CAP}(?:[ \\t]+${CAP}){0,3}){0,2}`;
const PLACE_LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'the', 'da', 'do']);
/** What follows a dateline's date: an agency in brackets, a slash credit, a dash, ".-", a colon. */
const DATELINE_END = '[ \\t]*(?=\\(|/|[-–—]|\\.[ \\t]*[-–—]|:)';

/** The one year written in the lines above a dateline (its header area), or null. */
function headerAreaYear(input: string, before: number): number | null {
  const years = new Set<number>();
  const re = new RegExp(`(?<![\\p{N}$€£.,])(${YEAR})(?![\\p{N}]|[.,]\\d)`, 'gu');
  let m: RegExpExecArray | null;
  const area = input.slice(0, before);
  while ((m = re.exec(area)) !== null) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}

function datelineValue(lang: Lang) {
  return (m: RegExpExecArray) => {
    const g = (m.groups ?? {}) as Record<string, string | undefined>;
    // The pattern is case-insensitive for the month; the place must really be capitalized.
    if (!(g.place ?? '').split(/[\s,]+/u).every(w => w === '' || /^\p{Lu}/u.test(w) || PLACE_LINKS.has(w))) return null;
    const moWord = g.mo ?? g.mo2;
    const dWord = g.d ?? g.d2;
    const yWord = g.y ?? g.y2;
    if (moWord === undefined || dWord === undefined || !monthWordOk(moWord, lang, true)) return null;
    const mo = monthNumber(moWord, lang);
    if (mo === null) return null;
    const placeEnd = m[0].indexOf(g.place!) + g.place!.length;
    const dateStart = m.index + placeEnd + m[0].slice(placeEnd).search(/[^\s,]/u);
    const y = yWord !== undefined ? Number(yWord) : headerAreaYear(m.input, m.index);
    if (y === null) return null;
    const iso = isoDay(y, mo, dayNumber(dWord));
    if (!iso) return null;
    return { value: iso, start: dateStart, end: m.index + m[0].trimEnd().length };
  };
}

const re = (source: string): RegExp => new RegExp(source, 'gmu');
const reI = (source: string): RegExp => new RegExp(source, 'gimu');

export const DATELINE_RULES: PatternRule<string>[] = [
  {
    id: 'en.documentDate.dateline',
    field: 'documentDate',
    lang: 'en',
    description: 'A dateline at the top: "Washington, Feb 5 (UNI) –", "BERLIN, Germany, Aug. 26, 2025 /CNW/ -".',
    pattern: reI(
      `^[ \\t]*(?<place>${PLACE}),[ \\t]*(?:${WEEKDAY.en},?[ \\t]+)?(?:(?<mo>${MONTH.en})[ \\t]*(?<d>${DAY.en})|(?<d2>${DAY.en})[ \\t]+(?<mo2>${MONTH.en}))(?:,?[ \\t]+(?<y>${YEAR}))?${DATELINE_END}`,
    ),
    extract: datelineValue('en'),
    examples: {
      valid: [
        { text: 'BERLIN, Germany, Aug. 26, 2025 /CNW/ - The two governments signed.', value: '2025-08-26', match: 'Aug. 26, 2025' },
        { text: 'Minerals Week 2026\nWashington, Feb 5 (UNI) – The ministers met.', value: '2026-02-05', match: 'Feb 5' },
      ],
      invalid: [
        'Washington, Feb 5 (UNI) – The ministers met.',
        'JAKARTA (Reuters) – Indonesia signed.',
        'Report 2026\nPrices rose, May 5 - said one analyst.',
      ],
    },
  },
  {
    id: 'es.documentDate.dateline',
    field: 'documentDate',
    lang: 'es',
    description: 'Una data al comienzo: "LIMA, 12 de marzo de 2026 (EFE).-", "SANTIAGO, 4 feb (Reuters) -", "La Paz, 12 de agosto de 2025.-".',
    pattern: reI(
      `^[ \\t]*(?<place>${PLACE}),[ \\t]*(?:${WEEKDAY.es},?[ \\t]+)?(?<d>${DAY.es})(?:[ \\t]+de)?[ \\t]+(?<mo>${MONTH.es})(?:(?:[ \\t]+de(?:l)?|[ \\t]*,)?[ \\t]+(?<y>${YEAR}))?${DATELINE_END}`,
    ),
    extract: datelineValue('es'),
    examples: {
      valid: [
        { text: 'LIMA, 12 de marzo de 2026 (EFE).- El canciller firmó.', value: '2026-03-12', match: '12 de marzo de 2026' },
        { text: 'La Paz, 12 de agosto de 2025.- La comisión aprobó.', value: '2025-08-12', match: '12 de agosto de 2025' },
        { text: 'Informe 2026\nSANTIAGO, 4 feb (Reuters) - El gobierno anunció.', value: '2026-02-04', match: '4 feb' },
      ],
      invalid: ['SANTIAGO, 4 feb (Reuters) - El gobierno anunció.', '(EFE) – La Unión Europea y Chile firmaron.'],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Metadata and issue lines

function metadataRule(lang: Lang): PatternRule<string> {
  const labels = alternation(WORDS[lang].metadataLabels);
  const isEn = lang === 'en';
  return {
    id: `${lang}.documentDate.metadata`,
    field: 'documentDate',
    lang,
    description: isEn
      ? 'A labelled date line at the top: "Published: March 12, 2026", "Updated 12/03/2026".'
      : 'Una línea con etiqueta al comienzo: "Publicado: 12 de marzo de 2026", "Fecha: 12/03/2026".',
    pattern: reI(`^[ \\t]*(?:${labels})[ \\t]*:?[ \\t]*(?:on[ \\t]+|el[ \\t]+)?(?<rest>[^\\n]{6,80})$`),
    extract: (m, ctx) => {
      const rest = m.groups!.rest!;
      const restAt = m.index + m[0].length - rest.length;
      const f = findFullDate(rest, ctx);
      if (!f || rest.slice(0, f.start).trim() !== '') return null;
      return { value: f.value, start: restAt + f.start, end: restAt + f.end };
    },
    examples: isEn
      ? {
          valid: [{ text: 'Published: March 12, 2026 10:30 ET', value: '2026-03-12', match: 'March 12, 2026' }],
          invalid: ['Published by the ministry in Lima'],
        }
      : {
          valid: [{ text: 'Publicado el 12 de marzo de 2026', value: '2026-03-12', match: '12 de marzo de 2026' }],
          invalid: ['Publicado por la cancillería'],
        },
  };
}

export const METADATA_RULES: PatternRule<string>[] = [metadataRule('en'), metadataRule('es')];

const TIME = /\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?(?:a\.?m\.?|p\.?m\.?|hrs?|h|horas))?/giu;
const WORD = /[\p{L}\p{N}]+/gu;

export const ISSUE_LINE_RULE: PatternRule<string> = {
  id: 'any.documentDate.issue_line',
  field: 'documentDate',
  lang: 'any',
  description: `A short line at the top that is mostly a full date (≤ ${ISSUE_LINE_MAX_WORDS} other words, or set apart by | • ·).`,
  pattern: re(`^[^\\n]{6,120}$`),
  extract: (m, ctx) => {
    const line = m[0];
    const f = findFullDate(line, ctx);
    if (!f) return null;
    const rest = (line.slice(0, f.start) + ' ' + line.slice(f.end)).replace(TIME, ' ');
    const words = rest.match(WORD)?.length ?? 0;
    // Set apart by a bar or a bullet, or opening the line before a credit ("March 5, 2026 /PRNewswire/ --").
    const setApart =
      /[|•·]\s*$/u.test(line.slice(0, f.start)) ||
      /^\s*[|•·]/u.test(line.slice(f.end)) ||
      (line.slice(0, f.start).trim() === '' && /^\s*(?:\/|[-–—]|\|)/u.test(line.slice(f.end))) ||
      // A wire credit around it: "VANCOUVER, B.C.--(BUSINESS WIRE)--March 12, 2026--".
      (/[-–—]{1,2}\s*$/u.test(line.slice(0, f.start)) && /^\s*[-–—]{1,2}/u.test(line.slice(f.end)));
    if (words > ISSUE_LINE_MAX_WORDS && !setApart) return null;
    return { value: f.value, start: m.index + f.start, end: m.index + f.end };
  },
  examples: {
    valid: [
      { text: '02/05/2026 | Press release', value: '2026-02-05', match: '02/05/2026' },
      { text: 'September 27, 2024', value: '2024-09-27', match: 'September 27, 2024' },
      { text: 'en El Diario el 29-06-23 07:07', value: '2023-06-29', match: '29-06-23' },
      { text: 'March 5, 2026 /PRNewswire/ -- The company announced an offtake agreement with a refiner today.', value: '2026-03-05', match: 'March 5, 2026' },
      { text: 'VANCOUVER, British Columbia--(BUSINESS WIRE)--March 12, 2026--The company signed an offtake term sheet.', value: '2026-03-12', match: 'March 12, 2026' },
    ],
    invalid: ['Peru and the United States signed the memorandum in Lima on March 5, 2026', 'Media Note', 'On March 5, 2026 the ministers of both countries met in Lima to sign it.'],
  },
};

export const DOCUMENT_DATE_META: RuleMeta = {
  id: 'any.documentDate.header',
  field: 'documentDate',
  lang: 'any',
  description: 'The header `date YYYY-MM-DD` field at the top of a collected document; it wins over any other source.',
};

/** The top of the body: its first TOP_LINES non-empty lines, as [start, end) in ctx.text. */
export function topRegion(ctx: DocContext): [number, number] {
  let pos = ctx.bodyStart;
  let lines = 0;
  const limit = Math.min(ctx.text.length, ctx.bodyStart + TOP_MAX_CHARS);
  while (pos < limit && lines < TOP_LINES) {
    const nl = ctx.text.indexOf('\n', pos);
    const end = nl < 0 ? ctx.text.length : nl;
    if (ctx.text.slice(pos, end).trim() !== '') lines++;
    pos = end + 1;
  }
  return [ctx.bodyStart, Math.min(Math.max(pos - 1, ctx.bodyStart), ctx.text.length)];
}

const SOURCES: Record<string, DocumentDate['source']> = {
  dateline: 'dateline',
  metadata: 'metadata',
  issue_line: 'issue_line',
};

export function findDocumentDate(ctx: DocContext): DocumentDate | null {
  const hd = headerDate(ctx.header);
  if (hd) {
    const valueStart = hd.end - hd.value.length;
    const ok = ctx.text.slice(valueStart, hd.end) === hd.value;
    const [s, e] = ok ? [valueStart, hd.end] : [hd.start, hd.end];
    return { value: hd.value, source: 'header', span: makeSpan(ctx.text, s, e, DOCUMENT_DATE_META.id) };
  }
  const [start, end] = topRegion(ctx);
  if (end <= start) return null;
  const region = ctx.text.slice(start, end);
  const rules = [...DATELINE_RULES, ...METADATA_RULES, ISSUE_LINE_RULE].filter(r => r.lang === ctx.lang || r.lang === 'any');
  const rctx: RuleContext = { text: ctx.text, lang: ctx.lang, referenceDate: null };
  const foldedRegion = ctx.folded.slice(start, end);
  const candidates = rules.flatMap((rule, order) => runRuleFast(rule, rctx, region, foldedRegion, start).map(m => ({ ...m, order })));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.start - b.start || a.order - b.order);
  const best = candidates[0]!;
  const kind = best.rule.split('.')[2]!;
  return { value: best.value, source: SOURCES[kind] ?? 'issue_line', span: makeSpan(ctx.text, best.start, best.end, best.rule) };
}
