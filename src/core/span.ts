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
