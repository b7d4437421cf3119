// Renders a DiffResult as Markdown (pull-request comment, job summary), plain or coloured text
// (terminal) or JSON. Pure: colour is a parameter, not a look at the terminal.
import type { Evidence, FieldName } from './values.ts';
import { FIELDS, SCALAR_FIELDS, quote, visible } from './values.ts';
import type { DiffResult, DocDiff, ValueChange } from './diff.ts';

const MARK: Record<ValueChange['kind'], string> = { added: '+', removed: '-', changed: '!' };
const EVIDENCE_SHOWN = 3;

function evidenceText(e: Evidence): string {
  return `${quote(e.text, 160)} · ${e.rule}`;
}

/** The lines of one change, in `diff` notation: + added, - removed, ! changed; details indented. */
export function changeLines(c: ValueChange): string[] {
  // A scalar's head shows old → new; a list value's head shows the value, its attributes follow.
  const head = c.oldLabel !== null && SCALAR_FIELDS.includes(c.field) ? `${c.oldLabel} → ${c.label}` : c.label;
  const lines = [`${MARK[c.kind]} ${c.field}: ${head}`];
  for (const a of c.attrs) {
    if (a.name === 'value' && SCALAR_FIELDS.includes(c.field)) continue; // already in the head line
    lines.push(`    ${a.name}: ${a.old || '∅'} → ${a.new || '∅'}`);
  }
  if (c.kind === 'changed' && (c.evidenceAdded.length || c.evidenceRemoved.length)) {
    // Evidence with the same text on both sides whose rule changed reads as one line.
    const gained = [...c.evidenceAdded];
    const lost: Evidence[] = [];
    const ruleChanged: string[] = [];
    for (const e of c.evidenceRemoved) {
      const i = gained.findIndex(g => g.text === e.text);
      if (i < 0) lost.push(e);
      else {
        // The text is worth repeating only when the value has several spans (which one changed?).
        const which = c.evidence.length > 1 ? `  ${quote(e.text, 80)}` : '';
        ruleChanged.push(`    rule: ${e.rule} → ${gained.splice(i, 1)[0]!.rule}${which}`);
      }
    }
    const list = (label: string, es: Evidence[]): string[] => [
      ...es.slice(0, EVIDENCE_SHOWN).map(e => `    ${label} ${evidenceText(e)}`),
      ...(es.length > EVIDENCE_SHOWN ? [`    ${label} (${es.length - EVIDENCE_SHOWN} more)`] : []),
    ];
    lines.push(...ruleChanged.slice(0, EVIDENCE_SHOWN));
    if (ruleChanged.length > EVIDENCE_SHOWN) lines.push(`    rule: (${ruleChanged.length - EVIDENCE_SHOWN} more)`);
    lines.push(...list('evidence lost:  ', lost), ...list('evidence gained:', gained));
  } else if (c.evidence.length) {
    const more = c.evidence.length > 1 ? ` (+${c.evidence.length - 1} more)` : '';
    lines.push(`    ${evidenceText(c.evidence[0]!)}${more}`);
  }
  return lines.map(l => visible(l.replace(/[\n\r\t]/g, ' ')));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function setLine(s: DiffResult['old']): string {
  const rules = s.rules.length ? `, rules ${s.rules.join(' + ')}` : '';
  return `${s.label} (${plural(s.documents, 'document')}${rules})`;
}

function totals(r: DiffResult): string {
  const d = r.summary.documents;
  const moved = d.movedOnly ? `, ${d.movedOnly} of them with moved text only` : '';
  return `${d.changed} changed, ${d.added} added, ${d.removed} removed; ${d.unchanged} unchanged${moved}`;
}

function fieldRows(r: DiffResult): { field: FieldName; added: number; removed: number; changed: number }[] {
  return FIELDS.map(f => ({ field: f, ...r.summary.fields[f] })).filter(x => x.added + x.removed + x.changed > 0);
}

function movedTotal(r: DiffResult): number {
  return FIELDS.reduce((n, f) => n + r.summary.fields[f].moved, 0);
}

function docHeadNote(d: DocDiff): string {
  const parts = [d.path ?? '(no source path)'];
  if (d.sourceChanged) parts.push('source text edited');
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Inline code that survives any content: a fence longer than the longest backtick run inside. */
export function mdCode(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

function fenced(lines: string[], lang: string): string[] {
  const body = lines.join('\n');
  const longest = Math.max(2, ...(body.match(/`{3,}/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${lang}`, ...lines, fence];
}

export interface MarkdownOptions {
  /** Stop listing documents past this many characters (GitHub's job summary takes 1 MiB). */
  maxChars?: number;
}

export function formatMarkdown(r: DiffResult, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? Infinity;
  const out: string[] = ['## Extraction diff', ''];
  out.push(`${mdCode(setLine(r.old))} → ${mdCode(setLine(r.new))}`, '');
  if (r.documents.length === 0) {
    const moved = movedTotal(r);
    out.push(
      `**No extracted value changed** across ${plural(r.summary.documents.unchanged, 'document')}` +
        (moved ? ` (${plural(moved, 'value')} only moved in the text).` : '.'),
    );
    return `${out.join('\n')}\n`;
  }
  out.push(`**Documents: ${totals(r)}.**`, '');
  const rows = fieldRows(r);
  if (rows.length) {
    out.push('Values in the documents present on both sides:', '');
    out.push('| field | added | removed | changed |', '| :-- | --: | --: | --: |');
    for (const row of rows) out.push(`| ${row.field} | ${row.added} | ${row.removed} | ${row.changed} |`);
    out.push('');
  }
  const moved = movedTotal(r);
  if (moved) out.push(`${plural(moved, 'value')} only moved (same value and evidence at other offsets): not listed.`, '');
  let size = out.join('\n').length;
  let shown = 0;
  for (const d of r.documents) {
    const block = [`### ${mdCode(d.id)} · ${d.status}`, '', mdCode(docHeadNote(d)), '', ...fenced(d.changes.flatMap(changeLines), 'diff'), ''];
    const text = block.join('\n');
    if (shown > 0 && size + text.length > maxChars) break;
    out.push(...block);
    size += text.length + 1;
    shown++;
  }
  if (shown < r.documents.length) {
    out.push(`… ${plural(r.documents.length - shown, 'more document')} with changes not shown here (size limit): run \`accords diff\` locally.`, '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Text

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m' };

export function formatText(r: DiffResult, options: { color?: boolean } = {}): string {
  const c = (code: keyof typeof ANSI, s: string): string => (options.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const out: string[] = [`old: ${setLine(r.old)}`, `new: ${setLine(r.new)}`];
  if (r.documents.length === 0) {
    const moved = movedTotal(r);
    out.push(`no extracted value changed (${plural(r.summary.documents.unchanged, 'document')}${moved ? `, ${plural(moved, 'value')} only moved` : ''})`);
    return `${out.join('\n')}\n`;
  }
  out.push(c('bold', `documents: ${totals(r)}`));
  const rows = fieldRows(r);
  if (rows.length) out.push('values in the documents present on both sides:');
  const width = Math.max(0, ...rows.map(x => x.field.length));
  for (const row of rows) {
    out.push(`  ${row.field.padEnd(width)}  ${c('green', `+${row.added}`)} ${c('red', `-${row.removed}`)} ${c('yellow', `!${row.changed}`)}`);
  }
  const moved = movedTotal(r);
  if (moved) out.push(c('dim', `  ${plural(moved, 'value')} only moved (other offsets): not listed`));
  for (const d of r.documents) {
    out.push('', c('bold', `${d.id} (${d.status})`) + c('dim', `  ${docHeadNote(d)}`));
    for (const ch of d.changes) {
      const colour = ch.kind === 'added' ? 'green' : ch.kind === 'removed' ? 'red' : 'yellow';
      const [head, ...rest] = changeLines(ch);
      out.push(`  ${c(colour, head!)}`, ...rest.map(l => `  ${c('dim', l)}`));
    }
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// JSON

export function formatJson(r: DiffResult): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
