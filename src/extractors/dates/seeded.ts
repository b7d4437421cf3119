// Running many pattern rules fast.
//
// Seeds: a rule runs only on the lines (paragraphs) that hold all of its seeds. A seed is a group
// of folded words, any of which must occur on the line as a token ("within"; a unit word; a month
// name; `prefix*` for a word start; `#` for a number; `#y` for a year 1900–2100). Seeds are an
// optimization only: they must accept every text the rule accepts (a test checks every valid
// example against its rule's seeds). A line is also the paragraph that the date and timeline rules
// read their context from (the year of a paragraph, the sentence of a forecast), so running per
// line changes no value.
//
// Patterns run in a fast form, compiled once per rule: over the folded text, without the `i` and
// `u` flags, with the Unicode classes \p{L}/\p{N} replaced by plain ranges (folded text has no
// capitals and no accents). Core `runRule` compiles its rule's pattern anew on every call, and the
// Unicode case-insensitive form of the large patterns here (number words, month names) costs up to
// ~0.3 ms to compile and runs several times slower. The match handed to a rule's extract step is
// rebuilt on the ORIGINAL text (same offsets, groups from the match indices), so a rule sees
// exactly what it would have seen: capitals, accents and all. `runRulesFast` keeps the contract of
// core `runRules` (same values, same overlap removal). A test checks that the fast form finds the
// same matches as the declared pattern on every example.
import type { PatternRule, RuleContext, RuleMatch } from '../../core/rules.ts';
import { foldSameLength } from '../../core/text.ts';
import type { DocContext } from '../../pipeline/context.ts';

/** Letters of folded text: ASCII lower case and every non-ASCII letter block, not punctuation. */
const LETTER = 'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2070-\\u2bff\\u2e80-\\uffff';
const DIGIT = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';

/** Folds the non-ASCII literals of a pattern ("año" → "ano") as the text is folded; ASCII stays. */
function foldNonAscii(source: string): string {
  return source.replace(/[^\x00-\x7f]/g, ch => foldSameLength(ch));
}

const CLASS_BODY: Record<string, string> = { L: LETTER, Ll: LETTER, N: DIGIT };

/** The fast form of a pattern source (see above). Throws if the source needs `\p{Lu}` (capitals). */
export function fastSource(source: string): string {
  if (/\\p\{Lu\}/.test(source)) throw new Error('a pattern that tells capitals apart cannot run on folded text');
  const src = foldNonAscii(source);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const m = /^\\p\{(L|Ll|N)\}/.exec(src.slice(i));
      if (m) {
        const body = CLASS_BODY[m[1]!]!;
        out += inClass ? body : `[${body}]`;
        i += m[0].length - 1;
      } else {
        out += src.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** A compiled pattern, and whether it runs on the folded text (fast form) or the original. */
interface Compiled {
  re: RegExp;
  folded: boolean;
}

const COMPILED = new WeakMap<PatternRule<unknown>, Compiled>();

function compiled(rule: PatternRule<unknown>): Compiled {
  let c = COMPILED.get(rule);
  if (c === undefined) {
    if (!rule.pattern.global) throw new Error(`rule ${rule.id}: pattern needs the g flag`);
    // A pattern that tells capitals apart (\p{Lu}) keeps its declared form, on the original text.
    c = /\\p\{Lu\}/.test(rule.pattern.source)
      ? { re: new RegExp(rule.pattern.source, rule.pattern.flags), folded: false }
      : { re: new RegExp(fastSource(rule.pattern.source), 'gd' + (rule.pattern.flags.includes('m') ? 'm' : '')), folded: true };
    COMPILED.set(rule, c);
  }
  return c;
}

type Indices = [number, number] | undefined;

/** The match as it reads on the original text (same offsets as on the folded text). */
function onOriginal(m: RegExpExecArray, text: string): RegExpExecArray {
  const indices = m.indices!;
  const slice = (ix: Indices): string | undefined => (ix === undefined ? undefined : text.slice(ix[0], ix[1]));
  const view = Array.from({ length: m.length }, (_, i) => slice(indices[i])) as unknown as RegExpExecArray;
  view.index = m.index;
  view.input = text;
  if (indices.groups) {
    const groups: Record<string, string | undefined> = {};
    for (const [name, ix] of Object.entries(indices.groups)) groups[name] = slice(ix as Indices);
    view.groups = groups as Record<string, string>;
  }
  return view;
}

function isRuleResult<V>(r: unknown): r is { value: V; start?: number; end?: number } {
  return typeof r === 'object' && r !== null && 'value' in r && Object.keys(r).every(k => k === 'value' || k === 'start' || k === 'end');
}

/** Core `runRule` in the fast form: `folded` must be foldSameLength(text). */
export function runRuleFast<V>(rule: PatternRule<V>, ctx: RuleContext, text: string, folded: string, offset = 0): RuleMatch<V>[] {
  const { re, folded: onFolded } = compiled(rule as PatternRule<unknown>);
  re.lastIndex = 0;
  const out: RuleMatch<V>[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(onFolded ? folded : text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const at = re.lastIndex;
    const r = rule.extract(onFolded ? onOriginal(m, text) : m, ctx);
    re.lastIndex = at; // an extract step may run this rule again on another text
    if (r === null) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    let value: V;
    if (isRuleResult<V>(r)) {
      value = r.value;
      start = r.start ?? start;
      end = r.end ?? end;
    } else {
      value = r;
    }
    out.push({ value, start: start + offset, end: end + offset, rule: rule.id });
  }
  return out;
}

/** foldSameLength, with a shortcut for ASCII text (lower case is then the whole fold). */
export function quickFold(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : foldSameLength(text);
}

/** Core `runRules` (priority, then the longer match, then rule order) in the fast form. */
export function runRulesFast<V>(rules: readonly PatternRule<V>[], ctx: RuleContext, text: string, folded = quickFold(text), offset = 0): RuleMatch<V>[] {
  const all: { m: RuleMatch<V>; prio: number; order: number }[] = [];
  rules.forEach((rule, order) => {
    for (const m of runRuleFast(rule, ctx, text, folded, offset)) all.push({ m, prio: rule.priority ?? 0, order });
  });
  all.sort((a, b) => b.prio - a.prio || b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order || a.m.start - b.m.start);
  const kept: RuleMatch<V>[] = [];
  // The characters a kept match covers (1): testing a match against every kept one made a long
  // line with many matches quadratic.
  const cover = new Uint8Array(text.length);
  // Once a kept match is empty or reaches outside the line (an extract step moved it), the
  // characters no longer tell every overlap: from then on each match is tested against all.
  let exact = true;
  for (const { m } of all) {
    const s = m.start - offset;
    const e = m.end - offset;
    const inLine = s >= 0 && e <= text.length && s < e;
    if (exact && inLine ? covered(cover, s, e) : kept.some(k => !(m.end <= k.start || m.start >= k.end))) continue;
    kept.push(m);
    if (inLine) cover.fill(1, s, e);
    else exact = false;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function covered(cover: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (cover[i] !== 0) return true;
  return false;
}

/** For each rule id, its seeds: groups of folded words, one of each group must be on the line. */
export type Seeds = Readonly<Record<string, readonly (readonly string[])[]>>;

/** The lines of a document and, for each folded word, the lines where it occurs. */
interface Index {
  lines: [number, number][];
  /** Word → indices of the lines holding it; `#` for numbers, `#y` for years 1900–2100. */
  where: Map<string, number[]>;
  /** Cache of prefix seeds (`prorrog*`) → line indices. */
  prefixes: Map<string, number[]>;
}

const TOKEN = /[a-z0-9]+|\n/g;
const YEAR_TOKEN = /^(?:19\d\d|20\d\d|2100)$/;

function note(where: Map<string, number[]>, key: string, line: number): void {
  const list = where.get(key);
  if (list === undefined) where.set(key, [line]);
  else if (list[list.length - 1] !== line) list.push(line);
}

function buildIndex(text: string, folded: string): Index {
  const lines: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push([start, end]);
    if (nl < 0) break;
    start = nl + 1;
  }
  const where = new Map<string, number[]>();
  let line = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(folded)) !== null) {
    const t = m[0];
    if (t === '\n') {
      line++;
      continue;
    }
    note(where, t, line);
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      note(where, '#', line);
      if (t.length === 4 && YEAR_TOKEN.test(t)) note(where, '#y', line);
    }
  }
  return { lines, where, prefixes: new Map() };
}

const INDEXES = new WeakMap<DocContext, Index>();

function indexOf(ctx: DocContext): Index {
  let ix = INDEXES.get(ctx);
  if (ix === undefined || ix.lines[ix.lines.length - 1]![1] !== ctx.text.length) {
    ix = buildIndex(ctx.text, ctx.folded);
    INDEXES.set(ctx, ix);
  }
  return ix;
}

function linesOfWord(ix: Index, w: string): readonly number[] {
  if (!w.endsWith('*')) return ix.where.get(w) ?? [];
  let list = ix.prefixes.get(w);
  if (list === undefined) {
    const prefix = w.slice(0, -1);
    const set = new Set<number>();
    for (const [t, ls] of ix.where) if (t.startsWith(prefix)) for (const l of ls) set.add(l);
    list = [...set];
    ix.prefixes.set(w, list);
  }
  return list;
}

/** Lines holding every seed group of a rule (one word of each group), or null for all lines. */
function candidateLines(ix: Index, groups: readonly (readonly string[])[] | undefined): Set<number> | null {
  if (groups === undefined || groups.length === 0) return null;
  let result: Set<number> | null = null;
  for (const group of groups) {
    const here = new Set<number>();
    for (const w of group) for (const l of linesOfWord(ix, w)) if (result === null || result.has(l)) here.add(l);
    result = here;
    if (result.size === 0) break;
  }
  return result;
}

/** Runs the rules line by line, each rule only on the lines that hold its seeds. */
export function runSeeded<V>(rules: readonly PatternRule<V>[], seeds: Seeds, ctx: DocContext): RuleMatch<V>[] {
  const ix = indexOf(ctx);
  const perLine = new Map<number, PatternRule<V>[]>();
  for (const rule of rules) {
    const lines = candidateLines(ix, seeds[rule.id]);
    for (const l of lines ?? ix.lines.keys()) {
      const list = perLine.get(l);
      if (list === undefined) perLine.set(l, [rule]);
      else list.push(rule);
    }
  }
  const out: RuleMatch<V>[] = [];
  for (const l of [...perLine.keys()].sort((a, b) => a - b)) {
    const [s, e] = ix.lines[l]!;
    if (e === s) continue;
    out.push(...runRulesFast(perLine.get(l)!, ctx, ctx.text.slice(s, e), ctx.folded.slice(s, e), s));
  }
  return out;
}

/** Whether a text (folded) holds all the seeds of a rule; for the tests of the seeds. */
export function seedsAccept(seeds: Seeds, ruleId: string, text: string): boolean {
  const flat = text.replace(/\n/g, ' ');
  const lines = candidateLines(buildIndex(flat, quickFold(flat)), seeds[ruleId]);
  return lines === null || lines.has(0);
}
