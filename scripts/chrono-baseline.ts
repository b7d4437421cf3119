// Baseline: how far does chrono-node alone get on the gold `dates` field, beside our extractDates?
//
//   npm install --save-dev chrono-node        (once; this script installs nothing)
//   npx tsx scripts/chrono-baseline.ts [--gold DIR]      (default ../shared/eval/dev)
//
// chrono: chrono.en for documents whose gold language is en, chrono.es for es (others: nothing),
// reference date = the gold documentDate, else a fixed 2026-03-12. Each parsed date (both ends of
// a range) becomes an ISO value at the precision chrono is certain of: YYYY-MM-DD when day and
// month are certain (the year as chrono has it, certain or implied from the reference), YYYY-MM
// when the month is, YYYY when only the year is; anything else (a weekday, a time) is dropped.
// Ours: the pipeline's own steps (header, language, document date, extractDates).
// Scores: unique values per document against gold `dates`, micro-averaged P/R/F1 for all/en/es
// (groups by gold language, like `accords eval`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { foldSameLength } from '../src/core/text.ts';
import { extractDates, extractDocumentDate } from '../src/extractors/dates/index.ts';
import type { DocContext } from '../src/pipeline/context.ts';
import { parseHeader } from '../src/pipeline/header.ts';
import { detectLanguage } from '../src/pipeline/language.ts';
import { normalizeNewlines } from '../src/pipeline/load.ts';
import { splitSentences } from '../src/pipeline/segment.ts';

const FIXED_REFERENCE = '2026-03-12';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface ChronoComponents {
  get(c: string): number | null;
  isCertain(c: string): boolean;
}
interface ChronoResult {
  start: ChronoComponents;
  end?: ChronoComponents | null;
}
interface ChronoParser {
  parse(text: string, ref?: Date): ChronoResult[];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function chronoValue(c: ChronoComponents): string | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return null;
  if (c.isCertain('day') && c.isCertain('month') && m !== null && d !== null) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('month') && m !== null) return `${pad(y, 4)}-${pad(m)}`;
  if (c.isCertain('year')) return pad(y, 4);
  return null;
}

function score(gold: readonly string[], predicted: readonly string[]): Counts {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const v of p) if (g.has(v)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f = 2 * c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  const show = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(3));
  return `${show(p)}  ${show(r)}  ${show(f)}`;
}

function ours(raw: string): string[] {
  const text = normalizeNewlines(raw.replace(/^\uFEFF/, ''));
  const header = parseHeader(text);
  const language = detectLanguage(text.slice(header.bodyStart));
  if (language.status !== 'ok' || language.code === 'und') return [];
  const lang = language.code;
  const ctx: DocContext = {
    text,
    lang,
    folded: foldSameLength(text),
    sentences: splitSentences(text, lang, header.bodyStart),
    header: header.fields,
    bodyStart: header.bodyStart,
    referenceDate: null,
  };
  const dd = extractDocumentDate(ctx);
  if (dd && /^\d{4}-\d{2}-\d{2}$/.test(dd.value)) ctx.referenceDate = dd.value;
  return extractDates(ctx).map(d => d.value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { gold: { type: 'string', default: '../shared/eval/dev' } } });
  const dir = resolve(values.gold!);
  const goldDir = join(dir, 'gold');
  const docsDir = join(dir, 'docs');
  if (!existsSync(goldDir) || !existsSync(docsDir)) {
    process.stdout.write(`chrono-baseline: no gold set at ${dir} (expected gold/ and docs/ inside); nothing to score.\n`);
    return 0;
  }
  let chrono: { en: ChronoParser; es: ChronoParser };
  try {
    chrono = (await import('chrono-node')) as unknown as { en: ChronoParser; es: ChronoParser };
  } catch {
    process.stderr.write('chrono-baseline: chrono-node is not installed; run `npm install --save-dev chrono-node` first.\n');
    return 1;
  }
  const groups = ['all', 'en', 'es'] as const;
  const totals = Object.fromEntries(groups.flatMap(g => [[`chrono.${g}`, { tp: 0, fp: 0, fn: 0 }], [`ours.${g}`, { tp: 0, fp: 0, fn: 0 }]])) as Record<
    string,
    Counts
  >;
  const docs: Record<string, number> = { all: 0, en: 0, es: 0 };
  for (const file of readdirSync(goldDir).filter(f => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { language: string; documentDate: string | null; dates: string[] };
    const docPath = join(docsDir, file.replace(/\.json$/, '.txt'));
    if (!existsSync(docPath)) {
      process.stderr.write(`chrono-baseline: ${file}: no document ${docPath}; skipped\n`);
      continue;
    }
    const raw = readFileSync(docPath, 'utf8');
    const parser = gold.language === 'en' ? chrono.en : gold.language === 'es' ? chrono.es : null;
    const ref = gold.documentDate ?? FIXED_REFERENCE;
    const [y, m, d] = ref.split('-').map(Number) as [number, number, number];
    const predicted = parser
      ? parser
          .parse(normalizeNewlines(raw), new Date(y, m - 1, d, 12))
          .flatMap(r => [r.start, r.end ?? null])
          .filter((c): c is ChronoComponents => c !== null)
          .map(chronoValue)
          .filter((v): v is string => v !== null)
      : [];
    const inGroups = ['all', ...(gold.language === 'en' || gold.language === 'es' ? [gold.language] : [])];
    const c = score(gold.dates, predicted);
    const o = score(gold.dates, ours(raw));
    for (const g of inGroups) {
      docs[g]!++;
      for (const [k, v] of [
        [`chrono.${g}`, c],
        [`ours.${g}`, o],
      ] as const) {
        totals[k]!.tp += v.tp;
        totals[k]!.fp += v.fp;
        totals[k]!.fn += v.fn;
      }
    }
  }
  process.stdout.write(`dates against ${dir}\n`);
  process.stdout.write(`${'group'.padEnd(12)}${'docs'.padStart(5)}   P      R      F1\n`);
  for (const g of groups) {
    for (const who of ['chrono', 'ours']) {
      process.stdout.write(`${`${who}.${g}`.padEnd(12)}${String(docs[g]).padStart(5)}   ${prf(totals[`${who}.${g}`]!)}\n`);
    }
  }
  return 0;
}

process.exitCode = await main();
