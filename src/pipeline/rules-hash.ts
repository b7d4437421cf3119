// The rules hash identifies the rule set by its effect: rule ids and patterns, the extractor
// functions' code and their data. When it changes, every document is reprocessed.
import { createHash } from 'node:crypto';
import { MODULES } from '../extractors/registry.ts';

function describe(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'function') return `fn:${value.toString()}`;
  if (value instanceof RegExp) return `re:/${value.source}/${value.flags}`;
  if (value instanceof Map) return ['map', ...[...value.entries()].map(([k, v]) => [describe(k, seen), describe(v, seen)])];
  if (value instanceof Set) return ['set', ...[...value].map(v => describe(v, seen))];
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (Array.isArray(value)) return value.map(v => describe(v, seen));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = describe((value as Record<string, unknown>)[k], seen);
  return out;
}

let cached: string | null = null;

export function rulesHash(extra: readonly unknown[] = []): string {
  if (cached && extra.length === 0) return cached;
  const h = createHash('sha256');
  for (const name of Object.keys(MODULES).sort()) {
    h.update(name);
    h.update(JSON.stringify(describe(MODULES[name as keyof typeof MODULES])));
  }
  for (const e of extra) h.update(JSON.stringify(describe(e)));
  const digest = h.digest('hex').slice(0, 16);
  if (extra.length === 0) cached = digest;
  return digest;
}
