// Runs tasks on N worker threads (or inline for N = 1) and hands results back IN TASK ORDER,
// whatever order they finish in, so output is the same for any N. At most `window` tasks are in
// flight, which bounds the memory held by the reorder buffer however large the corpus.
import { Worker } from 'node:worker_threads';
import { processOne, type DocResult, type Task } from './process-one.ts';
import { MAIN_BUDGET_MB, periodicCollector } from './gc.ts';

/** Documents in progress at once when running inline (--jobs 1). */
const READ_AHEAD = 4;
/**
 * Young generation of a worker thread (MB), V8's default being 3 × 16 MB semi-spaces. What a
 * document allocates dies with it; a smaller nursery means more scavenges and some short-lived
 * objects promoted, for ~15 MB less resident memory per worker: at 100,000 documents with two
 * workers the peak went from 316 to 287 MB (README, Performance).
 */
export const WORKER_YOUNG_MB = 8;

/**
 * Runs tasks 0 … count-1. Each task is made when it is sent (taskAt), so a run of 100,000
 * documents does not hold 100,000 task objects.
 */
export async function runOrdered(count: number, taskAt: (i: number) => Task, jobs: number, onResult: (r: DocResult) => Promise<void> | void): Promise<void> {
  // The main thread holds each result until it is written, inline or not: it collects too.
  const inline = jobs <= 1 || count < 2;
  const tick = periodicCollector(inline ? {} : { budgetBytes: MAIN_BUDGET_MB * 1024 * 1024 });
  if (inline) {
    // Inline: a few documents are in progress at once, so the output streams' writes and the
    // reads of previous records (fs.promises) overlap the extraction; files are read synchronously.
    const ahead: Promise<DocResult>[] = [];
    let next = 0;
    while (next < count || ahead.length > 0) {
      while (ahead.length < READ_AHEAD && next < count) ahead.push(processOne(taskAt(next++)));
      await onResult(await ahead.shift()!);
      tick();
    }
    return;
  }
  const window = jobs * 16;
  const workers = Array.from({ length: Math.min(jobs, count) }, () => new Worker(new URL('./worker-entry.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }));
  const pending = new Map<number, DocResult>();
  let next = 0; // next task to send
  let emit = 0; // next result to hand back
  let chain: Promise<void> = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      const idle: Worker[] = [];
      const send = (w: Worker): void => {
        if (next < count && next - emit < window) {
          w.postMessage({ seq: next, task: taskAt(next) });
          next++;
        } else idle.push(w);
      };
      for (const w of workers) {
        w.on('error', reject);
        w.on('message', (msg: { seq: number; result: DocResult }) => {
          pending.set(msg.seq, msg.result);
          while (pending.has(emit)) {
            const r = pending.get(emit)!;
            pending.delete(emit);
            emit++;
            chain = chain.then(() => onResult(r)).then(tick);
          }
          chain.catch(reject);
          send(w);
          while (idle.length && next < count && next - emit < window) send(idle.pop()!);
          if (emit === count) chain.then(resolve, reject);
        });
        send(w);
      }
    });
  } finally {
    await Promise.all(workers.map(w => w.terminate()));
  }
}
