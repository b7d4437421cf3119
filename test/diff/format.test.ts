// Report formats with hostile content: untrusted document text must not break out of the
// Markdown code block, ping people, or send escape sequences to a terminal.
import { describe, expect, it } from 'vitest';
import { diffRecordSets, type RecordSet } from '../../src/diff/diff.ts';
import { formatMarkdown, formatText, mdCode } from '../../src/diff/format.ts';
import { recordValues } from '../../src/diff/values.ts';
import { buildRecord, type DocSpec } from './records.ts';

const HOSTILE = 'The ```` fence ``` and <script>alert(1)</script> @octocat \u001b[2J lithium.\n';

function set(label: string, specs: DocSpec[]): RecordSet {
  return { label, docs: specs.map(s => recordValues(JSON.parse(JSON.stringify(buildRecord(s))))), pipeline: [], rules: [] };
}

const base: DocSpec = { id: 'weird`id', text: HOSTILE, lang: 'en' };
const withMineral: DocSpec = {
  ...base,
  minerals: [{ id: 'lithium', name: 'lithium', symbol: 'Li', mentions: [{ phrase: 'fence ``` and <script>alert(1)</script> @octocat \u001b[2J lithium', rule: 'en.mineral.x' }] }],
};

describe('markdown', () => {
  const md = formatMarkdown(diffRecordSets(set('a/', [base]), set('b/', [withMineral])));

  it('keeps evidence inside a code block whose fence is longer than any backtick run in it', () => {
    const open = md.split('\n').find(l => /^`{3,}diff$/.test(l))!;
    expect(open).toBe('````diff'); // the evidence holds a run of 3 backticks
    const body = md.slice(md.indexOf(open) + open.length, md.lastIndexOf('````'));
    expect(body).toContain('fence ``` and <script>alert(1)</script> @octocat');
    expect(md.match(/^````$/gm)).toHaveLength(1); // the only closing fence is the block's own
  });

  it('makes control characters visible and quotes ids safely', () => {
    expect(md).not.toContain('\u001b');
    expect(md).toContain('\\u{1b}[2J');
    expect(md).toContain('### `` weird`id `` · changed');
    expect(mdCode('a`b')).toBe('`` a`b ``');
    expect(mdCode('plain')).toBe('`plain`');
  });

  it('stops listing documents past the size limit and says how many were left out', () => {
    const many = (n: number, minerals: boolean): DocSpec[] =>
      Array.from({ length: n }, (_, i) => ({ ...(minerals ? withMineral : base), id: `doc-${String(i).padStart(2, '0')}` }));
    const r = diffRecordSets(set('a/', many(20, false)), set('b/', many(20, true)));
    const full = formatMarkdown(r);
    expect(full.match(/^### /gm)).toHaveLength(20);
    const cut = formatMarkdown(r, { maxChars: 2000 });
    const shown = cut.match(/^### /gm)!.length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    expect(cut).toContain(`… ${20 - shown} more documents with changes not shown here`);
  });

  it('says so when nothing changed', () => {
    const same = formatMarkdown(diffRecordSets(set('a/', [base]), set('b/', [base])));
    expect(same).toContain('**No extracted value changed** across 1 document.');
    expect(same).not.toContain('```');
  });
});

describe('text', () => {
  it('never passes an escape sequence from the document to the terminal, coloured or not', () => {
    const r = diffRecordSets(set('a/', [base]), set('b/', [withMineral]));
    for (const color of [false, true]) {
      const out = formatText(r, { color });
      expect(out).not.toContain('\u001b[2J');
      expect(out).toContain('+ minerals: lithium “lithium” (Li)');
    }
  });
});
