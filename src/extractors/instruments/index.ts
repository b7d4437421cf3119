// Instruments (guideline `instruments`, ruling 4) and binding status (guideline `binding`,
// ruling 11).
//
// Instrument names are found with one lexicon per language (src/lang/{en,es}/instruments.ts; the
// longest name wins, so "framework agreement" is a framework and "offtake term sheet" a term
// sheet) plus a few patterns (a capitalized "… Framework", "a statement signed by both parties",
// "a $500 million loan"). Both languages' names are read in every text: quotes and tweets cross
// languages. Each mention is then judged:
//   background  an existing, earlier or dated instrument ("the 2003 Free Trade Agreement",
//               "un memorando … (2018-2023)", "the foundational offtake agreement", "since 2019",
//               "signed in 2022", a year before the text's own), a merely possible or requested
//               one ("could provide a loan", "called for a facility"), a denied one ("will not
//               sign contracts"), a trade or tax instrument (no minerals link), or a name in a
//               link/teaser line
//   generic     "agreement"/"acuerdo"/"deal": counted when the text reports no more specific
//               instrument, or when it is clearly another instrument (a capitalized title like
//               "Peace Agreement", or "signed an agreement" / "un convenio" with a signing verb)
//   precursor   a term sheet or letter of intent replaced by a definitive agreement
// Every counted mention is returned, so each type present has its spans.
import type { LexiconEntry } from '../../core/lexicon.ts';
import { runRule, type PatternRule, type RuleMeta } from '../../core/rules.ts';
import { makeSpan } from '../../core/span.ts';
import { fold } from '../../core/text.ts';
import type { Binding, Instrument, InstrumentTypeValue, Lang } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import * as EN from '../../lang/en/instruments.ts';
import * as ES from '../../lang/es/instruments.ts';
import { isHeadline, PhraseMatcher, primeFolded, sentenceAt, startsWithAny } from '../entities/scan.ts';

const TYPES = Object.keys(EN.INSTRUMENT_NAMES) as InstrumentTypeValue[];
const SPECIFIC = new Set<InstrumentTypeValue>(TYPES.filter(t => t !== 'agreement'));

const LEXICON_RULES: RuleMeta[] = (['en', 'es'] as const).flatMap(lang =>
  TYPES.map(type => ({
    id: `${lang}.instrument.${type}`,
    field: 'instruments' as const,
    lang,
    description: `${lang === 'en' ? 'English' : 'Spanish'} names of a ${type.replace(/_/g, ' ')} (src/lang/${lang}/instruments.ts)`,
  })),
);

const NAMED_FRAMEWORK_EN: PatternRule<InstrumentTypeValue> = {
  id: 'en.instrument.named_framework',
  field: 'instruments',
  lang: 'en',
  description: 'A capitalized title ending in "Framework" (Regional Economic Integration Framework)',
  pattern: /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}‐-]*\s+){1,6}Framework(?![\p{L}\p{N}])/gu,
  extract: m => (/^(?:The|A|An|This|That)\s/.test(m[0]) && m[0].split(/\s+/).length === 2 ? null : 'framework'),
  examples: {
    valid: [{ text: 'They signed the Regional Economic Integration Framework in June.', value: 'framework', match: 'Regional Economic Integration Framework' }],
    invalid: ['a broad framework to deepen ties', 'the framework of the talks'],
  },
};

const NAMED_FRAMEWORK_ES: PatternRule<InstrumentTypeValue> = {
  id: 'es.instrument.named_framework',
  field: 'instruments',
  lang: 'es',
  description: 'Un título con mayúsculas que empieza por "Marco de" (Marco de Cooperación Estratégica), no "en el marco de"',
  pattern: /(?<![\p{L}\p{N}])(?<![Ee]n el\s)(?<!\bdel\s)Marco (?:de|para) (?:la |el )?\p{Lu}[\p{L}]+(?:\s+(?:de|para|en|y)?\s*\p{Lu}[\p{L}]+){0,4}/gu,
  extract: () => 'framework',
  examples: {
    valid: [{ text: 'Ambos países suscribieron el Marco de Cooperación Minera.', value: 'framework', match: 'Marco de Cooperación Minera' }],
    invalid: ['en el Marco de Cooperación vigente', 'un marco flexible de cooperación', 'dentro del Marco de Inversiones'],
  },
};

const SIGNED_STATEMENT_EN: PatternRule<InstrumentTypeValue> = {
  id: 'en.instrument.signed_statement',
  field: 'instruments',
  lang: 'en',
  description: 'A statement signed by the parties is a joint statement (ruling 4)',
  pattern: /(?<![\p{L}])statement (?:was |were )?(?:jointly )?signed by(?![\p{L}])/giu,
  extract: () => 'joint_declaration',
  examples: {
    valid: [{ text: 'according to a statement signed by both parties on Monday', value: 'joint_declaration', match: 'statement signed by' }],
    invalid: ['the company said in a statement', 'a statement released by the ministry'],
  },
};

const SIGNED_STATEMENT_ES: PatternRule<InstrumentTypeValue> = {
  id: 'es.instrument.signed_statement',
  field: 'instruments',
  lang: 'es',
  description: 'Un comunicado firmado por las partes es una declaración conjunta (ruling 4)',
  pattern: /(?<![\p{L}])(?:comunicado|declaración|declaracion) (?:fue |conjuntamente )?(?:firmad[oa]|suscrit[oa]|suscript[oa]) por(?![\p{L}])/giu,
  extract: () => 'joint_declaration',
  examples: {
    valid: [{ text: 'según un comunicado firmado por ambas partes', value: 'joint_declaration', match: 'comunicado firmado por' }],
    invalid: ['dijo la empresa en un comunicado', 'el comunicado difundido por el ministerio'],
  },
};

const AMOUNT_LOAN_EN: PatternRule<InstrumentTypeValue> = {
  id: 'en.instrument.amount_loan',
  field: 'instruments',
  lang: 'en',
  description: 'An amount followed by loan/financing/credit ("a $500 million loan")',
  pattern: /(?:US\$|\$|USD|€|EUR)\s?\d[\d.,]*\s?(?:million|billion|bn|mn|m)?\s+(?:loan|financing|credit line)(?![\p{L}])/giu,
  extract: () => 'loan',
  examples: {
    valid: [{ text: 'The bank approved a $500 million loan for the smelter.', value: 'loan', match: '$500 million loan' }],
    invalid: ['The bank approved a loan guarantee.', 'revenues of $3.2 billion for the year'],
  },
};

const AMOUNT_LOAN_ES: PatternRule<InstrumentTypeValue> = {
  id: 'es.instrument.amount_loan',
  field: 'instruments',
  lang: 'es',
  description: 'Un monto seguido de "en préstamo" / "de financiamiento"',
  pattern: /(?:US\$|\$|USD|€)\s?\d[\d.,]*\s?(?:millones|mil millones)?(?: de d[oó]lares)?\s+(?:en|de)\s+(?:pr[eé]stamos?|financiamiento|financiaci[oó]n|cr[eé]dito)(?![\p{L}])/giu,
  extract: () => 'loan',
  examples: {
    valid: [{ text: 'El banco otorgó US$ 500 millones en préstamo a la minera.', value: 'loan', match: 'US$ 500 millones en préstamo' }],
    invalid: ['La empresa vendió US$ 500 millones en cobre.', 'un contrato de $us 975 millones'],
  },
};

const PATTERN_RULES: readonly PatternRule<InstrumentTypeValue>[] = [NAMED_FRAMEWORK_EN, NAMED_FRAMEWORK_ES, SIGNED_STATEMENT_EN, SIGNED_STATEMENT_ES, AMOUNT_LOAN_EN, AMOUNT_LOAN_ES];

const NON_BINDING_RULES: RuleMeta[] = [
  { id: 'en.binding.non_binding', field: 'binding', lang: 'en', description: 'The text denies legal force: non-binding, does not create legally binding obligations' },
  { id: 'es.binding.non_binding', field: 'binding', lang: 'es', description: 'El texto niega fuerza jurídica: no vinculante, no genera obligaciones jurídicamente vinculantes' },
  { id: 'en.binding.binding', field: 'binding', lang: 'en', description: 'The text affirms legal force: is binding, legally binding agreement' },
  { id: 'es.binding.binding', field: 'binding', lang: 'es', description: 'El texto afirma fuerza jurídica: es vinculante, acuerdo jurídicamente vinculante' },
  { id: 'en.binding.binding_attributive', field: 'binding', lang: 'en', description: '"binding" right before the reported instrument (a binding offtake agreement)' },
  { id: 'es.binding.binding_attributive', field: 'binding', lang: 'es', description: '"vinculante" right after the reported instrument (un acuerdo vinculante)' },
];

export const RULES: readonly RuleMeta[] = [...LEXICON_RULES, ...PATTERN_RULES, ...NON_BINDING_RULES];

// ---------------------------------------------------------------------------------------------

interface NameValue {
  type: InstrumentTypeValue | null;
  lang: Lang;
}

function buildLexicon(): PhraseMatcher<NameValue> {
  const entries: LexiconEntry<NameValue>[] = [];
  for (const [lang, L] of [['en', EN], ['es', ES]] as const) {
    for (const s of L.NOT_INSTRUMENTS) entries.push({ surface: s, value: { type: null, lang } });
  }
  for (const [lang, L] of [['en', EN], ['es', ES]] as const) {
    for (const type of TYPES) {
      for (const s of L.INSTRUMENT_NAMES[type]) entries.push({ surface: s, value: { type, lang }, caseSensitive: /^[A-Z][A-Za-z]{1,3}s?$/.test(s) && s !== s.toLowerCase() });
    }
  }
  return new PhraseMatcher(entries);
}

const NAMES = buildLexicon();

const both = (pick: (L: typeof EN | typeof ES) => readonly string[]): string[] => [...pick(EN), ...pick(ES)].map(fold);
const BACKGROUND_BEFORE = both(L => L.BACKGROUND_BEFORE);
const BACKGROUND_AFTER = both(L => L.BACKGROUND_AFTER);
const TRADE_WORDS = both(L => L.TRADE_WORDS);
const SIGN_VERBS = new Set(both(L => L.SIGN_VERBS));
const INDEFINITE = new Set(both(L => L.INDEFINITE));
const DEFINITIVE = both(L => L.DEFINITIVE_WORDS);
const TEASERS = [...EN.TEASER_STARTS, ...ES.TEASER_STARTS];
const NEGATIONS = new Set(both(L => L.NEGATIONS));
const HYPOTHETICAL = new Set(both(L => L.HYPOTHETICAL));
const SINCE = both(L => L.SINCE_WORDS).join('|');
const IN_YEAR = both(L => L.IN_YEAR_WORDS).join('|');
const SINCE_YEAR = new RegExp(`(?<![\\p{L}])(?:${SINCE})\\s+((?:19|20)\\d\\d)(?![\\d])`, 'u');
const IN_YEAR_RE = new RegExp(`(?<![\\p{L}])(?:${IN_YEAR})\\s+((?:19|20)\\d\\d)(?![\\d])`, 'gu');

export interface InstrumentMention {
  type: InstrumentTypeValue;
  start: number;
  end: number;
  rule: string;
  /** Existing, earlier, dated, trade or teaser: not a reported instrument. */
  background: boolean;
  /** Clearly its own instrument (a capitalized title, or introduced with "a"/"un" and a signing verb). */
  distinct: boolean;
  /** Counted as a reported instrument. */
  counted: boolean;
}

/** The folded words of ctx.text[start, end). */
function wordsOf(ctx: DocContext, start: number, end: number): string[] {
  return ctx.folded.slice(Math.max(0, start), Math.max(0, end)).match(/[\p{L}\p{N}$€]+/gu) ?? [];
}

const mentionMemo = new WeakMap<DocContext, InstrumentMention[]>();

/** Every instrument name of the text, judged (background, distinct, counted). */
export function instrumentMentions(ctx: DocContext): InstrumentMention[] {
  let out = mentionMemo.get(ctx);
  if (!out) {
    out = findInstrumentMentions(ctx);
    mentionMemo.set(ctx, out);
  }
  return out;
}

/** Keywords without which a pattern rule cannot match (a cheap test before running it). */
const PATTERN_KEYWORDS: Readonly<Record<string, RegExp>> = {
  'en.instrument.named_framework': /Framework/,
  'es.instrument.named_framework': /Marco /,
  'en.instrument.signed_statement': /signed by/i,
  'es.instrument.signed_statement': / por/i,
  'en.instrument.amount_loan': /[$€]|USD|EUR/,
  'es.instrument.amount_loan': /[$€]|USD/,
};

function findInstrumentMentions(ctx: DocContext): InstrumentMention[] {
  const { text } = ctx;
  primeFolded(text, ctx.folded);
  const raw: { type: InstrumentTypeValue; start: number; end: number; rule: string }[] = [];
  for (const m of NAMES.match(text, ctx.folded)) {
    if (m.value.type === null) continue;
    raw.push({ type: m.value.type, start: m.start, end: m.end, rule: `${m.value.lang}.instrument.${m.value.type}` });
  }
  for (const rule of PATTERN_RULES) {
    if (!PATTERN_KEYWORDS[rule.id]?.test(text)) continue;
    for (const m of runRule(rule, ctx)) {
      // A pattern match replaces the lexicon names it covers.
      for (let i = raw.length - 1; i >= 0; i--) if (raw[i]!.start >= m.start && raw[i]!.end <= m.end) raw.splice(i, 1);
      if (!raw.some(r => r.start < m.end && m.start < r.end)) raw.push({ type: m.value, start: m.start, end: m.end, rule: m.rule });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: InstrumentMention[] = raw.map(r => ({ ...r, background: isBackground(ctx, r), distinct: isDistinct(ctx, r), counted: false }));
  const specific = out.some(m => !m.background && SPECIFIC.has(m.type));
  const definitive = out.some(m => !m.background && (m.type === 'agreement' || m.type === 'offtake') && DEFINITIVE.some(d => ctx.folded.slice(Math.max(0, m.start - 40), m.start).includes(d)));
  for (const m of out) {
    if (m.background) continue;
    if ((m.type === 'term_sheet' || m.type === 'letter_of_intent') && definitive) continue;
    if (m.type === 'agreement' && specific && !m.distinct) continue;
    m.counted = true;
  }
  return out;
}

function isBackground(ctx: DocContext, m: { start: number; end: number; type: InstrumentTypeValue }): boolean {
  const { text } = ctx;
  const s = sentenceAt(ctx.sentences, m.start) ?? { start: Math.max(0, m.start - 120), end: Math.min(text.length, m.end + 120) };
  if (startsWithAny(text, s.start, TEASERS)) return true;
  const before = wordsOf(ctx, Math.max(s.start, m.start - 60), m.start);
  const after = wordsOf(ctx, m.end, Math.min(s.end, m.end + 40));
  const name = wordsOf(ctx, m.start, m.end);
  const near = before.slice(-4);
  const beforeText = before.join(' ');
  const afterText = after.slice(0, 4).join(' ');
  const afterNear = after.slice(0, 2);
  if (BACKGROUND_BEFORE.some(p => (p.includes(' ') ? beforeText.includes(p) : near.includes(p)))) return true;
  if (BACKGROUND_AFTER.some(p => afterText.startsWith(p) || afterNear.includes(p))) return true;
  // A year in or right around the name: "the 2003 Free Trade Agreement", "… de 2003", "(2018-2023)".
  if (/(?:19|20)\d\d\s*$/.test(text.slice(Math.max(s.start, m.start - 6), m.start))) return true;
  if (/^[^.;\n]{0,40}?\((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\)/.test(text.slice(m.end, m.end + 50))) return true;
  if (/^(?:\s+\p{Lu}[\p{L}]*){0,6}\s+(?:de|of)\s+(?:19|20)\d\d(?![\d])/u.test(text.slice(m.end, m.end + 80))) return true;
  // "EXIM could provide a loan", "podría otorgar un préstamo": only possible.
  if (before.slice(-6).some(w => HYPOTHETICAL.has(w))) return true;
  // A past year in the sentence: "since 2019 … similar memoranda", "signed in 2022", "en 2023 …".
  if (pastSentence(ctx, s)) return true;
  if (/(?:signed|firmad[oa]s?|suscrit[oa]s?|concluded|cerrad[oa]s?)\s+(?:in|en)\s+(?:19|20)\d\d/.test(ctx.folded.slice(m.end, Math.min(s.end, m.end + 80)))) return true;
  // "will not sign contracts", "no firmará acuerdos": denied, not reported.
  const lastFive = before.slice(-5);
  const sign = lastFive.findIndex(w => SIGN_VERBS.has(w));
  if (sign > 0 && lastFive.slice(Math.max(0, sign - 2), sign).some(w => NEGATIONS.has(w))) return true;
  // Trade and tax instruments are no minerals instruments (ruling 4).
  if (m.type === 'agreement') {
    const around = ` ${[...before.slice(-3), ...name, ...after.slice(0, 4)].join(' ')} `;
    if (TRADE_WORDS.some(w => around.includes(` ${w} `))) return true;
  }
  return false;
}

const pastMemo = new WeakMap<DocContext, Map<number, boolean>>();

/** Does the sentence place itself in the past ("since 2019", "in 2023" before the text's year)? */
function pastSentence(ctx: DocContext, s: { start: number; end: number }): boolean {
  let memo = pastMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    pastMemo.set(ctx, memo);
  }
  const known = memo.get(s.start);
  if (known !== undefined) return known;
  const sentence = ctx.folded.slice(s.start, s.end);
  let past = SINCE_YEAR.test(sentence);
  if (!past && /\d/.test(sentence)) {
    const docYear = ctx.referenceDate ? Number(ctx.referenceDate.slice(0, 4)) : latestYear(ctx.text);
    if (docYear !== null) for (const y of sentence.matchAll(IN_YEAR_RE)) if (Number(y[1]) < docYear) past = true;
  }
  memo.set(s.start, past);
  return past;
}

const latestYearMemo = new Map<string, number | null>();

/** Without a document date, the latest year the text names stands for "now" ("dated 2026-03-12"). */
function latestYear(text: string): number | null {
  let y = latestYearMemo.get(text);
  if (y === undefined) {
    const years = (text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).map(Number);
    y = years.length ? Math.max(...years) : null;
    if (latestYearMemo.size > 64) latestYearMemo.clear();
    latestYearMemo.set(text, y);
  }
  return y;
}

function isDistinct(ctx: DocContext, m: { start: number; end: number; type: InstrumentTypeValue }): boolean {
  const { text } = ctx;
  const s = sentenceAt(ctx.sentences, m.start) ?? { start: Math.max(0, m.start - 120), end: Math.min(text.length, m.end + 120) };
  const headline = isHeadline(text, s.start, s.end);
  const surface = text.slice(m.start, m.end);
  // A capitalized title: "Peace Agreement", "Washington Accords", "Acuerdo sobre el Establecimiento de …".
  if (!headline && /^\p{Lu}/u.test(surface)) {
    const prev = /(\p{Lu}[\p{L}‐–-]*)\s+$/u.exec(text.slice(Math.max(s.start, m.start - 40), m.start));
    const atStart = m.start === s.start || /[.:;!?"“«]\s*$/.test(text.slice(s.start, m.start));
    if (prev && !atStart) return true;
    if (/^\s+(?:on|of|for|between|de|sobre|para|entre)\s+(?:the\s+|el\s+|la\s+|a\s+|un\s+)?\p{Lu}/u.test(text.slice(m.end, m.end + 40))) return true;
  }
  const before = wordsOf(ctx, Math.max(s.start, m.start - 50), m.start);
  // An amount before: "a $9.8 billion deal", "un contrato de US$ 975 millones".
  if (/[$€]\s?\d[\d.,]*\s*(?:million|billion|bn|millones|mil millones)?\s+$/i.test(text.slice(Math.max(s.start, m.start - 30), m.start))) return true;
  const indefinite = before.slice(-3).some(w => INDEFINITE.has(w));
  const sentenceWords = wordsOf(ctx, s.start, s.end);
  const signed = sentenceWords.some(w => SIGN_VERBS.has(w));
  return indefinite && signed;
}

export function extractInstruments(ctx: DocContext): Instrument[] {
  return instrumentMentions(ctx)
    .filter(m => m.counted)
    .map(m => ({ type: m.type, span: makeSpan(ctx.text, m.start, m.end, m.rule) }));
}

// ---------------------------------------------------------------------------------------------
// Binding.

interface BindingValueEntry {
  value: 'non_binding' | 'binding' | 'attributive';
  lang: Lang;
}

const BINDING_LEXICON = new PhraseMatcher<BindingValueEntry>([
  ...(['en', 'es'] as const).flatMap(lang => {
    const L = lang === 'en' ? EN : ES;
    return [
      ...L.NON_BINDING.map((surface): LexiconEntry<BindingValueEntry> => ({ surface, value: { value: 'non_binding', lang } })),
      ...L.BINDING_PREDICATIVE.map((surface): LexiconEntry<BindingValueEntry> => ({ surface, value: { value: 'binding', lang } })),
      ...L.BINDING_ATTRIBUTIVE.map((surface): LexiconEntry<BindingValueEntry> => ({ surface, value: { value: 'attributive', lang } })),
    ];
  }),
]);

/** A negation right before an affirming phrase ("is not binding" is caught whole; "no es …" too). */
const NEGATION_BEFORE = /(?:\bnot|\bno|\bnon|\bsin|\bnunca|\bnever)\s*[-‐]?\s*$/i;

export function extractBinding(ctx: DocContext): Binding {
  const { text } = ctx;
  primeFolded(text, ctx.folded);
  const found = BINDING_LEXICON.match(text, ctx.folded);
  const nonBinding = found.find(f => f.value.value === 'non_binding');
  if (nonBinding) return { value: 'non_binding', span: makeSpan(text, nonBinding.start, nonBinding.end, `${nonBinding.value.lang}.binding.non_binding`) };
  const affirmed = found.find(f => f.value.value === 'binding' && !NEGATION_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)));
  if (affirmed) return { value: 'binding', span: makeSpan(text, affirmed.start, affirmed.end, `${affirmed.value.lang}.binding.binding`) };
  // "a binding offtake agreement" / "un acuerdo vinculante": only about a reported instrument.
  const counted = instrumentMentions(ctx).filter(m => m.counted);
  for (const f of found) {
    if (f.value.value !== 'attributive') continue;
    if (NEGATION_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))) continue;
    const next = counted.find(m => (m.start >= f.end && m.start - f.end <= 2) || (m.end <= f.start && f.start - m.end <= 2));
    if (next) return { value: 'binding', span: makeSpan(text, f.start, f.end, `${f.value.lang}.binding.binding_attributive`) };
  }
  return { value: 'unspecified', span: null };
}
