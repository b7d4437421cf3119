// `npm run bench [-- --docs N]`: builds a synthetic corpus of ~2 KB documents varied from the
// fixtures, then measures docs/s, MB/s, ms per document (p50, p95) and peak RSS for the floor
// (read + decode + language detection) and the full pipeline at --jobs 1 and 2, an unchanged
// re-run, a re-run with 1% of the documents changed, and the corpus's documents as one 4.9 MB
// file (time against size). Each scenario runs in its own process.
// Figures go to stdout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareStrings } from '../src/core/text.ts';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '10000' }, jobs: { type: 'string', default: '1,2' }, keep: { type: 'boolean', default: false }, 'corpus-only': { type: 'boolean', default: false } },
});
const N = Number(values.docs);
const JOBS = values.jobs.split(',').map(Number);
const root = path.resolve('.tmp/bench');
// v2: documents keep their headline and paragraphs (v1 ran each document together on one line).
const corpus = path.join(root, `corpus-v2-${N}`);
const out = path.join(root, 'out');

/** Deterministic pseudo-random numbers (mulberry32), so the corpus is the same every time. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCorpus(): void {
  if (existsSync(path.join(corpus, '.complete'))) return;
  rmSync(corpus, { recursive: true, force: true });
  const fixtures = path.resolve('fixtures/docs');
  // Each fixture as paragraphs of sentences: a press release has a headline and paragraphs, and
  // the pipeline reads both (headline rules; dates and timelines take their context per paragraph).
  const byLang: Record<string, string[][][]> = { en: [], es: [] };
  for (const f of readdirSync(fixtures).sort()) {
    const lang = f.slice(0, 2);
    if (!(lang in byLang)) continue;
    // A ~2 KB document is built from a full release; a one-sentence note would be repeated.
    if (statSync(path.join(fixtures, f)).size < 1000) continue;
    const text = readFileSync(path.join(fixtures, f), 'utf8').replace(/^\s*date \S+\s*/, '');
    const paragraphs = text
      .split(/\n\s*\n/)
      .map(p => p.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+/).filter(s => s.length > 0))
      .filter(p => p.length > 0);
    byLang[lang]!.push(paragraphs);
  }
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const vary = (s: string): string => s.replace(/\b(\d{1,3})\b/g, () => String(1 + Math.floor(rand() * 90)));
  for (let i = 0; i < N; i++) {
    const lang = i % 2 === 0 ? 'en' : 'es';
    const docs = byLang[lang]!;
    const base = docs[i % docs.length]!;
    // The base document's headline, then its paragraphs in order (again from the top if it is
    // short); in each paragraph, 30% of the sentences come from another document of the language.
    const paragraphs: string[] = [vary(base[0]!.join(' '))];
    let size = Buffer.byteLength(paragraphs[0]!);
    for (let k = 1; size < 2000; k++) {
      const para = base[1 + ((k - 1) % Math.max(1, base.length - 1))] ?? base[0]!;
      const out = para.map(s => {
        if (rand() < 0.7) return vary(s);
        const other = pick(docs).slice(1);
        return vary(other.length > 0 ? pick(pick(other)) : s);
      });
      const p = out.join(' ');
      paragraphs.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const month = String(1 + (i % 12)).padStart(2, '0');
    const header = i % 3 === 0 ? '' : `date 2026-${month}-${String(1 + (i % 28)).padStart(2, '0')}\n`;
    const dir = path.join(corpus, String(Math.floor(i / 1000)).padStart(3, '0'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${lang}-${String(i).padStart(6, '0')}.txt`), `${header}${paragraphs.join('\n\n')}\n`);
  }
  writeFileSync(path.join(corpus, '.complete'), '');
}

interface Result {
  mode: string;
  jobs: number;
  docs: number;
  bytes: number;
  elapsedMs: number;
  p50: number;
  p95: number;
  maxRssMb: number;
  /** Whether the scenario ran the build in dist/ (else the sources through tsx). */
  build: boolean;
}

function scenario(mode: 'floor' | 'full' | 'rerun', jobs: number, dir = corpus, outDir = `${out}-${jobs}`): Result {
  const stdout = execFileSync('node', ['scripts/bench-run.js', mode, dir, outDir, String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Result;
}

/** The corpus's .txt files, sorted. */
function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => compareStrings(a.name, b.name))
    .flatMap(e => (e.isDirectory() ? corpusFiles(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
}

function corpusBytes(dir: string): number {
  return corpusFiles(dir).reduce((total, f) => total + statSync(f).size, 0);
}

/**
 * Runs `run` with one document in 1/share changed (a line added), as after a week's corrections,
 * then puts the documents back. The corpus is marked incomplete meanwhile, so a benchmark killed
 * halfway builds it afresh next time.
 */
function withChanged<T>(share: number, run: () => T): T {
  const every = Math.round(1 / share);
  const changed = corpusFiles(corpus).filter((_, i) => i % every === every - 1);
  const originals = changed.map(f => readFileSync(f));
  rmSync(path.join(corpus, '.complete'));
  try {
    changed.forEach((f, i) => writeFileSync(f, Buffer.concat([originals[i]!, Buffer.from('\nUpdated with corrections from the ministry.\n')])));
    return run();
  } finally {
    changed.forEach((f, i) => writeFileSync(f, originals[i]!));
    writeFileSync(path.join(corpus, '.complete'), '');
  }
}

/** Bytes of the one-file scenario: just under the default --max-bytes (5,000,000). */
const LARGE_BYTES = 4_900_000;

/**
 * One file holding many of the corpus's documents one after another (a year of releases saved
 * as one document), LARGE_BYTES long: its time shows whether the cost of a document grows with
 * its size alone. Built once, beside the corpus.
 */
function buildLarge(): string {
  const dir = path.join(root, `large-v1-${N}`);
  const file = path.join(dir, 'releases.txt');
  if (existsSync(file)) return dir;
  mkdirSync(dir, { recursive: true });
  const parts: Buffer[] = [];
  let size = 0;
  for (const f of corpusFiles(corpus)) {
    if (size >= LARGE_BYTES) break;
    const b = readFileSync(f);
    parts.push(b, Buffer.from('\n'));
    size += b.length + 1;
  }
  // Cut at a line break, so that the file does not end inside a character.
  const all = Buffer.concat(parts);
  writeFileSync(file, all.subarray(0, all.lastIndexOf(0x0a, LARGE_BYTES) + 1));
  return dir;
}

buildCorpus();
if (values['corpus-only']) {
  process.stdout.write(`corpus: ${path.relative('.', corpus)}\n`);
  process.exit(0);
}
const bytes = corpusBytes(corpus);
process.stdout.write(`corpus: ${N} documents, ${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / N)} bytes on average) in ${path.relative('.', corpus)}\n\n`);
const rows: (Result & { label: string })[] = [];
for (const jobs of JOBS) {
  rows.push({ label: `floor (read+decode+language)`, ...scenario('floor', jobs) });
  rmSync(`${out}-${jobs}`, { recursive: true, force: true });
  rows.push({ label: 'full pipeline', ...scenario('full', jobs) });
  rows.push({ label: 'unchanged re-run', ...scenario('rerun', jobs) });
  rows.push({ label: '1% changed re-run', ...withChanged(0.01, () => scenario('rerun', jobs)) });
}
const fmt = (x: number, d = 0): string => x.toFixed(d);
process.stdout.write(`program: ${rows.every(r => r.build) ? 'the build in dist/ (npm run build)' : 'the sources through tsx (no current build in dist/)'}\n`);
process.stdout.write('scenario                         jobs   docs/s   MB/s   ms/doc p50   p95    peak RSS MB   elapsed s\n');
for (const r of rows) {
  const s = r.elapsedMs / 1000;
  process.stdout.write(
    `${r.label.padEnd(32)} ${String(r.jobs).padStart(4)} ${fmt(r.docs / s).padStart(8)} ${fmt(bytes / 1e6 / s, 2).padStart(6)} ` +
      `${fmt(r.p50, 2).padStart(12)} ${fmt(r.p95, 2).padStart(6)} ${fmt(r.maxRssMb).padStart(13)} ${fmt(s, 2).padStart(11)}\n`,
  );
}
process.stdout.write('\n');
for (const jobs of JOBS) {
  const get = (label: string): Result => rows.find(r => r.jobs === jobs && r.label.startsWith(label))!;
  const floor = get('floor');
  const full = get('full');
  const rerun = get('unchanged');
  const changed = get('1% changed');
  const perCore = full.docs / (full.elapsedMs / 1000) / jobs;
  process.stdout.write(
    `jobs ${jobs}: ${fmt(perCore)} docs/s per core (target ≥ 600); full/floor ${fmt(full.elapsedMs / floor.elapsedMs, 2)}× (target ≤ 2.5×); ` +
      `re-run/full ${fmt((100 * rerun.elapsedMs) / full.elapsedMs, 1)}% (target ≤ 5%); 1% changed/full ${fmt((100 * changed.elapsedMs) / full.elapsedMs, 1)}%; ` +
      `peak RSS ${fmt(Math.max(full.maxRssMb, rerun.maxRssMb, changed.maxRssMb))} MB\n`,
  );
}
const large = buildLarge();
const largeBytes = statSync(path.join(large, 'releases.txt')).size;
const one = scenario('full', 1, large, `${out}-large`);
process.stdout.write(
  `one file of ${fmt(largeBytes / 1e6, 1)} MB (documents of the corpus one after another), full pipeline, jobs 1: ` +
    `${fmt(one.elapsedMs / 1000, 2)} s, ${fmt(largeBytes / 1e6 / (one.elapsedMs / 1000), 2)} MB/s (the corpus as separate files: MB/s above), peak RSS ${fmt(one.maxRssMb)} MB\n`,
);
if (!values.keep) for (const dir of [...JOBS.map(jobs => `${out}-${jobs}`), `${out}-large`]) rmSync(dir, { recursive: true, force: true });
