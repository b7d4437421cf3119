// The text the extractors read, made from the decoded text. First, at the same length and
// offsets: Unicode spaces (no-break, thin, ideographic …) become spaces, and the line breaks that
// only wrap a paragraph (an e-mail or a PDF copy at 72 columns; in Markdown, every break inside a
// paragraph) become spaces, so that a sentence is not cut at every line. Then `compact` makes it
// shorter: a word hyphenated across lines is joined, line-break hints (soft hyphens, zero-width
// spaces) that sit inside words go, accents written as a letter plus a combining mark (NFD) are
// composed, runs of blanks and indentation shrink to one space or none, and Markdown's markup
// goes; it keeps, for every character it writes, the range of decoded text it came from. Spans
// are found in the reading text and reported in the decoded text (extract.ts maps them back).

const UNICODE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

// A hard-wrapped text fills its lines to a width: narrower lines are too short to be prose, wider
// ones are paragraphs that were never wrapped.
const MIN_WIDTH = 40;
const MAX_WIDTH = 140;
/** At least this many line breaks inside paragraphs before a text counts as wrapped. */
const MIN_INNER_BREAKS = 3;
/** Share of lines inside paragraphs that reach FULL of the width in a wrapped text. */
const FULL_SHARE = 0.6;
const FULL = 0.7;

// A line that starts a list item, a quotation, a table row or a heading keeps its break.
const BLOCK_START = /^\s*(?:[-*+•·▪–—](?=\s)|[>|#]|\d{1,3}[.)]\s|\(?[a-z][.)]\s)/;

interface Line {
  start: number;
  /** End without trailing blanks (the break is at `brk`). */
  end: number;
  /** Offset of the line's "\n", or -1 for the last line. */
  brk: number;
  /** Nothing but blanks. */
  blank: boolean;
}

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= text.length) {
    const brk = text.indexOf('\n', start);
    let end = brk < 0 ? text.length : brk;
    while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    out.push({ start, end, brk, blank: !/\S/.test(text.slice(start, end)) });
    if (brk < 0) break;
    start = brk + 1;
  }
  return out;
}

/** Length of the first word of a line (after its indent). */
function firstWordLength(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && /\s/.test(text[i]!)) i++;
  let j = i;
  while (j < line.end && !/\s/.test(text[j]!)) j++;
  return j - i;
}

/**
 * Offsets of the line breaks in text[from …) that only wrap a paragraph, in order. The text must
 * look hard-wrapped as a whole: most lines inside its paragraphs come close to one width of 40 to
 * 140 characters. Then a break is a wrap when the next line's first word would not have fitted
 * on the line, and the next line starts no list item, quotation or heading. A paragraph's last
 * line (short) and a headline keep their breaks. In Markdown, see markdownBreaks.
 */
export function wrapBreaks(text: string, from = 0, markdown = false): number[] {
  return wrapPlan(text, from, markdown).blank;
}

/**
 * What unwrapping changes: `blank`, the wrapping breaks (wrapBreaks); `drop`, the hyphens and
 * breaks of words split across lines ("coope-\nration" reads "cooperation"; "Export-\nImport" and
 * a compound the text also writes whole on one line, "state-owned", keep their hyphen).
 */
export function wrapPlan(text: string, from = 0, markdown = false): { blank: number[]; drop: number[] } {
  const none = { blank: [], drop: [] };
  const lines = linesOf(text, from);
  const len = (l: Line): number => l.end - l.start;
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (!lines[i]!.blank && !lines[i + 1]!.blank) inner.push(i);
  if (markdown) return { blank: markdownBreaks(text, lines, inner), drop: [] };
  if (inner.length < MIN_INNER_BREAKS) return none;
  // The width: the longest line inside a paragraph (a headline or a link on its own line may be
  // longer), leaving out a few longer ones (a table row).
  let width = 0;
  let wider = 0;
  for (const i of inner) {
    const n = len(lines[i]!);
    if (n > MAX_WIDTH) wider++;
    else width = Math.max(width, n);
  }
  if (width < MIN_WIDTH || wider > 0.1 * inner.length) return none;
  const full = inner.filter(i => len(lines[i]!) >= FULL * width).length;
  if (full < FULL_SHARE * inner.length) return none;
  const out = { blank: [] as number[], drop: [] as number[] };
  const compounds = { set: null };
  for (const i of inner) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const split = len(line) >= FULL * width ? splitWord(text, line, next, compounds) : null;
    if (split) {
      if (split.dropHyphen) out.drop.push(line.end - 1);
      out.drop.push(line.brk);
      continue;
    }
    if (len(line) + 1 + firstWordLength(text, next) <= width) continue;
    if (startsBlock(text, line, next)) continue;
    out.blank.push(line.brk);
  }
  return out;
}

const LEFT_PIECE = /\p{L}+-$/u;
const RIGHT_PIECE = /^[ \t]*(\p{L}+)/u;

const COMPOUND = /\p{L}+-\p{L}+/gu;

/**
 * A word hyphenated across the end of a full line: is it, and does the hyphen go? `compounds`
 * holds the text's hyphenated words, made on first use (one scan, not one per split word).
 */
function splitWord(text: string, line: Line, next: Line, compounds: { set: Set<string> | null }): { dropHyphen: boolean } | null {
  if (line.brk !== line.end) return null;
  const left = LEFT_PIECE.exec(text.slice(Math.max(line.start, line.end - 40), line.end));
  if (!left) return null;
  const right = RIGHT_PIECE.exec(text.slice(next.start, Math.min(next.end, next.start + 40)));
  if (!right) return null;
  const piece = right[1]!;
  // "Export-\nImport": a capital after the hyphen is a compound's.
  if (piece[0] !== piece[0]!.toLowerCase()) return { dropHyphen: false };
  compounds.set ??= new Set(text.match(COMPOUND) ?? []);
  return { dropHyphen: !compounds.set.has(`${left[0]}${piece}`) };
}

/** Does the next line start a block of its own (a list item, a heading, a new quotation)? */
function startsBlock(text: string, line: Line, next: Line): boolean {
  const head = text.slice(next.start, Math.min(next.end, next.start + 8));
  if (!BLOCK_START.test(head)) return false;
  // A quotation's next line ("> …" after "> …") goes on with it.
  return !(/^\s*>/.test(head) && /^\s*>/.test(text.slice(line.start, Math.min(line.end, line.start + 8))));
}

const FENCE = /^\s*(?:```|~~~)/;

/**
 * Markdown's own rule (CommonMark): a line break inside a paragraph is a space, whatever the
 * line's length, unless the line ends in two blanks or a backslash (a hard break), is a heading,
 * or the next line starts a block; code fences keep theirs.
 */
function markdownBreaks(text: string, lines: readonly Line[], inner: readonly number[]): number[] {
  const fenced = new Uint8Array(lines.length);
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const isFence = FENCE.test(text.slice(lines[i]!.start, lines[i]!.end));
    fenced[i] = open || isFence ? 1 : 0;
    if (isFence) open = !open;
  }
  const out: number[] = [];
  for (const i of inner) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (fenced[i] || fenced[i + 1]) continue;
    if (text.endsWith('  ', line.brk) || text.charCodeAt(line.brk - 1) === 0x5c) continue;
    if (/^\s*#/.test(text.slice(line.start, line.end)) || startsBlock(text, line, next)) continue;
    out.push(line.brk);
    // A quotation going on: its next line's mark goes with the break ("> a\n> b" reads "a b").
    const mark = /^\s*>/.exec(text.slice(next.start, next.end));
    if (mark) out.push(next.start + mark[0].length - 1);
  }
  return out;
}

/**
 * What unwrapLines and markLinks write over characters the reading text leaves out: a zero-width
 * space, one of the hints `compact` drops anyway.
 */
const HIDDEN_MARK = '\u200b';

/** Unicode spaces (no-break, thin, ideographic …) as plain spaces: same length, same offsets. */
export function plainSpaces(text: string): string {
  return text.replace(UNICODE_SPACES, ' ');
}

/**
 * The text unwrapped (wrapPlan): its wrapping breaks as spaces, the hyphen and break of a split
 * word as zero-width spaces, which `compact` then drops. Same length, same offsets.
 */
export function unwrapLines(text: string, from = 0, markdown = false): string {
  const plan = wrapPlan(text, from, markdown);
  if (plan.blank.length === 0 && plan.drop.length === 0) return text;
  const marks = [...plan.blank.map(at => [at, ' '] as const), ...plan.drop.map(at => [at, HIDDEN_MARK] as const)].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [b, ch] of marks) {
    out += text.slice(at, b) + ch;
    at = b + 1;
  }
  return out + text.slice(at);
}

/**
 * Markdown links and images marked for `compact` to drop, at the same length: "[Codelco](https://…)"
 * keeps "Codelco", "![logo](a.png)" goes whole. One pass: the last "[" before a "](" on the same
 * line opens the link, and the next ")" after it (found by a cursor that only moves forward)
 * closes it.
 */
export function markLinks(text: string): string {
  if (!text.includes('](')) return text;
  const drop: [number, number][] = [];
  let open = -1;
  // The next ")" and the end of the line, each searched again only once passed.
  let close = -1;
  let eol = -1;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) open = -1;
    else if (c === 0x5b) open = p;
    else if (c === 0x5d && open >= 0 && text.charCodeAt(p + 1) === 0x28) {
      if (close < p + 2) close = text.indexOf(')', p + 2);
      if (close < 0) break;
      if (eol < p) {
        eol = text.indexOf('\n', p);
        if (eol < 0) eol = text.length;
      }
      if (close > eol) {
        open = -1;
        continue;
      }
      if (open > 0 && text.charCodeAt(open - 1) === 0x21) drop.push([open - 1, close + 1]);
      else drop.push([open, open + 1], [p, close + 1]);
      open = -1;
      p = close;
    }
  }
  if (drop.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of drop) {
    out += text.slice(at, from) + HIDDEN_MARK.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

/** A reading text shorter than its source, with where each of its characters came from. */
export interface Compacted {
  text: string;
  /** Source offset of each character of `text`; null when `text` is the source itself. */
  starts: Int32Array | null;
  /** Source offset just after each character's source. */
  ends: Int32Array | null;
}

// Indentation (blanks at the start of a line), runs of blanks, a letter with its combining marks,
// and line-break hints: soft hyphen, zero-width space, word joiner, byte-order mark inside text.
const PLAIN = String.raw`(?<=\n)[ \t]+|^[ \t]+|[ \t]{2,}|[^\u0300-\u036f\n][\u0300-\u036f]+|[\u00ad\u200b\u2060\ufeff]`;
// Markdown's markup, dropped (group `md`): a heading's or a quotation's mark at a line start,
// emphasis marks next to a word ("**Chile**", "_litio_"), code ticks. A list bullet ("* item")
// stays. Links and images are found before (markLinks), not by a pattern: "[…](…)" searched
// from every bracket of a long line was quadratic.
const MARKDOWN = String.raw`(?<md>(?<=^|\n)(?:#{1,6}[ \t]+|>[ \t]?)|(?<![\p{L}\p{N}*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\p{L}\p{N}_])|${'`'}+)`;
const COMPACT = { text: new RegExp(PLAIN, 'g'), markdown: new RegExp(`${MARKDOWN}|${PLAIN}`, 'gu') };
const NEEDS_COMPACT = { text: new RegExp(PLAIN), markdown: new RegExp(`${MARKDOWN}|${PLAIN}`, 'u') };

/**
 * The text with its hints dropped, its accents composed and its blank runs shrunk (see top);
 * with `markdown`, its markup dropped too.
 */
export function compact(text: string, markdown = false): Compacted {
  const kind = markdown ? 'markdown' : 'text';
  if (!NEEDS_COMPACT[kind].test(text)) return { text, starts: null, ends: null };
  const pattern = COMPACT[kind];
  // Never longer than the source: every step writes at most what it reads.
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++, n++) {
      starts[n] = i;
      ends[n] = i + 1;
    }
  };
  const emit = (s: string, from: number, to: number): void => {
    parts.push(s);
    for (let k = 0; k < s.length; k++, n++) {
      starts[n] = from;
      ends[n] = to;
    }
  };
  let at = 0;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const from = m.index;
    const to = from + m[0].length;
    copy(at, from);
    at = to;
    const c = m[0].charCodeAt(0);
    if (m.groups?.md !== undefined) continue;
    if (c === 0x20 || c === 0x09) {
      // Indentation goes; a run of blanks inside a line is one space.
      if (from > 0 && text.charCodeAt(from - 1) !== 0x0a) emit(' ', from, to);
    } else if (m[0].length > 1) {
      // A letter and its combining marks, composed (kept as written if that would be longer).
      const composed = m[0].normalize('NFC');
      if (composed.length <= m[0].length) emit(composed, from, to);
      else copy(from, to);
    }
    // A line-break hint: nothing.
  }
  copy(at, text.length);
  return { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}
