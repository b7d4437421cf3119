// Small builders for the eval tests. All texts here are invented for the tests.
import type { AccordRecord, Span } from '../../src/schema/record.ts';
import type { GoldDoc } from '../../src/eval/gold.ts';

/** An empty gold document (every list empty) with the given fields replaced. */
export function gold(overrides: Partial<GoldDoc> & { id?: string } = {}): GoldDoc {
  return {
    id: 'doc',
    language: 'en',
    relevant: true,
    documentDate: null,
    instruments: [],
    binding: 'unspecified',
    parties: [],
    countries: [],
    organizations: [],
    officials: [],
    dates: [],
    minerals: [],
    obligations: [],
    timelines: [],
    ...overrides,
  };
}

/** A span whose offsets are made up: the tests only read its text and rule. */
export function span(text: string, rule: string, start = 0): Span {
  return { start, end: start + text.length, text, rule };
}

/** An empty, valid record with the given fields replaced. */
export function record(overrides: Partial<AccordRecord> = {}): AccordRecord {
  return {
    schemaVersion: 1,
    id: 'doc',
    source: { path: null, sha256: null, bytes: 0, encoding: 'utf-8', format: 'text' },
    language: { code: 'en', confidence: 0.9, status: 'ok' },
    relevant: true,
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
    diagnostics: [],
    provenance: { pipeline: 'test', rules: 'test' },
    ...overrides,
  };
}
