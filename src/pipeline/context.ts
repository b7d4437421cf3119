import type { RuleContext } from '../core/rules.ts';
import type { Lang } from '../schema/record.ts';

/** A sentence as offsets into the document text: text.slice(start, end). */
export interface Sentence {
  start: number;
  end: number;
}

/** Metadata lines at the top of a document, e.g. `date 2026-03-12`. */
export interface HeaderField {
  key: string;
  value: string;
  start: number;
  end: number;
}

/** Everything an extractor may read about one document. Built once per document. */
export interface DocContext extends RuleContext {
  text: string;
  lang: Lang;
  /** foldSameLength(text): lower case, accents stripped, same offsets as `text`. */
  folded: string;
  sentences: Sentence[];
  /** Header metadata found at the very start of the text (may be empty). */
  header: HeaderField[];
  /** Offset where the body starts, after header metadata. */
  bodyStart: number;
  /** Document date (YYYY-MM-DD) once the date stage found it; null before or when unknown. */
  referenceDate: string | null;
}
