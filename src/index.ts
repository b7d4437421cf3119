// Library entry: text in, validated record out. No file I/O anywhere below this module.
export { extractDocument, extractBytes, currentRulesHash, PIPELINE_VERSION, InvalidRecordError } from './pipeline/extract.ts';
export type { DocumentMeta } from './pipeline/extract.ts';
export { decodeBytes } from './pipeline/load.ts';
export { RecordSchema, SCHEMA_VERSION } from './schema/record.ts';
export type * from './schema/record.ts';
