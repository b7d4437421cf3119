// Stage 2, header: metadata written at the very top of a collected press release, by the
// collection convention `date YYYY-MM-DD` (sometimes on the same line as the body, sometimes
// alone), and optional `title …` / `source …` / `url …` lines. Only the document's start is read.
import type { HeaderField } from './context.ts';

export interface Header {
  fields: HeaderField[];
  /** Offset of the first body character. */
  bodyStart: number;
}

// `date 2026-03-12` followed by a space or a line break; the body may continue on the same line.
const DATE_FIELD = /^[ \t]*(date)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*\n?/i;
// Whole-line fields.
const LINE_FIELD = /^[ \t]*(title|source|url|lang|language)[ \t]*:[ \t]*([^\n]+)\n/i;

export function parseHeader(text: string): Header {
  const fields: HeaderField[] = [];
  let pos = 0;
  // Leading blank lines do not end the header.
  for (let guard = 0; guard < 8; guard++) {
    const rest = text.slice(pos, pos + 2000);
    const lead = /^\s*/.exec(rest)![0].length;
    const m = DATE_FIELD.exec(rest.slice(lead)) ?? LINE_FIELD.exec(rest.slice(lead));
    if (!m) break;
    const keyAt = pos + lead + m[0].indexOf(m[1]!);
    const valueAt = pos + lead + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    fields.push({ key: m[1]!.toLowerCase(), value: m[2]!.trim(), start: keyAt, end: valueAt + m[2]!.trimEnd().length });
    pos += lead + m[0].length;
  }
  if (fields.length === 0) return { fields, bodyStart: 0 };
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return { fields, bodyStart: pos };
}

/** The ISO value of a valid `date` header field, or null. */
export function headerDate(fields: readonly HeaderField[]): HeaderField | null {
  const f = fields.find(x => x.key === 'date');
  if (!f) return null;
  const [y, mo, d] = f.value.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? f : null;
}
