// Organizations (ruling 1): companies, state firms, ministries and agencies, development banks and
// funds, international bodies and groupings, sub-national governments and legislatures. Found by
// several small rules over the capitalized words of each sentence, then merged into one entity per
// organization (acronym ↔ full name, short form ↔ full form) and named per ruling 2.
//
//   known        the curated list in known-organizations.ts (names and acronyms)
//   head_final   "… Resources", "… Corporation", "… Group", "… Ministry" (English word order)
//   head_initial "Ministerio de …", "Cámara de …", "Ministry of …", "Minera …"
//   acronym      "Name (ACR)" and "ACR (Name)" when the letters spell the name (initials or
//                syllables, "del Cobre de Chile" complements aside) or, for a name translated from
//                the acronym's language, are its initials in any order ("… del Japón (JICA)")
//   descriptor   "la minera china X", "electric vehicle manufacturer X", "US-based X", "la
//                ecuatoriana X" (a feminine demonym standing for "la empresa")
//   title        "X MD Joe Bloggs", "X's Managing Director", "CEO of X"
//   brand        one word with inner capitals ("JinYuan", "KfW")
//   government   "Indonesia's investment ministry", "el ministerio de minería de Chile"
//   province     "Governor of X", "gobernador de X", "Provincia de X" → org:province-of-x
//
// Not organizations: news agencies, outlets, platforms and exchanges (data), names inside credit
// and link lines, bodies named only as the setting of an event ("during the … Assembly"), and
// government bodies named only as the source of a text or quote or as a place ("the White House
// published", "at the White House").
import { tokenize, type LexiconEntry } from '../../core/lexicon.ts';
import { StringMemo, fold, foldSameLength, slugify } from '../../core/text.ts';
import type { RuleMeta } from '../../core/rules.ts';
import type { Lang, Span } from '../../schema/record.ts';
import { lowerBound, makeSpan, partitionPoint, within } from '../../core/span.ts';
import type { DocContext } from '../../pipeline/context.ts';
import * as EN from '../../lang/en/organizations.ts';
import * as ES from '../../lang/es/organizations.ts';
import { TITLES as EN_TITLES, HONORIFICS as EN_HONORIFICS } from '../../lang/en/titles.ts';
import { TITLES as ES_TITLES, HONORIFICS as ES_HONORIFICS } from '../../lang/es/titles.ts';
import { DEMONYMS as EN_DEMONYMS } from '../../lang/en/demonyms.ts';
import { DEMONYMS as ES_DEMONYMS } from '../../lang/es/demonyms.ts';
import { KNOWN_ORGANIZATIONS, NOT_ORGANIZATIONS, type KnownOrg, type KnownOrgKind } from './known-organizations.ts';
import type { CountryMention } from './countries.ts';
import { capRuns, isHeadline, lineAt, nameSentences, startsWithAny, wordsIn, CoverIndex, PhraseMatcher, CONNECTORS, type Run, type Word } from './scan.ts';

export type OrgKind = KnownOrgKind | 'institution' | 'province';

export const ORGANIZATION_RULES: readonly RuleMeta[] = [
  { id: 'any.entity.org_known', field: 'entities', lang: 'any', description: 'A well-known organization from the curated list (international bodies, state finance agencies, major companies)' },
  { id: 'en.entity.org_head_final', field: 'entities', lang: 'en', description: 'Capitalized phrase ending in an organization word (… Resources, … Corporation, … Group, … Ministry)' },
  { id: 'en.entity.org_head_initial', field: 'entities', lang: 'en', description: 'Capitalized phrase opening with an institution word and "of" (Ministry of Mines, Department of …)' },
  { id: 'es.entity.org_head_initial', field: 'entities', lang: 'es', description: 'Capitalized phrase opening with an institution word (Ministerio de …, Cámara de Diputados, Yacimientos …)' },
  { id: 'es.entity.org_head_final', field: 'entities', lang: 'es', description: 'Company name with a foreign head word inside Spanish text (Ganfeng Lithium Co. Ltd)' },
  { id: 'any.entity.org_acronym_definition', field: 'entities', lang: 'any', description: '"Name (ACR)" or "ACR (Name)" whose letters spell an organization name; the id is the acronym (ruling 2)' },
  { id: 'any.entity.org_acronym', field: 'entities', lang: 'any', description: 'A later bare use of an acronym the text defined' },
  { id: 'en.entity.org_descriptor', field: 'entities', lang: 'en', description: 'Name introduced by a company noun (miner X, manufacturer X, US-based X, subsidiary, X)' },
  { id: 'es.entity.org_descriptor', field: 'entities', lang: 'es', description: 'Name introduced by a company noun (la minera china X, la empresa X, las empresas X y Y)' },
  { id: 'en.entity.org_title_context', field: 'entities', lang: 'en', description: 'Name next to a corporate title (X MD, X\'s Managing Director, CEO of X)' },
  { id: 'es.entity.org_title_context', field: 'entities', lang: 'es', description: 'Name next to a corporate title (gerente general de X, X CEO)' },
  { id: 'any.entity.org_brand_name', field: 'entities', lang: 'any', description: 'A single word with inner capitals (JinYuan, KfW), not a chemical formula or an instrument abbreviation' },
  { id: 'en.entity.org_government_lowercase', field: 'entities', lang: 'en', description: "A state's ministry named in lower case (Indonesia's investment ministry)" },
  { id: 'es.entity.org_government_lowercase', field: 'entities', lang: 'es', description: 'Un ministerio nombrado en minúsculas junto a su Estado (el ministerio de minería de Chile)' },
  { id: 'any.entity.org_short_form', field: 'entities', lang: 'any', description: 'A later short form of a company named in full (Harena for Harena Resources)' },
  { id: 'en.entity.province_from_governor', field: 'entities', lang: 'en', description: 'Sub-national government named by its governor (Governor of Catamarca → org:province-of-catamarca)' },
  { id: 'es.entity.province_from_governor', field: 'entities', lang: 'es', description: 'Sub-national government named by its governor (gobernador de Jujuy → org:province-of-jujuy)' },
  { id: 'en.entity.province_name', field: 'entities', lang: 'en', description: 'Province of X / X province' },
  { id: 'es.entity.province_name', field: 'entities', lang: 'es', description: 'Provincia de X / gobierno provincial' },
];

// ---------------------------------------------------------------------------------------------
// Word sets, built once.

const set = (...lists: readonly (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat().map(fold));

const INSTITUTION_HEADS = set(EN.INSTITUTION_HEADS);
const COMPANY_HEADS = set(EN.COMPANY_HEADS);
const ES_COMPANY_WORDS = set(ES.COMPANY_WORDS);
const EN_INITIALS = set(EN.INSTITUTION_INITIALS);
const ES_INITIALS = set(ES.INSTITUTION_INITIALS);
const GOVERNMENT_HEADS = set(EN.GOVERNMENT_HEADS, ES.GOVERNMENT_HEADS);
const LEGAL_SUFFIXES = set(EN.LEGAL_SUFFIXES, ES.LEGAL_SUFFIXES);
const NOT_FINALS = set(EN.NOT_ORGANIZATION_FINALS);
const NOT_INITIALS = set(ES.NOT_ORGANIZATION_INITIALS);
const EVENT_HEADS = set(EN.EVENT_HEADS, ['foro', 'cumbre', 'conferencia', 'reunion', 'encuentro']);
const GENERIC = set(EN.GENERIC_WORDS, ES.GENERIC_WORDS);
const DESCRIPTORS: Record<Lang, ReadonlySet<string>> = { en: set(EN.COMPANY_DESCRIPTORS), es: set(ES.COMPANY_DESCRIPTORS) };
const DESCRIPTOR_ADJECTIVES = set(EN.DESCRIPTOR_ADJECTIVES, ES.DESCRIPTOR_ADJECTIVES);
const APPOSITIVE_DESCRIPTORS = set(['subsidiary', 'affiliate', 'unit', 'subsidiaria', 'filial']);
const PLURAL_DESCRIPTORS = set(['companies', 'firms', 'miners', 'manufacturers', 'producers', 'empresas', 'mineras', 'compañías', 'firmas', 'consorcios', 'multinacionales', 'automotrices', 'fabricantes']);
const CORPORATE_TITLES = [...EN.CORPORATE_TITLES, ...ES.CORPORATE_TITLES].map(t => fold(t).split(' ')).sort((a, b) => b.length - a.length);
const CORPORATE_TITLE_FIRST = new Set(CORPORATE_TITLES.map(t => t[0]!));
const SOURCE_VERBS = set(EN.SOURCE_VERBS, ES.SOURCE_VERBS);
const SOURCE_PREPOSITIONS = [...EN.SOURCE_PREPOSITIONS, ...ES.SOURCE_PREPOSITIONS].map(fold);
const EVENT_CONTEXT = [...EN.EVENT_CONTEXT, ...ES.EVENT_CONTEXT].map(fold);
const CREDIT_STARTS = [...EN.CREDIT_LINE_STARTS, ...ES.CREDIT_LINE_STARTS];
const HONORIFICS = set(EN_HONORIFICS, ES_HONORIFICS);
const DEMONYM_WORDS = set(Object.values(EN_DEMONYMS).flat(), Object.values(ES_DEMONYMS).flat());
const ARTICLES = set(['the', 'el', 'la', 'los', 'las', 'a', 'an', 'un', 'una', 'its', 'their', 'his', 'her', 'su', 'sus']);
// Small word lists tested per word, as Sets built once.
const AND = new Set(['and', 'y', 'e']);
const EN_INITIAL_PREPOSITIONS = new Set(['of', 'for', 'on']);
const OF_WORDS = new Set(['de', 'of', 'del']);
const TITLE_PREPOSITIONS = new Set(['of', 'at', 'de', 'del']);
const FEMININE_ARTICLES = new Set(['la', 'las']);
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const BASED = /-(?:based|owned|led|listed|headquartered)$/i;

/** Head words of titles (last word in English, first in Spanish): a phrase holding one is a title. */
export const TITLE_HEADS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const skip = new Set(['general', 'head', 'state', 'officer', 'executive', 'exchequer', 'representative', 'prince', 'coach', 'director', 'chair']);
  for (const t of EN_TITLES) {
    // The title's own word: before "of" ("Secretary of Energy") or the last ("Energy Secretary").
    const w = fold(t.surface).split(/\s+/);
    const of = w.indexOf('of');
    const head = of > 0 ? w[of - 1]! : w[w.length - 1]!;
    if (!skip.has(head)) out.add(head);
  }
  for (const t of ES_TITLES) {
    // The title's noun: the first word, or the second after an adjective ("alto representante").
    const w = fold(t.surface).split(/\s+/);
    const head = ['alto', 'alta', 'primer', 'primera'].includes(w[0]!) && w[1] ? w[1] : w[0]!;
    if (!skip.has(head)) out.add(head);
  }
  return out;
})();

/** Every word of every title ("managing", "director", "chief"): no organization's name. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...EN_TITLES, ...ES_TITLES].flatMap(t => fold(t.surface).split(/\s+/)).filter(w => !CONNECTORS.has(w)));

/** A word that opens or is a sub-national or national seat of power, not an organization name. */
const NOT_ORG_AFTER_TITLE = set(['republica', 'republic', 'nacion', 'nation', 'gobierno', 'government', 'estado', 'state', 'provincia', 'province', 'pais', 'country']);

// The curated lists as lexicons.
interface KnownValue {
  org: KnownOrg | null;
}
const KNOWN_LEXICON = new PhraseMatcher<KnownValue>(
  [
    ...NOT_ORGANIZATIONS.names.map((surface): LexiconEntry<KnownValue> => ({ surface, value: { org: null } })),
    ...NOT_ORGANIZATIONS.acronyms.map((surface): LexiconEntry<KnownValue> => ({ surface, value: { org: null }, caseSensitive: true })),
    ...KNOWN_ORGANIZATIONS.flatMap(org => [
      ...org.names.map((surface): LexiconEntry<KnownValue> => ({ surface, value: { org }, caseSensitive: /^[\p{Lu}\p{N}-]{2,5}$/u.test(surface) })),
      ...(org.acronyms ?? []).map((surface): LexiconEntry<KnownValue> => ({ surface, value: { org }, caseSensitive: true })),
    ]),
  ],
);

const KNOWN_BY_ID = new Map(KNOWN_ORGANIZATIONS.map(o => [o.id, o] as const));

// Chemical element symbols, to tell "NdPr" (a formula) from "KfW" (a name).
const ELEMENTS = new Set(
  'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu'.split(' '),
);
const NOT_BRANDS = new Set(['MoU', 'MoUs', 'MdE', 'MdEs', 'LoI', 'LoIs', 'PhD', 'McDonald', 'TWh', 'GWh', 'MWh', 'kWh', 'DoE', 'DoD', 'SoE', 'SoEs', 'JVs', 'EVs', 'ECAs', 'DFIs', 'NGOs', 'MdP', 'IoT', 'AIs']);

function isFormula(word: string): boolean {
  return /^(?:[A-Z][a-z]?\d*)+$/.test(word) && (word.match(/[A-Z][a-z]?/g) ?? []).every(s => ELEMENTS.has(s));
}

// ---------------------------------------------------------------------------------------------
// Candidates.

interface Candidate {
  start: number;
  end: number;
  /** Folded words of the name, legal suffixes and leading articles dropped. */
  words: string[];
  rule: string;
  kind: OrgKind;
  known?: KnownOrg;
  /** Acronym the text defines for this name (folded, legal suffixes dropped). */
  acronym?: string;
  /** Sub-national unit's name for provinces ("catamarca"). */
  province?: string;
  /** A mention that names an organization found elsewhere but does not make one by itself. */
  weak?: boolean;
}

export interface OrgEntityDraft {
  id: string;
  name: string;
  kind: OrgKind;
  state: string | null;
  mentions: Span[];
}

function normalizeWords(words: readonly Word[]): string[] {
  const out = words.map(w => w.key);
  while (out.length > 1 && (LEGAL_SUFFIXES.has(out[out.length - 1]!) || /^[a-z]$/.test(out[out.length - 1]!))) out.pop();
  // "S.A." / "A/S": letters left after the head.
  while (out.length > 1 && ARTICLES.has(out[0]!)) out.shift();
  return out;
}

function kindOfWords(words: readonly string[]): OrgKind {
  if (words.some(w => GOVERNMENT_HEADS.has(w)) && (GOVERNMENT_HEADS.has(words[0]!) || GOVERNMENT_HEADS.has(words[words.length - 1]!))) return 'government';
  if (words.some(w => INSTITUTION_HEADS.has(w) || ES_INITIALS.has(w))) return 'institution';
  return 'company';
}

/** Is the word list made only of common words (no name in it)? */
function allGeneric(words: readonly string[]): boolean {
  return words.every(w => GENERIC.has(w) || CONNECTORS.has(w) || LEGAL_SUFFIXES.has(w) || COMPANY_HEADS.has(w) || INSTITUTION_HEADS.has(w) || DEMONYM_WORDS.has(w));
}

/**
 * Are the letters of an acronym spelled by the words, in order? Each content word gives its first
 * letter and maybe more of its letters (KABIL: Khanij Bidesh India Limited; Comcipo: Comité
 * Cívico Potosinista); function words may give nothing.
 */
function spells(acronym: string, words: readonly string[]): boolean {
  return spellsFrom(acronym, words, new Map<number, boolean>(), 0, 0, false);
}

// spells' search from acronym letter i and word j; a module function, not a closure per call.
function spellsFrom(a: string, words: readonly string[], memo: Map<number, boolean>, i: number, j: number, skipped: boolean): boolean {
  if (i === a.length) return words.slice(j).every(w => CONNECTORS.has(w) || ARTICLES.has(w));
  if (j === words.length) return false;
  const k = ((i * (words.length + 1) + j) << 1) | (skipped ? 1 : 0);
  const hit = memo.get(k);
  if (hit !== undefined) return hit;
  const w = words[j]!.replace(/[^a-z0-9]/g, '');
  let ok = false;
  const fn = CONNECTORS.has(words[j]!) || ARTICLES.has(words[j]!);
  if (fn && spellsFrom(a, words, memo, i, j + 1, skipped)) ok = true;
  // One content word may give nothing ("Centro de Estudios Mineros del Pacífico (Cemipa)").
  if (!ok && !skipped && i > 0 && j < words.length - 1 && !fn && spellsFrom(a, words, memo, i, j + 1, true)) ok = true;
  if (!ok && w[0] === a[i]) {
    // First letter, then any further letters of the word, in order.
    let ii = i + 1;
    if (spellsFrom(a, words, memo, ii, j + 1, skipped)) ok = true;
    for (let p = 1; !ok && p < w.length && ii < a.length; p++) {
      if (w[p] !== a[ii]) continue;
      ii++;
      if (spellsFrom(a, words, memo, ii, j + 1, skipped)) ok = true;
    }
  }
  memo.set(k, ok);
  return ok;
}

/** The words from index `idx` to the end of the run that holds it, or null. */
function runFrom(scan: SentenceScan, idx: number): Word[] | null {
  const r = scan.runs.find(x => x.from <= idx && idx <= x.to);
  return r ? scan.words.slice(idx, r.to + 1) : null;
}

/** Splits a list of words at coordinating "and" / "y" / "e" ("CITIC Guoan de China y Uranium One"). */
function splitCoordinated(words: Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (const w of words) {
    if (!w.cap && (w.key === 'and' || w.key === 'y' || w.key === 'e')) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(w);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The head of a word: its last hyphen part ("IPEX-Bank" → "bank"). */
function headKey(w: Word): string {
  const key = w.key;
  for (let i = key.length - 1; i > 0; i--) {
    const c = key.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2013) return key.slice(i + 1);
  }
  return key;
}

interface SentenceScan {
  start: number;
  end: number;
  /** The document's state mentions (for complements inside names). */
  countries: readonly CountryMention[];
  words: Word[];
  runs: Run[];
  headline: boolean;
  credit: boolean;
}

const countryIndexes = new WeakMap<readonly CountryMention[], CoverIndex<CountryMention>>();

/** Is the word covered by a state mention? */
function countryAt(countries: readonly CountryMention[], w: { start: number; end: number }): CountryMention | undefined {
  let index = countryIndexes.get(countries);
  if (!index) {
    index = new CoverIndex(countries.reduce((n, c) => Math.max(n, c.end), 0), countries);
    countryIndexes.set(countries, index);
  }
  return index.covering(w.start, w.end);
}

/** How many lower-case connectors end the word list. */
function trailingConnectors(words: readonly Word[]): number {
  let n = 0;
  while (n < words.length && CONNECTORS.has(words[words.length - 1 - n]!.key) && !words[words.length - 1 - n]!.cap) n++;
  return n;
}

/** Drops a trailing "of (the) <State>" / "de (la|los) <Estado>" complement and trailing connectors. */
function trimComplement(words: Word[], countries: readonly CountryMention[]): Word[] {
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.key !== 'of' && words[i]!.key !== 'de' && words[i]!.key !== 'del') continue;
    let j = i + 1;
    while (j < words.length && ARTICLES.has(words[j]!.key)) j++;
    if (j < words.length && words.slice(j).every(w => countryAt(countries, w))) {
      end = i;
      break;
    }
  }
  let out = words.slice(0, end);
  while (out.length > 0 && CONNECTORS.has(out[out.length - 1]!.key) && !out[out.length - 1]!.cap) out = out.slice(0, -1);
  return out;
}

function candidateFrom(words: Word[], rule: string, kind?: OrgKind): Candidate | null {
  // The span starts at the name, not at its article ("La Corporación …").
  while (words.length > 1 && ARTICLES.has(words[0]!.key)) words = words.slice(1);
  if (words.length === 0) return null;
  const norm = normalizeWords(words);
  if (norm.length === 0) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end, words: norm, rule, kind: kind ?? kindOfWords(norm) };
}

/** Head-initial and head-final organizations inside one run of capitalized words. */
function runCandidates(run: Word[], countries: readonly CountryMention[], lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Array<boolean>(run.length).fill(false);
  // Head-initial: "Ministerio de …", "Ministry of …"; a second head after a connector, or "and
  // the" / "y la", starts a new one ("Comisión de Economía Plural de la Cámara de Diputados").
  const heads: number[] = [];
  for (let k = 0; k < run.length - 1; k++) {
    const key = run[k]!.key;
    if (!run[k]!.cap) continue;
    // "Acuerdo de Asociación Económica": the name of an instrument, not an organization.
    if (k > 0 && NOT_INITIALS.has(run[k - 2]?.key ?? '') && CONNECTORS.has(run[k - 1]!.key)) continue;
    const es = ES_INITIALS.has(key);
    const en = EN_INITIALS.has(key) && (EN_INITIAL_PREPOSITIONS.has(run[k + 1]!.key) || key === 'comptroller');
    if (es || en) heads.push(k);
  }
  for (let h = 0; h < heads.length; h++) {
    const k = heads[h]!;
    if (covered[k]) continue;
    let e = run.length - 1;
    for (let i = k + 2; i < run.length; i++) {
      const w = run[i]!;
      const coordinated = !w.cap && AND.has(w.key) && ARTICLES.has(run[i + 1]?.key ?? '');
      const nextHead = heads.includes(i) && CONNECTORS.has(run[i - 1]!.key);
      if (coordinated || nextHead) {
        e = i - 1;
        break;
      }
    }
    // A ministry drops "of <State>" ("Ministry of Foreign Affairs of the Republic of Korea"); other
    // bodies keep it as part of their name ("Servicio Geológico de Canadá").
    const gov = GOVERNMENT_HEADS.has(run[k]!.key);
    let words = trimHead(run.slice(k, e + 1), gov, countries);
    const stop = words.findIndex((w, i) => i > 0 && (TITLE_HEADS.has(w.key) || HONORIFICS.has(w.key)));
    if (stop > 0) words = trimHead(words.slice(0, stop), gov, countries);
    if (words.length < 2) continue;
    const norm = normalizeWords(words);
    if (NOT_FINALS.has(norm[norm.length - 1]!) && !gov) continue;
    if (!gov && allGeneric(norm.slice(1))) continue;
    const rule = ES_INITIALS.has(run[k]!.key) ? 'es.entity.org_head_initial' : 'en.entity.org_head_initial';
    const c = candidateFrom(words, rule, gov ? 'government' : undefined);
    if (c) out.push(c);
    for (let i = k; i < k + words.length; i++) covered[i] = true;
  }
  // Head-final, per coordinated segment: "… Resources", "… Corporation", "Investment Ministry",
  // "Natural Resources Canada", "Tsingshan Holding Group and China Molybdenum Co".
  let segStart = 0;
  for (let i = 0; i <= run.length; i++) {
    const w = run[i];
    if (w && !(!w.cap && AND.has(w.key))) continue;
    // The segment's words not taken by a head-initial name, if they stand together.
    let first = segStart;
    while (first < i && covered[first]) first++;
    let last = first;
    while (last < i && !covered[last]) last++;
    let rest = last;
    while (rest < i && covered[rest]) rest++;
    if (first < i && rest === i) {
      const c = headFinal(run.slice(first, last), countries, lang);
      if (c) out.push(c);
    }
    segStart = i + 1;
  }
  return out;
}

/** A head-initial name's words, a ministry's "of <State>" and trailing connectors dropped. */
function trimHead(words: Word[], gov: boolean, countries: readonly CountryMention[]): Word[] {
  return gov ? trimComplement(words, countries) : words.slice(0, words.length - trailingConnectors(words));
}

/** "… Resources", "… Group", "… A/S": a company or institution named head-last. */
function headFinal(run: Word[], countries: readonly CountryMention[], lang: Lang): Candidate | null {
  const last = run.length - 1;
  if (NOT_FINALS.has(headKey(run[last]!))) return null;
  let j = -1;
  for (let i = last; i >= 0; i--) {
    const key = headKey(run[i]!);
    if (INSTITUTION_HEADS.has(key) || COMPANY_HEADS.has(key)) {
      j = i;
      break;
    }
    const w = run[i]!;
    const tailOk = LEGAL_SUFFIXES.has(w.key) || (w.text.length <= 2 && SINGLE_CAPITAL.test(w.text)) || countryAt(countries, w) !== undefined;
    if (!tailOk) return null;
  }
  if (j < 0) return null;
  let s = 0;
  for (let i = 0; i < j; i++) if (TITLE_HEADS.has(run[i]!.key) || HONORIFICS.has(run[i]!.key)) return null;
  // Leading articles, connectors, "US-based", and a demonym (unless only the head would be left).
  while (s < j && (ARTICLES.has(run[s]!.key) || CONNECTORS.has(run[s]!.key) || BASED.test(run[s]!.text))) s++;
  if (s < j - 1 && countryAt(countries, run[s]!)?.kind === 'demonym') s++;
  // "Quarterly Activities Report on the Company": a report, not a company.
  for (let i = s; i < j; i++) if (NOT_FINALS.has(run[i]!.key) && CONNECTORS.has(run[i + 1]?.key ?? '') && !run[i + 1]!.cap) return null;
  const words = run.slice(s);
  const head = headKey(run[j]!);
  // The head needs a name with it: another word, or a prefix inside a compound ("KfW IPEX-Bank").
  const compound = head !== run[j]!.key;
  const others = words.filter(w => w !== run[j]).map(w => w.key);
  if (others.length === 0 && !compound) return null;
  const isCompanyHead = COMPANY_HEADS.has(head) && !INSTITUTION_HEADS.has(head);
  if (isCompanyHead && allGeneric(others)) return null;
  return candidateFrom(words, lang === 'es' ? 'es.entity.org_head_final' : 'en.entity.org_head_final');
}

/**
 * The index of the word that ends at `pos` or one blank before it, else -1 (binary search: the
 * words' ends increase, so only the last word ending by `pos` can be that close).
 */
function wordRightBefore(text: string, words: readonly Word[], pos: number): number {
  const idx = partitionPoint(0, words.length, i => words[i]!.end <= pos) - 1;
  return idx >= 0 && /^\s?$/.test(text.slice(words[idx]!.end, pos)) ? idx : -1;
}

/** "Name (ACR)" and "ACR (Name)". */
function acronymCandidates(text: string, scan: SentenceScan): { found: Candidate[]; defined: Map<string, string> } {
  const found: Candidate[] = [];
  const defined = new Map<string, string>();
  // Most sentences have no parenthesis at all (looked for in the sentence only: from the
  // sentence to the end of a text without one, every sentence, was quadratic).
  const sentence = text.slice(scan.start, scan.end);
  if (!sentence.includes('(')) return { found, defined };
  const PAREN = /\(([^()\n]{1,24})\)/g;
  // Looked up once per parenthesis, so by index (a long text without stops is one sentence).
  const runEndingAt = new Map<number, Run>();
  for (const r of scan.runs) if (!runEndingAt.has(r.to)) runEndingAt.set(r.to, r);
  let m: RegExpExecArray | null;
  while ((m = PAREN.exec(sentence)) !== null) {
    const open = scan.start + m.index;
    const inner = m[1]!.trim();
    const innerStart = open + 1 + m[1]!.indexOf(inner);
    // Name (ACR): the run that ends right before the parenthesis.
    if (isAcr(inner)) {
      const idx = wordRightBefore(text, scan.words, open);
      let run = idx >= 0 ? runEndingAt.get(idx) : undefined;
      // "Instituto Geológico, Minero y Metalúrgico (Ingemmet)": a name with a comma inside.
      const left = run ? runEndingAt.get(run.from - 1) : undefined;
      const prev = left && /^, $/.test(text.slice(scan.words[left.to]!.end, scan.words[run!.from]!.start)) ? left : undefined;
      if (run && prev) {
        const joined = scan.words.slice(prev.from, run.to + 1).map(w => w.key);
        const letters = inner.toLowerCase().replace(/[^a-z0-9]/g, '');
        if (!spells(letters, scan.words.slice(run.from, run.to + 1).map(w => w.key)) && spells(letters, joined.filter(w => w !== ','))) run = { from: prev.from, to: run.to };
      }
      if (run) {
        const acrWords = inner.split(/\s+/).map(fold);
        const full = acrWords.join('').replace(/[^a-z0-9]/g, '');
        while (acrWords.length > 1 && LEGAL_SUFFIXES.has(acrWords[acrWords.length - 1]!)) acrWords.pop();
        const letters = acrWords.join('').replace(/[^a-z0-9]/g, '');
        const runWords = scan.words.slice(run.from, run.to + 1);
        // "Corporación Nacional del Cobre de Chile (Codelco)": the state complement is no part of it.
        const trimmedRun = trimComplement(runWords, scan.countries);
        const candidatesRuns = trimmedRun.length > 0 && trimmedRun.length < runWords.length ? [runWords, trimmedRun] : [runWords];
        for (let s = 0; s < runWords.length; s++) {
          const name = runWords.slice(s);
          if (name.length < 2) break;
          const keys = name.map(w => w.key);
          const short = candidatesRuns.length > 1 && s < trimmedRun.length - 1 ? trimmedRun.slice(s).map(w => w.key) : null;
          if (short && (spells(full, short) || spells(letters, short) || (/^\p{Lu}{3,}$/u.test(inner) && isOrgName(short) && sameInitials(letters, short)))) {
            if (isOrgName(short) || isOrgName(keys)) {
              const c = candidateFrom(trimmedRun.slice(s), 'any.entity.org_acronym_definition');
              if (c) {
                c.acronym = letters;
                found.push(c);
                defined.set(inner.split(/\s+/)[0]!, letters);
              }
            }
            break;
          }
          // Spelled in order, or (a name translated from the acronym's language, "Agencia de
          // Cooperación Internacional del Japón (JICA)") every letter an initial of the whole name.
          const translated = /^\p{Lu}{3,}$/u.test(inner) && (s === 0 || ES_INITIALS.has(keys[0]!) || EN_INITIALS.has(keys[0]!)) && isOrgName(keys) && sameInitials(letters, keys);
          if (!spells(full, keys) && !spells(letters, keys) && !translated) continue;
          if (isOrgName(name.map(w => w.key))) {
            const c = candidateFrom(name, 'any.entity.org_acronym_definition');
            if (c) {
              c.acronym = letters;
              found.push(c);
              defined.set(inner.split(/\s+/)[0]!, letters);
            }
          }
          break;
        }
      }
      continue;
    }
    // ACR (Name)
    const before = scan.words[wordRightBefore(text, scan.words, open)];
    if (before && isAcr(before.text) && before.text.length <= 10) {
      const innerWords = wordsIn(text, innerStart, innerStart + inner.length);
      if (innerWords.length >= 2 && innerWords[0]!.cap) {
        const letters = before.key.replace(/[^a-z0-9]/g, '');
        if (spells(letters, innerWords.map(w => w.key)) && isOrgName(innerWords.map(w => w.key))) {
          const c = candidateFrom(innerWords, 'any.entity.org_acronym_definition');
          if (c) {
            c.acronym = letters;
            found.push(c);
            found.push({ ...c, start: before.start, end: before.end, rule: 'any.entity.org_acronym' });
            defined.set(before.text, letters);
          }
        }
      }
    }
  }
  return { found, defined };
}

/** Could the text (in brackets, or before them) be an acronym: "KABIL", "Codelco", "MSP Finance"? */
function isAcr(s: string): boolean {
  return /^[\p{Lu}][\p{L}\p{N}&.\- ]*$/u.test(s) && ((s.match(/\p{Lu}/gu) ?? []).length >= 2 || /^\p{Lu}\p{Ll}{2,9}$/u.test(s)) && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(s);
}

/** Are the acronym's letters exactly the initials of the name's content words, in any order? */
function sameInitials(letters: string, words: readonly string[]): boolean {
  const initials = words.filter(w => !CONNECTORS.has(w)).map(w => w[0]!).sort().join('');
  return initials === [...letters].sort().join('');
}

/** Is a name (folded words) an organization's, judged by its head words? */
function isOrgName(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  const weak = last === 'initiative' || last === 'partnership';
  if (NOT_FINALS.has(last) && !weak) return false;
  if (NOT_INITIALS.has(words[0]!)) return false;
  return weak || words.some(w => INSTITUTION_HEADS.has(w) || COMPANY_HEADS.has(w) || ES_COMPANY_WORDS.has(w) || ES_INITIALS.has(w) || GOVERNMENT_HEADS.has(w));
}

/** Names introduced by a company noun, and the coordinated names after a plural one. */
function descriptorCandidates(text: string, scan: SentenceScan, lang: Lang, countries: readonly CountryMention[]): Candidate[] {
  const out: Candidate[] = [];
  const rule = `${lang}.entity.org_descriptor`;
  for (let i = 0; i < scan.words.length; i++) {
    const w = scan.words[i]!;
    const based = w.text.length >= 6 && w.text.charCodeAt(w.text.length - 6) === 0x2d && /-based$/i.test(w.text);
    // Spanish "la ecuatoriana Cóndor Andino Minería", "la chilena Minera X": a demonym as the noun.
    // Feminine only: "la" stands for "la empresa"; "el chileno Diego X" is a person.
    const demonymNoun = lang === 'es' && !w.cap && DEMONYM_WORDS.has(w.key) && FEMININE_ARTICLES.has(scan.words[i - 1]?.key ?? '');
    const isDescriptor = based || demonymNoun || (DESCRIPTORS[lang].has(w.key) && (!w.cap || w.upper));
    if (!isDescriptor) continue;
    // Skip up to two lower-case adjectives after the noun ("la minera china X", "la empresa
    // estatal provincial X", "the state-owned miner X").
    let j = i + 1;
    while (j < scan.words.length && j <= i + 2 && !scan.words[j]!.cap && text.slice(scan.words[j - 1]!.end, scan.words[j]!.start) === ' ' && (DEMONYM_WORDS.has(scan.words[j]!.key) || DESCRIPTOR_ADJECTIVES.has(scan.words[j]!.key))) j++;
    const next = scan.words[j];
    if (!next || !next.cap) continue;
    const gap = text.slice(scan.words[j - 1]!.end, next.start);
    // A comma only after "subsidiary" ("its local subsidiary, Minera Panama"): elsewhere the name
    // after a comma is a person's ("el presidente de la compañía, Robert McAllister").
    if (!(gap === ' ' || (gap === ', ' && APPOSITIVE_DESCRIPTORS.has(w.key)))) continue;
    let lastIdx = takeDescribed(scan, j, countries, rule, out);
    if (lastIdx < 0 || !PLURAL_DESCRIPTORS.has(w.key)) continue;
    // "las empresas X de China y Y": more names joined by "y"/"and"/",".
    for (let guard = 0; guard < 6 && lastIdx >= 0; guard++) {
      // Skip a "de China" complement left after the name.
      let k = lastIdx + 1;
      while (k < scan.words.length && k <= lastIdx + 3 && (OF_WORDS.has(scan.words[k]!.key) || countryAt(countries, scan.words[k]!))) k++;
      const after = scan.words[k];
      const then = scan.words[k + 1];
      if (after && AND.has(after.key) && then?.cap) lastIdx = takeDescribed(scan, k + 1, countries, rule, out);
      else if (after?.cap && /^, $/.test(text.slice(scan.words[k - 1]!.end, after.start))) lastIdx = takeDescribed(scan, k, countries, rule, out);
      else break;
    }
  }
  return out;
}

/** descriptorCandidates: takes the name that starts at word `from`; the index of its last word, or -1. */
function takeDescribed(scan: SentenceScan, from: number, countries: readonly CountryMention[], rule: string, out: Candidate[]): number {
  const all = runFrom(scan, from);
  if (!all) return -1;
  const words = splitCoordinated(all)[0]!;
  const lastIdx = scan.words.indexOf(words[words.length - 1]!);
  const first = words[0]!;
  if (TITLE_HEADS.has(first.key) || HONORIFICS.has(first.key) || ARTICLES.has(first.key) || /\d/.test(first.text)) return -1;
  const trimmed = trimComplement(words, countries);
  if (trimmed.length === 0 || trimmed.every(w => countryAt(countries, w))) return -1;
  if (trimmed.length === 1 && trimmed[0]!.text.length < 2) return -1;
  const norm = normalizeWords(trimmed);
  if (allGeneric(norm) || NOT_FINALS.has(norm[norm.length - 1]!) || NOT_INITIALS.has(norm[0]!)) return -1;
  const c = candidateFrom(trimmed, rule, 'company');
  if (c) out.push(c);
  return lastIdx;
}

/** Names next to a corporate title: "Harena MD", "Liontown's Managing Director", "CEO of X". */
function titleContextCandidates(text: string, scan: SentenceScan, lang: Lang, countries: readonly CountryMention[]): Candidate[] {
  const out: Candidate[] = [];
  const rule = `${lang}.entity.org_title_context`;
  for (const r of scan.runs) {
    const words = scan.words.slice(r.from, r.to + 1);
    const next = r.to + 1;
    const lastWord = words[words.length - 1]!;
    if (next < scan.words.length && titleAt(scan.words, next) > 0) {
      const gap = text.slice(lastWord.end, scan.words[next]!.start);
      if (gap === ' ' || (lastWord.possessive && /^['’]s? $/.test(gap))) acceptTitled(words, countries, rule, out);
    }
    // The run may itself end with the title ("Harena MD Joe" is one run): split before it.
    for (let k = 1; k < words.length; k++) {
      if (titleAt(scan.words, r.from + k) > 0) {
        acceptTitled(words.slice(0, k), countries, rule, out);
        break;
      }
    }
  }
  for (let i = 0; i < scan.words.length; i++) {
    const n = titleAt(scan.words, i);
    if (n === 0) continue;
    const prep = scan.words[i + n];
    if (!prep || !TITLE_PREPOSITIONS.has(prep.key)) continue;
    const at = ARTICLES.has(scan.words[i + n + 1]?.key ?? '') ? i + n + 2 : i + n + 1;
    const words = runFrom(scan, at);
    if (words) acceptTitled(splitCoordinated(words)[0]!, countries, rule, out);
  }
  return out;
}

/** The number of words of the corporate title that starts at word i, or 0. */
function titleAt(words: readonly Word[], i: number): number {
  const first = words[i]?.key;
  if (first === undefined || !CORPORATE_TITLE_FIRST.has(first)) return 0;
  for (const t of CORPORATE_TITLES) {
    if (t.every((part, k) => words[i + k]?.key === part)) {
      // "CEO", "MD" must be written in capitals.
      if (t.length === 1 && t[0]!.length <= 3 && !words[i]!.upper) continue;
      return t.length;
    }
  }
  return 0;
}

/** titleContextCandidates: the name next to a title, unless it is a state, a title or common words. */
function acceptTitled(words: Word[], countries: readonly CountryMention[], rule: string, out: Candidate[]): void {
  const trimmed = trimComplement(words, countries).filter((w, k) => k > 0 || !ARTICLES.has(w.key));
  if (trimmed.length === 0 || trimmed.length > 5) return;
  if (trimmed.every(w => countryAt(countries, w) || DEMONYM_WORDS.has(w.key))) return;
  if (trimmed.some(w => TITLE_HEADS.has(w.key) || TITLE_WORDS.has(w.key) || HONORIFICS.has(w.key) || NOT_ORG_AFTER_TITLE.has(w.key) || /\d/.test(w.text))) return;
  const norm = normalizeWords(trimmed);
  if (allGeneric(norm)) return;
  const c = candidateFrom(trimmed, rule, 'company');
  if (c) out.push(c);
}

function brandCandidates(text: string, scan: SentenceScan): Candidate[] {
  const out: Candidate[] = [];
  for (const w of scan.words) {
    if (!w.cap || !mayBeBrand(w.text) || /\d/.test(w.text) || NOT_BRANDS.has(w.text)) continue;
    if (!/\p{Ll}\p{Lu}/u.test(w.text) && !/\p{Lu}{3,}\p{Ll}{2,}/u.test(w.text)) continue;
    if (isFormula(w.text) || /^(?:Mc|Mac)\p{Lu}/u.test(w.text)) continue;
    if (/[@#]$/.test(text.slice(Math.max(0, w.start - 1), w.start))) continue;
    const c = candidateFrom([w], 'any.entity.org_brand_name', 'company');
    if (c) out.push(c);
  }
  return out;
}

/**
 * A quick test before brandCandidates' regexes: both need a capital after the first letter, which
 * an ASCII word shows as A–Z (any other word goes on to the regexes).
 */
function mayBeBrand(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return true;
  }
  return false;
}

/** The nouns of a Spanish government body in lower case ("el ministerio de minería de Chile"). */
const ES_GOVERNMENT_NOUNS = ['ministerio', 'secretaría', 'departamento'];
const ES_LOWERCASE_GOVERNMENT = new RegExp(`(?<![\\p{L}])(${ES_GOVERNMENT_NOUNS.join('|')}) de (\\p{Ll}+(?: (?:y|e) \\p{Ll}+)?) (?:de(?:l| la| los)? )?$`, 'u');

/** "Indonesia's investment ministry", "el ministerio de minería de Chile": a ministry in lower case. */
function lowercaseGovernmentCandidates(text: string, scan: SentenceScan, countries: readonly CountryMention[]): Candidate[] {
  const out: Candidate[] = [];
  // The mentions in this sentence (they come sorted by start): a walk over all of them for every
  // sentence made a long text with many sentences and names quadratic.
  const inScan = within(countries, scan.start, scan.end);
  for (const c of inScan) {
    if (c.kind === 'demonym') continue;
    // The pattern opens with the possessive's apostrophe.
    const next = text.charCodeAt(c.end);
    if (next !== 0x27 && next !== 0x2019) continue;
    const m = /^['’]s?\s+((?:\p{Ll}+\s+){1,2})(ministry|department)(?![\p{L}])/u.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const start = c.end + m[0].indexOf(m[1]!);
    const end = c.end + m[0].length;
    const words = wordsIn(text, start, end);
    const cand = candidateFrom(words, 'en.entity.org_government_lowercase', 'government');
    if (cand) out.push(cand);
  }
  // "el ministerio de minería de Chile", "el ministerio de inversiones indonesio".
  for (const c of inScan) {
    // The pattern ends with a space and holds one of its three nouns.
    if (c.start - 1 < scan.start || text.charCodeAt(c.start - 1) !== 0x20) continue;
    const before = text.slice(Math.max(scan.start, c.start - 60), c.start);
    if (!ES_GOVERNMENT_NOUNS.some(n => before.includes(n))) continue;
    const m = ES_LOWERCASE_GOVERNMENT.exec(before);
    if (!m) continue;
    const start = c.start - before.length + m.index;
    const end = start + m[1]!.length + 4 + m[2]!.length;
    const cand = candidateFrom(wordsIn(text, start, end), 'es.entity.org_government_lowercase', 'government');
    if (cand) out.push(cand);
  }
  return out;
}

const GOVERNOR = /(?<![\p{L}])(?:(?:vice[- ]?|lieutenant |deputy )?governor|(?:vice)?gobernador(?:a)?)\s+(?:of|de)\s+(?:the\s+|la\s+provincia\s+de\s+)?/giu;
const PROVINCE_OF = /(?<![\p{L}])(?:(?:[Gg]obierno de la |[Gg]overnment of the )?(?:Province of|Provincia de|provincia de|province of))\s+/gu;

/** Words without which a text names no province (provinceCandidates is skipped). */
const PROVINCE_WORDS = /overnor|rovinc|obernador/;

/** provinceCandidates: the province's name that starts at offset `at` ("Catamarca"), or null. */
function provinceNameAfter(scan: SentenceScan, countries: readonly CountryMention[], at: number): Word[] | null {
  const idx = scan.words.findIndex(w => w.start === at);
  if (idx < 0 || !scan.words[idx]!.cap) return null;
  let words = runFrom(scan, idx);
  if (!words) return null;
  const stop = words.findIndex(w => HONORIFICS.has(w.key) || TITLE_HEADS.has(w.key) || CONNECTORS.has(w.key));
  if (stop >= 0) words = words.slice(0, stop);
  if (words.length > 2) words = words.slice(0, 1);
  if (words.length === 0 || words.some(w => countryAt(countries, w) || INSTITUTION_HEADS.has(w.key) || ES_INITIALS.has(w.key))) return null;
  return words;
}

/** Sub-national governments: "Governor of X", "gobernador de X", "Provincia de X", "X province". */
function provinceCandidates(text: string, scan: SentenceScan, lang: Lang, countries: readonly CountryMention[]): Candidate[] {
  const out: Candidate[] = [];
  const sentence = text.slice(scan.start, scan.end);
  if (!PROVINCE_WORDS.test(sentence)) return out;
  GOVERNOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GOVERNOR.exec(sentence)) !== null) {
    const words = provinceNameAfter(scan, countries, scan.start + m.index + m[0].length);
    if (!words) continue;
    const province = normalizeWords(words).join(' ');
    out.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words: ['province', 'of', ...province.split(' ')], rule: `${lang}.entity.province_from_governor`, kind: 'province', province });
  }
  // "Salta Governor Gustavo Sáenz", "Salta province": the name right before.
  const BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?) (?:(?:Vice[- ]?|Deputy |Lieutenant )?Governor|[Pp]rovince|provincial government)(?![\p{L}])/gu;
  while ((m = BEFORE.exec(sentence)) !== null) {
    const at = scan.start + m.index;
    const words = scan.words.filter(w => w.start >= at && w.end <= at + m![1]!.length);
    if (words.length === 0 || words.some(w => countryAt(countries, w) || TITLE_HEADS.has(w.key) || GENERIC.has(w.key) || HONORIFICS.has(w.key) || ARTICLES.has(w.key))) continue;
    if (words.length === 2 && CONNECTORS.has(words[0]!.key)) continue;
    const province = normalizeWords(words).join(' ');
    const governor = /Governor$/.test(m[0]);
    out.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words: ['province', 'of', ...province.split(' ')], rule: governor ? `${lang}.entity.province_from_governor` : `${lang}.entity.province_name`, kind: 'province', province, ...(governor ? {} : { weak: true }) });
  }
  PROVINCE_OF.lastIndex = 0;
  while ((m = PROVINCE_OF.exec(sentence)) !== null) {
    const words = provinceNameAfter(scan, countries, scan.start + m.index + m[0].length);
    if (!words) continue;
    const province = normalizeWords(words).join(' ');
    // A capital "Provincia" or "the government of the province" names the government itself.
    const capital = /^\p{Lu}/u.test(m[0]) || /^(?:gobierno|government)/i.test(m[0]);
    out.push({ start: scan.start + m.index, end: words[words.length - 1]!.end, words: ['province', 'of', ...province.split(' ')], rule: `${lang}.entity.province_name`, kind: 'province', province, ...(capital ? {} : { weak: true }) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Merging.

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const COMPANY_LIKE = new Set<OrgKind>(['company', 'state_company', 'finance_agency', 'institution']);

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length < b.length && a.every((w, i) => b[i] === w);
}

// lineClass values in findOrganizations.
const CREDIT = 1;
const HEADLINE = 2;

/** Is any of mask[start, end) set? */
function anyMarked(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] !== 0) return true;
  return false;
}

/** The union-find's groups: root → member indexes, in index order. */
function groupsOf(uf: UnionFind, n: number): Map<number, number[]> {
  const g = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const list = g.get(r);
    if (list) list.push(i);
    else g.set(r, [i]);
  }
  return g;
}

/**
 * Where each capitalized word stands (its sentence and index), by key, in document order: the
 * short-form search looks a key up instead of walking every word once per organization.
 */
function capitalizedWordsByKey(scans: readonly SentenceScan[]): Map<string, { scan: SentenceScan; index: number }[]> {
  const out = new Map<string, { scan: SentenceScan; index: number }[]>();
  for (const scan of scans) {
    for (let index = 0; index < scan.words.length; index++) {
      const w = scan.words[index]!;
      if (!w.cap) continue;
      const list = out.get(w.key);
      if (list) list.push({ scan, index });
      else out.set(w.key, [{ scan, index }]);
    }
  }
  return out;
}

/** Finds every organization of the document (before party assignment). */
export function findOrganizations(ctx: DocContext, countries: readonly CountryMention[]): OrgEntityDraft[] {
  const { text, lang } = ctx;
  const blocked: { start: number; end: number }[] = [];
  const candidates: Candidate[] = [];
  const acronyms = new Map<string, string>();
  const scans: SentenceScan[] = [];
  const known = KNOWN_LEXICON.match(text, ctx.folded);
  // No sentence names a province when the whole text lacks the words for it.
  const provinceWords = PROVINCE_WORDS.test(text);
  for (const s of nameSentences(text, ctx.sentences)) {
    const words = wordsIn(text, s.start, s.end);
    scans.push({
      start: s.start,
      end: s.end,
      countries,
      words,
      runs: capRuns(text, words),
      headline: isHeadline(text, s.start, s.end),
      credit: startsWithAny(text, s.start, CREDIT_STARTS),
    });
  }
  // Per character: 1 inside a credit line, 2 inside a headline.
  const lineClass = new Uint8Array(text.length + 1);
  for (const s of scans) if (s.credit || s.headline) lineClass.fill(s.credit ? CREDIT : HEADLINE, s.start, s.end);
  for (const k of known) {
    if (k.value.org === null) {
      blocked.push({ start: k.start, end: k.end });
      continue;
    }
    if (lineClass[k.start] === CREDIT) continue;
    const org = k.value.org;
    const words = wordsIn(text, k.start, k.end);
    candidates.push({ start: k.start, end: k.end, words: normalizeWords(words), rule: 'any.entity.org_known', kind: org.kind, known: org });
  }
  for (const scan of scans) {
    if (scan.credit) continue;
    const found: Candidate[] = [];
    const acr = acronymCandidates(text, scan);
    for (const [a, letters] of acr.defined) acronyms.set(a, letters);
    found.push(...acr.found);
    if (!scan.headline) {
      for (const r of scan.runs) found.push(...runCandidates(scan.words.slice(r.from, r.to + 1), countries, lang));
      found.push(...descriptorCandidates(text, scan, lang, countries));
      found.push(...titleContextCandidates(text, scan, lang, countries));
      found.push(...lowercaseGovernmentCandidates(text, scan, countries));
    }
    found.push(...brandCandidates(text, scan));
    if (provinceWords) found.push(...provinceCandidates(text, scan, lang, countries));
    candidates.push(...found);
  }
  // Bare uses of defined acronyms.
  for (const [acr, letters] of acronyms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (lineClass[m.index] === CREDIT) continue;
      candidates.push({ start: m.index, end: m.index + acr.length, words: [letters], rule: 'any.entity.org_acronym', kind: 'company', acronym: letters });
    }
  }
  // Drop what a blocked name (outlet, platform, exchange) or a state name covers entirely.
  const blockedMask = new Uint8Array(text.length + 1);
  for (const b of blocked) blockedMask.fill(1, b.start, b.end);
  // Sorted by start, so that the known names a candidate can cross are found by binary search.
  const knownSpans = candidates.filter(c => c.rule === 'any.entity.org_known').sort((a, b) => a.start - b.start);
  const longestKnown = knownSpans.reduce((n, k) => Math.max(n, k.end - k.start), 0);
  const crossesKnown = (c: Candidate): boolean => {
    for (let i = lowerBound(knownSpans, c.start - longestKnown); i < knownSpans.length && knownSpans[i]!.start < c.end; i++) {
      const k = knownSpans[i]!;
      if (c.start < k.end && !(c.start <= k.start && c.end >= k.end) && !(k.start <= c.start && k.end >= c.end)) return true;
    }
    return false;
  };
  const kept = candidates.filter(c => {
    if (anyMarked(blockedMask, c.start, c.end)) return false;
    // A name that crosses the edge of a known one ("Bank of the United States and Export Finance
    // Australia" over two known agencies) is a misreading.
    if (c.rule !== 'any.entity.org_known' && crossesKnown(c)) return false;
    const k = countryAt(countries, c);
    if (c.rule !== 'any.entity.org_known' && k && k.kind !== 'demonym') return false;
    return true;
  });
  kept.sort((a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));

  // Merge candidates that name the same organization.
  const uf = new UnionFind(kept.length);
  const byKey = new Map<string, number>();
  // The earlier candidates that still reach past the current start (kept is sorted by start, so
  // one that ends before it overlaps no later one): testing every earlier one was quadratic.
  let reaching: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const keys = [c.words.join(' ')];
    if (c.known) keys.push(`known:${c.known.id}`);
    if (c.acronym) keys.push(`acr:${c.acronym}`);
    if (c.province) keys.push(`province:${c.province}`);
    for (const key of keys) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else uf.union(i, j);
    }
    reaching = reaching.filter(j => kept[j]!.end > c.start);
    for (const j of reaching) {
      const d = kept[j]!;
      if (!(d.start < c.end && c.start < d.end) || c.kind === 'province' || d.kind === 'province') continue;
      // A bare acronym inside a longer name ("MSP" in "MSP Finance Network") is another org.
      const inner = c.end - c.start < d.end - d.start ? c : d;
      const outer = inner === c ? d : c;
      if (inner.rule === 'any.entity.org_acronym' && outer.words.length > 1) continue;
      uf.union(i, j);
    }
    reaching.push(i);
  }
  // A known acronym equal to a defined one.
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.words.length !== 1) continue;
    const j = byKey.get(`acr:${c.words[0]}`);
    if (j !== undefined) uf.union(i, j);
  }
  // Short ↔ full company names: "LG" ⊂ "LG Energy Solution", "Hyundai" ⊂ "Hyundai Motor Group".
  {
    const g = groupsOf(uf, kept.length);
    const fullest = new Map<number, string[]>();
    for (const [root, members] of g) {
      const best = members.map(i => kept[i]!).filter(c => COMPANY_LIKE.has(c.kind)).sort((a, b) => b.words.length - a.words.length)[0];
      if (best) fullest.set(root, best.words);
    }
    for (const [root, words] of fullest) {
      if (GENERIC.has(words[0]!) && words.length === 1) continue;
      const longer = [...fullest].filter(([r2, w2]) => r2 !== root && isPrefix(words, w2));
      if (longer.length === 1) uf.union(root, longer[0]![0]);
    }
  }

  // Build one draft per group.
  const drafts: OrgEntityDraft[] = [];
  for (const members of groupsOf(uf, kept.length).values()) {
    const cands = members.map(i => kept[i]!);
    if (cands.every(c => c.weak)) continue;
    const knownCand = cands.find(c => c.known);
    const kinds = new Set(cands.map(c => c.kind));
    const kind: OrgKind = knownCand?.known?.kind ?? (kinds.has('province') ? 'province' : kinds.has('government') ? 'government' : kinds.has('institution') ? 'institution' : 'company');
    const fullest = [...cands].filter(c => c.rule !== 'any.entity.org_acronym').sort((a, b) => b.words.length - a.words.length || a.start - b.start)[0] ?? cands[0]!;
    const acronym = cands.find(c => c.acronym && c.rule === 'any.entity.org_acronym_definition')?.acronym;
    let id: string;
    if (kind === 'province') id = `province-of-${slugify(cands.find(c => c.province)!.province!)}`;
    else if (knownCand?.known?.canonical) id = knownCand.known.id;
    else if (acronym) id = slugify(acronym);
    else id = slugify(fullest.words.join(' '));
    if (!id) continue;
    const name = kind === 'province' ? `Province of ${text.slice(fullest.start, fullest.end).replace(/^(?:provincia de|province of)\s+/i, '')}` : text.slice(fullest.start, fullest.end);
    const mentions = cands
      .map(c => makeSpan(text, c.start, c.end, c.rule))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((m, i, all) => i === 0 || !(all[i - 1]!.start <= m.start && all[i - 1]!.end >= m.end));
    drafts.push({ id: `org:${id}`, name, kind, state: knownCand?.known?.state ?? null, mentions });
  }

  // Later short forms of companies ("Harena", "Liontown") and provinces ("Catamarca").
  // Characters already named by an organization, a state or a blocked name.
  const occupied = blockedMask.slice();
  for (const d of drafts) for (const m of d.mentions) occupied.fill(1, m.start, m.end);
  for (const c of countries) occupied.fill(1, c.start, c.end);
  const claim = (d: OrgEntityDraft, s: number, e: number, rule: string): void => {
    d.mentions.push(makeSpan(text, s, e, rule));
    occupied.fill(1, s, e);
  };
  // Capitalized words by key, in document order, for the short forms below (built when needed).
  let byKeyWords: Map<string, { scan: SentenceScan; index: number }[]> | null = null;
  // Provinces first: their bare name is theirs, not the first word of a company named after them.
  const order = [...drafts.filter(d => d.kind === 'province'), ...drafts.filter(d => d.kind !== 'province')];
  for (const d of order) {
    const first = d.kind === 'province' ? d.id.slice('org:province-of-'.length).split('-') : slugify(d.name).split('-');
    // "the Commission" for the European Commission.
    if (d.kind === 'eu_institution' || d.kind === 'international') {
      const last = fold(d.name).split(/\s+/).pop()!;
      if (!INSTITUTION_HEADS.has(last) && !ES_INITIALS.has(fold(d.name).split(/\s+/)[0]!)) continue;
      const head = INSTITUTION_HEADS.has(last) ? last : fold(d.name).split(/\s+/)[0]!;
      byKeyWords ??= capitalizedWordsByKey(scans);
      for (const { scan, index } of byKeyWords.get(head) ?? []) {
        const w = scan.words[index]!;
        if (!anyMarked(occupied, w.start, w.end)) claim(d, w.start, w.end, 'any.entity.org_short_form');
      }
      d.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
      continue;
    }
    if (d.kind !== 'province' && !COMPANY_LIKE.has(d.kind)) continue;
    // An organization with a defined acronym is named short by the acronym.
    if (d.mentions.some(m => m.rule === 'any.entity.org_acronym_definition')) continue;
    if (first.length < 2 && d.kind !== 'province') continue;
    const short = d.kind === 'province' ? first : GENERIC.has(first[0]!) ? first.slice(0, 2) : first.slice(0, 1);
    if (short.length === 0 || short.join('').length < 3 || short.every(w => GENERIC.has(w))) continue;
    byKeyWords ??= capitalizedWordsByKey(scans);
    for (const { scan, index: i } of byKeyWords.get(short[0]!) ?? []) {
      if (scan.credit || i + short.length > scan.words.length) continue;
      const ws = scan.words.slice(i, i + short.length);
      if (!ws.every((w, k) => w.key === short[k] && w.cap)) continue;
      const s = ws[0]!.start;
      const e = ws[ws.length - 1]!.end;
      if (anyMarked(occupied, s, e)) continue;
      claim(d, s, e, 'any.entity.org_short_form');
    }
    d.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // "el Gobierno provincial", "the provincial government": the only province of the text.
  const provinces = drafts.filter(d => d.kind === 'province');
  if (provinces.length === 1) {
    const re = /(?<![\p{L}])(?:gobierno provincial|gobierno de la provincia|provincial government|government of the province)(?![\p{L}])/giu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (!anyMarked(occupied, m.index, m.index + m[0].length)) claim(provinces[0]!, m.index, m.index + m[0].length, `${lang}.entity.province_name`);
    }
    provinces[0]!.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  // Keep mentions that are not only an event's setting; government bodies need one mention that
  // is not a source of the text (ruling 1). Headline-only names need a body mention.
  const out: OrgEntityDraft[] = [];
  for (const d of drafts) {
    const mentions = d.mentions.filter(m => !isEventSetting(text, m));
    if (mentions.length === 0) continue;
    // The acronym in brackets right after a name shares that name's role.
    const own = mentions.filter(m => !(text[m.start - 1] === '(' && m.rule === 'any.entity.org_acronym'));
    if ((d.kind === 'government' || knownOrganization(d.id)?.kind === 'government') && own.every(m => isSourceMention(ctx, m) || isPlaceMention(text, m))) continue;
    if (mentions.every(m => lineClass[m.start] === HEADLINE) && !mentions.some(m => m.rule === 'any.entity.org_known')) continue;
    out.push({ ...d, mentions });
  }
  return out;
}

/** "at the White House", "en la Casa Blanca": a government seat named as a place. */
function isPlaceMention(text: string, m: Span): boolean {
  const before = fold(text.slice(Math.max(0, m.start - 12), m.start));
  return /(?:^|\s)(?:at|in|from|en|desde)(?: the| la| el)?$/.test(before);
}

function isEventSetting(text: string, m: Span): boolean {
  const before = fold(text.slice(Math.max(0, m.start - 40), m.start)).trimEnd();
  if (!EVENT_CONTEXT.some(p => before.endsWith(p))) return false;
  const after = fold(text.slice(m.end, m.end + 20)).trim().split(/\s+/)[0] ?? '';
  return !EVENT_HEADS.has(after);
}

/** Is this mention only the source of the text or of a quote ("the White House published")? */
function isSourceMention(ctx: DocContext, m: Span): boolean {
  const { text } = ctx;
  const before = fold(text.slice(Math.max(0, m.start - 30), m.start)).replace(/\s+/g, ' ').trimEnd();
  if (SOURCE_PREPOSITIONS.some(p => before.endsWith(p) || before.endsWith(`${p} the`) || before.endsWith(`${p} el`) || before.endsWith(`${p} la`) || before.endsWith(`${p} los`))) return true;
  if (startsWithAny(text, lineAt(text, m.start).start, CREDIT_STARTS)) return true;
  const after = fold(text.slice(m.end, m.end + 40)).split(/[,;.:\n]/)[0]!.trim().split(/\s+/);
  for (const w of after.slice(0, 3)) {
    if (SOURCE_VERBS.has(w)) return true;
    if (!['has', 'have', 'had', 'also', 'ha', 'han', 'habia', 'tambien', 'today', 'hoy', 'on', 'el'].includes(w)) break;
  }
  // "Foto: Cancillería." — a credit inside a line.
  if (/(?:foto|photo|fuente|source|credit)\s*:\s*$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  return false;
}

/** What the curated list knows about an org id, if anything. */
export function knownOrganization(id: string): KnownOrg | undefined {
  return KNOWN_BY_ID.get(id.replace(/^org:/, ''));
}

/** The kind of an organization entity, from the curated list or its head words. */
const kindMemo = new StringMemo<OrgKind>(10_000);

export function organizationKind(id: string, name: string): OrgKind {
  const key = `${id}\u0000${name}`;
  let kind = kindMemo.get(key);
  if (kind === undefined) {
    kind = computeOrganizationKind(id, name);
    kindMemo.set(key, kind);
  }
  return kind;
}

function computeOrganizationKind(id: string, name: string): OrgKind {
  if (id.startsWith('org:province-of-')) return 'province';
  const known = knownOrganization(id);
  if (known) return known.kind;
  const k = knownKindByName(name);
  if (k) return k;
  const folded = foldSameLength(name);
  return kindOfWords(normalizeWords(tokenize(name, folded).map(t => ({ start: t.start, end: t.end, text: t.raw, key: t.key, cap: false, upper: false, possessive: false }))));
}

function knownKindByName(name: string): OrgKind | null {
  const folded = foldSameLength(name);
  const m = KNOWN_LEXICON.match(name, folded, tokenize(name, folded));
  const hit = m.find(x => x.start === 0 && x.end === name.length && x.value.org);
  return hit?.value.org?.kind ?? null;
}
