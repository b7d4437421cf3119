// Relevance (guideline `relevant`): is the text about minerals cooperation — an instrument, deal,
// partnership, financing or negotiation about minerals, mining or mineral supply chains?
//
//   instrument  a reported instrument and a mining score of 2 (one strong word such as "lithium",
//               "critical minerals", "materias primas", or two weaker ones such as "mine", "ore")
//               or a named mineral
//   vocabulary  a mining score of 4 and some cooperation vocabulary (two words)
//
// The vocabulary is data per language (src/lang/{en,es}/mining.ts); the minerals extractor's
// results count too, but the rule does not depend on them.
import { PhraseMatcher } from '../entities/scan.ts';
import { docTokens, tokenize } from '../../core/lexicon.ts';
import { stem } from '../../core/stem.ts';
import { foldSameLength } from '../../core/text.ts';
import type { RuleMeta } from '../../core/rules.ts';
import type { Instrument, Lang, Mineral } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import * as EN from '../../lang/en/mining.ts';
import * as ES from '../../lang/es/mining.ts';
import * as OTHER from '../../lang/other/mining.ts';

export const RULES: readonly RuleMeta[] = [
  { id: 'en.relevance.instrument_and_mining', field: 'relevance', lang: 'en', description: 'A reported instrument plus mining vocabulary (2+) or a named mineral' },
  { id: 'es.relevance.instrument_and_mining', field: 'relevance', lang: 'es', description: 'Un instrumento reportado más vocabulario minero (2+) o un mineral nombrado' },
  { id: 'en.relevance.mining_and_cooperation', field: 'relevance', lang: 'en', description: 'Much mining vocabulary (4+) plus cooperation vocabulary (2+)' },
  { id: 'es.relevance.mining_and_cooperation', field: 'relevance', lang: 'es', description: 'Mucho vocabulario minero (4+) más vocabulario de cooperación (2+)' },
  { id: 'any.relevance.unsupported_language', field: 'relevance', lang: 'any', description: 'Unsupported language (nothing extracted): strong mining words (2+) of Portuguese, French, Italian, English or Spanish plus a cooperation word' },
];

/** Thresholds, in word mentions. */
export const MIN_MINING_WITH_INSTRUMENT = 2;
export const MIN_MINING_ALONE = 4;
export const MIN_COOPERATION = 2;
/** For texts in an unsupported language: strong mining words and cooperation words needed. */
export const MIN_STRONG_UNSUPPORTED = 2;
export const MIN_COOPERATION_UNSUPPORTED = 1;

type Kind = 'strong' | 'mining' | 'cooperation';

interface Vocabulary {
  /** Phrases of two or more words, matched as written (folded). */
  phrases: PhraseMatcher<Kind>;
  /** Single words as listed: a listed form keeps its own kind ("mine" is weak, "mining" strong). */
  words: ReadonlyMap<string, Kind>;
  /** Single words by their stem (natural's Porter stemmer), so every inflection counts. */
  stems: ReadonlyMap<string, Kind>;
  /** First three letters of every stem: only words starting so are stemmed. */
  prefixes: ReadonlySet<string>;
}

function vocabulary(L: typeof EN | typeof ES, lang: Lang): Vocabulary {
  const entries = [
    ...L.STRONG_MINING_WORDS.map(surface => ({ surface, value: 'strong' as Kind })),
    ...L.MINING_WORDS.map(surface => ({ surface, value: 'mining' as Kind })),
    ...L.COOPERATION_WORDS.map(surface => ({ surface, value: 'cooperation' as Kind })),
  ];
  const single = (surface: string): boolean => tokenize(surface).length === 1;
  const words = new Map<string, Kind>();
  const stems = new Map<string, Kind>();
  // The first listing decides the kind (strong before mining before cooperation).
  for (const e of entries.filter(e => single(e.surface))) {
    const token = tokenize(e.surface)[0]!;
    if (!words.has(token.key)) words.set(token.key, e.value);
    // Stems are taken from the accented lower-case word: the Spanish stemmer needs the accents.
    const st = stem(token.raw.toLowerCase(), lang);
    if (!stems.has(st)) stems.set(st, e.value);
  }
  return {
    phrases: new PhraseMatcher(entries.filter(e => !single(e.surface))),
    words,
    stems,
    prefixes: new Set([...stems.keys()].map(st => foldSameLength(st).slice(0, 3))),
  };
}

const VOCABULARIES: Record<Lang, Vocabulary> = { en: vocabulary(EN, 'en'), es: vocabulary(ES, 'es') };

/** Mining score (strong words count twice) and cooperation words of the text. */
export function vocabularyCounts(ctx: DocContext): { mining: number; cooperation: number } {
  const counts = { mining: 0, cooperation: 0 };
  const add = (kind: Kind): void => {
    if (kind === 'cooperation') counts.cooperation++;
    else counts.mining += kind === 'strong' ? 2 : 1;
  };
  const v = VOCABULARIES[ctx.lang];
  const tokens = docTokens(ctx.text, ctx.folded);
  // Words inside a matched phrase ("rare earths") are not counted again on their own.
  const covered: { start: number; end: number }[] = [];
  for (const m of v.phrases.match(ctx.text, ctx.folded, tokens)) {
    add(m.value);
    covered.push(m);
  }
  covered.sort((a, b) => a.start - b.start);
  let c = 0;
  let coveredTo = -1;
  for (const t of tokens) {
    while (c < covered.length && covered[c]!.start <= t.start) coveredTo = Math.max(coveredTo, covered[c++]!.end);
    if (t.start < coveredTo) continue;
    const kind = v.words.get(t.key) ?? (v.prefixes.has(t.key.slice(0, 3)) ? v.stems.get(stem(t.raw.toLowerCase(), ctx.lang)) : undefined);
    if (kind !== undefined) add(kind);
  }
  return counts;
}

/** Every language's strong mining and cooperation cues, for texts in an unsupported language. */
const ANY_LANGUAGE = new PhraseMatcher<Kind>([
  ...[...OTHER.STRONG_MINING_WORDS, ...EN.STRONG_MINING_WORDS, ...ES.STRONG_MINING_WORDS].map(surface => ({ surface, value: 'strong' as const })),
  ...[...OTHER.COOPERATION_WORDS, ...EN.COOPERATION_WORDS, ...ES.COOPERATION_WORDS].map(surface => ({ surface, value: 'cooperation' as const })),
].filter((e, i, all) => all.findIndex(x => x.surface === e.surface) === i));

/**
 * Relevance of a text in a language the tool does not extract from (rule
 * any.relevance.unsupported_language): no field is read, but a user learns that the text is about
 * minerals cooperation and can have it translated.
 */
export function isRelevantUnsupported(text: string, folded: string): boolean {
  let strong = 0;
  let cooperation = 0;
  for (const m of ANY_LANGUAGE.match(text, folded)) {
    if (m.value === 'cooperation') cooperation++;
    else strong++;
  }
  return strong >= MIN_STRONG_UNSUPPORTED && cooperation >= MIN_COOPERATION_UNSUPPORTED;
}

export function isRelevant(ctx: DocContext, found: { minerals: readonly Mineral[]; instruments: readonly Instrument[] }): boolean {
  const counts = vocabularyCounts(ctx);
  if (found.instruments.length > 0 && (counts.mining >= MIN_MINING_WITH_INSTRUMENT || found.minerals.length > 0)) return true;
  return counts.mining >= MIN_MINING_ALONE && counts.cooperation >= MIN_COOPERATION;
}
