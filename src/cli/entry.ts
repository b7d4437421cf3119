// What bin/ and the benchmark load: the command line and the pieces of a batch run.
export { main } from './main.ts';
export { runExtract } from './extract.ts';
export { findInputs } from './files.ts';
export { runOrdered } from './pool.ts';
