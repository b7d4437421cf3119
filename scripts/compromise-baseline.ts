// Baseline: would compromise's person-name finder do the officials field better than our rules?
//
//   npx tsx scripts/compromise-baseline.ts [--gold DIR]      (default ../shared/eval/dev)
//
// compromise (English only: its Spanish model is a separate, younger package) runs on each
// document whose gold language is en; every distinct `people()` match is a predicted official's
// name. Ours: the names in the pipeline's `officials`. Both are scored against the gold officials'
// names with the lenient name match of `accords eval` (src/eval/match.ts), micro-averaged P/R/F1,
// and timed per document (warm: the second of two runs). Officials need more than names (title, party), which compromise does
// not give; this only asks whether its names would be a better starting point.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { extractBytes } from '../src/index.ts';
import { textSimilarity } from '../src/eval/match.ts';

const { values } = parseArgs({ options: { gold: { type: 'string', default: '../shared/eval/dev' } } });
const dir = resolve(values.gold);
if (!existsSync(join(dir, 'gold'))) {
  console.error(`compromise-baseline: no gold folder at ${dir}/gold`);
  process.exit(0);
}

interface Score { tp: number; fp: number; fn: number; ms: number; docs: number }
const score = (): Score => ({ tp: 0, fp: 0, fn: 0, ms: 0, docs: 0 });
const theirs = score();
const ours = score();

/** Greedy one-to-one matching of predicted to gold names. */
function count(s: Score, predicted: readonly string[], gold: readonly string[]): void {
  const left = [...gold];
  for (const p of predicted) {
    const i = left.findIndex(g => textSimilarity(p, g) > 0);
    if (i >= 0) {
      s.tp++;
      left.splice(i, 1);
    } else s.fp++;
  }
  s.fn += left.length;
}

for (const file of readdirSync(join(dir, 'gold')).filter(f => f.endsWith('.json')).sort()) {
  const id = file.slice(0, -'.json'.length);
  const gold = JSON.parse(readFileSync(join(dir, 'gold', file), 'utf8')) as { language: string; officials?: { name: string }[] };
  if (gold.language !== 'en') continue;
  const bytes = readFileSync(join(dir, 'docs', `${id}.txt`));
  const names = (gold.officials ?? []).map(o => o.name);

  // Each finder runs twice; the second, warm run is timed.
  extractBytes(bytes, { id });
  let t0 = performance.now();
  const record = extractBytes(bytes, { id });
  ours.ms += performance.now() - t0;
  ours.docs++;
  count(ours, [...new Set(record.officials.map(o => o.name))], names);

  const text = bytes.toString('utf8');
  nlp(text).people();
  t0 = performance.now();
  const people = nlp(text).people().out('array') as string[];
  theirs.ms += performance.now() - t0;
  theirs.docs++;
  count(theirs, [...new Set(people.map(p => p.replace(/[\s,.;:'’]+$/u, '').trim()).filter(Boolean))], names);
}

const row = (name: string, s: Score): string => {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${name.padEnd(28)}${p.toFixed(3).padStart(7)}${r.toFixed(3).padStart(7)}${f.toFixed(3).padStart(7)}${(s.ms / Math.max(1, s.docs)).toFixed(1).padStart(12)}`;
};
console.log(`officials' names, English documents of ${dir} (${ours.docs} docs)`);
console.log(`${'finder'.padEnd(28)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'ms/doc'.padStart(12)}`);
console.log(row('compromise people()', theirs));
console.log(row('mineral-accords (whole run)', ours));
