// Every rule of every field, in one list: for the rules hash, the parity test and the docs.
// Stage order lives in src/pipeline/extract.ts; this is only the catalogue.
import type { RuleMeta } from '../core/rules.ts';
import * as dates from './dates/index.ts';
import * as timelines from './timelines/index.ts';
import * as minerals from './minerals/index.ts';
import * as obligations from './obligations/index.ts';
import * as entities from './entities/index.ts';
import * as officials from './officials/index.ts';
import * as instruments from './instruments/index.ts';
import * as parties from './parties/index.ts';
import * as relevance from './relevance/index.ts';

/** The extractor modules; their exported functions and data are part of the rules hash. */
export const MODULES = { dates, timelines, minerals, obligations, entities, officials, instruments, parties, relevance } as const;

export const ALL_RULES: readonly RuleMeta[] = Object.values(MODULES).flatMap(m => m.RULES);
