// The review page: one self-contained HTML file (inline CSS, no script, no external request; a
// Content-Security-Policy forbids both). Each document's text with the extracted spans
// highlighted by field, the rule id on hover, and beside it the list of values; with a base,
// added, removed and changed values are marked. Every piece of document text is escaped. Pure.
import { FIELDS, SCALAR_FIELDS, visible, type FieldName } from '../diff/values.ts';
import type { Mark, ReviewDoc, ReviewItem } from './items.ts';

/** Background and border colour per field (light backgrounds so nested highlights stay readable). */
export const FIELD_COLORS: Record<FieldName, { bg: string; line: string }> = {
  language: { bg: '#eeeeee', line: '#888888' },
  relevant: { bg: '#eeeeee', line: '#888888' },
  title: { bg: '#eeeeee', line: '#888888' },
  documentDate: { bg: '#ffd9b3', line: '#c75c00' },
  instruments: { bg: '#c6f0ee', line: '#007a75' },
  binding: { bg: '#f6d1ea', line: '#a3237a' },
  entities: { bg: '#cfe2ff', line: '#1f5fbf' },
  officials: { bg: '#e4d5ff', line: '#6b3fc2' },
  dates: { bg: '#ffecb3', line: '#b07d00' },
  minerals: { bg: '#c9efc9', line: '#2a8a2a' },
  obligations: { bg: '#fdecec', line: '#c62828' },
  timelines: { bg: '#fff59d', line: '#8a7b00' },
};

/** Fields shown as highlights (the others have no span or one span for the whole document). */
const SPAN_FIELDS = FIELDS.filter(f => !['language', 'relevant', 'title'].includes(f));

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, c => ESC[c]!);
}

/** For a title attribute: escaped, line breaks kept as character references. */
function attr(text: string): string {
  return esc(visible(text)).replace(/\n/g, '&#10;');
}

interface Highlight {
  start: number;
  end: number;
  field: FieldName;
  mark: Mark;
  title: string;
  rule: string;
  anchor: string;
}

const MARK_WORD: Record<NonNullable<Mark>, string> = { added: 'added', removed: 'removed', changed: 'changed' };

/** Highlights whose text matches the document (others are counted and reported). */
function highlights(doc: ReviewDoc, docIndex: number): { list: Highlight[]; firstAnchor: Map<ReviewItem, string>; mismatched: number } {
  const text = doc.text ?? '';
  const list: Highlight[] = [];
  const firstAnchor = new Map<ReviewItem, string>();
  let mismatched = 0;
  for (const item of doc.items) {
    for (const e of item.evidence) {
      const ok = doc.text !== null && e.start >= 0 && e.end <= text.length && e.start < e.end && text.slice(e.start, e.end) === e.text;
      if (!ok) {
        if (doc.text !== null && item.mark !== 'removed') mismatched++;
        continue;
      }
      const anchor = `d${docIndex}-s${list.length}`;
      if (!firstAnchor.has(item)) firstAnchor.set(item, anchor);
      const state = item.mark ? ` [${MARK_WORD[item.mark]}]` : '';
      list.push({ start: e.start, end: e.end, field: item.field, mark: item.mark, rule: e.rule, anchor, title: `${item.field}${state}: ${item.label} — rule ${e.rule}` });
    }
  }
  return { list, firstAnchor, mismatched };
}

/**
 * The text with highlights. Spans may nest or overlap (an entity inside an obligation): the text
 * is cut at every span edge, and each piece is wrapped in one <mark> per span covering it, the
 * longest outermost. The innermost mark's title lists every span covering the piece.
 */
export function highlightText(text: string, list: readonly Highlight[]): string {
  const edges = [...new Set([0, text.length, ...list.flatMap(h => [h.start, h.end])])].sort((a, b) => a - b);
  const byStart = [...list].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Highlight[] = [];
  const opened = new Set<Highlight>();
  let html = '';
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    active = active.filter(h => h.end > a);
    const piece = esc(visible(text.slice(a, b)));
    if (active.length === 0) {
      html += piece;
      continue;
    }
    const nest = [...active].sort((x, y) => y.end - y.start - (x.end - x.start) || SPAN_FIELDS.indexOf(x.field) - SPAN_FIELDS.indexOf(y.field) || x.start - y.start);
    const title = [...nest].reverse().map(h => h.title).join('\n');
    let open = '';
    nest.forEach((h, k) => {
      const id = opened.has(h) ? '' : ` id="${h.anchor}"`;
      opened.add(h);
      const cls = `hl f-${h.field}${h.mark ? ` m-${h.mark}` : ''}`;
      const tip = k === nest.length - 1 ? ` title="${attr(title)}"` : '';
      open += `<mark${id} class="${cls}" data-field="${h.field}" data-rule="${attr(h.rule)}"${tip}>`;
    });
    html += `${open}${piece}${'</mark>'.repeat(nest.length)}`;
  }
  return html;
}

const SIGN: Record<NonNullable<Mark>, string> = { added: '+', removed: '−', changed: '~' };

function itemHtml(item: ReviewItem, anchor: string | undefined): string {
  const rules = [...new Set(item.evidence.map(e => e.rule))];
  const sign = item.mark ? `<span class="sign" title="${item.mark}">${SIGN[item.mark]}</span> ` : '';
  const label = anchor ? `<a href="#${anchor}">${esc(visible(item.label))}</a>` : esc(visible(item.label));
  const count = item.evidence.length > 1 ? ` <span class="count">×${item.evidence.length}</span>` : '';
  const ruleList = rules.length ? `<div class="rules">${rules.map(r => `<code>${esc(visible(r))}</code>`).join(' ')}</div>` : '';
  const details = item.details.length ? `<ul class="details">${item.details.map(d => `<li>${esc(visible(d))}</li>`).join('')}</ul>` : '';
  const cls = `value f-${item.field}${item.mark ? ` m-${item.mark}` : ''}`;
  return `<li class="${cls}" data-field="${item.field}">${sign}${label}${count}${ruleList}${details}</li>`;
}

function docHtml(doc: ReviewDoc, index: number): string {
  const { list, firstAnchor, mismatched } = highlights(doc, index);
  const notes = [...doc.notes];
  if (mismatched) notes.push(`${mismatched} span${mismatched === 1 ? '' : 's'} do not match the source text (edited since extraction?): not highlighted`);
  const status = doc.status && doc.status !== 'unchanged' ? ` <span class="status s-${doc.status}">${doc.status}</span>` : '';
  const scalars = doc.items.filter(i => SCALAR_FIELDS.includes(i.field) && i.field !== 'documentDate' && i.field !== 'binding');
  const listed = doc.items.filter(i => !scalars.includes(i));
  const groups = FIELDS.filter(f => listed.some(i => i.field === f)).map(f => {
    const items = listed.filter(i => i.field === f);
    return `<section class="group" data-field="${f}"><h4><span class="swatch f-${f}"></span>${f} <span class="count">${items.length}</span></h4><ul>${items
      .map(i => itemHtml(i, firstAnchor.get(i)))
      .join('')}</ul></section>`;
  });
  const meta = scalars
    .map(i => `<div class="meta${i.mark ? ` m-${i.mark}` : ''}"><dt>${i.field}</dt><dd>${i.mark ? `${SIGN[i.mark]} ` : ''}${esc(visible(i.label))}${i.details.length ? ` <small>(${esc(visible(i.details.join('; ')))})</small>` : ''}</dd></div>`)
    .join('');
  const body =
    doc.text === null
      ? '<p class="notext">No source text: values listed without it.</p>'
      : `<pre class="text">${highlightText(doc.text, list)}</pre>`;
  return `<article class="doc" id="d${index}" data-id="${attr(doc.id)}">
<header><h2>${esc(visible(doc.id))}${status}</h2><p class="path">${esc(visible(doc.path ?? '(no source path)'))}</p>
${notes.map(n => `<p class="note">${esc(visible(n))}</p>`).join('\n')}
<dl class="metas">${meta}</dl></header>
<div class="cols">${body}
<aside class="values">${groups.join('\n') || '<p class="none">No values extracted.</p>'}</aside></div>
</article>`;
}

export interface ReviewPage {
  title: string;
  /** One line under the title: where the records come from (and the base). */
  subtitle: string;
  docs: readonly ReviewDoc[];
  /** Documents with a change against the base, when only those are shown, for the summary. */
  base: string | null;
}

function css(): string {
  const fields = FIELDS.map(f => {
    const c = FIELD_COLORS[f];
    return `.f-${f}{--bg:${c.bg};--line:${c.line}}
body:has(#t-${f}:not(:checked)) mark.f-${f}{background:none;box-shadow:none;outline:none;text-decoration:none}`;
  }).join('\n');
  return `*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fafafa}
.top{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;padding:.6rem 1.2rem}
h1{font-size:1.2rem;margin:0}
.sub{margin:.15rem 0 .4rem;color:#555}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;align-items:center}
.legend label{cursor:pointer;user-select:none;white-space:nowrap}
.legend input{vertical-align:middle;margin:0 .25rem 0 0}
.marks{color:#555;margin-left:auto}
.marks mark{margin:0 .2rem;padding:0 .25rem}
.swatch{display:inline-block;width:.85em;height:.85em;border-radius:2px;background:var(--bg);border:1px solid var(--line);vertical-align:-.05em;margin-right:.3em}
nav.toc{padding:.6rem 1.2rem;columns:3 18rem;font-size:13px}
nav.toc a{text-decoration:none}
.doc{background:#fff;margin:1rem 1.2rem;border:1px solid #ddd;border-radius:6px}
.doc>header{padding:.6rem 1rem;border-bottom:1px solid #eee}
h2{font-size:1.05rem;margin:0;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.path{margin:.1rem 0;color:#666;font-size:12px}
.note{margin:.3rem 0;padding:.25rem .5rem;background:#fff4e5;border-left:3px solid #e69500;font-size:13px}
.metas{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.3rem 0 0}
.meta{display:flex;gap:.35rem}
.meta dt{color:#666}.meta dd{margin:0}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(15rem,2fr)}
pre.text{margin:0;padding:.8rem 1rem;white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 Georgia,"Times New Roman",serif;border-right:1px solid #eee}
.notext{padding:.8rem 1rem;color:#666;font-style:italic}
mark.hl{background:var(--bg);color:inherit;box-shadow:inset 0 -2px 0 var(--line);border-radius:1px;scroll-margin-top:8rem}
mark.f-obligations{box-shadow:inset 0 -1px 0 var(--line)}
mark.m-added{outline:2px solid #1a7f37;outline-offset:0}
mark.m-changed{outline:2px dashed #bf8700;outline-offset:0}
mark.m-removed{text-decoration:line-through #cf222e 2px;outline:2px dotted #cf222e}
mark:target{outline:3px solid #0969da}
aside.values{padding:.5rem .8rem;font-size:13px;min-width:0}
.group h4{margin:.5rem 0 .2rem;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#444}
.group ul{list-style:none;margin:0;padding:0}
.value{padding:.15rem .35rem;margin:.1rem 0;border-left:3px solid var(--line);background:color-mix(in srgb,var(--bg) 35%,#fff)}
.value a{color:inherit;text-decoration:none}.value a:hover{text-decoration:underline}
.value.m-added{border-left-color:#1a7f37;background:#e6f4ea}
.value.m-removed{border-left-color:#cf222e;background:#fdecea;text-decoration:line-through}
.value.m-changed{border-left-color:#bf8700;background:#fff8e1}
.sign{font-weight:700}
.m-added>.sign{color:#1a7f37}.m-removed>.sign{color:#cf222e}.m-changed>.sign{color:#bf8700}
.rules code{font-size:11px;color:#555;background:#f2f2f2;padding:0 .2em;border-radius:2px}
.details{margin:.1rem 0 0 1rem;padding:0;color:#6a4a00;font-size:12px;text-decoration:none}
.count{color:#777;font-weight:normal}
.status{font:600 11px system-ui,sans-serif;text-transform:uppercase;padding:.05rem .35rem;border-radius:3px;vertical-align:middle;margin-left:.4rem}
.s-added{background:#dafbe1;color:#1a7f37}.s-removed{background:#ffebe9;color:#cf222e}.s-changed{background:#fff8c5;color:#7d4e00}
.none{color:#777}
.meta.m-added dd{color:#1a7f37}.meta.m-removed dd{color:#cf222e;text-decoration:line-through}.meta.m-changed dd{color:#7d4e00}
${fields}`;
}

export function renderReview(page: ReviewPage): string {
  const counts = Object.fromEntries(FIELDS.map(f => [f, 0])) as Record<FieldName, number>;
  for (const d of page.docs) for (const i of d.items) if (i.mark !== 'removed') counts[i.field]++;
  const legend = SPAN_FIELDS.map(
    f => `<label class="f-${f}"><input type="checkbox" id="t-${f}" checked><span class="swatch f-${f}"></span>${f} <span class="count">${counts[f]}</span></label>`,
  ).join('\n');
  const marks = page.base
    ? `<span class="marks"><mark class="hl m-added">added</mark> <mark class="hl m-changed">changed</mark> <mark class="hl m-removed">removed</mark> since ${esc(visible(page.base))}</span>`
    : '';
  const toc = page.docs.length > 1
    ? `<nav class="toc"><ol>${page.docs
        .map((d, i) => `<li><a href="#d${i}">${esc(visible(d.id))}</a>${d.status && d.status !== 'unchanged' ? ` <span class="status s-${d.status}">${d.status}</span>` : ''}</li>`)
        .join('')}</ol></nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${esc(visible(page.title))}</title>
<style>
${css()}
</style>
</head>
<body>
<div class="top">
<h1>${esc(visible(page.title))}</h1>
<p class="sub">${esc(visible(page.subtitle))}</p>
<div class="legend">${legend}${marks}</div>
</div>
${toc}
${page.docs.map(docHtml).join('\n') || '<p class="none" style="padding:1rem">No documents to show.</p>'}
</body>
</html>
`;
}
