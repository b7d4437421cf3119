// What the later stages (officials, parties) need to know about the entities found: every
// mention as a flat, sorted list; which state a government body belongs to; and the text's home
// state (the state whose officials the text names without a nationality).
import type { Entity, Lang } from '../../schema/record.ts';
import { SPANISH_SPEAKING_STATES } from '../../lang/es/countries.ts';
import { knownOrganization, organizationKind, type OrgKind } from './organizations.ts';
import { lowerBound, within } from '../../core/span.ts';

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

const shapes = new WeakMap<readonly { start: number; end: number }[], { sorted: boolean; longest: number }>();

/** Whether a list of mentions is sorted by start, and its longest mention (remembered per list). */
export function shapeOf(list: readonly { start: number; end: number }[]): { sorted: boolean; longest: number } {
  let shape = shapes.get(list);
  if (!shape) {
    let sorted = true;
    let longest = 0;
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && list[i]!.start < list[i - 1]!.start) sorted = false;
      longest = Math.max(longest, list[i]!.end - list[i]!.start);
    }
    shape = { sorted, longest };
    shapes.set(list, shape);
  }
  return shape;
}

/**
 * Whether some item of `list` covers [start, end) and passes `test`: by binary search when the
 * list is sorted by start (an item covering it starts within its longest length before it).
 */
export function someCovering<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number, test: (x: T) => boolean = () => true): boolean {
  const { sorted, longest } = shapeOf(list);
  for (let i = sorted ? lowerBound(list, start - longest) : 0; i < list.length; i++) {
    const x = list[i]!;
    if (sorted && x.start > start) break;
    if (x.start <= start && x.end >= end && test(x)) return true;
  }
  return false;
}

const byEnd = new WeakMap<readonly EntityMention[], Map<number, EntityMention[]>>();

/** The mentions that end at `end`, in list order (indexed once per list). */
export function mentionsEndingAt(mentions: readonly EntityMention[], end: number): readonly EntityMention[] {
  let index = byEnd.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      const list = index.get(m.end);
      if (list) list.push(m);
      else index.set(m.end, [m]);
    }
    byEnd.set(mentions, index);
  }
  return index.get(end) ?? [];
}

/** Mentions inside [start, end). */
export function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  if (shapeOf(mentions).sorted) return within(mentions, start, end);
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
  const memo = stateMemo.get(org);
  if (memo && memo.text === text && memo.mentions === mentions) return memo.value;
  const value = findStateOfOrganization(text, org, mentions);
  stateMemo.set(org, { text, mentions, value });
  return value;
}

/**
 * Asked once per mention of the body (by officials and parties), so remembered per body; and a
 * mention's neighbours are found by binary search in the sorted list: a long text naming one
 * ministry thousands of times was cubic.
 */
const stateMemo = new WeakMap<Entity, { text: string; mentions: readonly EntityMention[]; value: string | null }>();

function findStateOfOrganization(text: string, org: Entity, mentions: readonly EntityMention[]): string | null {
  const { sorted, longest } = shapeOf(mentions);
  for (const m of org.mentions) {
    // Every state that can qualify m starts within [m.start - 3 - longest, m.end + 12].
    const from = sorted ? lowerBound(mentions, m.start - 3 - longest) : 0;
    for (let i = from; i < mentions.length; i++) {
      const s = mentions[i]!;
      if (sorted && s.start > m.end + 12) break;
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
  const { sorted, longest } = shapeOf(companies);
  for (const s of mentions) {
    if (s.kind !== 'state') continue;
    // The companies it can qualify start within [s.start - 6 - longest, s.end + 3] (binary search:
    // every state against every company was quadratic in a long text).
    const from = sorted ? lowerBound(companies, s.start - 6 - longest) : 0;
    for (let i = from; i < companies.length; i++) {
      const c = companies[i]!;
      if (sorted && c.start > s.end + 3) break;
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

