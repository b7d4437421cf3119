// English and Spanish stay at parity: every rule family of the entity, official, instrument,
// binding, party and relevance fields exists in both languages, unless declared language-specific.
import { describe, expect, it } from 'vitest';
import * as entities from '../../../src/extractors/entities/index.ts';
import * as officials from '../../../src/extractors/officials/index.ts';
import * as instruments from '../../../src/extractors/instruments/index.ts';
import * as parties from '../../../src/extractors/parties/index.ts';
import * as relevance from '../../../src/extractors/relevance/index.ts';

/** Rules that exist in one language on purpose. */
const ONE_LANGUAGE: ReadonlySet<string> = new Set([
  // "EU" abbreviates Estados Unidos only in Spanish text.
  'es.entity.eu_as_united_states',
]);

const modules = { entities, officials, instruments, parties, relevance };

describe.each(Object.entries(modules))('rules of %s', (_name, mod) => {
  const ids = mod.RULES.map(r => r.id);
  it('have unique ids of the form <lang>.<field>.<name>', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(en|es|any)\.[a-z]+\.[a-z_]+$/);
  });
  it('exist in English and Spanish', () => {
    const missing = ids
      .filter(id => !id.startsWith('any.') && !ONE_LANGUAGE.has(id))
      .filter(id => !ids.includes(id.startsWith('en.') ? `es.${id.slice(3)}` : `en.${id.slice(3)}`));
    expect(missing).toEqual([]);
  });
  it('declare their language in the id', () => {
    for (const r of mod.RULES) expect(r.id.split('.')[0]).toBe(r.lang);
  });
});
