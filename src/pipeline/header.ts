// Stage 2, header: metadata written at the very top of a collected press release, by the
// collection convention `date YYYY-MM-DD` (sometimes on the same line as the body, sometimes
// alone), and optional `title …` / `source …` / `url …` lines, or front matter between `---`
// lines (Markdown exports: `date: 2026-03-18`, `title: "…"`). Only the document's start is read.
import type { HeaderField } from './context.ts';

export interface Header {
  fields: HeaderField[];
  /** Offset of the first body character. */
  bodyStart: number;
}

// `date 2026-03-12` followed by a space or a line break; the body may continue on the same line.
const DATE_FIELD = /^[ \t]*(date)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*\n?/i;
// Whole-line fields, in the collection's header and in front matter.
const LINE_KEYS = 'title|source|url|lang|language';
const LINE_FIELD = new RegExp(String.raw`^[ \t]*(${LINE_KEYS})[ \t]*:[ \t]*([^\n]+)\n`, 'i');

// Front matter, as Markdown site generators write it: `---`, `key: value` lines, `---`.
const FRONT_MATTER_OPEN = /^[ \t]*---[ \t]*\n/;
const FRONT_MATTER_CLOSE = /\n[ \t]*(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FRONT_FIELD = new RegExp(String.raw`^[ \t]*(date|${LINE_KEYS})[ \t]*:[ \t]*(.*)$`, 'i');

/**
 * The fields of front matter at the very start of the text, or null when there is none. A value
 * may be quoted; a date may carry a time ("2026-03-18T09:30:00Z"), of which the day is kept.
 */
function frontMatter(text: string): Header | null {
  const open = FRONT_MATTER_OPEN.exec(text.slice(0, 64));
  if (!open) return null;
  const rest = text.slice(open[0].length, open[0].length + 4000);
  const close = FRONT_MATTER_CLOSE.exec(`\n${rest}`);
  if (!close) return null;
  const fields: HeaderField[] = [];
  let at = open[0].length;
  for (const line of rest.slice(0, Math.max(0, close.index - 1)).split('\n')) {
    const m = FRONT_FIELD.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      let value = m[2]!.trim();
      let offset = line.indexOf(m[2]!, line.indexOf(':') + 1) + (m[2]!.length - m[2]!.trimStart().length);
      const quoted = /^(["'])(.*)\1$/.exec(value);
      if (quoted) {
        value = quoted[2]!;
        offset += 1;
      }
      if (key === 'date') {
        const day = /^\d{4}-\d{2}-\d{2}(?=$|[T ])/.exec(value);
        if (day) value = day[0];
        else value = '';
      }
      if (value) fields.push({ key, value, start: at + offset, end: at + offset + value.length });
    }
    at += line.length + 1;
  }
  let bodyStart = open[0].length + close.index - 1 + close[0].length;
  while (bodyStart < text.length && /\s/.test(text[bodyStart]!)) bodyStart++;
  return { fields, bodyStart };
}

export function parseHeader(text: string): Header {
  const front = frontMatter(text);
  if (front) return front;
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
