// A record whose evidence does not point at the text is a pipeline bug: it must fail loudly,
// naming the document, never reach the output.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/extractors/minerals/index.ts', () => ({
  RULES: [],
  extractMinerals: () => [
    { id: 'lithium', name: 'lithium', symbol: 'Li', mentions: [{ start: 0, end: 5, text: 'WRONG', rule: 'en.mineral.test' }] },
  ],
}));

const { extractDocument, InvalidRecordError } = await import('../../src/index.ts');

describe('record validation', () => {
  it('throws InvalidRecordError naming the document when a span does not match the text', () => {
    const text = 'Chile and Peru signed a memorandum on lithium exploration and agreed to share data within 30 days.';
    expect(() => extractDocument(text, { id: 'doc-7' })).toThrow(InvalidRecordError);
    expect(() => extractDocument(text, { id: 'doc-7' })).toThrow(/document "doc-7".*en\.mineral\.test.*"WRONG".*"Chile"/);
  });
});
