// Entities: every state, the EU and every organization the text names (ruling 1, 2, 8). `party`
// is false here; assignParties sets it. States come from countries.ts (names, aliases, demonyms,
// acting capitals), organizations from organizations.ts; an EU institution (the European
// Commission …) also names the EU (ruling 8).
import type { RuleMeta } from '../../core/rules.ts';
import { compareSpans, makeSpan } from '../../core/span.ts';
import { compareStrings } from '../../core/text.ts';
import type { Entity, Span } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { COUNTRY_RULES, countryName, findCountries, type CountryMention } from './countries.ts';
import { ORGANIZATION_RULES, findOrganizations } from './organizations.ts';
import { primeFolded } from './scan.ts';

const EU_INSTITUTION_RULE = 'any.entity.eu_institution';

export const RULES: readonly RuleMeta[] = [
  ...COUNTRY_RULES,
  ...ORGANIZATION_RULES,
  { id: EU_INSTITUTION_RULE, field: 'entities', lang: 'any', description: 'An EU institution (European Commission, Comisión Europea …) also names the EU (ruling 8)' },
];

/** State and EU mentions of the document (all of the text, header included). */
export function countryMentions(ctx: DocContext): CountryMention[] {
  return findCountries(ctx.text, ctx.lang, ctx.folded);
}

/** Every state, union and organization named; `party` is false here (set by assignParties). */
export function extractEntities(ctx: DocContext): Entity[] {
  primeFolded(ctx.text, ctx.folded);
  const countries = countryMentions(ctx);
  const orgs = findOrganizations(ctx, countries);
  const byId = new Map<string, { kind: Entity['kind']; name: string; mentions: Span[] }>();
  const add = (id: string, kind: Entity['kind'], name: string, spans: Span[]): void => {
    const e = byId.get(id);
    if (e) e.mentions.push(...spans);
    else byId.set(id, { kind, name, mentions: [...spans] });
  };
  for (const c of countries) add(c.id, c.id === 'EU' ? 'union' : 'state', countryName(c.id), [makeSpan(ctx.text, c.start, c.end, c.rule)]);
  for (const o of orgs) {
    add(o.id, 'organization', o.name, o.mentions);
    if (o.kind === 'eu_institution') add('EU', 'union', countryName('EU'), o.mentions.map(m => ({ ...m, rule: EU_INSTITUTION_RULE })));
  }
  return [...byId.entries()]
    .map(([id, e]) => ({ id, kind: e.kind, name: e.name, party: false, mentions: dedupe(e.mentions) }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => compareSpans(a, b) || compareStrings(a.rule, b.rule));
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1]!.start || s.end !== sorted[i - 1]!.end);
}
