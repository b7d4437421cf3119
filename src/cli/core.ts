// The core as the CLI uses it, loaded on first use: a main thread that only hands documents to
// worker threads and writes their results never loads the extractors, their word lists or the
// libraries behind them (~40 MB less memory with --jobs 2).
export { extractBytes } from '../pipeline/extract.ts';
export { decodeBytes } from '../pipeline/load.ts';
export { detectLanguage } from '../pipeline/language.ts';

export type Core = typeof import('./core.ts');
