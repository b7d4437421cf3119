// `accords review [PATH...] [--out FILE] [--base REF]`: writes one self-contained HTML page to
// read the extracted values against the documents' text. Records come from the output folder;
// each document's text is read again from its source path and decoded as extract decoded it, so
// the offsets match. Messages go to stderr.
// Exit codes: 0 written; 2 usage error, or a folder or ref that cannot be read.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffDocument, type DocDiff } from '../diff/diff.ts';
import type { DocValues } from '../diff/values.ts';
import { decodeBytes } from '../pipeline/load.ts';
import { reviewItems, type ReviewDoc } from '../review/items.ts';
import { renderReview } from '../review/render.ts';
import { LoadError, loadFolder, loadGitRef, type LoadedSet } from './diff.ts';
import { log } from './log.ts';

export const REVIEW_HELP = `Usage: accords review [PATH...] [options]

Writes one HTML page (self-contained: no script, no external file, works offline) showing each
document's text with the extracted spans highlighted by field, the rule id on hover, and the list
of values beside it. The text is read again from each record's source path.

Arguments:
  PATH                 only documents whose source is this file or under this folder, or whose
                       record id is PATH (default: every record)

Options:
  --out FILE|DIR       the page to write, or a folder to write review.html in (default: review.html)
  --dir DIR            the output folder to read records from (default: output/)
  --base REF           mark what changed since DIR at git ref REF (added, removed, changed
                       values); only changed documents are shown unless --all
  --all                with --base, show unchanged documents too
  -h, --help           show this help

Exit codes: 0 written, 2 usage error or unreadable input.
`;

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Whether a record is selected by the PATH arguments (source path, folder prefix, or id). */
export function selects(doc: DocValues, selectors: readonly string[], cwd = process.cwd()): boolean {
  if (selectors.length === 0) return true;
  const src = doc.path === null ? null : path.resolve(cwd, doc.path);
  return selectors.some(sel => {
    if (sel === doc.id) return true;
    if (src === null) return false;
    const abs = path.resolve(cwd, sel);
    return src === abs || src.startsWith(abs.endsWith(path.sep) ? abs : abs + path.sep);
  });
}

/** The decoded text a record's offsets refer to, with notes when it is missing or has changed. */
async function sourceText(doc: DocValues): Promise<{ text: string | null; notes: string[] }> {
  if (doc.path === null) return { text: null, notes: ['the record names no source file: values shown without text'] };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(doc.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { text: null, notes: [`source ${doc.path} ${code === 'ENOENT' ? 'not found' : `cannot be read (${code})`}: values shown without text`] };
  }
  const decoded = decodeBytes(bytes, doc.path);
  if (decoded.unreadable !== null) return { text: null, notes: [`source ${doc.path} is not text (${decoded.unreadable})`] };
  const notes: string[] = [];
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (doc.sha256 !== null && sha !== doc.sha256) {
    notes.push(`source ${doc.path} changed since it was extracted (sha256 differs): run accords extract; spans that no longer match are not highlighted`);
  }
  return { text: decoded.text, notes };
}

export async function reviewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'review.html' },
      dir: { type: 'string', default: 'output' },
      base: { type: 'string' },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(REVIEW_HELP);
    return 0;
  }
  let current: LoadedSet;
  let base: LoadedSet | null = null;
  try {
    current = await loadFolder(values.dir);
    if (values.base !== undefined) base = loadGitRef(values.base, values.dir);
  } catch (e) {
    if (e instanceof LoadError) {
      log.error(e.message);
      return 2;
    }
    throw e;
  }
  for (const n of base?.notes ?? []) log.warn(n);

  const now = new Map(current.docs.map(d => [d.id, d]));
  const before = new Map((base?.docs ?? []).map(d => [d.id, d]));
  const ids = [...new Set([...now.keys(), ...before.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const docs: ReviewDoc[] = [];
  let unchanged = 0;
  for (const id of ids) {
    const doc = now.get(id) ?? null;
    const old = before.get(id) ?? null;
    if (!selects((doc ?? old)!, positionals)) continue;
    let diff: DocDiff | null = null;
    if (base) {
      diff = diffDocument(old, doc);
      if (diff.status === 'unchanged' && !values.all) {
        unchanged++;
        continue;
      }
    }
    const shown = doc ?? old!;
    const { text, notes } = doc ? await sourceText(doc) : { text: null, notes: [`removed: no record in ${current.label} any more`] };
    docs.push({ id, path: shown.path, status: diff?.status ?? null, items: reviewItems(shown, diff), text, notes });
  }
  if (positionals.length && docs.length === 0 && unchanged === 0) log.warn(`no record matches ${positionals.join(', ')}`);

  const subtitle = base
    ? `${docs.length} document${docs.length === 1 ? '' : 's'} from ${current.label} compared with ${base.label}` +
      (unchanged ? ` (${unchanged} unchanged not shown; --all shows them)` : '')
    : `${docs.length} document${docs.length === 1 ? '' : 's'} from ${current.label}`;
  const html = renderReview({ title: 'Extraction review', subtitle, docs, base: base?.label ?? null });
  const target = await reviewTarget(values.out);
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  await fs.writeFile(target, html);
  log.info(`review of ${docs.length} document${docs.length === 1 ? '' : 's'} written to ${toPosix(target)}`);
  return 0;
}

/** --out names the page, or a folder (existing, or written with a trailing slash) to put review.html in. */
async function reviewTarget(out: string): Promise<string> {
  if (/[\\/]$/.test(out)) return path.join(out, 'review.html');
  const st = await fs.stat(out).catch(() => null);
  return st?.isDirectory() ? path.join(out, 'review.html') : out;
}
