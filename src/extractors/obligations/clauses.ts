// Clause logic for obligations. Per sentence:
// 1. Skip headings (a line with no final punctuation that is not the text's last line: headlines
//    and sub-heads repeat body clauses), commentary ("hay que …", "analysts said …").
// 2. Find the triggers of the sentence's language (a sentence of the other language in a mixed
//    text uses that language's triggers); overlapping triggers: higher kind priority, then longer.
// 3. Validate each trigger in its local context: a scope verb needs the instrument (or a part of it,
//    or an unsaid subject) as subject, and no reporter ("X says the deal provides"); a purpose
//    marker needs an instrument before it that is signed/announced, is the subject, or is right
//    before it ("an agreement to …", "MdE para …"); inside a quotation only a party speaking as
//    "we" states an obligation, and never an exhortation ("debemos"); a reason after ", as" /
//    ", ya que" is background. A trigger inside a relative clause ("instruments that will
//    contribute") does not start a clause of its own, unless it states a duty or a possibility
//    ("que deberá presentar", "which may be extended") or the scope of a signed instrument
//    ("firmaron un memorando …, que abarca …"); it stands for the sentence when nothing else does
//    and the relative describes an instrument or "we" speak.
// 4. Cut the sentence into clauses: at ";" (a part without a trigger continues the list of the
//    clause before it: "A list under one trigger is one obligation", ruling 5), at strong
//    boundaries (", rather,", ", sino que", ", while", "under which", ": "), and at "and"/"y"
//    when a new subject or a new modality follows. A parenthesis holding a trigger is a clause.
// 5. The clause's modality is that of its strongest trigger (types.ts, TriggerKind); its text is
//    the clause without leading connectors ("Asimismo,", "Likewise,"), a dateline, or a trailing
//    attribution (", the agreement read").
import { foldSameLength } from '../../core/text.ts';
import type { Lang } from '../../schema/record.ts';
import type { DocContext, Sentence } from '../../pipeline/context.ts';
import { lowerBound, within } from '../../core/span.ts';
import {
  SETS,
  anyWithin,
  containing,
  firstTokens,
  lastTokens,
  lastWithin,
  tokensIn,
  triggersFor,
  type DocMarks,
  type LangSets,
  type Range,
  type Trigger,
} from './marks.ts';
import type { TriggerKind } from './types.ts';

export interface Clause extends Range {
  trigger: Trigger;
  lang: Lang;
}

/** The sentences, with a sentence wrongly cut after a company suffix ("Ganfeng Lithium Co. Ltd") joined again. */
export function sentencesOf(ctx: DocContext): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ctx.sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /(?:^|\s)(?:Co|Inc|Corp|Ltd|Cía|Cia|S\.A)\.$/u.test(ctx.text.slice(Math.max(prev.start, prev.end - 8), prev.end)) &&
      !ctx.text.slice(prev.end, s.start).includes('\n')
    ) {
      out[out.length - 1] = { start: prev.start, end: s.end };
    } else out.push({ ...s });
  }
  return out;
}

/** A whole line with no final punctuation, short, and not the text's last line: a headline or sub-head. */
export function isHeading(marks: DocMarks, s: Sentence): boolean {
  const { text } = marks.ctx;
  // The sentence is the whole line: only blanks between it and the line breaks around it.
  let i = s.start;
  while (i > 0 && text[i - 1] !== '\n' && /\s/u.test(text[i - 1]!)) i--;
  if (i > 0 && text[i - 1] !== '\n') return false;
  let j = s.end;
  while (j < text.length && text[j] !== '\n' && /\s/u.test(text[j]!)) j++;
  if (j < text.length && text[j] !== '\n') return false;
  const line = text.slice(s.start, s.end);
  if (/[.!?:;…]["'”’»)\]]*$/u.test(line)) return false;
  // A line that holds a full stop inside, or runs long, is body text cut short, not a heading.
  if (/[.!?]\s/u.test(line) || (line.match(/[\p{L}\p{N}]+/gu) ?? []).length > 25) return false;
  return s.start < marks.lastLineStart;
}

/** The language of a sentence in a mixed text: the document's unless its function words say otherwise. */
function sentenceLang(marks: DocMarks, s: Sentence): Lang {
  const lang = marks.ctx.lang;
  const other: Lang = lang === 'en' ? 'es' : 'en';
  let own = 0;
  let foreign = 0;
  for (const t of tokensIn(marks, s.start, s.end)) {
    if (SETS[lang].stopwords.has(t.key)) own++;
    if (SETS[other].stopwords.has(t.key)) foreign++;
  }
  return foreign >= 3 && foreign > 2 * own ? other : lang;
}

/** Does "we" speak in [from, to)? ("we", "nosotros", a verb in "-amos"/"-emos"; not "our", "us", "nos"). Looks at 80 words at most. */
function firstPersonPlural(marks: DocMarks, from: number, to: number, sets: LangSets): boolean {
  return firstTokens(marks, from, to, 80).some(t => {
    // Lower case, or capitalized at most ("US" is a country).
    if (t.raw.length > 1 && t.raw.slice(1) !== t.raw.slice(1).toLowerCase()) return false;
    if (sets.fpp.has(t.key)) return true;
    if (sets.fppExcluded.has(t.key) || t.key.length < 5) return false;
    return sets.words.firstPersonPluralSuffixes.some(suf => t.key.endsWith(suf));
  });
}

/** "Analysts said …", "Analistas del sector señalaron …": a commentator with a reporting verb close by. */
function commentatorSpeaks(marks: DocMarks, s: Sentence, sets: LangSets): boolean {
  const toks = tokensIn(marks, s.start, s.end);
  return toks.some((t, i) => {
    if (!sets.commentators.has(t.key)) return false;
    const after = toks[Math.min(i + 5, toks.length - 1)]!;
    return anyWithin(marks.reports, t.end, after.end) || anyWithin(marks.reports, Math.max(s.start, t.start - 12), t.start);
  });
}

/**
 * Relative clause: a relative word right before the trigger, across "se", "no", "also" …; returns
 * where the relative word starts, or -1. "that"/"que" right after a reporting verb ("informó que
 * tiene previsto") is a complementizer, not a relative.
 */
function relativeStart(marks: DocMarks, t: Trigger, sets: LangSets): number {
  const before = lastTokens(marks, Math.max(0, t.start - 60), t.start, 4);
  for (let i = before.length - 1; i >= 0; i--) {
    const k = before[i]!;
    const gapEnd = i === before.length - 1 ? t.start : before[i + 1]!.start;
    if (/[.;:!?()"“”]/u.test(marks.ctx.text.slice(k.end, gapEnd))) return -1;
    if (sets.relatives.has(k.key)) {
      const prev = before[i - 1];
      if (prev && containing(marks.reports, prev.start, prev.end)) return -1;
      return k.start;
    }
    if (!sets.relativeGap.has(k.key)) return -1;
  }
  return -1;
}

/** Strips leading connectors and punctuation from [from, to). */
function stripLeading(marks: DocMarks, from: number, to: number, sets: LangSets): number {
  const { text, folded } = marks.ctx;
  let start = from;
  for (let round = 0; round < 6; round++) {
    while (start < to && /[\s,;:.“”"«»'‘’—–\-]/u.test(text[start]!)) start++;
    sets.connectors.lastIndex = start;
    const m = sets.connectors.exec(folded);
    if (!m || m[0].length === 0 || start + m[0].length > to) break;
    start += m[0].length;
  }
  return start;
}

/** Scope verbs need the instrument (or a part of it, or no stated subject) as subject. */
function scopeSubjectOk(marks: DocMarks, from: number, t: Trigger, sets: LangSets): boolean {
  const start = stripLeading(marks, from, t.start, sets);
  if (anyWithin(marks.reports, start, t.start)) return false;
  // The instrument heads the clause, or stands right before the verb ("Key commitments in the
  // Agreement include"), not somewhere in a longer subject ("… that a project of that size requires").
  const head = firstTokens(marks, start, t.start, 7);
  const near = lastTokens(marks, start, t.start, 6);
  const isInstrument = (toks: readonly Range[]): boolean =>
    toks.length > 0 && within(marks.instruments, toks[0]!.start, toks[toks.length - 1]!.end).some(i => i.tag !== 'none');
  if (isInstrument(head.slice(0, 6)) || isInstrument(near)) return true;
  // No stated subject ("En ese sentido, establece …", "it establishes …").
  if (head.length > 4) return false;
  return head.every(k => sets.adverbs.has(k.key) || sets.pronouns.has(k.key) || sets.relatives.has(k.key));
}

/** Purpose markers need an instrument before them that is signed, the subject, or right before. */
function purposeOk(marks: DocMarks, from: number, t: Trigger, sets: LangSets): boolean {
  const start = stripLeading(marks, from, t.start, sets);
  const last = lastWithin(marks.instrumentsOnly, start, t.start);
  if (!last) return false;
  if (anyWithin(marks.signs, start, t.start)) return true;
  // The instrument is the subject: it starts within the clause's first six words.
  const head = firstTokens(marks, start, t.start, 6);
  if (head.length > 0 && within(marks.instruments, head[0]!.start, head[head.length - 1]!.end).some(i => i.tag === 'instrument')) return true;
  // Right before the marker ("an agreement to", "un MdE para"), introduced by a determiner.
  if (firstTokens(marks, last.end, t.start, 4).length > 3) return false;
  return lastTokens(marks, start, last.start, 4).some(k => sets.determiners.has(k.key) || /^\d/u.test(k.key));
}

/** "The offtake agreement will support …": an instrument's effect, not an act. */
function instrumentEffect(marks: DocMarks, from: number, t: Trigger, sets: LangSets): boolean {
  if (sets.instrumentEffect.size === 0 || !marks.ctx.text.startsWith('will', t.start)) return false;
  const start = stripLeading(marks, from, t.start, sets);
  const subject = firstTokens(marks, start, t.start, 6);
  if (subject.length === 0 || subject.length > 5 || !anyWithin(marks.instruments, start, t.start)) return false;
  const next = firstTokens(marks, t.end, t.end + 40, 3).map(k => k.key);
  const words = next[0] !== undefined && sets.adverbs.has(next[0]) ? next.slice(1) : next;
  return words.length > 0 && (sets.instrumentEffect.has(words[0]!) || sets.instrumentEffect.has(`${words[0]} ${words[1] ?? ''}`));
}

/** Boundaries inside [from, to), found in the folded text, sorted. */
function boundaries(marks: DocMarks, from: number, to: number, list: readonly string[]): Range[] {
  const hay = marks.ctx.folded.slice(from, to);
  const out: Range[] = [];
  for (const b of list) {
    let i = hay.indexOf(b);
    while (i >= 0) {
      out.push({ start: from + i, end: from + i + b.length });
      i = hay.indexOf(b, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Resolves overlapping triggers (sorted by start): within each run of overlapping matches, higher
 * priority, then the longer match, then the earlier wins.
 */
function resolve(list: readonly Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  const settle = (cluster: Trigger[]): void => {
    if (cluster.length === 1) {
      out.push(cluster[0]!);
      return;
    }
    const kept: Trigger[] = [];
    const order = [...cluster].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const t of order) if (kept.every(k => t.end <= k.start || t.start >= k.end)) kept.push(t);
    out.push(...kept.sort((a, b) => a.start - b.start));
  };
  let cluster: Trigger[] = [];
  let clusterEnd = -1;
  for (const t of list) {
    if (cluster.length > 0 && t.start >= clusterEnd) {
      settle(cluster);
      cluster = [];
    }
    cluster.push(t);
    clusterEnd = Math.max(clusterEnd, t.end);
  }
  if (cluster.length > 0) settle(cluster);
  return out;
}

/** The strongest trigger of a clause: kind priority, then the earliest. */
export function strongest(list: readonly Trigger[]): Trigger {
  let best = list[0]!;
  for (const t of list) if (t.priority > best.priority || (t.priority === best.priority && t.start < best.start)) best = t;
  return best;
}

/** Possibilities and rights ("which may be extended", "que podrá"): a clause of their own even in a relative. */
const POSSIBILITY_RULES = /\.obligation\.(?:may|podra)$/u;

/** Kinds whose relative clause may stand as the only trigger of a sentence ("… que permitirá …"). */
const FALLBACK_KINDS: ReadonlySet<TriggerKind> = new Set(['modal', 'future', 'conditional']);

/** Is there an instrument among the `n` tokens before `pos`? */
function instrumentBefore(marks: DocMarks, pos: number, n: number): boolean {
  const toks = lastTokens(marks, Math.max(0, pos - 300), pos, n);
  if (toks.length === 0) return false;
  return within(marks.instruments, toks[0]!.start, pos).some(i => i.tag === 'instrument');
}

/** A cut in a segment: where a clause may start, and whether what follows is background. */
interface Cut extends Range {
  background: boolean;
}

/** Clauses of one part of a sentence (a ";"-segment or a parenthesis). */
function clausesOfSegment(marks: DocMarks, seg: Range, segTrigs: readonly Trigger[], sets: LangSets, lang: Lang): Clause[] {
  const strong = boundaries(marks, seg.start, seg.end, sets.strong);
  const coord = boundaries(marks, seg.start, seg.end, sets.coordinating);
  const trigs = segTrigs.map(t => ({ ...t }));
  const hasMain = trigs.some(t => !t.relative);
  for (const t of trigs) {
    if (!t.relative) continue;
    // A part that starts with its relative word ("(which may be extended …)") is that clause.
    if (t.relStart <= seg.start) {
      t.relative = false;
      continue;
    }
    // A relative with a duty or a possibility of its own ("que deberá presentar") is a clause from
    // its relative word; so is the scope of an instrument the sentence reports as signed.
    const duty = t.kind === 'modal' && (t.modality === 'binding' || POSSIBILITY_RULES.test(t.rule));
    const scope = t.kind === 'scope' && instrumentBefore(marks, t.relStart, 10) && anyWithin(marks.signs, seg.start, t.relStart);
    if (duty || (scope && hasMain)) {
      strong.push({ start: t.relStart, end: t.relStart });
      t.relative = false;
    } else if (scope) t.kind = 'modal';
  }
  const cuts: Cut[] = [
    ...strong.map(b => ({ ...b, background: false })),
    ...boundaries(marks, seg.start, seg.end, sets.background).map(b => ({ ...b, background: true })),
  ].sort((a, b) => a.end - b.end || a.start - b.start);
  const cutEnds = cuts.map(c => ({ start: c.end, end: c.end }));
  /** The last cut ending at or before `pos`. */
  const cutBefore = (pos: number): Cut | undefined => cuts[lowerBound(cutEnds, pos + 1) - 1];
  const localStart = (t: Trigger): number => cutBefore(t.start)?.end ?? seg.start;
  const localEnd = (t: Trigger): number => {
    const c = cuts[lowerBound(cutEnds, t.end)];
    return c && c.start >= t.end ? c.start : seg.end;
  };

  const valid: Trigger[] = [];
  for (const t of trigs) {
    // A reason or background after ", as" / ", ya que" states no obligation.
    if (cutBefore(t.start)?.background) continue;
    const from = localStart(t);
    if (t.kind === 'scope' && !scopeSubjectOk(marks, from, t, sets)) continue;
    if (t.kind === 'purpose' && !purposeOk(marks, from, t, sets)) continue;
    if (instrumentEffect(marks, from, t, sets)) continue;
    // Inside a quotation only "we" speaking states an obligation, and never an exhortation.
    const q = containing(marks.speech, t.start, t.end);
    if (q) {
      if (sets.quotedExcluded.has(foldSameLength(marks.ctx.text.slice(t.start, t.end)))) continue;
      if (!firstPersonPlural(marks, Math.max(q.start, from), Math.min(q.end, localEnd(t)), sets)) continue;
    }
    valid.push(t);
  }
  let main = valid.filter(t => !t.relative);
  if (main.length === 0) {
    // A sentence whose only trigger is in a relative clause: it counts when the clause describes
    // an instrument ("una asociación innovadora que permitirá …") or "we" speak ("the Fund that will …").
    const fallback = valid.find(
      t => FALLBACK_KINDS.has(t.kind) && (instrumentBefore(marks, t.relStart, 10) || firstPersonPlural(marks, seg.start, seg.end, sets)),
    );
    if (fallback) main = [fallback];
  }
  if (main.length === 0) return [];

  const groups: { start: number; best: Trigger; lastEnd: number; end: number }[] = [];
  let cur = { start: localStart(main[0]!), best: main[0]!, lastEnd: main[0]!.end, end: seg.end };
  for (const t of main.slice(1)) {
    const lastEnd = cur.lastEnd;
    const between = (list: readonly Range[]): Range | undefined => lastWithin(list, lastEnd, t.start);
    let cut: Range | undefined = between(strong);
    // A purpose marker never heads a coordinated clause of its own ("to deepen …, and co-fund …");
    // "and"/"y" cut before a new subject or a new modality.
    if (!cut && t.kind !== 'purpose') {
      const best = cur.best;
      for (let i = lowerBound(coord, t.start) - 1; i >= 0 && coord[i]!.start >= lastEnd; i--) {
        const b = coord[i]!;
        if (b.end > t.start) continue;
        const words = firstTokens(marks, b.end, t.start, 12);
        if (best.modality !== t.modality || (words.length > 0 && !words.every(k => sets.adverbs.has(k.key) || k.key === 'se'))) {
          cut = b;
          break;
        }
      }
    }
    if (cut) {
      cur.end = cut.start;
      groups.push(cur);
      cur = { start: cut.end, best: t, lastEnd: t.end, end: seg.end };
    } else {
      cur.best = strongest([cur.best, t]);
      cur.lastEnd = t.end;
    }
  }
  groups.push(cur);
  return groups.map(g => ({ start: g.start, end: g.end, trigger: g.best, lang }));
}

/** All clauses of one sentence, in text order. */
export function clausesOfSentence(marks: DocMarks, s: Sentence): Clause[] {
  const { text } = marks.ctx;
  if (isHeading(marks, s)) return [];
  if (anyWithin(marks.commentary, s.start, s.end)) return [];
  const lang = sentenceLang(marks, s);
  const sets = SETS[lang];
  const all = triggersFor(marks, lang);
  const inSentence: Trigger[] = [];
  for (let i = lowerBound(all, s.start); i < all.length && all[i]!.start < s.end; i++) if (all[i]!.end <= s.end) inSentence.push(all[i]!);
  if (inSentence.length === 0) return [];
  if (commentatorSpeaks(marks, s, sets)) return [];
  const trigs = resolve(inSentence);
  for (const t of trigs) {
    t.relStart = relativeStart(marks, t, sets);
    t.relative = t.relStart >= 0;
  }

  // Parentheses that hold a trigger are clauses of their own.
  const parens: Range[] = [];
  const re = /\(([^()\n]*)\)/gu;
  const body = text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const r = { start: s.start + m.index + 1, end: s.start + m.index + m[0].length - 1 };
    if (anyWithin(trigs, r.start, r.end)) parens.push(r);
  }
  const out: Clause[] = [];
  for (const p of parens) out.push(...clausesOfSegment(marks, p, within(trigs, p.start, p.end), sets, lang));
  const outside = trigs.filter(t => !containing(parens, t.start, t.end));

  // ";" segments; a segment without a trigger continues the list of the clause before it.
  const segs: Range[] = [];
  let from = s.start;
  let p = 0;
  // Searched within the sentence only (from each sentence to the end of a long text without a
  // ";" was quadratic).
  const sentence = text.slice(s.start, s.end);
  for (let k = sentence.indexOf(';'); k >= 0; k = sentence.indexOf(';', k + 1)) {
    const i = s.start + k;
    while (p < parens.length && parens[p]!.end < i) p++;
    if (p < parens.length && parens[p]!.start <= i) continue;
    segs.push({ start: from, end: i });
    from = i + 1;
  }
  segs.push({ start: from, end: s.end });
  let last: Clause | null = null;
  for (const seg of segs) {
    const clauses = clausesOfSegment(marks, seg, within(outside, seg.start, seg.end), sets, lang);
    if (clauses.length === 0) {
      if (last) last.end = seg.end;
      continue;
    }
    out.push(...clauses);
    last = clauses[clauses.length - 1]!;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A dateline before the first clause: "MOSCOW (Sputnik) - ", "Lima, 4 mar (EFE).- ", "La Paz, 12 de agosto de 2025.- ". */
const DATELINES = [/^[^.\n()]{0,60}?\(\p{Lu}[\p{L} .]{1,24}\)\s*\.?\s*[-–—]+\s*/u, /^\p{Lu}[^.\n]{0,60}?\d{4}\s*\.\s*[-–—]+\s*/u];
const EDGE_PUNCT = /[\s,;:.“”"«»'‘’—–\-]/u;

/** The clause's final text range: connectors, dateline and trailing attribution removed; null when nothing is left. */
export function trimClause(marks: DocMarks, c: Clause): Range | null {
  const { text } = marks.ctx;
  const sets = SETS[c.lang];
  let start = c.start;
  for (const re of DATELINES) {
    const d = re.exec(text.slice(start, Math.min(c.end, start + 120)));
    if (d && start + d[0].length <= c.trigger.start) start += d[0].length;
  }
  let end = c.end;
  // A party's words in a quotation: the clause ends where the quotation does.
  const q = containing(marks.speech, c.trigger.start, c.trigger.end);
  if (q) {
    start = Math.max(start, q.start);
    end = Math.min(end, q.end);
  }
  start = stripLeading(marks, start, c.trigger.start, sets);
  // Trailing attribution: ", the agreement read", ", Pascall said", ", destacó el Ejecutivo".
  const tailFrom = Math.max(c.trigger.end, end - 120);
  const tail = text.slice(tailFrom, end);
  const comma = tailFrom + tail.lastIndexOf(', ');
  if (comma >= tailFrom && tokensIn(marks, comma, end).length <= 8 && anyWithin(marks.reports, comma, end)) end = comma;
  // A link or handle after the last full stop ("… country. pic.twitter.com/…").
  const stop = tailFrom + text.slice(tailFrom, end).lastIndexOf('. ');
  if (stop >= tailFrom && /^\S+$/u.test(text.slice(stop + 2, end)) && /[/@]/u.test(text.slice(stop + 2, end))) end = stop;
  while (end > start && EDGE_PUNCT.test(text[end - 1]!)) end--;
  // An unmatched closing parenthesis at the end goes too.
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) end--;
  while (end > start && /[\s,;:.]/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  // Nothing after the trigger but punctuation ("The key terms include:") is no clause, unless the
  // trigger is the predicate itself ("the term sheet is non-binding").
  const predicate = c.trigger.kind === 'negation' || c.trigger.kind === 'condition';
  if (!predicate && (end <= c.trigger.end || !/[\p{L}\p{N}]/u.test(text.slice(c.trigger.end, end)))) return null;
  return { start, end };
}
