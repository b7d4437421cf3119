// Golden reports for a known rule change (records.ts: oldSpecs → newSpecs). The same files are
// compared with the real command's output in test/cli/diff.test.ts.
// After an intended change of the report, regenerate: UPDATE_GOLDEN=1 npx vitest run test/diff
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRecordSets, type RecordSet } from '../../src/diff/diff.ts';
import { formatJson, formatMarkdown, formatText } from '../../src/diff/format.ts';
import { recordValues } from '../../src/diff/values.ts';
import { buildRecord, newSpecs, oldSpecs, type DocSpec } from './records.ts';

export const GOLDEN_DIR = path.resolve('test/diff/golden');

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/diff`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const set = (label: string, specs: DocSpec[]): RecordSet => ({
  label,
  docs: specs.map(s => recordValues(JSON.parse(JSON.stringify(buildRecord(s))))),
  pipeline: ['0.1.0'],
  rules: [specs[0]!.rules ?? 'rules-v1'],
});

describe('diff of a known rule change', () => {
  const result = diffRecordSets(set('old/', oldSpecs()), set('new/', newSpecs()));

  it('renders the expected Markdown', () => {
    const md = formatMarkdown(result);
    golden('rule-change.md', md);
    // What a reviewer must see, whatever the layout: the dropped mineral with its evidence and
    // rule, the modality change, the new party, the added document; the moved document is absent.
    expect(md).toMatch(/^- minerals: cobalt “cobalt” \(Co\)\n {4}“cobalt” · en\.mineral\.lexicon$/m);
    expect(md).toMatch(/^ {4}modality: binding → commitment$/m);
    expect(md).toMatch(/^ {4}party: no → yes$/m);
    expect(md).toContain('### `kenya-eu-graphite` · added');
    expect(md).not.toContain('chile-corea-cobre');
  });

  it('renders the expected plain text (no colour codes when colour is off)', () => {
    const text = formatText(result, { color: false });
    golden('rule-change.txt', text);
    expect(text).not.toContain('\x1b[');
    expect(formatText(result, { color: true })).toContain('\x1b[31m- minerals: cobalt');
  });

  it('renders JSON with the summary and every change with its evidence', () => {
    const json = JSON.parse(formatJson(result));
    expect(json.summary.documents).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1, movedOnly: 1 });
    const doc = json.documents[0];
    expect(doc.id).toBe('argentina-japan-lithium');
    expect(doc.changes.map((c: { kind: string; field: string; key: string }) => `${c.kind} ${c.field} ${c.key}`)).toEqual([
      'changed entities JP',
      'removed minerals cobalt',
      'changed obligations ["Both sides shall exchange geological survey data within 60 days","commitment"]',
      'added timelines ["within 60 days","deadline","60","day","2026-04-11"]',
    ]);
    const cobalt = doc.changes[1];
    const at = oldSpecs()[0]!.text.indexOf('cobalt');
    expect(cobalt.evidence).toEqual([{ start: at, end: at + 6, text: 'cobalt', rule: 'en.mineral.lexicon' }]);
  });
});
