// Builds the DocContext an extractor sees, the way the pipeline does, for tests.
import { foldSameLength } from '../../../src/core/text.ts';
import { parseHeader } from '../../../src/pipeline/header.ts';
import type { DocContext } from '../../../src/pipeline/context.ts';
import type { Lang } from '../../../src/schema/record.ts';

/** The fixed reference date of every test. */
export const REF = '2026-03-12';

export function docCtx(text: string, lang: Lang, referenceDate: string | null = REF): DocContext {
  const header = parseHeader(text);
  return {
    text,
    lang,
    folded: foldSameLength(text),
    sentences: [],
    header: header.fields,
    bodyStart: header.bodyStart,
    referenceDate,
  };
}
