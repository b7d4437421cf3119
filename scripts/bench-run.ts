// One benchmark scenario in its own process (so peak RSS is its own): prints one JSON line.
// usage: tsx scripts/bench-run.ts floor|full|rerun CORPUS OUT JOBS
import { findInputs } from '../src/cli/files.ts';
import { runOrdered } from '../src/cli/pool.ts';
import { runExtract } from '../src/cli/extract.ts';

const [mode, corpus, out, jobsArg] = process.argv.slice(2);
if (!mode || !corpus || !out || !jobsArg) throw new Error('usage: bench-run.ts floor|full|rerun CORPUS OUT JOBS');
const jobs = Number(jobsArg);
const t0 = performance.now();
let times: number[] = [];
let docs = 0;
let bytes = 0;
if (mode === 'floor') {
  const { files } = await findInputs([corpus]);
  const tasks = files.map(f => ({ id: f.id, display: f.display, abs: f.abs, maxBytes: 5_000_000, csvSafe: true, previousSha256: null, previousRecordPath: null, mode: 'floor' as const }));
  await runOrdered(tasks, jobs, r => {
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
const pct = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({ mode, jobs, docs, bytes, elapsedMs, p50: pct(0.5), p95: pct(0.95), maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
