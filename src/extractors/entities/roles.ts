// What the later stages (officials, parties) need to know about the entities found: every
// mention as a flat, sorted list; which state a government body belongs to; and the text's home
// state (the state whose officials the text names without a nationality).
import type { Entity, Lang } from '../../schema/record.ts';
import { SPANISH_SPEAKING_STATES } from '../../lang/es/countries.ts';
import { knownOrganization, organizationKind, type OrgKind } from './organizations.ts';

export interface EntityMention {
  id: string;
  kind: Entity['kind'];
  /** For organizations: government body, company, province … */
  orgKind: OrgKind | null;
  start: number;
  end: number;
  rule: string;
}

const DEMONYM_RULE = /\.entity\.(?:demonym|combining_form)$/;

export function isDemonym(m: { rule: string }): boolean {
  return DEMONYM_RULE.test(m.rule);
}

const mentionMemo = new WeakMap<readonly Entity[], EntityMention[]>();

/** Every mention of every entity, sorted by position (longer first on ties). */
export function entityMentions(entities: readonly Entity[]): EntityMention[] {
  let out = mentionMemo.get(entities);
  if (!out) {
    out = collectMentions(entities);
    mentionMemo.set(entities, out);
  }
  return out;
}

function collectMentions(entities: readonly Entity[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const e of entities) {
    const orgKind = e.kind === 'organization' ? organizationKind(e.id, e.name) : null;
    for (const m of e.mentions) out.push({ id: e.id, kind: e.kind, orgKind, start: m.start, end: m.end, rule: m.rule });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Mentions inside [start, end). */
export function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  return mentions.filter(m => m.start >= start && m.end <= end);
}

const STATE_KINDS = new Set<Entity['kind']>(['state', 'union']);

/**
 * The state a government body (or a state firm) belongs to: a state or demonym right before one of
 * its mentions ("Indonesia's investment ministry", "the Canadian Department of …"), inside it
 * ("Natural Resources Canada"), or right after it ("Ministry of Foreign Affairs of the Republic of
 * Korea", "Departamento de Estado de los Estados Unidos"); else null.
 */
export function stateOfOrganization(text: string, org: Entity, mentions: readonly EntityMention[]): string | null {
  for (const m of org.mentions) {
    for (const s of mentions) {
      if (!STATE_KINDS.has(s.kind)) continue;
      if (s.start >= m.start && s.end <= m.end) return s.id;
      if (s.end <= m.start && m.start - s.end <= 3 && /^(?:['’]s?)?\s?$/.test(text.slice(s.end, m.start))) return s.id;
      if (s.start >= m.end && s.start - m.end <= 12 && /^\s+(?:of|de|del)(?:\s+(?:the|la|los|las))?\s+$/i.test(text.slice(m.end, s.start))) return s.id;
    }
  }
  return null;
}

/**
 * States the text treats as foreign: named as the nationality of a company ("la empresa rusa
 * Uranium One", "CITIC Guoan de China", "Canada's First Quantum") or of an official ("el
 * vicesecretario de Estado estadounidense"), given as `explicit`.
 */
export function foreignStates(text: string, mentions: readonly EntityMention[], explicit: Iterable<string> = []): Set<string> {
  const out = new Set<string>(explicit);
  const companies = mentions.filter(m => m.orgKind === 'company' || m.orgKind === 'state_company');
  for (const s of mentions) {
    if (s.kind !== 'state') continue;
    for (const c of companies) {
      const before = s.end <= c.start && c.start - s.end <= 3 && /^(?:['’]s?)?\s?$/.test(text.slice(s.end, c.start));
      const after = s.start >= c.end && s.start - c.end <= 6 && /^\s+(?:de|of)\s+$/i.test(text.slice(c.end, s.start));
      if (before || after) out.add(s.id);
    }
  }
  return out;
}

/**
 * The text's home state: among the states it names (in a Spanish text, the Spanish-speaking ones
 * when there are any), the most mentioned one that is not foreign (ties: the first named); null
 * when every state is foreign. A government body of the curated list counts as a mention of its
 * state ("the Pentagon" for the United States).
 */
export function homeState(entities: readonly Entity[], foreign: ReadonlySet<string>, lang?: Lang): string | null {
  const stats = new Map<string, { count: number; first: number }>();
  const count = (id: string, n: number, first: number): void => {
    const s = stats.get(id) ?? { count: 0, first };
    s.count += n;
    s.first = Math.min(s.first, first);
    stats.set(id, s);
  };
  for (const e of entities) {
    if (e.kind === 'state') count(e.id, e.mentions.length, e.mentions[0]!.start);
    const known = e.kind === 'organization' ? knownOrganization(e.id) : undefined;
    if (known?.kind === 'government' && known.state) count(known.state, e.mentions.length, e.mentions[0]!.start);
  }
  let candidates = [...stats.keys()].filter(id => !foreign.has(id));
  // A Spanish text is most likely written from a Spanish-speaking state, when it names one.
  if (lang === 'es' && candidates.some(id => SPANISH_SPEAKING_STATES.includes(id))) candidates = candidates.filter(id => SPANISH_SPEAKING_STATES.includes(id));
  candidates.sort((a, b) => stats.get(b)!.count - stats.get(a)!.count || stats.get(a)!.first - stats.get(b)!.first);
  return candidates[0] ?? null;
}

