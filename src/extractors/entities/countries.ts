// States and the EU: every ISO 3166 state and territory by its English and Spanish names (from
// i18n-iso-countries, aliases included), the aliases and demonyms written as data in
// src/lang/{en,es}, compound prefixes ("anglo-australiana"), and capitals when they act for their
// state ("Pekín firmó"). One lexicon per document language, built once at module load.
// The package's main entry registers all of its ~80 locales; only English and Spanish are used,
// so the locale-free module is imported and given those two (~2 MB less heap in every worker).
import isoCountries from 'i18n-iso-countries/index.js';
import isoEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import isoEs from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import type { LexiconEntry } from '../../core/lexicon.ts';
import { PhraseMatcher, foldedText } from './scan.ts';
import { fold } from '../../core/text.ts';
import type { RuleMeta } from '../../core/rules.ts';
import type { Lang } from '../../schema/record.ts';
import * as EN from '../../lang/en/countries.ts';
import * as ES from '../../lang/es/countries.ts';
import { DEMONYMS as EN_DEMONYMS } from '../../lang/en/demonyms.ts';
import { DEMONYMS as ES_DEMONYMS } from '../../lang/es/demonyms.ts';

export type CountryKind = 'name' | 'alias' | 'demonym' | 'combining' | 'capital' | 'blocker';

interface CountryValue {
  ids: readonly string[];
  kind: CountryKind;
  lang: Lang;
  /** The first letter must be a capital ("Chinese" but not "chinese"; "China" but not "china"). */
  needsCap: boolean;
  /** A state name that is also a person's name or a US state: no capitalized neighbour allowed. */
  ambiguous: boolean;
}

export interface CountryMention {
  id: string;
  start: number;
  end: number;
  rule: string;
  kind: CountryKind;
}

export const COUNTRY_RULES: readonly RuleMeta[] = [
  { id: 'en.entity.country_name', field: 'entities', lang: 'en', description: 'English ISO 3166 state or territory name (i18n-iso-countries, with its aliases)' },
  { id: 'es.entity.country_name', field: 'entities', lang: 'es', description: 'Spanish ISO 3166 state or territory name (i18n-iso-countries)' },
  { id: 'en.entity.country_alias', field: 'entities', lang: 'en', description: 'English alias the ISO package lacks (U.S., UK, DRC, Korea, European Union …)' },
  { id: 'es.entity.country_alias', field: 'entities', lang: 'es', description: 'Spanish alias the ISO package lacks (EE.UU., Reino Unido, RDC, Unión Europea, UE …)' },
  { id: 'es.entity.eu_as_united_states', field: 'entities', lang: 'es', description: '"EU" in Spanish text abbreviates Estados Unidos (US) unless "la EU"' },
  { id: 'en.entity.demonym', field: 'entities', lang: 'en', description: 'English demonym, capitalized (Peruvian, Japanese, Saudi …)' },
  { id: 'es.entity.demonym', field: 'entities', lang: 'es', description: 'Spanish demonym in any gender and number (peruano, estadounidenses, inglesa …)' },
  { id: 'en.entity.combining_form', field: 'entities', lang: 'en', description: 'English compound prefix before a hyphen (Anglo-Australian, Sino-US)' },
  { id: 'es.entity.combining_form', field: 'entities', lang: 'es', description: 'Spanish compound prefix before a hyphen (anglo-australiana, sino-estadounidense)' },
  { id: 'en.entity.capital_metonym', field: 'entities', lang: 'en', description: 'A capital standing for its state when a verb follows (Washington signed, Beijing has announced)' },
  { id: 'es.entity.capital_metonym', field: 'entities', lang: 'es', description: 'A capital standing for its state when a verb follows (Pekín firmó, Washington anunció)' },
];

isoCountries.registerLocale(isoEn);
isoCountries.registerLocale(isoEs);

const DATA = { en: EN, es: ES } as const;
const DEMONYMS = { en: EN_DEMONYMS, es: ES_DEMONYMS } as const;

/** ISO names of one language, without the "Name, Republic of" / "Name (…)" forms. */
function isoNames(lang: Lang): [string, string][] {
  const out: [string, string][] = [];
  const names = isoCountries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
  for (const code of Object.keys(names).sort()) {
    for (const name of names[code] ?? []) {
      if (/[(,]/.test(name)) continue;
      out.push([code, name]);
    }
  }
  return out;
}

/** "Congo" is listed for both Congos by the package; in this field it nearly always means the DRC. */
const ISO_OVERRIDES: Readonly<Record<string, string>> = { congo: 'CD' };

function buildLexicon(lang: Lang): PhraseMatcher<CountryValue> {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const entries: LexiconEntry<CountryValue>[] = [];
  const ambiguous = new Set([...EN.AMBIGUOUS_NAMES, ...ES.AMBIGUOUS_NAMES].map(fold));
  const add = (surface: string, ids: readonly string[], kind: CountryKind, l: Lang, caseSensitive = false, needsCap = !caseSensitive): void => {
    entries.push({ surface, caseSensitive, value: { ids, kind, lang: l, needsCap, ambiguous: ambiguous.has(fold(surface)) } });
  };
  // Order matters on equal keys: the first entry wins. Blockers first, then this language.
  for (const s of [...DATA[lang].NOT_COUNTRIES, ...DATA[other].NOT_COUNTRIES]) add(s, [], 'blocker', lang, false, false);
  for (const l of [lang, other] as const) {
    for (const a of DATA[l].COUNTRY_ALIASES) add(a.surface, [a.id], 'alias', l, a.caseSensitive ?? false);
  }
  for (const l of [lang, other] as const) {
    for (const [code, name] of isoNames(l)) {
      const acronym = /^[\p{Lu}.]{2,6}$/u.test(name);
      add(name, [ISO_OVERRIDES[fold(name)] ?? code], 'name', l, acronym);
    }
  }
  for (const [code, forms] of Object.entries(DEMONYMS[lang])) {
    // Spanish demonyms are written in lower case; English ones with a capital.
    for (const f of forms) add(f, [code], 'demonym', lang, false, lang === 'en');
  }
  for (const [code, forms] of Object.entries(DATA[lang].COMBINING_FORMS)) {
    for (const f of forms) add(f, [code], 'combining', lang, false, false);
  }
  for (const [code, forms] of Object.entries(DATA[lang].CAPITALS)) {
    for (const f of forms) add(f, [code], 'capital', lang, false, true);
  }
  return new PhraseMatcher(entries);
}

const LEXICONS: Record<Lang, PhraseMatcher<CountryValue>> = { en: buildLexicon('en'), es: buildLexicon('es') };

/** Folded Spanish demonyms, to read a lower-case "china" / "argentina" as a demonym. */
const ES_DEMONYM_KEYS = new Set(Object.values(ES_DEMONYMS).flat().map(fold));
const ES_DEMONYM_ID = new Map(Object.entries(ES_DEMONYMS).flatMap(([id, forms]) => forms.map(f => [fold(f), id] as const)));

const METONYMY_VERBS = { en: new Set(EN.METONYMY_VERBS), es: new Set(ES.METONYMY_VERBS.map(fold)) } as const;
const AUXILIARIES = { en: new Set(EN.AUXILIARIES), es: new Set(ES.AUXILIARIES.map(fold)) } as const;
const CURRENCY = new Set([...EN.CURRENCY_WORDS, ...ES.CURRENCY_WORDS].map(fold));

function ruleFor(v: CountryValue, kind: CountryKind): string {
  switch (kind) {
    case 'name':
      return `${v.lang}.entity.country_name`;
    case 'alias':
      return `${v.lang}.entity.country_alias`;
    case 'demonym':
      return `${v.lang}.entity.demonym`;
    case 'combining':
      return `${v.lang}.entity.combining_form`;
    default:
      return `${v.lang}.entity.capital_metonym`;
  }
}

/** The word right before `at` (same line), or ''. */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}]+)[^\S\n]*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]! : '';
}

/** The next words after `at` (same line). */
function wordsAfter(text: string, at: number, n: number): string[] {
  const m = text.slice(at, at + 80).split('\n')[0]!.match(/[\p{L}\p{N}]+/gu);
  return (m ?? []).slice(0, n);
}

/** Does a capital act here: (auxiliaries) + a verb right after it, not "Washington, D.C."? */
function capitalActs(text: string, end: number, lang: Lang): boolean {
  const rest = text.slice(end, end + 60);
  if (!/^\s+\p{Ll}/u.test(rest)) return false;
  const next = wordsAfter(text, end, 4).map(fold);
  for (const w of next) {
    if (METONYMY_VERBS[lang].has(w)) return true;
    if (!AUXILIARIES[lang].has(w)) return false;
  }
  return false;
}

/** "Brussels and Washington announced": a capital joined by "and"/"y" to a capital that acts. */
function coordinatedCapitalActs(matches: readonly { value: CountryValue; start: number; end: number }[], m: { end: number }, from: number, text: string, lang: Lang): boolean {
  const next = matches.find(x => x.start > m.end && x.value.kind === 'capital');
  if (!next || !/^\s+(?:and|y|e)\s+$/i.test(text.slice(from + m.end, from + next.start))) return false;
  return capitalActs(text, from + next.end, lang);
}

function isCap(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

/** Finds every state and EU mention of the text. */
export function findCountries(text: string, lang: Lang, folded = foldedText(text)): CountryMention[] {
  const from = 0;
  const matches = LEXICONS[lang].match(text, folded);
  const out: CountryMention[] = [];
  for (const m of matches) {
    const v = m.value;
    const start = from + m.start;
    const end = from + m.end;
    let kind = v.kind;
    let ids = v.ids;
    let rule = ruleFor(v, kind);
    if (kind === 'blocker') continue;
    const surface = text.slice(start, end);
    if (v.needsCap && !isCap(surface[0])) {
      // A lower-case Spanish "china", "argentina": the demonym, not the name.
      const key = fold(surface);
      if (lang === 'es' && ES_DEMONYM_KEYS.has(key)) {
        kind = 'demonym';
        ids = [ES_DEMONYM_ID.get(key)!];
        rule = 'es.entity.demonym';
      } else continue;
    }
    // Currency signs and words: "US$", "$US", "US dollars", "dólares estadounidenses".
    if (text[start - 1] === '$' || text[end] === '$') continue;
    const after = wordsAfter(text, end, 1)[0];
    if (after && CURRENCY.has(fold(after)) && kind !== 'demonym') continue;
    if (kind === 'demonym' && CURRENCY.has(fold(wordBefore(text, start)))) continue;
    if (v.ambiguous) {
      const before = wordBefore(text, start);
      const prevCap = before !== '' && isCap(before[0]) && !/[.!?:]\s*$/.test(text.slice(Math.max(0, start - before.length - 3), start - before.length));
      const nextCap = after !== undefined && isCap(after[0]) && /^ \S/.test(text.slice(end, end + 2));
      if (prevCap || nextCap) continue;
    }
    if (kind === 'combining' && !/^[-‐–]\p{L}/u.test(text.slice(end, end + 2))) continue;
    if (kind === 'capital' && !capitalActs(text, end, lang) && !coordinatedCapitalActs(matches, m, from, text, lang)) continue;
    // Spanish "EU": Estados Unidos, unless "la EU".
    if (lang === 'es' && surface === 'EU' && !/\bla\s$/i.test(text.slice(Math.max(0, start - 4), start))) {
      ids = ['US'];
      rule = 'es.entity.eu_as_united_states';
    }
    for (const id of ids) out.push({ id, start, end, rule, kind });
  }
  return out;
}

/** English display name of a state ("United States", "Peru"). */
export function countryName(id: string): string {
  return EN.DISPLAY_NAMES[id] ?? isoCountries.getName(id, 'en') ?? id;
}
