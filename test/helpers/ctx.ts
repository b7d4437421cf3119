// Builds the DocContext an extractor sees, the way the pipeline does (header, sentences), for the
// extractor tests. The language is given, not detected, so short inputs work; the reference date
// is fixed so that relative expressions resolve the same way on every run.
import { foldSameLength } from '../../src/core/text.ts';
import { parseHeader } from '../../src/pipeline/header.ts';
import { splitSentences } from '../../src/pipeline/segment.ts';
import type { DocContext } from '../../src/pipeline/context.ts';
import type { Lang } from '../../src/schema/record.ts';

/** The fixed reference date of every test. */
export const REF = '2026-03-12';

export function docCtx(text: string, lang: Lang, referenceDate: string | null = REF): DocContext {
  const header = parseHeader(text);
  return {
    text,
    lang,
    folded: foldSameLength(text),
    sentences: splitSentences(text, lang, header.bodyStart),
    header: header.fields,
    bodyStart: header.bodyStart,
    referenceDate,
  };
}
