// Officials (ruling 9): people named with an office or job title, in either word order:
//
//   title_before_name  "US President Donald Trump", "Secretary of State Marco Rubio",
//                      "el Presidente José Antonio Kast", "Harena MD Joe Belladonna"
//   title_comma_name   "the Minister of Energy, Tim Hodgson", "el ministro de Relaciones
//                      Exteriores, Francisco Pérez Mackenna", "Governor of X, Eng. Ruben Dusso"
//   name_comma_title   "Bandar Alkhorayef, Minister of Industry …", "Landau, vicesecretario de Estado"
//
// A title is found with a lexicon (src/lang/{en,es}/titles.ts), then read outwards: a qualifier
// before it (a state, demonym or company: "Japanese", "Liontown's", "the German government's"),
// its complement after it (fields of office, "of <State>", "de la Comisión Europea", "en Beijing"),
// and the person's name (capitalized words with particles and initials, never an entity). The
// party is the state or organization the title phrase names; else the title's usual state
// ("Secretary of State" → US); else, for public offices, the text's home state.
// Mentions of one person merge ("Landau" → "Christopher Landau").
import { tokenize, type LexiconEntry } from '../../core/lexicon.ts';
import type { RuleMeta } from '../../core/rules.ts';
import { lowerBound, makeSpan, partitionPoint } from '../../core/span.ts';
import { fold, foldSameLength } from '../../core/text.ts';
import type { Entity, Lang, Official } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import * as EN from '../../lang/en/titles.ts';
import * as ES from '../../lang/es/titles.ts';
import type { TitleEntry } from '../../lang/en/titles.ts';
import { DEMONYMS as ES_DEMONYMS } from '../../lang/es/demonyms.ts';
import * as EN_PARTIES from '../../lang/en/parties.ts';
import * as ES_PARTIES from '../../lang/es/parties.ts';
import * as EN_ORGS from '../../lang/en/organizations.ts';
import * as ES_ORGS from '../../lang/es/organizations.ts';
import { entityMentions, foreignStates, homeState, isDemonym, mentionsEndingAt, mentionsIn, shapeOf, someCovering, stateOfOrganization, type EntityMention } from '../entities/roles.ts';
import { CoverIndex, nameSentences, PhraseMatcher, primeFolded, wordsIn, type Word } from '../entities/scan.ts';

export const RULES: readonly RuleMeta[] = [
  { id: 'en.official.title_before_name', field: 'officials', lang: 'en', description: 'Title (with its qualifier and complement) right before a name: "U.S. Secretary of State Marco Rubio"' },
  { id: 'es.official.title_before_name', field: 'officials', lang: 'es', description: 'Title right before a name: "el Presidente José Antonio Kast", "el canciller Hugo de Zela"' },
  { id: 'en.official.title_comma_name', field: 'officials', lang: 'en', description: 'Title, then a comma and the name: "the Minister of Energy and Natural Resources, Tim Hodgson"' },
  { id: 'es.official.title_comma_name', field: 'officials', lang: 'es', description: 'Title, then a comma and the name: "el ministro de Relaciones Exteriores, Francisco Pérez Mackenna"' },
  { id: 'en.official.name_comma_title', field: 'officials', lang: 'en', description: 'Name, then a comma and the title: "Bandar Alkhorayef, Minister of Industry and Mineral Resources"' },
  { id: 'es.official.name_comma_title', field: 'officials', lang: 'es', description: 'Name, then a comma and the title: "Landau, vicesecretario de Estado"' },
];

interface LangData {
  titles: PhraseMatcher<TitleEntry>;
  fields: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  ordinals: ReadonlySet<string>;
  former: ReadonlySet<string>;
  euAdjectives: ReadonlySet<string>;
  anaphors: ReadonlySet<string>;
  governmentNouns: ReadonlySet<string>;
  /** Lower-case words allowed inside a title's complement (descriptors, prepositions). */
  complementWords: ReadonlySet<string>;
  /** Adjectives after a title and its field, before the name; left out of the title. */
  postAdjectives: ReadonlySet<string>;
  /** Adjectives that place an office in a province: the text's one province serves. */
  provincial: ReadonlySet<string>;
  /** Prepositions before the receiving state of an envoy ("to Argentina", "en China"). */
  envoyTo: ReadonlySet<string>;
  /** "by", "represented by", "por": a state before them is served by the official after them. */
  representedBy: readonly string[];
}

const fset = (words: Iterable<string>): ReadonlySet<string> => new Set([...words].map(fold));

function langData(lang: Lang): LangData {
  const L = lang === 'en' ? EN : ES;
  const entries: LexiconEntry<TitleEntry>[] = L.TITLES.map(t => ({ surface: t.surface, value: t, caseSensitive: L.CASE_SENSITIVE_TITLES.includes(t.surface) }));
  return {
    titles: new PhraseMatcher(entries),
    fields: fset(L.OFFICE_FIELDS),
    honorifics: fset(L.HONORIFICS),
    particles: fset(L.NAME_PARTICLES.flatMap(p => p.split(' '))),
    joiners: fset(L.TITLE_JOINERS),
    ordinals: fset(L.TITLE_ORDINALS),
    former: fset(L.FORMER_MARKERS),
    euAdjectives: fset(L.EU_ADJECTIVES),
    anaphors: fset(L.COMPANY_ANAPHORS),
    governmentNouns: fset(L.GOVERNMENT_NOUNS),
    complementWords: fset([
      ...(lang === 'en' ? EN_ORGS.COMPANY_DESCRIPTORS : ES_ORGS.COMPANY_DESCRIPTORS),
      ...(lang === 'en' ? ['to', 'at', 'in', 'of', 'for', 'the', 'and', 'on', 'country'] : ['en', 'ante', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'para', 'país']),
      ...(lang === 'es' ? Object.values(ES_DEMONYMS).flat() : []),
    ]),
    postAdjectives: fset(L.POST_TITLE_ADJECTIVES),
    provincial: fset(L.PROVINCIAL_ADJECTIVES),
    envoyTo: fset(lang === 'en' ? ['to', 'in', 'at'] : ['en', 'ante']),
    representedBy: [...L.REPRESENTED_BY].sort((a, b) => b.length - a.length),
  };
}

const DATA: Record<Lang, LangData> = { en: langData('en'), es: langData('es') };

/** Capitalized words that are never a person's name. */
const NOT_NAMES: ReadonlySet<string> = new Set(
  [...EN_ORGS.GENERIC_WORDS, ...ES_ORGS.GENERIC_WORDS, ...EN.TITLES.flatMap(t => t.surface.split(' ')), ...ES.TITLES.flatMap(t => t.surface.split(' ')),
    'the', 'el', 'la', 'los', 'las', 'this', 'that', 'he', 'she', 'they', 'we', 'it', 'his', 'her', 'who', 'which', 'also', 'but',
    'and', 'in', 'on', 'at', 'as', 'with', 'con', 'en', 'por', 'para', 'que', 'quien', 'quienes', 'según', 'asimismo', 'además',
    'today', 'hoy', 'ayer', 'yesterday', 'said', 'dijo', 'afirmó', 'ministry', 'ministerio', 'government', 'gobierno', 'república',
    'republic', 'nación', 'nation', 'estado', 'state', 'congress', 'congreso', 'senate', 'senado', 'foto', 'photo', 'reuters',
    // Fields of office are never names ("Union Minister of Parliamentary Affairs, Coal and Mines"),
    // nor are verbs that open a sentence ("Firmó Ana Ruiz, viceministra …").
    ...EN.OFFICE_FIELDS, ...ES.OFFICE_FIELDS, ...EN_PARTIES.SIGN_VERBS, ...ES_PARTIES.SIGN_VERBS, ...EN_PARTIES.ANNOUNCE_VERBS,
    ...ES_PARTIES.ANNOUNCE_VERBS, ...EN_ORGS.SOURCE_VERBS, ...ES_ORGS.SOURCE_VERBS,
  ].map(fold),
);

interface Found {
  name: string;
  nameStart: number;
  nameEnd: number;
  title: string;
  titleStart: number;
  titleEnd: number;
  rule: string;
  party: string | null;
  /** The party came from the text (not from a default or the home state). */
  explicit: boolean;
  /** States named in the title phrase as the official's own (not envoys' hosts). */
  qualifierStates: string[];
}

const coverIndexes = new WeakMap<readonly EntityMention[], CoverIndex<EntityMention>>();

function covered(mentions: readonly EntityMention[], w: { start: number; end: number }): EntityMention | undefined {
  let index = coverIndexes.get(mentions);
  if (!index) {
    index = new CoverIndex(mentions.reduce((n, m) => Math.max(n, m.end), 0), mentions);
    coverIndexes.set(mentions, index);
  }
  return index.covering(w.start, w.end);
}

/** Is the word a possible part of a person's name? */
function nameWord(w: Word, mentions: readonly EntityMention[]): boolean {
  if (!w.cap || /\d/.test(w.text)) return false;
  if (NOT_NAMES.has(w.key)) return false;
  if (covered(mentions, w)) return false;
  return true;
}

/** Title words that are also common surnames ("King", "Chancellor"): allowed after a first name. */
const TITLE_SURNAMES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'chancellor', 'marshal', 'bishop', 'duke', 'mayor', 'governor', 'judge', 'consul', 'rey', 'duque', 'obispo', 'juez'].map(fold));

function surnameLike(w: Word, mentions: readonly EntityMention[]): boolean {
  return w.cap && !w.upper && TITLE_SURNAMES.has(w.key) && !covered(mentions, w);
}

/** Reads a person's name forwards from word i (honorifics skipped). Returns [from, to] or null. */
function readName(text: string, words: readonly Word[], i: number, mentions: readonly EntityMention[], d: LangData): [number, number] | null {
  while (i < words.length && d.honorifics.has(words[i]!.key) && /^\.?\s$/.test(text.slice(words[i]!.end, words[i + 1]?.start ?? words[i]!.end))) i++;
  const first = words[i];
  if (!first || !nameWord(first, mentions)) return null;
  let to = i;
  for (let k = i + 1; k < words.length && k - i < 6; k++) {
    const gap = text.slice(words[k - 1]!.end, words[k]!.start);
    const prevInitial = /^\p{Lu}$/u.test(words[k - 1]!.text);
    if (!(gap === ' ' || (prevInitial && /^\. ?$/.test(gap)))) break;
    const w = words[k]!;
    if (nameWord(w, mentions)) {
      to = k;
      continue;
    }
    // A surname that is also a title word ("Madeleine King"), when no capitalized word follows.
    const after = words[k + 1];
    if (surnameLike(w, mentions) && !(after && after.cap && text.slice(w.end, after.start) === ' ')) {
      to = k;
      break;
    }
    // Particles: "de Zela", "von der Leyen", "da Silva".
    if (!w.cap && d.particles.has(w.key)) {
      let p = k;
      while (p < words.length && !words[p]!.cap && d.particles.has(words[p]!.key) && text.slice(words[p]!.end, words[p + 1]?.start ?? 0) === ' ') p++;
      if (p < words.length && p > k && nameWord(words[p]!, mentions)) {
        to = p;
        k = p;
        continue;
      }
    }
    break;
  }
  // A name is not followed by another capitalized word we refused (it would be a longer phrase).
  const next = words[to + 1];
  if (next && next.cap && text.slice(words[to]!.end, next.start) === ' ' && !covered(mentions, next) && !NOT_NAMES.has(next.key)) return null;
  return [i, to];
}

/** Reads a person's name backwards, ending at word i. */
function readNameBack(text: string, words: readonly Word[], i: number, mentions: readonly EntityMention[], d: LangData): [number, number] | null {
  const last = words[i];
  if (!last || !nameWord(last, mentions)) return null;
  let from = i;
  for (let k = i - 1; k >= 0 && i - k < 6; k--) {
    const w = words[k]!;
    const gap = text.slice(w.end, words[k + 1]!.start);
    if (!(gap === ' ' || (/^\p{Lu}$/u.test(w.text) && /^\. ?$/.test(gap)))) break;
    if (nameWord(w, mentions) || (!w.cap && d.particles.has(w.key) && k - 1 >= 0 && nameWord(words[k - 1]!, mentions))) {
      from = k;
      continue;
    }
    break;
  }
  if (!nameWord(words[from]!, mentions)) return null;
  // The name must start the phrase: nothing capitalized glued before it.
  const prev = words[from - 1];
  if (prev && prev.cap && text.slice(prev.end, words[from]!.start) === ' ' && !d.honorifics.has(prev.key) && !NOT_NAMES.has(prev.key)) return null;
  return [from, i];
}

/** Extends a title match: an ordinal before it, and a second title joined by "and"/"y". */
function extendTitle(text: string, words: readonly Word[], from: number, to: number, titleAt: Map<number, number>, d: LangData): [number, number] {
  if (from > 0 && d.ordinals.has(words[from - 1]!.key) && text.slice(words[from - 1]!.end, words[from]!.start) === ' ') from--;
  for (;;) {
    const j = words[to + 1];
    if (!j || !d.joiners.has(j.key)) break;
    const second = titleAt.get(to + 2);
    if (second === undefined) break;
    to = second;
  }
  return [from, to];
}

export function extractOfficials(ctx: DocContext, entities: readonly Entity[]): Official[] {
  const { text, lang } = ctx;
  const d = DATA[lang];
  const mentions = entityMentions(entities);
  const orgs = new Map(entities.filter(e => e.kind === 'organization').map(e => [e.id, e] as const));
  const found: Found[] = [];
  primeFolded(text, ctx.folded);
  const titleMatches = [...d.titles.match(text, ctx.folded)].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const s of nameSentences(text, ctx.sentences)) {
    const words = wordsIn(text, s.start, s.end);
    const wordAt = new Map(words.map((w, k) => [w.start, k] as const));
    // Title matches as word ranges.
    const titleAt = new Map<number, number>();
    const entryAt = new Map<number, TitleEntry>();
    while (next < titleMatches.length && titleMatches[next]!.start < s.start) next++;
    for (let i = next; i < titleMatches.length && titleMatches[i]!.start < s.end; i++) {
      const t = titleMatches[i]!;
      if (t.end > s.end) continue;
      // A title word inside an organization's name ("Comptroller General of the Republic").
      if (someCovering(mentions, t.start, t.end, m => m.kind === 'organization' && m.end - m.start > t.end - t.start)) continue;
      const from = wordAt.get(t.start) ?? -1;
      const to = lastWordEndingBy(words, t.end);
      if (from < 0 || to < from) continue;
      titleAt.set(from, to);
      entryAt.set(from, t.value);
    }
    const consumed = new Set<number>();
    for (const [tFrom0, tTo0] of [...titleAt.entries()].sort((a, b) => a[0] - b[0])) {
      if (consumed.has(tFrom0)) continue;
      const entry = entryAt.get(tFrom0)!;
      const [tFrom, tTo] = extendTitle(text, words, tFrom0, tTo0, titleAt, d);
      for (let k = tFrom; k <= tTo; k++) consumed.add(k);
      if (tFrom > 0 && d.former.has(words[tFrom - 1]!.key)) continue;
      const r = readTitle(ctx, words, tFrom, tTo, entry, mentions, orgs, d);
      if (r) found.push(r);
    }
  }
  return mergeOfficials(ctx, found, entities, mentions);
}

/** Index of the last word that ends at or before `end` (words are in text order), or -1. */
function lastWordEndingBy(words: readonly Word[], end: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= end) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Reads the qualifier, complement and name around one title. */
function readTitle(
  ctx: DocContext,
  words: readonly Word[],
  tFrom: number,
  tTo: number,
  entry: TitleEntry,
  mentions: readonly EntityMention[],
  orgs: ReadonlyMap<string, Entity>,
  d: LangData,
): Found | null {
  const { text, lang } = ctx;
  // Qualifier before the title: "US", "Japanese", "Harena", "Liontown's", "the German government's".
  let qFrom = tFrom;
  for (let guard = 0; guard < 3 && qFrom > 0; guard++) {
    const prev = words[qFrom - 1]!;
    const gap = text.slice(prev.end, words[qFrom]!.start);
    if (!/^(?:['’]s?)?\s$/.test(gap)) break;
    const m = mentionsEndingAt(mentions, prev.end).find(x => x.start >= words[0]!.start);
    if (m) {
      qFrom = words.findIndex(w => w.start >= m.start);
      continue;
    }
    if (prev.possessive && (d.governmentNouns.has(prev.key) || d.anaphors.has(prev.key))) {
      qFrom--;
      continue;
    }
    if (d.euAdjectives.has(prev.key) && prev.cap) {
      qFrom--;
      continue;
    }
    // A lower-case field between the qualifier and the title ("EU trade commissioner").
    if (!prev.cap && d.fields.has(prev.key) && qFrom - 2 >= 0 && mentionsEndingAt(mentions, words[qFrom - 2]!.end).length > 0) {
      qFrom--;
      continue;
    }
    break;
  }
  // Complement after the title, across at most two commas when what follows is still the title.
  let j = tTo + 1;
  let cEnd = tTo;
  let commas = 0;
  let name: [number, number] | null = null;
  let rule = `${lang}.official.title_before_name`;
  while (j < words.length && j - tTo < 16) {
    let w = words[j]!;
    let gap = text.slice(words[j - 1]!.end, w.start);
    // An acronym in brackets after the field ("… del Pacífico (Cemipa), Juan …"): step over it.
    if (/^\s*\($/.test(gap)) {
      // Looked for nearby only, and the next word from here (a long text of brackets without
      // a closing one, searched to its end from each, was quadratic).
      const near = text.slice(w.start, w.start + 80).indexOf(')');
      const close = near < 0 ? -1 : w.start + near;
      const next = close < 0 ? words.length : partitionPoint(j, words.length, x => words[x]!.start <= close);
      const after = next < words.length ? next : -1;
      if (after > j && /^\)\s*[,;]\s$/.test(text.slice(close, words[after]!.start))) {
        j = after;
        w = words[j]!;
        gap = ', ';
      }
    }
    if (/[,;]/.test(gap)) {
      // "Title, Name" or "Title, Name," — or the title goes on ("Secretary, Ministry of Mines, VL Kantha Rao").
      let k = j;
      if (['the', 'el', 'la'].includes(words[k]!.key)) k++;
      const n = readName(text, words, k, mentions, d);
      if (n && nameEnds(text, words, n[1])) {
        name = n;
        rule = `${lang}.official.title_comma_name`;
        break;
      }
      if (commas >= 2 || !/^[,;]\s$/.test(gap)) break;
      commas++;
      if (!continuesTitle(w, mentions, d)) break;
    } else if (!/^\s$/.test(gap) && !/^\.\s$/.test(gap)) break;
    const m = covered(mentions, w);
    if (m) {
      cEnd = words.findIndex(x => x.end === m.end);
      if (cEnd < j) cEnd = j;
      j = cEnd + 1;
      continue;
    }
    if (d.fields.has(w.key) || (!w.cap && d.complementWords.has(w.key)) || (!w.cap && d.euAdjectives.has(w.key))) {
      cEnd = j;
      j++;
      continue;
    }
    // A place after "en"/"in"/"to" ("el embajador argentino en Beijing, …") belongs to the title.
    if (w.cap && gap === ' ' && d.envoyTo.has(words[j - 1]!.key) && j - 1 > tTo) {
      let k = j;
      while (k + 1 < words.length && words[k + 1]!.cap && text.slice(words[k]!.end, words[k + 1]!.start) === ' ' && k - j < 2) k++;
      cEnd = k;
      j = k + 1;
      continue;
    }
    if (w.cap && gap === ' ') {
      // After "of"/"de", capitalized words that end in ", <Name>" are the office's field
      // ("comisaria de Asociaciones Internacionales, Elena Marchetti").
      if (j > tTo + 1 && FIELD_CONNECTORS.has(words[j - 1]!.key)) {
        const k = fieldRunEnd(text, words, j, mentions, d);
        if (k >= 0) {
          cEnd = k;
          j = k + 1;
          continue;
        }
      }
      const n = readName(text, words, j, mentions, d);
      if (n) {
        name = n;
        rule = `${lang}.official.title_before_name`;
      }
      break;
    }
    // An adjective of the office's level or standing after its field, before a comma or a name
    // ("el ministro de Minería provincial, Julián Ortega", "Minister of Mines designate, …"): part
    // of the phrase, left out of the title (titleText).
    if (!w.cap && j === cEnd + 1 && j > tTo + 1 && d.postAdjectives.has(w.key) && (/^,\s/.test(text.slice(w.end, w.end + 2)) || words[j + 1]?.cap)) {
      cEnd = j;
      j++;
      continue;
    }
    // One lower-case adjective right after the title, before a comma or a name ("el gobernador
    // catamarqueño, Raúl Jalil", "la diputada opositora Carla Gutiérrez").
    if (!w.cap && lang === 'es' && j === tTo + 1 && (/^,\s/.test(text.slice(w.end, w.end + 2)) || words[j + 1]?.cap)) {
      cEnd = j;
      j++;
      continue;
    }
    break;
  }
  // Drop trailing connectors from the complement.
  while (cEnd > tTo && ['of', 'de', 'del', 'the', 'la', 'el', 'and', 'y', 'to', 'at', 'en', 'for', 'para'].includes(words[cEnd]!.key)) cEnd--;
  if (!name) {
    // "Name, (the) Title": the name just before the comma before the qualifier.
    let k = qFrom;
    if (k > 0 && ['the', 'el', 'la', 'a', 'an', 'un', 'una'].includes(words[k - 1]!.key) && /^\s$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) k--;
    if (k > 0 && /^,\s$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) {
      const n = readNameBack(text, words, k - 1, mentions, d);
      if (n) {
        name = n;
        rule = `${lang}.official.name_comma_title`;
      }
    }
  }
  if (!name) return null;
  const nameStart = words[name[0]]!.start;
  const nameEnd = words[name[1]]!.end;
  // "el economista Martín Sosa, de la consultora Andina Research": the organization after the name.
  const after = /^,\s+(?:de|of|at|from|en)\s+(?:la\s+|el\s+|the\s+)?(?:\p{Ll}+\s+){0,2}/u.exec(text.slice(nameEnd, nameEnd + 60));
  const afterOrg = after ? mentions.find(m => m.kind === 'organization' && m.start === nameEnd + after[0].length) : undefined;
  const phraseStart = words[qFrom]!.start;
  const phraseEnd = words[cEnd]!.end;
  const inPhrase = mentionsIn(mentions, phraseStart, phraseEnd);
  const resolved = resolveParty(ctx, words, qFrom, tTo, cEnd, entry, inPhrase, mentions, orgs, d);
  const { qualifierStates } = resolved;
  const useAfter = !resolved.explicit && afterOrg !== undefined && afterOrg.orgKind !== 'government';
  const party = useAfter ? afterOrg.id : resolved.party;
  const explicit = resolved.explicit || useAfter;
  const title = titleText(text, words, tFrom, tTo, cEnd, entry, inPhrase, d);
  return {
    name: text.slice(nameStart, nameEnd),
    nameStart,
    nameEnd,
    title,
    titleStart: phraseStart,
    titleEnd: phraseEnd,
    rule,
    party,
    explicit,
    qualifierStates,
  };
}

/** Words after which capitalized words belong to the title ("Minister of …", "ministra de …"). */
const FIELD_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'and', 'y', 'e', 'la', 'las', 'the', 'para']);

/**
 * From word j (capitalized, after "of"/"de"), the last word of a run of capitalized words,
 * connectors and entity mentions that is followed by ", <Name>" — the run is then the office's
 * field — or -1 when no name follows that way (the run is the name itself).
 */
function fieldRunEnd(text: string, words: readonly Word[], j: number, mentions: readonly EntityMention[], d: LangData): number {
  let k = j;
  for (; k + 1 < words.length && k - j < 8; k++) {
    const next = words[k + 1]!;
    const gap = text.slice(words[k]!.end, next.start);
    if (gap !== ' ') break;
    if (!(next.cap || FIELD_CONNECTORS.has(next.key) || covered(mentions, next))) break;
  }
  while (k > j && FIELD_CONNECTORS.has(words[k]!.key)) k--;
  // ", <Name>", maybe after an acronym in brackets ("… del Pacífico (Cemipa), …").
  const m = /^\s*(?:\([^)]{1,20}\)\s*)?[,;]\s/.exec(text.slice(words[k]!.end, words[k]!.end + 40));
  if (!m) return -1;
  let n0 = words.findIndex(w => w.start >= words[k]!.end + m[0].length);
  if (n0 < 0) return -1;
  if (['the', 'el', 'la'].includes(words[n0]!.key)) n0++;
  const n = readName(text, words, n0, mentions, d);
  return n && nameEnds(text, words, n[1]) ? k : -1;
}

/** After a name: a comma, a stop, a lower-case word (a verb), "and"/"y", a bracket or the end. */
function nameEnds(text: string, words: readonly Word[], to: number): boolean {
  const after = text.slice(words[to]!.end, words[to]!.end + 3);
  if (after === '' || /^[\s]*$/.test(after)) return true;
  if (/^[,;.:)(»”"'’]/.test(after)) return true;
  const next = words[to + 1];
  return !next || !next.cap;
}

/** After a comma inside a title: more fields or an organization ("…, Coal and Mines", "…, Ministry of Mines"). */
function continuesTitle(w: Word, mentions: readonly EntityMention[], d: LangData): boolean {
  return covered(mentions, w) !== undefined || d.fields.has(w.key);
}

/**
 * The title as written: title words and complement, without a trailing state qualifier or an
 * adjective of level after the field ("ministro de Minería provincial" is "ministro de Minería").
 */
function titleText(text: string, words: readonly Word[], tFrom: number, tTo: number, cEnd: number, entry: TitleEntry, inPhrase: readonly EntityMention[], d: LangData): string {
  let end = cEnd;
  while (end > tTo + 1 && !words[end]!.cap && d.postAdjectives.has(words[end]!.key)) end--;
  if (!entry.envoy) {
    // Drop a trailing "of <State>", "<demonym>", "de <Estado>".
    for (;;) {
      if (end <= tTo) break;
      const w = words[end]!;
      const m = inPhrase.find(x => x.start <= w.start && x.end >= w.end && (x.kind === 'state' || x.kind === 'union'));
      if (!m) break;
      let k = words.findIndex(x => x.start >= m.start) - 1;
      while (k > tTo && ['of', 'de', 'del', 'the', 'la', 'los', 'las'].includes(words[k]!.key)) k--;
      end = k;
    }
  }
  while (end > tTo && ['of', 'de', 'del', 'the', 'la', 'el', 'to', 'in', 'at', 'en', 'ante', 'and', 'y'].includes(words[end]!.key)) end--;
  return text.slice(words[tFrom]!.start, words[Math.max(end, tTo)]!.end).replace(/[,;]\s*$/, '');
}

function resolveParty(
  ctx: DocContext,
  words: readonly Word[],
  qFrom: number,
  tTo: number,
  cEnd: number,
  entry: TitleEntry,
  inPhrase: readonly EntityMention[],
  all: readonly EntityMention[],
  orgs: ReadonlyMap<string, Entity>,
  d: LangData,
): { party: string | null; explicit: boolean; qualifierStates: string[] } {
  const { text } = ctx;
  const orgMentions = inPhrase.filter(m => m.kind === 'organization');
  const states = inPhrase.filter(m => m.kind === 'state' || m.kind === 'union');
  // A state after "to"/"in"/"en" is where the official is, not whom they serve ("Ambassador of
  // India to Argentina", "el representante de JICA en Guatemala").
  const own = states.filter(m => {
    const before = words.filter(w => w.end <= m.start).pop();
    return !(before && d.envoyTo.has(before.key) && before.start > words[tTo]!.start);
  });
  const insideOrg = (m: EntityMention): boolean => orgMentions.some(o => o.start <= m.start && o.end >= m.end);
  const qualifierStates = entry.envoy ? [] : own.filter(m => m.kind === 'state' && !insideOrg(m)).map(m => m.id);
  const company = orgMentions.find(m => m.orgKind === 'company' || m.orgKind === 'state_company' || m.orgKind === 'finance_agency' || m.orgKind === 'institution');
  const province = orgMentions.find(m => m.orgKind === 'province');
  const euBody = orgMentions.find(m => m.orgKind === 'eu_institution' || m.orgKind === 'international');
  const gov = orgMentions.find(m => m.orgKind === 'government');
  // "the Canadian firm's Chief Executive Officer", "el director de la firma india": the text's
  // company (the one of that nationality when a demonym says so), not the demonym's state.
  const anaphorAt = words.slice(qFrom, cEnd + 1).findIndex(w => d.anaphors.has(w.key) && !w.cap);
  if (anaphorAt >= 0 && !company) {
    const demonym = states.find(m => isDemonym(m));
    const main = mainCompany(all, ctx.text, demonym?.id);
    if (main) return { party: main, explicit: true, qualifierStates: [] };
  }
  // "Canada was represented by … Minister Daniel Brooks": the state before "by".
  const represented = representedState(ctx.text, words[qFrom]!.start, all, d);
  if (represented && !company && !province) return { party: represented, explicit: true, qualifierStates: [represented] };
  if (company) {
    // A state named inside the organization's own name ("Natural Resources Canada") serves that state.
    const inside = states.find(s => s.start >= company.start && s.end <= company.end && !isDemonym(s));
    if (inside && entry.kind === 'public') return { party: inside.id, explicit: true, qualifierStates };
    return { party: company.id, explicit: true, qualifierStates };
  }
  if (province) return { party: province.id, explicit: true, qualifierStates };
  if (euBody?.orgKind === 'eu_institution') return { party: 'EU', explicit: true, qualifierStates };
  if (own.length > 0) return { party: own[0]!.id, explicit: true, qualifierStates };
  if (euBody) return { party: euBody.id, explicit: true, qualifierStates };
  // "comisario europeo", "European Commissioner".
  const phrase = words.slice(qFrom, cEnd + 1);
  if (phrase.some(w => d.euAdjectives.has(w.key))) return { party: 'EU', explicit: true, qualifierStates };
  if (gov) {
    const org = orgs.get(gov.id);
    const state = org ? stateOfOrganization(text, org, all) : null;
    if (state) return { party: state, explicit: true, qualifierStates };
  }
  if (entry.kind === 'corporate') {
    const main = mainCompany(all);
    return { party: main, explicit: false, qualifierStates };
  }
  // A governor, or an office called provincial ("el ministro de Minería provincial", "the
  // provincial Minister of Mines"): the text's one province, if it names only one.
  if (entry.subnational || phrase.some(w => d.provincial.has(w.key)) || d.provincial.has(words[qFrom - 1]?.key ?? '')) {
    const provinces = [...new Set(all.filter(m => m.orgKind === 'province').map(m => m.id))];
    if (provinces.length === 1) return { party: provinces[0]!, explicit: false, qualifierStates };
  }
  return { party: null, explicit: false, qualifierStates };
}

/**
 * The company the text talks about most (ties: first named); with a nationality, the companies a
 * demonym or state of that nationality qualifies come first ("la empresa india X").
 */
function mainCompany(all: readonly EntityMention[], text = '', nationality?: string): string | null {
  // Asked for each official of a company: remembered for the last mentions, text and nationality.
  const key = nationality ?? '';
  if (mainCompanyMemo?.all === all && mainCompanyMemo.text === text && mainCompanyMemo.key === key) return mainCompanyMemo.value;
  const { sorted, longest } = shapeOf(all);
  const counts = new Map<string, { n: number; first: number; national: boolean }>();
  for (const m of all) {
    if (m.orgKind !== 'company' && m.orgKind !== 'state_company') continue;
    const c = counts.get(m.id) ?? { n: 0, first: m.start, national: false };
    c.n++;
    if (nationality) {
      // The qualifying mention ends within 3 characters before m: it starts after m.start - 3 - longest.
      for (let i = sorted ? lowerBound(all, m.start - 3 - longest) : 0; i < all.length && (!sorted || all[i]!.start <= m.start); i++) {
        const s = all[i]!;
        if (s.id === nationality && s.end <= m.start && m.start - s.end <= 3 && /^(?:['’]s)?\s?$/.test(text.slice(s.end, m.start))) {
          c.national = true;
          break;
        }
      }
    }
    counts.set(m.id, c);
  }
  const best = [...counts.entries()].sort((a, b) => Number(b[1].national) - Number(a[1].national) || b[1].n - a[1].n || a[1].first - b[1].first)[0];
  const value = best ? best[0] : null;
  mainCompanyMemo = { all, text, key, value };
  return value;
}

let mainCompanyMemo: { all: readonly EntityMention[]; text: string; key: string; value: string | null } | null = null;

const REPRESENTED_BY_REGEXES = new WeakMap<LangData, RegExp[]>();

/** One expression per "represented by" phrase (longest first), compiled once per language. */
function representedByRegexes(d: LangData): RegExp[] {
  let list = REPRESENTED_BY_REGEXES.get(d);
  if (!list) {
    list = d.representedBy.map(p => new RegExp(`(?:^|[\\s,])${p.replace(/ /g, '\\s+')}\\s+(?:the\\s+|el\\s+|la\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}$`, 'iu'));
    REPRESENTED_BY_REGEXES.set(d, list);
  }
  return list;
}

/** "Canada was represented by Minister X", "Japón, por el ministro X": the state before "by". */
function representedState(text: string, at: number, all: readonly EntityMention[], d: LangData): string | null {
  const before = text.slice(Math.max(0, at - 40), at);
  for (const re of representedByRegexes(d)) {
    const m = re.exec(before);
    if (!m) continue;
    const end = at - before.length + m.index;
    const state = all.find(s => (s.kind === 'state' || s.kind === 'union') && !isDemonym(s) && s.end <= end && end - s.end <= 2);
    if (state) return state.id;
  }
  return null;
}

/** Last word of a name, folded (the surname for merging). */
function surname(name: string): string {
  const w = fold(name).split(/[\s.]+/).filter(Boolean);
  return w[w.length - 1] ?? '';
}

/**
 * One official per person: mentions whose names share the surname merge; the fullest name wins;
 * the title is the one given with the fullest name; an explicit party beats a default. Public
 * officials still without a party take the title's usual state or the text's home state.
 */
function mergeOfficials(ctx: DocContext, found: Found[], entities: readonly Entity[], mentions: readonly EntityMention[]): Official[] {
  const groups: Found[][] = [];
  // A mention joins a group only through a shared surname, so all of a group share one: groups
  // are looked up by it (searching every group for every mention was quadratic in the mentions).
  // Each group is tested through its distinct names (the same name mentioned again adds none).
  const bySurname = new Map<string, { members: Found[]; names: Set<string> }[]>();
  for (const f of found) {
    const key = surname(f.name);
    const name = fold(f.name);
    const same = bySurname.get(key) ?? [];
    const g = same.find(({ names }) => names.has(name) || [...names].some(x => x.includes(name) || name.includes(x)));
    if (g) {
      g.members.push(f);
      g.names.add(name);
    } else {
      const members = [f];
      groups.push(members);
      same.push({ members, names: new Set([name]) });
      bySurname.set(key, same);
    }
  }
  // States already claimed by an official's qualifier or title default are the others' states.
  const claimed = found.flatMap(f => f.qualifierStates);
  for (const f of found) {
    const entry = f.party === null ? titleEntryOf(ctx.lang, f.title) : undefined;
    if (entry?.defaultState) claimed.push(entry.defaultState);
  }
  const foreign = foreignStates(ctx.text, mentions, claimed);
  const home = homeState(entities, foreign, ctx.lang);
  const countries = new Set(entities.filter(e => e.kind !== 'organization').map(e => e.id));
  const out: Official[] = [];
  for (const g of groups) {
    const fullest = [...g].sort((a, b) => b.name.length - a.name.length || a.nameStart - b.nameStart)[0]!;
    const withTitle = g.find(x => x.name === fullest.name) ?? fullest;
    let party = g.find(x => x.explicit && x.party)?.party ?? g.find(x => x.party)?.party ?? null;
    if (party === null) {
      // Public offices: the title's usual state, else the home state. Sub-national offices
      // without a named province, jobs and other roles stay without a party.
      const entry = titleEntryOf(ctx.lang, withTitle.title);
      if (entry?.kind === 'public' && !entry.subnational) {
        const own = entry.notIn ? homeState(entities, new Set([...foreign, ...entry.notIn]), ctx.lang) : home;
        party = entry.defaultState && (countries.has(entry.defaultState) || entry.defaultState === 'US') ? entry.defaultState : own;
      }
    }
    const start = Math.min(withTitle.titleStart, withTitle.nameStart);
    const end = Math.max(withTitle.titleEnd, withTitle.nameEnd);
    out.push({ name: fullest.name, title: withTitle.title, party, span: makeSpan(ctx.text, start, end, withTitle.rule) });
  }
  return out;
}

/** The lexicon entry of a title text ("Secretary of State" → its entry), longest first. */
function titleEntryOf(lang: Lang, title: string): TitleEntry | undefined {
  const folded = foldSameLength(title);
  const m = DATA[lang].titles.match(title, folded, tokenize(title, folded));
  return m.find(x => x.start <= 3)?.value ?? m[0]?.value;
}
