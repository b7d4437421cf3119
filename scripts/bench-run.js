// One benchmark scenario in its own process (so peak RSS is its own): prints one JSON line.
// Plain JavaScript run by plain node, so that it loads the program as bin/accords.js does (the
// build in dist/ when current, else the sources through tsx) and measures what users run.
// usage: node scripts/bench-run.js floor|full|rerun CORPUS OUT JOBS
import { buildIsCurrent, loadProgram } from '../bin/load.js';

const { findInputs, runOrdered, runExtract } = await loadProgram();
const [mode, corpus, out, jobsArg] = process.argv.slice(2);
if (!mode || !corpus || !out || !jobsArg) throw new Error('usage: bench-run.js floor|full|rerun CORPUS OUT JOBS');
const jobs = Number(jobsArg);
const t0 = performance.now();
let times = [];
let docs = 0;
let bytes = 0;
if (mode === 'floor') {
  const { files } = await findInputs([corpus]);
  const tasks = files.toArray().map(f => ({ id: f.id, display: f.display, abs: f.abs, maxBytes: 5_000_000, csvSafe: true, previousSha256: null, previousRecordPath: null, recordFile: null, mode: 'floor' }));
  await runOrdered(tasks.length, i => tasks[i], jobs, r => {
    times.push(r.ms);
    bytes += r.manifest.bytes;
  });
  docs = files.length;
} else {
  const s = await runExtract({ paths: [corpus], out, jobs, full: mode === 'full', maxBytes: 5_000_000, csvSafe: true, quiet: true });
  times = s.times;
  docs = s.total;
  if (s.failed > 0) throw new Error(`${s.failed} documents failed`);
}
const elapsedMs = performance.now() - t0;
times.sort((a, b) => a - b);
const pct = p => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({ mode, jobs, docs, bytes, elapsedMs, p50: pct(0.5), p95: pct(0.95), maxRssMb: process.resourceUsage().maxRSS / 1024, build: process.env.ACCORDS_FROM_SOURCE !== '1' && buildIsCurrent() })}\n`,
);
