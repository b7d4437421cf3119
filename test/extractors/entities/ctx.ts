// Entity helpers for the entity, official, instrument, party and relevance tests.
import type { Entity, Lang } from '../../../src/schema/record.ts';
import { extractEntities } from '../../../src/extractors/entities/index.ts';
import { docCtx } from '../../helpers/ctx.ts';

export { docCtx, REF } from '../../helpers/ctx.ts';

/** Entity ids of a text, sorted. */
export function ids(entities: readonly Entity[], kind?: 'state' | 'organization'): string[] {
  return entities
    .filter(e => kind === undefined || (kind === 'state' ? e.kind !== 'organization' : e.kind === 'organization'))
    .map(e => e.id)
    .sort();
}

/** The entities of a text. */
export function entitiesOf(text: string, lang: Lang): Entity[] {
  return extractEntities(docCtx(text, lang));
}

/** The first mention of an entity, as [text, rule]. */
export function firstMention(entities: readonly Entity[], id: string): [string, string] | null {
  const e = entities.find(x => x.id === id);
  const m = e?.mentions[0];
  return m ? [m.text, m.rule] : null;
}
