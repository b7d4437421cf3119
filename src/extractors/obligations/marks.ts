// What the clause logic reads about a document, computed once per document: tokens, marker
// phrases (instruments, signing and reporting verbs, commentary), quotations, triggers. Every list
// is sorted by position and queried by binary search, so that the work per clause stays bounded
// however long a sentence is (test/property/backtracking.test.ts feeds adversarial text).
import { docTokens, Lexicon, type Token } from '../../core/lexicon.ts';
import { escapeRegex, foldSameLength } from '../../core/text.ts';
import { lowerBound, within } from '../../core/span.ts';
import type { Lang, ModalityValue } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { anchorsOf, matchAnchored } from '../minerals/anchored.ts';
import { DATA, findTriggers } from './triggers.ts';
import type { ModalityWords, TriggerKind } from './types.ts';

export interface Range {
  start: number;
  end: number;
}

export type Tok = Token;

export interface Trigger extends Range {
  rule: string;
  modality: ModalityValue;
  kind: TriggerKind;
  priority: number;
  /** Inside a relative clause ("which may", "que permitirá"). */
  relative: boolean;
  /** Where the relative word starts, for a relative trigger; else -1. */
  relStart: number;
}

/** What a marker phrase is: an instrument, a part of one, a false instrument, a signing verb, a reporting verb, commentary. */
export type Tag = 'instrument' | 'document' | 'none' | 'sign' | 'report' | 'commentary';

const LANGS: readonly Lang[] = ['en', 'es'];
const both = (pick: (w: ModalityWords) => readonly string[]): string[] => LANGS.flatMap(l => pick(DATA[l].WORDS));
const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(w => foldSameLength(w)));

// Word lists of both languages in one phrase matcher (one pass over the text): instruments and
// verbs keep their meaning in quotations from the other language (a Spanish text citing an "MoU").
const MARKER_ENTRIES = (
  [
    ['instrument', w => w.instrumentNouns],
    ['document', w => w.documentNouns],
    ['none', w => w.notInstrumentNouns],
    ['sign', w => w.signVerbs],
    ['report', w => w.reportingVerbs],
    ['commentary', w => w.commentaryMarkers],
  ] as [Tag, (w: ModalityWords) => readonly string[]][]
).flatMap(([tag, pick]) => both(pick).map(surface => ({ surface, value: tag })));
const MARKERS = new Lexicon<Tag>(MARKER_ENTRIES);
const MARKER_ANCHORS = anchorsOf(MARKER_ENTRIES.map(e => e.surface));

/** A language's word lists as the clause logic uses them. */
export interface LangSets {
  words: ModalityWords;
  determiners: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  relativeGap: ReadonlySet<string>;
  fpp: ReadonlySet<string>;
  fppExcluded: ReadonlySet<string>;
  quotedExcluded: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  instrumentEffect: ReadonlySet<string>;
  commentators: ReadonlySet<string>;
  /** Leading connectors, as a sticky pattern over the folded text. */
  connectors: RegExp;
  strong: readonly string[];
  coordinating: readonly string[];
  background: readonly string[];
}

function langSets(lang: Lang): LangSets {
  const w = DATA[lang].WORDS;
  const connectors = w.leadingConnectors.map(c => foldSameLength(c)).sort((a, b) => b.length - a.length);
  return {
    words: w,
    determiners: foldedSet(w.determiners),
    adverbs: foldedSet(w.adverbs),
    pronouns: foldedSet(w.pronounSubjects),
    relatives: foldedSet(w.relativeWords),
    relativeGap: foldedSet(w.relativeGapWords),
    fpp: foldedSet(w.firstPersonPlural),
    fppExcluded: foldedSet(w.firstPersonPluralExcluded),
    quotedExcluded: foldedSet(w.quotedExcludedTriggers),
    stopwords: foldedSet(w.stopwords),
    instrumentEffect: foldedSet(w.instrumentEffectVerbs),
    commentators: foldedSet(w.commentators),
    connectors: new RegExp(`(?:${connectors.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])[\\s,]*`, 'uy'),
    strong: w.strongBoundaries.map(b => foldSameLength(b)),
    coordinating: w.coordinatingBoundaries.map(b => foldSameLength(b)),
    background: w.backgroundBoundaries.map(b => foldSameLength(b)),
  };
}

export const SETS: Record<Lang, LangSets> = { en: langSets('en'), es: langSets('es') };

/** Everything about the document the clause logic reads, computed once. */
export interface DocMarks {
  ctx: DocContext;
  toks: readonly Tok[];
  /** Instruments, parts of instruments and false instruments ("en el marco de"). */
  instruments: (Range & { tag: Tag })[];
  /** Instruments only. */
  instrumentsOnly: Range[];
  signs: Range[];
  reports: Range[];
  commentary: Range[];
  /** Quotations of six words or more (speech, not a quoted name). */
  speech: Range[];
  /** Where the text's last non-empty line starts (a cut-off last line is no heading). */
  lastLineStart: number;
  triggers: Partial<Record<Lang, Trigger[]>>;
}

function speechRanges(text: string, from: number): Range[] {
  const out: Range[] = [];
  const re = /["“”«»„\n]/gu;
  re.lastIndex = from;
  let open = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '\n') {
      if (open >= 0) out.push({ start: open, end: m.index });
      open = -1;
    } else if (open < 0) open = m.index;
    else {
      out.push({ start: open, end: m.index + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out.filter(r => countWords(text, r.start, r.end, 6) >= 6);
}

/** Counts the words in text[from, to), stopping at `max`. */
function countWords(text: string, from: number, to: number, max: number): number {
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = from;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < max && (m = re.exec(text)) !== null && m.index < to) n++;
  return n;
}

export function analyse(ctx: DocContext): DocMarks {
  const toks = docTokens(ctx.text, ctx.folded);
  const marks = matchAnchored(MARKERS, MARKER_ANCHORS, ctx.text, ctx.folded, toks);
  const tagged = (tag: Tag): Range[] => marks.filter(m => m.value === tag).map(m => ({ start: m.start, end: m.end }));
  let last = ctx.text.length;
  while (last > 0 && /\s/u.test(ctx.text[last - 1]!)) last--;
  const instruments = marks
    .filter(m => m.value === 'instrument' || m.value === 'document' || m.value === 'none')
    .map(m => ({ start: m.start, end: m.end, tag: m.value }));
  return {
    ctx,
    toks,
    instruments,
    instrumentsOnly: instruments.filter(i => i.tag === 'instrument'),
    signs: tagged('sign'),
    reports: tagged('report'),
    commentary: tagged('commentary'),
    speech: speechRanges(ctx.text, ctx.bodyStart),
    lastLineStart: ctx.text.lastIndexOf('\n', last - 1) + 1,
    triggers: {},
  };
}

/** The triggers of a language over the whole body, found once and kept. */
export function triggersFor(marks: DocMarks, lang: Lang): Trigger[] {
  const cached = marks.triggers[lang];
  if (cached) return cached;
  const out: Trigger[] = findTriggers(lang, marks.ctx, marks.ctx.folded, marks.ctx.bodyStart).map(h => ({
    start: h.start,
    end: h.end,
    rule: h.rule.id,
    modality: h.modality,
    kind: h.rule.kind,
    priority: h.rule.priority ?? 0,
    relative: false,
    relStart: -1,
  }));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  marks.triggers[lang] = out;
  return out;
}

// --- sorted-list queries -----------------------------------------------------------------------

/** Is some item inside [from, to)? */
export function anyWithin(list: readonly Range[], from: number, to: number): boolean {
  const i = lowerBound(list, from);
  return i < list.length && list[i]!.start < to && list[i]!.end <= to;
}

/** The last item inside [from, to), if any. */
export function lastWithin<T extends Range>(list: readonly T[], from: number, to: number): T | undefined {
  for (let i = lowerBound(list, to) - 1; i >= 0 && list[i]!.start >= from; i--) if (list[i]!.end <= to) return list[i];
  return undefined;
}

/** The item that contains [start, end), if any (items not nested). */
export function containing<T extends Range>(list: readonly T[], start: number, end: number): T | undefined {
  const i = lowerBound(list, start + 1) - 1;
  const r = list[i];
  return r && r.start <= start && end <= r.end ? r : undefined;
}

/** Tokens inside [from, to). */
export function tokensIn(marks: DocMarks, from: number, to: number): Tok[] {
  return within(marks.toks, from, to);
}

/** The first `n` tokens from `from` (before `to`). */
export function firstTokens(marks: DocMarks, from: number, to: number, n: number): Tok[] {
  const out: Tok[] = [];
  for (let i = lowerBound(marks.toks, from); i < marks.toks.length && out.length < n && marks.toks[i]!.end <= to; i++) out.push(marks.toks[i]!);
  return out;
}

/** The last `n` tokens before `to` (after `from`), in text order. */
export function lastTokens(marks: DocMarks, from: number, to: number, n: number): Tok[] {
  const out: Tok[] = [];
  for (let i = lowerBound(marks.toks, to) - 1; i >= 0 && out.length < n && marks.toks[i]!.start >= from; i--) {
    if (marks.toks[i]!.end <= to) out.push(marks.toks[i]!);
  }
  return out.reverse();
}

/** Does the document name an instrument at all? Without one nothing is "under an instrument". */
export function namesInstrument(marks: DocMarks): boolean {
  return marks.instruments.some(i => i.tag === 'instrument');
}
