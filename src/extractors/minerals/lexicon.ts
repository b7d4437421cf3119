// The bilingual minerals lexicon (lexicon.json) turned into phrase matchers. One Lexicon per
// document language: entries of that language come first, so a surface listed in both languages
// ("zinc", "galena") is credited to the document's language; the other language's entries stay in
// (mixed documents quote each other). Idioms from guards.json are entries too: the longest match
// wins at each position, so "white gold" or "edad de oro" consumes the metal word before it can
// count. The matcher folds accents; `forms` keeps the spellings as listed so that the caller can
// reject a raw text that only matches after folding ("prometió" the verb is not "prometio").
import { Lexicon, tokenize, type LexiconEntry } from '../../core/lexicon.ts';
import type { Lang } from '../../schema/record.ts';
import { StringMemo } from '../../core/text.ts';
import { anchorsOf, type Anchors } from './anchored.ts';
import data from './lexicon.json' with { type: 'json' };
import guards from './guards.json' with { type: 'json' };

export interface MineralInfo {
  id: string;
  name: string;
  symbol: string | null;
}

export type SurfaceSource = 'lexicon' | 'product' | 'abbreviation';

export interface MineralValue {
  kind: 'mineral';
  ids: readonly string[];
  /** Rule id credited for a mention: `en.mineral.lexicon`, `es.mineral.product`, `any.mineral.abbreviation`. */
  rule: string;
  /** Common words that count only in a mineral context (guards.ts, guard_context). */
  contextual: boolean;
  /** Case-sensitive abbreviations are exact already; the accent check is skipped for them. */
  exact: boolean;
}

export interface IdiomValue {
  kind: 'idiom';
  rule: string;
}

export type LexValue = MineralValue | IdiomValue;

interface RawMineral {
  id: string;
  name: string;
  symbol: string | null;
  en: string[];
  es: string[];
  products_en?: string[];
  products_es?: string[];
  contextual?: string[];
}

interface RawAbbreviation {
  surface: string;
  ids: string[];
  caseInsensitive?: boolean;
}

const MINERALS = data.minerals as RawMineral[];
const ABBREVIATIONS = data.abbreviations as RawAbbreviation[];
const LANGS: readonly Lang[] = ['en', 'es'];

export const MINERAL_INFO: ReadonlyMap<string, MineralInfo> = new Map(
  MINERALS.map(m => [m.id, { id: m.id, name: m.name, symbol: m.symbol }]),
);

const KEYS = new StringMemo<{ raw: string; folded: string }>(10_000);

/** Token keys of a surface, as written (accents kept, lower case) and folded; memoized (surfaces repeat). */
function keysOf(surface: string): { raw: string; folded: string } {
  let k = KEYS.get(surface);
  if (!k) {
    const toks = tokenize(surface);
    k = { raw: toks.map(t => t.raw.toLowerCase()).join(' '), folded: toks.map(t => t.key).join(' ') };
    KEYS.set(surface, k);
  }
  return k;
}

/** Lower-case token key of a surface as written (accents kept): "Níquel" → "níquel". */
export function rawKey(surface: string): string {
  return keysOf(surface).raw;
}

/** Folded token key (what the Lexicon matches on). */
function foldedKey(surface: string): string {
  return keysOf(surface).folded;
}

/** Every listed spelling per folded key, for the accent check. */
export const LISTED_FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  const add = (s: string): void => {
    const k = foldedKey(s);
    const set = out.get(k) ?? new Set<string>();
    set.add(rawKey(s));
    out.set(k, set);
  };
  for (const m of MINERALS) {
    for (const s of [...m.en, ...m.es, ...(m.products_en ?? []), ...(m.products_es ?? [])]) add(s);
  }
  return out;
})();

export { foldedKey };

function entriesFor(lang: Lang): LexiconEntry<LexValue>[] {
  const out: LexiconEntry<LexValue>[] = [];
  const order = [lang, ...LANGS.filter(l => l !== lang)];
  for (const l of order) {
    for (const m of MINERALS) {
      const contextual = new Set((m.contextual ?? []).map(rawKey));
      const names = l === 'en' ? m.en : m.es;
      const products = (l === 'en' ? m.products_en : m.products_es) ?? [];
      for (const surface of names) {
        out.push({
          surface,
          value: { kind: 'mineral', ids: [m.id], rule: `${l}.mineral.lexicon`, contextual: contextual.has(rawKey(surface)), exact: false },
        });
      }
      for (const surface of products) {
        out.push({ surface, value: { kind: 'mineral', ids: [m.id], rule: `${l}.mineral.product`, contextual: false, exact: false } });
      }
    }
  }
  for (const a of ABBREVIATIONS) {
    out.push({
      surface: a.surface,
      caseSensitive: !a.caseInsensitive,
      value: { kind: 'mineral', ids: a.ids, rule: 'any.mineral.abbreviation', contextual: false, exact: !a.caseInsensitive },
    });
  }
  for (const l of order) {
    for (const surface of guards.idioms[l]) out.push({ surface, value: { kind: 'idiom', rule: `${l}.mineral.guard_idiom` } });
  }
  return out;
}

const CACHE = new Map<Lang, { lex: Lexicon<LexValue>; anchors: Anchors }>();

/** The matcher for a document language and its anchors (built once). */
export function lexiconFor(lang: Lang): { lex: Lexicon<LexValue>; anchors: Anchors } {
  let hit = CACHE.get(lang);
  if (!hit) {
    const entries = entriesFor(lang);
    hit = { lex: new Lexicon(entries), anchors: anchorsOf(entries.map(e => e.surface)) };
    CACHE.set(lang, hit);
  }
  return hit;
}

/** Number of mineral ids in the lexicon (for docs and tests). */
export const MINERAL_IDS: readonly string[] = MINERALS.map(m => m.id);
