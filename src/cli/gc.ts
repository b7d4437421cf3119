// Keeps a long batch's memory flat. V8 collects lazily: left alone, the heap of a 100,000-document
// run grew to ~700 MB although what the run keeps alive is ~100 MB. A full collection every
// GC_EVERY documents (a few tens of milliseconds, well under 1% of the run) keeps the resident
// size close to what is alive. Used by the CLI only (main thread and workers), never by the core.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Documents between two full collections. */
export const GC_EVERY = 1000;

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Returns a function to call once per document; every GC_EVERY calls it runs a full collection. */
export function periodicCollector(every: number = GC_EVERY, run: () => void = collect): () => void {
  let count = 0;
  return () => {
    if (++count % every === 0) run();
  };
}
