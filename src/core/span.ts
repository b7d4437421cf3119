import type { Span } from '../schema/record.ts';

/** Makes a span over text[start, end); `text` is always the exact slice. */
export function makeSpan(text: string, start: number, end: number, rule: string): Span {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) is outside the text (length ${text.length}) for rule ${rule}`);
  }
  return { start, end, text: text.slice(start, end), rule };
}

export function compareSpans(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The first index in [from, to) for which `before` is false, when it is true for a prefix of the
 * range and false after it (binary search).
 */
export function partitionPoint(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose start is >= pos, in a list sorted by start (partitionPoint, without a closure: it is on hot paths). */
export function lowerBound(list: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items lying inside [from, to), in order, from a list sorted by start. */
export function within<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(list, from); i < list.length && list[i]!.start < to; i++) if (list[i]!.end <= to) out.push(list[i]!);
  return out;
}
