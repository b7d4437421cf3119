// What a record and the manifest say about the program that made them: the pipeline version, the
// record schema's version and the rules hash. Light on purpose (no extractor, no zod): the CLI's
// main thread reads these while the extraction itself runs on worker threads.
import { rulesHash } from './rules-hash.ts';

export const PIPELINE_VERSION = '0.1.0';

export const SCHEMA_VERSION = 1;

/** The hash of the rule sources (see rules-hash.ts), stored in each record and the manifest. */
export function currentRulesHash(): string {
  return rulesHash();
}
