// The review page's HTML without a browser: escaping, overlapping spans, spans that no longer
// match the text, and the page's safety headers. (review.test.ts looks at it in Chromium.)
import { describe, expect, it } from 'vitest';
import { reviewItems, type ReviewDoc } from '../../src/review/items.ts';
import { esc, renderReview } from '../../src/review/render.ts';
import { recordValues } from '../../src/diff/values.ts';
import { buildRecord, type DocSpec } from '../diff/records.ts';

const TEXT = 'Bolivia will sell lithium carbonate to India before 2027 <i>maybe</i>.';

const SPEC: DocSpec = {
  id: 'bolivia-india',
  text: TEXT,
  lang: 'en',
  entities: [{ id: 'BO', kind: 'state', name: 'Bolivia', party: true, mentions: [{ phrase: 'Bolivia', rule: 'en.entity.country' }] }],
  minerals: [{ id: 'lithium_carbonate', name: 'lithium carbonate', symbol: null, mentions: [{ phrase: 'lithium carbonate', rule: 'en.mineral.lexicon' }] }],
  obligations: [{ phrase: 'Bolivia will sell lithium carbonate to India', modality: 'commitment', actors: ['BO'], trigger: 'will', rule: 'en.obligation.will' }],
  // Overlaps the obligation's end without nesting in it.
  timelines: [{ kind: 'deadline', amount: null, unit: null, resolved: '2027', phrase: 'India before 2027', rule: 'en.timeline.before' }],
};

function page(text: string | null, spec: DocSpec = SPEC): string {
  const values = recordValues(JSON.parse(JSON.stringify(buildRecord(spec))));
  const doc: ReviewDoc = { id: spec.id, path: 'corpus/x.txt', status: null, items: reviewItems(values, null), text, notes: [] };
  return renderReview({ title: 'T <x>', subtitle: 's', docs: [doc], base: null });
}

/** The <pre> text with the markup removed, entities decoded: must be the document text. */
function visibleText(html: string): string {
  const pre = /<pre class="text">([\s\S]*?)<\/pre>/.exec(html)![1]!;
  return pre.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('review HTML', () => {
  it('escapes every character that could start markup or leave an attribute', () => {
    expect(esc(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    const html = page(TEXT);
    expect(html).toContain('&lt;i&gt;maybe&lt;/i&gt;');
    expect(html).not.toContain('<i>');
    expect(html).toContain('<title>T &lt;x&gt;</title>');
  });

  it('forbids scripts and external loads through a Content-Security-Policy, and has no script', () => {
    const html = page(TEXT);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="http|href="http/);
  });

  it('keeps the text intact through overlapping highlights, each piece wrapped by every span over it', () => {
    const html = page(TEXT);
    expect(visibleText(html)).toBe(TEXT);
    // "India" is inside both the obligation and the timeline: nested marks, the shorter inside.
    expect(html).toMatch(/<mark class="hl f-obligations" data-field="obligations" data-rule="en.obligation.will"><mark id="d0-s\d+" class="hl f-timelines" data-field="timelines" data-rule="en.timeline.before" title="timelines: [^"]*&#10;obligations: [^"]*">India<\/mark><\/mark>/);
    // Opening and closing marks balance.
    expect((html.match(/<mark/g) ?? []).length).toBe((html.match(/<\/mark>/g) ?? []).length);
    // Each span has one anchor, on its first piece.
    expect((html.match(/<mark id="d0-s\d+"/g) ?? []).length).toBe(4);
  });

  it('does not highlight spans whose text no longer matches, and says how many', () => {
    const edited = TEXT.replace('Bolivia', 'Bolivía');
    const html = page(edited);
    expect(visibleText(html)).toBe(edited);
    expect(html).toContain('2 spans do not match the source text (edited since extraction?): not highlighted');
    expect(html).not.toContain('class="hl f-entities"');
  });

  it('lists the values without text when the source is missing', () => {
    const html = page(null);
    expect(html).toContain('No source text: values listed without it.');
    expect(html).toContain('BO “Bolivia” (state, party)');
    expect(html).not.toContain('<a href="#d0-s');
  });
});

describe('review PATH selection', () => {
  it('selects by source file, by folder (not by a name prefix), or by record id', async () => {
    const { selects } = await import('../../src/cli/review.ts');
    const doc = { id: 'es/chile', path: 'corpus/es/chile.txt', sha256: null, pipeline: null, rules: null, values: [] };
    const cwd = '/repo';
    expect(selects(doc, [], cwd)).toBe(true);
    expect(selects(doc, ['corpus/es/chile.txt'], cwd)).toBe(true);
    expect(selects(doc, ['corpus/es'], cwd)).toBe(true);
    expect(selects(doc, ['corpus/es/'], cwd)).toBe(true);
    expect(selects(doc, ['/repo/corpus'], cwd)).toBe(true);
    expect(selects(doc, ['es/chile'], cwd)).toBe(true);
    expect(selects(doc, ['corpus/e'], cwd)).toBe(false);
    expect(selects(doc, ['corpus/en', 'chile'], cwd)).toBe(false);
  });
});
