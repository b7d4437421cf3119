// The core: text in, validated record out. No I/O. Stage order is fixed here, and the order
// matters: the document date must be known before dates (a day-month takes its year from it)
// and timelines (resolved against it); entities before officials, obligations and parties.
import { foldSameLength, compareStrings } from '../core/text.ts';
import { compareSpans, makeSpan } from '../core/span.ts';
import {
  RecordSchema,
  type AccordRecord,
  type Diagnostic,
  type Entity,
  type Lang,
} from '../schema/record.ts';
import type { DocContext } from './context.ts';
import { decodeBytes, normalizeNewlines, formatFromPath, type Decoded } from './load.ts';
import { parseHeader, headerDate } from './header.ts';
import { detectLanguage, type LanguageResult } from './language.ts';
import { splitSentences } from './segment.ts';
import { compact, markLinks, plainSpaces, unwrapLines, type Compacted } from './reading.ts';
import { currentRulesHash, PIPELINE_VERSION, SCHEMA_VERSION } from './version.ts';
import { extractDocumentDate, extractDates } from '../extractors/dates/index.ts';
import { extractTimelines } from '../extractors/timelines/index.ts';
import { extractMinerals } from '../extractors/minerals/index.ts';
import { extractObligations } from '../extractors/obligations/index.ts';
import { extractEntities } from '../extractors/entities/index.ts';
import { extractOfficials } from '../extractors/officials/index.ts';
import { extractInstruments, extractBinding } from '../extractors/instruments/index.ts';
import { assignParties } from '../extractors/parties/index.ts';
import { isRelevant, isRelevantUnsupported } from '../extractors/relevance/index.ts';

export { currentRulesHash, PIPELINE_VERSION };

export interface DocumentMeta {
  /** Record id: the path under the corpus root without extension. Default `document`. */
  id?: string;
  /** Path as given to the CLI, for the record's `source`. */
  path?: string | null;
  /** sha256 of the raw bytes, when the caller has them. */
  sha256?: string | null;
  /** Size of the raw bytes. Defaults to the UTF-8 length of the text. */
  bytes?: number;
  encoding?: string;
  format?: 'text' | 'markdown' | 'html';
  /** Repairs made while decoding, reported as diagnostics. */
  notes?: readonly string[];
  /** The language when the caller knows it (collection metadata): detection is skipped. */
  language?: Lang;
}

export class InvalidRecordError extends Error {
  constructor(id: string, detail: string) {
    super(`record for document "${id}" is invalid (a pipeline bug): ${detail}`);
    this.name = 'InvalidRecordError';
  }
}

/** Extracts a record from already decoded text. Throws InvalidRecordError on a pipeline bug. */
export function extractDocument(input: string, meta: DocumentMeta = {}): AccordRecord {
  const decoded = normalizeNewlines(input);
  const id = meta.id ?? 'document';
  const diagnostics: Diagnostic[] = (meta.notes ?? []).map(message => ({ code: 'decoded_with_repairs', message }));
  // The extractors read the reading text (reading.ts: plain spaces, a hard-wrapped body
  // unwrapped, hints dropped, accents composed, blank runs shrunk); spans are reported in the
  // decoded text (validate maps them back).
  const spaced = plainSpaces(decoded);
  const spacedHeader = parseHeader(spaced);
  const format = meta.format ?? formatFromPath(meta.path);
  const markdown = format === 'markdown';
  const unwrapped = unwrapLines(spaced, spacedHeader.bodyStart, markdown);
  const reading = compact(markdown ? markLinks(unwrapped) : unwrapped, markdown);
  const text = reading.text;
  const header = reading.starts === null ? spacedHeader : parseHeader(text);
  const body = text.slice(header.bodyStart);
  const language: LanguageResult = meta.language
    ? { code: meta.language, confidence: 1, status: /\S/.test(body) ? 'ok' : 'empty', detected: null }
    : detectLanguage(body);
  const base = {
    schemaVersion: SCHEMA_VERSION,
    id,
    source: {
      path: meta.path ?? null,
      sha256: meta.sha256 ?? null,
      bytes: meta.bytes ?? Buffer.byteLength(input, 'utf8'),
      encoding: meta.encoding ?? 'utf-8',
      format,
    },
    language: { code: language.code, confidence: language.confidence, status: language.status },
    title: findTitle(text, header.bodyStart, header.fields.find(f => f.key === 'title')?.value),
    provenance: { pipeline: PIPELINE_VERSION, rules: currentRulesHash() },
  };
  if (language.status !== 'ok' || language.code === 'und') {
    diagnostics.push(languageDiagnostic(language));
    const hd = headerDate(header.fields);
    const relevant = language.status === 'unsupported' && isRelevantUnsupported(body, foldSameLength(body));
    if (relevant) diagnostics.push({ code: 'relevant_unsupported', message: 'about minerals cooperation by its vocabulary (any.relevance.unsupported_language), but in a language nothing is extracted from' });
    return validate({
      ...base,
      relevant,
      documentDate: hd ? { value: hd.value, source: 'header', span: makeSpan(text, hd.start, hd.end, 'any.documentDate.header') } : null,
      instruments: [],
      binding: { value: 'unspecified', span: null },
      entities: [],
      officials: [],
      dates: [],
      minerals: [],
      obligations: [],
      timelines: [],
      diagnostics,
    }, text, decoded, reading);
  }
  const lang: Lang = language.code;
  const ctx: DocContext = {
    text,
    lang,
    folded: foldSameLength(text),
    sentences: splitSentences(text, lang, header.bodyStart),
    header: header.fields,
    bodyStart: header.bodyStart,
    referenceDate: null,
  };

  const documentDate = extractDocumentDate(ctx);
  if (documentDate && /^\d{4}-\d{2}-\d{2}$/.test(documentDate.value)) ctx.referenceDate = documentDate.value;
  if (!documentDate) {
    diagnostics.push({
      code: 'no_document_date',
      message: 'no document date found (no `date` header, dateline or issue line): relative deadlines stay unresolved',
    });
  }
  const entities = extractEntities(ctx);
  const officials = extractOfficials(ctx, entities);
  const instruments = extractInstruments(ctx);
  const binding = extractBinding(ctx);
  const dates = extractDates(ctx);
  const minerals = extractMinerals(ctx);
  const timelines = extractTimelines(ctx);
  const obligations = extractObligations(ctx, entities);
  const withParties = assignParties(ctx, entities, instruments, officials);
  const relevant = isRelevant(ctx, { minerals, instruments });
  if (!relevant) diagnostics.push({ code: 'not_relevant', message: 'no minerals cooperation found in the text' });

  return validate(
    {
    ...base,
    relevant,
    documentDate,
    instruments: [...instruments].sort((a, b) => compareSpans(a.span, b.span) || compareStrings(a.type, b.type)),
    binding,
    entities: sortEntities(withParties),
    officials: [...officials].sort((a, b) => compareSpans(a.span, b.span) || compareStrings(a.name, b.name)),
    dates: [...dates].sort((a, b) => compareStrings(a.value, b.value) || compareSpans(a.span, b.span)),
    minerals: [...minerals]
      .map(m => ({ ...m, mentions: [...m.mentions].sort(compareSpans) }))
      .sort((a, b) => compareStrings(a.id, b.id)),
    obligations: [...obligations].sort((a, b) => compareSpans(a.span, b.span)),
    timelines: [...timelines].sort((a, b) => compareSpans(a.span, b.span)),
    diagnostics: diagnostics.sort((a, b) => compareStrings(a.code, b.code) || compareStrings(a.message, b.message)),
    },
    text,
    decoded,
    reading,
  );
}

/** Decodes bytes (BOM, UTF-8/16, Windows-1252, HTML) and extracts; unreadable bytes give a record too. */
export function extractBytes(bytes: Uint8Array, meta: DocumentMeta = {}): AccordRecord {
  const decoded: Decoded = decodeBytes(bytes, meta.path);
  const full = { ...meta, bytes: bytes.length, encoding: decoded.encoding, format: decoded.format, notes: [...(meta.notes ?? []), ...decoded.notes] };
  if (decoded.unreadable !== null) {
    const id = meta.id ?? 'document';
    return validate({
      schemaVersion: SCHEMA_VERSION,
      id,
      source: { path: meta.path ?? null, sha256: meta.sha256 ?? null, bytes: bytes.length, encoding: decoded.encoding, format: decoded.format },
      language: { code: 'und', confidence: 0, status: 'unreadable' },
      relevant: false,
      title: null,
      documentDate: null,
      instruments: [],
      binding: { value: 'unspecified', span: null },
      entities: [],
      officials: [],
      dates: [],
      minerals: [],
      obligations: [],
      timelines: [],
      diagnostics: [{ code: 'unreadable', message: decoded.unreadable }],
      provenance: { pipeline: PIPELINE_VERSION, rules: currentRulesHash() },
    });
  }
  return extractDocument(decoded.text, full);
}

function languageDiagnostic(l: LanguageResult): Diagnostic {
  switch (l.status) {
    case 'empty':
      return { code: 'empty', message: 'the document has no text' };
    case 'too_short':
      return { code: 'too_short', message: 'too little text to tell its language; nothing extracted' };
    default:
      return {
        code: 'unsupported_language',
        message: `language ${l.detected ?? 'unknown'} is not supported (only English and Spanish are extracted); nothing extracted`,
      };
  }
}

/** A header `title` field, else a first line that reads as a headline (short, no final stop). */
function findTitle(text: string, bodyStart: number, headerTitle: string | undefined): string | null {
  if (headerTitle) return headerTitle;
  const nl = text.indexOf('\n', bodyStart);
  if (nl < 0) return null;
  const first = text.slice(bodyStart, nl).trim();
  if (first.length < 12 || first.length > 200 || /[.:;,]$/.test(first)) return null;
  if (!/^[\p{Lu}\p{N}"“¿¡']/u.test(first)) return null;
  return first;
}

function sortEntities(entities: readonly Entity[]): Entity[] {
  return [...entities]
    .map(e => ({ ...e, mentions: [...e.mentions].sort(compareSpans) }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** Calls `visit` on every span object anywhere in a record (anything with start, end, text and rule). */
function forEachSpan(value: unknown, visit: (s: { start: number; end: number; text: string; rule: string }) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) forEachSpan(v, visit);
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && typeof o.rule === 'string') {
      visit(o as { start: number; end: number; text: string; rule: string });
    } else for (const k in o) forEachSpan(o[k], visit);
  }
}

/**
 * Validates against the schema and, given the text, checks that every span is exactly its slice
 * of the text: evidence that does not point at the text is a pipeline bug. Given the decoded text
 * and how the reading text was made from it (extractDocument), each span is then moved to the
 * decoded text's offsets and quotes it.
 */
function validate(candidate: unknown, text?: string, decoded: string | undefined = text, reading?: Compacted): AccordRecord {
  if (text !== undefined) {
    const starts = reading?.starts ?? null;
    const ends = reading?.ends ?? null;
    const requote = decoded !== undefined && (decoded !== text || starts !== null);
    // A copy: span objects may be shared with the extractors' memos of the last text.
    if (requote) candidate = structuredClone(candidate);
    // The copy keeps objects that were shared shared: each span is checked and moved once.
    const moved = requote ? new Set<object>() : null;
    forEachSpan(candidate, s => {
      if (moved?.has(s)) return;
      moved?.add(s);
      if (text.slice(s.start, s.end) !== s.text) {
        const id = (candidate as { id?: string }).id ?? 'document';
        throw new InvalidRecordError(id, `span [${s.start}, ${s.end}) of rule ${s.rule} says "${s.text.slice(0, 60)}" but the text there is "${text.slice(s.start, Math.min(s.end, s.start + 60))}"`);
      }
      if (!requote) return;
      if (starts !== null && ends !== null && s.end > s.start) {
        s.start = starts[s.start]!;
        s.end = ends[s.end - 1]!;
      }
      s.text = decoded!.slice(s.start, s.end);
    });
  }
  const r = RecordSchema.safeParse(candidate);
  if (!r.success) {
    const id = (candidate as { id?: string }).id ?? 'document';
    const detail = r.error.issues
      .slice(0, 5)
      .map(i => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new InvalidRecordError(id, detail);
  }
  return r.data;
}
