// Trigger rules: the per-language trigger data (src/lang/{en,es}/modality.ts) turned into
// PatternRules whose value is the modality. Each rule's `extract` holds the guards that only need
// the words around the match (an effect after "will", "se debe a", "sería interesante", "to the");
// guards that need the clause (subject, instrument, quotation, relative clause) are in clauses.ts.
import type { PatternRule, RuleContext } from '../../core/rules.ts';
import { WB_END, WB_START, foldSameLength, wordRegex } from '../../core/text.ts';
import type { Lang, ModalityValue } from '../../schema/record.ts';
import * as EN from '../../lang/en/modality.ts';
import * as ES from '../../lang/es/modality.ts';
import type { ModalityWords, TriggerData, TriggerKind } from './types.ts';

export const DATA: Record<Lang, { TRIGGERS: readonly TriggerData[]; WORDS: ModalityWords }> = { en: EN, es: ES };

/** How strongly a kind decides the modality of its clause (see types.ts, TriggerKind). */
export const KIND_PRIORITY: Record<TriggerKind, number> = {
  negation: 6,
  condition: 5,
  noun: 4,
  modal: 3,
  future: 2,
  conditional: 2,
  scope: 2,
  purpose: 1,
};

export interface TriggerRule extends PatternRule<ModalityValue> {
  kind: TriggerKind;
}

const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(w => foldSameLength(w)));

/** foldSameLength for one word, with a fast path for plain ASCII (most words of most texts). */
function foldWord(w: string): string {
  return /^[\x00-\x7f]*$/u.test(w) ? w.toLowerCase() : foldSameLength(w);
}

/** The next `n` words after `pos`, as written, stopping at a clause break. */
function wordsAfter(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = pos;
  let m: RegExpExecArray | null;
  while (out.length < n && (m = re.exec(text)) !== null) {
    // Stop at a sentence or clause break.
    if (/[.;:!?\n]/u.test(text.slice(pos, m.index))) break;
    out.push(m[0]);
    pos = m.index + m[0].length;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The word right before `pos` (within 20 characters), as written. */
function wordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 20 && !WORD_CHAR.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** Skips listed adverbs ("also", "further", "not only") and returns the next words, folded. */
function afterAdverbs(words: readonly string[], adverbs: ReadonlySet<string>): string[] {
  const folded = words.map(w => foldWord(w));
  let i = 0;
  while (i < folded.length) {
    if (i + 1 < folded.length && adverbs.has(`${folded[i]} ${folded[i + 1]}`)) i += 2;
    else if (adverbs.has(folded[i]!) || /ly$/.test(folded[i]!)) i++;
    else break;
  }
  return folded.slice(i);
}

const startsWithPhrase = (words: readonly string[], phrases: ReadonlySet<string>): boolean =>
  words.length > 0 && (phrases.has(words[0]!) || (words.length > 1 && phrases.has(`${words[0]} ${words[1]}`)));

const INFINITIVE = /^\p{Ll}+(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?$/u;
const ACTION_NOUN = /(?:ción|cion|sión|sion|miento|aje|ncia)$/u;

/** Builds the local guard of a trigger from its language's word lists. */
function guardFor(t: TriggerData, w: ModalityWords): (m: RegExpExecArray, ctx: RuleContext) => boolean {
  const adverbs = lowerSet(w.adverbs);
  const effect = lowerSet(w.effectVerbs);
  const nonVerbs = lowerSet(w.nonVerbsAfterTo);
  const beforeTo = lowerSet(w.wordsBeforeNonPurposeTo);
  const stems = w.effectStems.map(s => foldWord(s));
  // Accents matter here: "cómo" asks, "como" compares.
  const interrogatives = new Set(w.interrogatives.map(x => x.toLowerCase()));
  const opinion = lowerSet(w.opinionAdjectives);
  const determiners = lowerSet([...w.determiners, 'de', 'del', 'en', 'a', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'toda', 'y', 'e', 'o']);
  const actionNouns = lowerSet(w.actionNouns);
  const terms = w.termPhrases.map(x => foldWord(x));
  /** "will remain in effect", "tendrá vigencia": a validity term, not an act. */
  const isTerm = (words: readonly string[]): boolean => {
    const joined = words.join(' ');
    return terms.some(t => joined === t || joined.startsWith(`${t} `));
  };
  const end = (m: RegExpExecArray): number => m.index + m[0].length;
  /** The verb of a future/conditional match, folded, without a leading "se". */
  const verb = (m: RegExpExecArray): string => foldWord(m[0].replace(/^se\s+/iu, ''));

  if (t.kind === 'future') {
    return (m, ctx) => {
      const v = verb(m);
      if (stems.some(s => v.startsWith(s))) return false;
      if (isTerm([...foldWord(m[0]).split(/\s+/u), ...wordsAfter(ctx.text, end(m), 3).map(x => foldWord(x))])) return false;
      // After "se" the match that includes "se" is the one that counts.
      const before = wordBefore(ctx.text, m.index).toLowerCase();
      return before !== 'se' && !interrogatives.has(before);
    };
  }
  if (t.kind === 'conditional') {
    return (m, ctx) => {
      const v = verb(m);
      if (stems.some(s => v.startsWith(s))) return false;
      const before = foldWord(wordBefore(ctx.text, m.index));
      if (before === 'se') return false;
      // A noun in -ería after an article or preposition ("la minería", "de batería").
      if (determiners.has(before)) return false;
      // A capitalized word inside a sentence is a name ("Cancillería").
      if (/^\p{Lu}/u.test(m[0]) && /[\p{L},]\s*$/u.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return false;
      const next = afterAdverbs(wordsAfter(ctx.text, end(m), 2), adverbs);
      return !(v === 'seria' || v === 'serian') || !opinion.has(next[0] ?? '');
    };
  }
  if (t.name === 'will' || t.name === 'would' || t.name === 'may') {
    // An effect ("will help", "could boost") or a validity term ("will remain in effect") is no act;
    // "may be extended" stays: a possibility the instrument grants (ruling 5).
    return (m, ctx) => {
      const next = afterAdverbs(wordsAfter(ctx.text, end(m), 5), adverbs);
      if (next.length === 0 || startsWithPhrase(next, effect)) return false;
      return t.name === 'may' || !isTerm(next);
    };
  }
  if (t.name === 'debera') {
    return (m, ctx) => {
      const next = foldWord(wordsAfter(ctx.text, end(m), 1)[0] ?? '');
      const before = foldWord(wordBefore(ctx.text, m.index));
      return next !== 'a' && next !== 'de' && before !== 'se';
    };
  }
  if (t.kind === 'scope') {
    // "tiene en cuenta que": a recital, not the instrument's content ("prevé que" is content).
    return (m, ctx) => !(/cuenta$/u.test(foldWord(m[0])) && foldWord(wordsAfter(ctx.text, end(m), 1)[0] ?? '') === 'que');
  }
  if (t.name === 'commitment_to_noun' || t.name === 'is_to') {
    return (m, ctx) => {
      const next = foldWord(wordsAfter(ctx.text, end(m), 1)[0] ?? '');
      return next !== '' && !nonVerbs.has(next) && !(t.name === 'is_to' && next === 'say');
    };
  }
  if (t.name === 'purpose') {
    return (m, ctx) => {
      const word = foldWord(m[0]);
      if (word !== 'to') return true;
      const before = foldWord(wordBefore(ctx.text, m.index));
      if (beforeTo.has(before)) return false;
      // "from X to Y" is a range, not a purpose.
      if (/(?<![\p{L}\p{N}])from(?![\p{L}\p{N}])[^.;:,]{0,60}$/iu.test(ctx.text.slice(Math.max(0, m.index - 60), m.index))) return false;
      const next = wordsAfter(ctx.text, end(m), 1)[0] ?? '';
      return /^\p{Ll}/u.test(next) && !nonVerbs.has(next) && !/(?:ing|ed)$/u.test(next);
    };
  }
  if (t.name === 'proposito') {
    return (m, ctx) => {
      if (foldWord(m[0]) !== 'para') return true;
      const [a = '', b = ''] = wordsAfter(ctx.text, end(m), 2);
      if (/^(?:el|la|los|las)$/u.test(a)) return /^\p{Ll}/u.test(b) && (ACTION_NOUN.test(b) || actionNouns.has(foldWord(b)));
      return INFINITIVE.test(a);
    };
  }
  return () => true;
}

function buildRules(lang: Lang): TriggerRule[] {
  const { TRIGGERS, WORDS } = DATA[lang];
  return TRIGGERS.map(t => {
    const guard = guardFor(t, WORDS);
    return {
      id: `${lang}.obligation.${t.name}`,
      field: 'obligations',
      lang,
      description: t.description,
      pattern: wordRegex(t.source, t.caseSensitive ? 'gu' : 'giu'),
      kind: t.kind,
      priority: KIND_PRIORITY[t.kind],
      extract: (m: RegExpExecArray, ctx: RuleContext) => (guard(m, ctx) ? t.modality : null),
      examples: {
        valid: t.examples.valid.map(e => ({ text: e.text, value: t.modality, match: e.match })),
        invalid: t.examples.invalid,
      },
    };
  });
}

export const TRIGGER_RULES: Record<Lang, readonly TriggerRule[]> = { en: buildRules('en'), es: buildRules('es') };

/**
 * Fast matching of all the triggers of a language: one pass of a combined, case-insensitive
 * pattern finds every position where some trigger may start; only there each rule is tried with a
 * sticky copy of its own pattern (case and guards as declared). Same matches as running every rule
 * over the whole text, in a fraction of the time.
 */
export interface TriggerMatcher {
  any: RegExp;
  sticky: { rule: TriggerRule; re: RegExp }[];
  /** The language has future/conditional rules (Spanish). */
  tenses: boolean;
}

/** Verb endings of the Spanish future and conditional (the kinds whose pattern starts with any letters). */
const TENSE_END = /r(?:á|án|emos|ía|ían)(?![\p{L}\p{N}])/giu;
const TENSE_KINDS: ReadonlySet<TriggerKind> = new Set(['future', 'conditional']);

function matcherFor(lang: Lang): TriggerMatcher {
  const rules = TRIGGER_RULES[lang];
  // Patterns that start with a run of letters ("\\p{L}*…rá") would make the combined scan try every
  // position; their candidates are found from the word's ending instead (findTriggers).
  const sources = DATA[lang].TRIGGERS.filter(t => !TENSE_KINDS.has(t.kind)).map(t => `(?:${t.source})`);
  return {
    // Scanned over the folded text (lower case, no accents), so without case folding: faster.
    any: new RegExp(`${WB_START}(?:${sources.join('|')})${WB_END}`.normalize('NFD').replace(/\p{M}/gu, ''), 'gu'),
    sticky: rules.map(rule => ({ rule, re: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y') })),
    tenses: rules.some(r => TENSE_KINDS.has(r.kind)),
  };
}

export const TRIGGER_MATCHERS: Record<Lang, TriggerMatcher> = { en: matcherFor('en'), es: matcherFor('es') };

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  modality: ModalityValue;
}

/** Every accepted trigger match in text[from, end of text). */
export function findTriggers(lang: Lang, ctx: RuleContext, folded: string, from = 0): TriggerHit[] {
  const { any, sticky, tenses } = TRIGGER_MATCHERS[lang];
  const positions = new Set<number>();
  any.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = any.exec(folded)) !== null) {
    positions.add(m.index);
    // Look for further starts inside this match too ("is expected to" holds "to").
    any.lastIndex = m.index + 1;
  }
  any.lastIndex = 0;
  if (tenses) {
    // A word ending like a future or conditional verb, and a "se" right before it.
    TENSE_END.lastIndex = from;
    while ((m = TENSE_END.exec(ctx.text)) !== null) {
      let start = m.index;
      while (start > 0 && WORD_CHAR.test(ctx.text[start - 1]!)) start--;
      positions.add(start);
      const se = /(?:^|[^\p{L}\p{N}])(se)\s+$/iu.exec(ctx.text.slice(Math.max(0, start - 8), start));
      if (se) positions.add(start - (se[0].length - se[0].indexOf(se[1]!)));
    }
  }
  const out: TriggerHit[] = [];
  for (const pos of [...positions].sort((a, b) => a - b)) {
    for (const { rule, re } of sticky) {
      re.lastIndex = pos;
      const r = re.exec(ctx.text);
      if (!r) continue;
      const value = rule.extract(r, ctx);
      if (value === null || typeof value !== 'string') continue;
      out.push({ rule, start: pos, end: pos + r[0].length, modality: value });
    }
  }
  return out;
}
