// Minerals (guideline field `minerals`, ruling 10): every mention of a specific mineral or
// commodity, from one bilingual lexicon (lexicon.json), products mapped to their mineral
// ("lithium carbonate", "cátodos de cobre", "NdPr"), filtered by the guards of guards.ts.
// Generic words ("critical minerals", "metals", "minerales") and fuels (coal, oil, gas) are not
// in the lexicon. The whole text is matched once (header lines too: a title names minerals).
import type { RuleMeta } from '../../core/rules.ts';
import { makeSpan } from '../../core/span.ts';
import type { Lang, Mineral, Span } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { docTokens, type Token } from '../../core/lexicon.ts';
import { matchAnchored } from './anchored.ts';
import { LISTED_FORMS, MINERAL_INFO, foldedKey, lexiconFor, rawKey, type MineralValue } from './lexicon.ts';
import {
  CONTEXT_LINKS,
  CONTEXT_WORDS,
  GUARDS,
  LIST_GAP,
  NAME_CONNECTORS,
  NAME_NEUTRAL,
  SITE_DESIGNATORS,
  NAME_SUFFIXES,
  VERB_AFTER,
  VERB_BEFORE,
} from './guards.ts';

const LEXICON_RULES: RuleMeta[] = [
  { id: 'en.mineral.lexicon', field: 'minerals', lang: 'en', description: 'English mineral names, plurals and spellings (lexicon.json `en`).' },
  { id: 'es.mineral.lexicon', field: 'minerals', lang: 'es', description: 'Nombres de minerales en español, con plurales y variantes de acento (lexicon.json `es`).' },
  { id: 'en.mineral.product', field: 'minerals', lang: 'en', description: 'English product names mapped to their mineral ("lithium hydroxide", "copper cathodes", "nickel matte").' },
  { id: 'es.mineral.product', field: 'minerals', lang: 'es', description: 'Productos en español mapeados a su mineral ("carbonato de litio", "cátodos de cobre", "sulfato de níquel").' },
  {
    id: 'any.mineral.abbreviation',
    field: 'minerals',
    lang: 'any',
    description: 'Case-sensitive abbreviations and formulas ("REE", "NdPr", "Li-ion", "Li2CO3", "U3O8"); bare element symbols are not counted.',
  },
];

export const RULES: readonly RuleMeta[] = [...LEXICON_RULES, ...GUARDS.map(({ id, field, lang, description }) => ({ id, field, lang, description }))];

type Tok = Token;

interface Candidate {
  value: MineralValue;
  start: number;
  end: number;
  /** Token indices [first, last] of the match. */
  first: number;
  last: number;
  accepted: boolean;
}

const SENTENCE_BREAK = /[.!?:;"“”«»()\[\]\n—–|•]/u;
const isCap = (s: string): boolean => /^\p{Lu}/u.test(s);
const isUpperWord = (s: string): boolean => /\p{L}/u.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();

/** Line facts used by the name and acronym guards, computed once per line. */
interface LineInfo {
  /** Most words of four letters or more are capitalized: a headline in title case. */
  headline: boolean;
  /** The line is written in capitals. */
  upper: boolean;
}

/** Line starts of the text, for lineInfo. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineInfo(text: string, starts: readonly number[], pos: number, cache: Map<number, LineInfo>): LineInfo {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const ls = starts[lo]!;
  const hit = cache.get(ls);
  if (hit) return hit;
  const le = lo + 1 < starts.length ? starts[lo + 1]! - 1 : text.length;
  const line = text.slice(ls, le);
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  const caps = words.filter(isCap).length;
  const upper = words.length > 0 && words.filter(isUpperWord).length / words.length >= 0.8;
  // A headline: most longer words capitalized, and no final full stop.
  const headline = words.length >= 3 && caps / words.length >= 0.6 && !/[.!?]["'”’»)]*\s*$/u.test(line);
  const info = { headline, upper };
  cache.set(ls, info);
  return info;
}

/** Longest run of words a name guard looks at on either side of a mention. */
const NAME_REACH = 6;

/** Only white space (no line break) between two tokens: they belong to one name. */
const tight = (text: string, a: Tok, b: Tok): boolean => /^ {1,2}$|^\u00a0$/u.test(text.slice(a.end, b.start));

/**
 * Proper-name guard (guards.ts rule 4): is the capitalized mention at tokens [first, last] part of a
 * multi-word capitalized name that is not a site (project, mine)?
 */
function insideName(text: string, toks: readonly Tok[], c: Candidate, mineralTok: ReadonlySet<number>, line: LineInfo, lang: Lang): boolean {
  if (line.upper) return false;
  const firstTok = toks[c.first]!;
  if (!isCap(firstTok.raw)) return false;
  // A capitalized word of the other language's list is a name ("Cobre Panama" in English text).
  if (!c.value.rule.startsWith(`${lang}.`) && !c.value.rule.startsWith('any.')) return true;
  const neutral = (i: number): boolean => mineralTok.has(i) || NAME_NEUTRAL.has(toks[i]!.key);
  const nameWord = (i: number): boolean => isCap(toks[i]!.raw) && !neutral(i);
  let evidence = false;
  const run: number[] = [];
  // Right side: skip generic capitalized words ("Hydroxide"), stop at the first lower-case word.
  for (let j = c.last + 1; j < toks.length && j <= c.last + NAME_REACH; j++) {
    const t = toks[j]!;
    const gap = text.slice(toks[j - 1]!.end, t.start);
    const suffix = NAME_SUFFIXES.has(t.key) && isCap(t.raw);
    if (!(/^ {1,2}$/u.test(gap) || (suffix && /^\. ?$/u.test(gap)))) break;
    if (suffix) {
      evidence = true;
      run.push(j);
      continue;
    }
    if (line.headline || !isCap(t.raw)) break;
    run.push(j);
    if (!neutral(j)) evidence = true;
  }
  if (!line.headline) {
    // Left side: a capitalized word right before, or before a connector ("Nacional del Cobre").
    let k = c.first - 1;
    const mentionStartsClause = k < 0 || SENTENCE_BREAK.test(text.slice(toks[k]!.end, firstTok.start));
    if (!mentionStartsClause) {
      while (k >= 0 && k > c.first - NAME_REACH && NAME_CONNECTORS.has(toks[k]!.key) && !isCap(toks[k]!.raw) && tight(text, toks[k]!, toks[k + 1]!)) k--;
      if (k >= 0 && k < c.first && tight(text, toks[k]!, toks[k + 1]!) && nameWord(k)) {
        evidence = true;
        for (let i = k; i >= 0 && i > k - NAME_REACH && isCap(toks[i]!.raw); i--) {
          run.push(i);
          if (i === 0 || !tight(text, toks[i - 1]!, toks[i]!)) break;
        }
      }
    }
  }
  if (!evidence) return false;
  // A named deposit or project of the mineral still names the mineral.
  return !run.some(i => SITE_DESIGNATORS.has(toks[i]!.key));
}

/** guard_context: a mineral context word next to the mention, across "of"/"de"/"y". */
function hasContextWord(toks: readonly Tok[], c: Candidate, lang: Lang): boolean {
  const words = CONTEXT_WORDS[lang];
  const links = CONTEXT_LINKS[lang];
  for (const dir of [-1, 1] as const) {
    let i = dir < 0 ? c.first - 1 : c.last + 1;
    let hops = 0;
    while (i >= 0 && i < toks.length && links.has(toks[i]!.key) && hops < 2) {
      i += dir;
      hops++;
    }
    if (i >= 0 && i < toks.length && words.has(toks[i]!.key)) return true;
  }
  return false;
}

/** guard_verb (English): "will lead", "to lead", "lead the talks", "lead efforts". */
function usedAsVerb(toks: readonly Tok[], c: Candidate): boolean {
  const before = toks[c.first - 1];
  const after = toks[c.last + 1];
  return (before !== undefined && VERB_BEFORE.has(before.key)) || (after !== undefined && VERB_AFTER.has(after.key));
}

export function extractMinerals(ctx: DocContext): Mineral[] {
  const { text } = ctx;
  const toks = docTokens(ctx.text, ctx.folded);
  const lines = new Map<number, LineInfo>();
  const starts = lineStarts(text);

  const candidates: Candidate[] = [];
  const { lex, anchors } = lexiconFor(ctx.lang);
  for (const m of matchAnchored(lex, anchors, text, ctx.folded, toks)) {
    if (m.value.kind !== 'mineral') continue; // an idiom consumed the words (guard_idiom)
    const first = tokenAt(toks, m.start);
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.start < m.end) last++;
    const value = m.value;
    // guard_accent: the raw spelling must be a listed one (case aside).
    if (!value.exact) {
      const forms = LISTED_FORMS.get(foldedKey(m.surface));
      if (forms && !forms.has(rawKey(m.surface))) continue;
    }
    candidates.push({ value, start: m.start, end: m.end, first, last, accepted: false });
  }

  const mineralTok = new Set<number>();
  for (const c of candidates) for (let i = c.first; i <= c.last; i++) mineralTok.add(i);

  for (const c of candidates) {
    const line = lineInfo(text, starts, c.start, lines);
    const surface = text.slice(c.start, c.end);
    // guard_acronym: "TIN" in a normal line.
    if (!c.value.exact && !line.upper && surface.length <= 4 && isUpperWord(surface)) continue;
    if (insideName(text, toks, c, mineralTok, line, ctx.lang)) continue;
    if (c.value.contextual) {
      if (ctx.lang === 'en' && usedAsVerb(toks, c)) continue;
      if (!hasContextWord(toks, c, langOf(c.value.rule, ctx.lang))) continue; // may still join a list below
      c.accepted = true;
      continue;
    }
    c.accepted = true;
  }
  // guard_context, list part: a contextual word that is an item of a list with an accepted mineral.
  // One sweep forward and one backward carry acceptance along a list ("silver, lead and zinc").
  const joins = (a: Candidate | undefined, b: Candidate): boolean =>
    a !== undefined && a.accepted && LIST_GAP.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const listItem = (c: Candidate, neighbour: Candidate | undefined): void => {
    if (c.accepted || !c.value.contextual || (ctx.lang === 'en' && usedAsVerb(toks, c)) || !joins(neighbour, c)) return;
    if (insideName(text, toks, c, mineralTok, lineInfo(text, starts, c.start, lines), ctx.lang)) return;
    c.accepted = true;
  };
  for (let i = 1; i < candidates.length; i++) listItem(candidates[i]!, candidates[i - 1]);
  for (let i = candidates.length - 2; i >= 0; i--) listItem(candidates[i]!, candidates[i + 1]);

  const byId = new Map<string, Span[]>();
  for (const c of candidates) {
    if (!c.accepted) continue;
    for (const id of c.value.ids) {
      const spans = byId.get(id) ?? [];
      spans.push(makeSpan(text, c.start, c.end, c.value.rule));
      byId.set(id, spans);
    }
  }
  return [...byId.keys()].sort().map(id => {
    const info = MINERAL_INFO.get(id)!;
    return { id, name: info.name, symbol: info.symbol, mentions: byId.get(id)! };
  });
}

/** Index of the token that starts at `pos` (binary search; tokens are sorted). */
function tokenAt(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The language whose context words apply: that of the list the surface came from. */
function langOf(rule: string, fallback: Lang): Lang {
  return rule.startsWith('es.') ? 'es' : rule.startsWith('en.') ? 'en' : fallback;
}
