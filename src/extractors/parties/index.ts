// Parties (guideline `parties`, ruling 3): who is party to the reported instrument(s).
//
// Only sentences about a reported instrument are read (a counted instrument mention, or a signing
// verb next to any instrument name). In them, "units" are entity mentions and officials' mentions
// (an official stands for the party they serve). A unit is a party when it is:
//   subject      right before a signing verb, with its coordinated units ("X and Y signed",
//                "Los gobiernos de Chile y Estados Unidos firmaron", "X, represented by …, has signed")
//   with/entre   after "with"/"con"/"between"/"entre" following the verb or the instrument name
//                ("signed … with Chile, Canada, and Brazil", "el contrato … con la empresa rusa X")
//   by           after "signed/released by"/"firmado por" ("released by the Governments of …")
//   compound     a state pair joined by a dash in the sentence ("the U.S.–DRC Strategic Partnership")
//   possessive   the sentence's subjects before "their deal" / "su acuerdo"
// Modifiers are skipped: a state "of"/"de" something, a possessive before a company ("Canada's
// First Quantum"), a demonym before a company ("la empresa rusa X"). A government body stands for
// its state (ruling 3), a state finance agency, a company or a province for itself. When fewer
// than two parties are found and no company is among them, the state the text is most about (two
// mentions or more) completes the pair ("does not create binding obligations for Peru").
import type { Token } from '../../core/lexicon.ts';
import type { RuleMeta } from '../../core/rules.ts';
import { compareStrings, fold } from '../../core/text.ts';
import type { Entity, Instrument, Lang, Official } from '../../schema/record.ts';
import type { DocContext } from '../../pipeline/context.ts';
import { within } from '../../core/span.ts';
import { instrumentMentions, type InstrumentMention } from '../instruments/index.ts';
import { entityMentions, isDemonym, someCovering, stateOfOrganization, type EntityMention } from '../entities/roles.ts';
import { nameSentences } from '../entities/scan.ts';
import { countryName } from '../entities/countries.ts';
import * as EN from '../../lang/en/parties.ts';
import * as ES from '../../lang/es/parties.ts';

export const RULES: readonly RuleMeta[] = [
  { id: 'en.party.subject', field: 'parties', lang: 'en', description: 'Units right before a signing verb, with their coordinated units ("Canada and Germany signed")' },
  { id: 'es.party.subject', field: 'parties', lang: 'es', description: 'Unidades justo antes de un verbo de firma ("Los gobiernos de Chile y Estados Unidos firmaron")' },
  { id: 'en.party.with', field: 'parties', lang: 'en', description: 'Units after "with"/"between" following a signing verb or an instrument name' },
  { id: 'es.party.with', field: 'parties', lang: 'es', description: 'Unidades tras "con"/"entre" después de un verbo de firma o del instrumento' },
  { id: 'en.party.by', field: 'parties', lang: 'en', description: 'Units after "signed by"/"released by" ("released by the Governments of …")' },
  { id: 'es.party.by', field: 'parties', lang: 'es', description: 'Unidades tras "firmado por"/"rubricado por"' },
  { id: 'any.party.compound', field: 'parties', lang: 'any', description: 'A state pair joined by a dash in an instrument sentence ("U.S.–DRC", "Japan-US")' },
  { id: 'en.party.possessive', field: 'parties', lang: 'en', description: 'Subjects of a sentence that speaks of "their deal"' },
  { id: 'es.party.possessive', field: 'parties', lang: 'es', description: 'Sujetos de una oración que habla de "su acuerdo"' },
  { id: 'any.party.inferred_state', field: 'parties', lang: 'any', description: 'The state the text is most about completes a pair when only one party is named' },
];

interface LangData {
  signVerbs: ReadonlySet<string>;
  announceVerbs: readonly string[][];
  places: ReadonlySet<string>;
  signPhrases: readonly string[][];
  withWords: ReadonlySet<string>;
  byPhrases: readonly string[][];
  /** First words of byPhrases (most words start none). */
  byStarts: ReadonlySet<string>;
  coordinators: readonly string[][];
  skippable: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  governmentNouns: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  anaphors: ReadonlySet<string>;
  pronouns: readonly string[][];
  loanTo: ReadonlySet<string>;
  strongVerbs: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  lendingVerbs: ReadonlySet<string>;
  /** Signing and announcing phrases that need the instrument as their object, and their first words. */
  objectPhrases: readonly string[][];
  phraseStarts: ReadonlySet<string>;
}

const fset = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));
const phrases = (list: readonly string[]): string[][] => list.map(p => fold(p).split(' '));

function langData(L: typeof EN | typeof ES): LangData {
  const objectPhrases = [...phrases(L.SIGN_PHRASES), ...phrases(L.ANNOUNCE_VERBS)];
  return {
    objectPhrases,
    phraseStarts: new Set(objectPhrases.map(p => p[0]!)),
    signVerbs: fset(L.SIGN_VERBS),
    announceVerbs: phrases(L.ANNOUNCE_VERBS),
    places: fset(L.PLACE_PREPOSITIONS),
    signPhrases: phrases(L.SIGN_PHRASES),
    withWords: fset(L.WITH_WORDS),
    byPhrases: phrases(L.BY_PHRASES),
    byStarts: new Set(phrases(L.BY_PHRASES).map(p => p[0]!)),
    coordinators: phrases(L.COORDINATORS),
    skippable: fset(L.SKIPPABLE),
    modifiers: fset(L.MODIFIER_PREPOSITIONS),
    governmentNouns: fset(L.GOVERNMENT_NOUNS),
    stops: fset(L.STOP_WORDS),
    possessives: fset(L.POSSESSIVES),
    anaphors: fset(L.INSTRUMENT_ANAPHORS),
    pronouns: phrases(L.SUBJECT_PRONOUNS),
    loanTo: fset(L.LOAN_RECIPIENT_WORDS),
    strongVerbs: fset(L.STRONG_SIGN_VERBS),
    clauseBreaks: fset(L.CLAUSE_BREAKS),
    lendingVerbs: fset(L.LENDING_VERBS),
  };
}

const DATA: Record<Lang, LangData> = { en: langData(EN), es: langData(ES) };

/** A word of the sentence with its folded form. */
type Tok = Token;

/** Something that can be a party: an entity mention or an official's mention. */
interface Unit {
  start: number;
  end: number;
  /** The party id it stands for (state, EU or org id), or null when it stands for nothing known. */
  party: string | null;
  /** A modifier ("of Argentina", "Canada's First Quantum", "la empresa rusa"): never a party. */
  modifier: boolean;
  /** A company or state firm (a possible borrower). */
  company?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐–'’][\p{L}\p{N}]+)*|[,;:()"“”«»]/gu;

function tokensOf(text: string, folded: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const s = start + m.index;
    const e = s + m[0].length;
    out.push({ start: s, end: e, key: folded.slice(s, e), raw: m[0] });
  }
  return out;
}

/** The unit that covers the start of token t ("Panama's" is Panama). */
function unitAt(units: readonly Unit[], t: Tok | undefined): Unit | undefined {
  if (!t) return undefined;
  return units.find(u => u.start <= t.start && t.start < u.end);
}

const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una']);

/** Words that may stand between an instrument's name and "with"/"con": amounts, "signed". */
const NEAR_INSTRUMENT = /^(?:\d+|de|del|of|up|hasta|por|us|usd|eur|million|millions|billion|billions|millones|mil|dollars|dolares|signed|signing|firmado|firmada|suscrito|suscrita|suscripto|executed|rubricado|firma)$/;

/** Returns the entities with `party` set; may add entities that only a party clause names. */
export function assignParties(ctx: DocContext, entities: readonly Entity[], instruments: readonly Instrument[], officials: readonly Official[]): Entity[] {
  const out = entities.map(e => ({ ...e }));
  if (instruments.length === 0) return out;
  const { text, lang } = ctx;
  const d = DATA[lang];
  const mentions = entityMentions(entities);
  const byId = new Map(entities.map(e => [e.id, e] as const));
  const units = buildUnits(ctx, mentions, officials, byId);
  const insts = instrumentMentions(ctx);
  const parties = new Set<string>();
  // Per sentence, its mentions are found by binary search over lists sorted by start (only the
  // order-free tests below read them): filtering all of them for each sentence was quadratic.
  const instsByStart = [...insts].sort((a, b) => a.start - b.start);
  for (const s of nameSentences(text, ctx.sentences)) {
    const inSentence = within(instsByStart, s.start, s.end);
    if (inSentence.length > 0 && inSentence.every(m => m.background)) continue;
    const toks = tokensOf(text, ctx.folded, s.start, s.end);
    // Sentences about a reported instrument: a name that is not background, or a word referring
    // back to it ("The text of the statement was released by …", "El documento fue firmado por …").
    if (inSentence.length === 0 && !toks.some(t => d.anaphors.has(t.key) || d.strongVerbs.has(t.key))) continue;
    const sUnits = within(units, s.start, s.end); // units are sorted by start: the same list, in order
    for (const id of sentenceParties(text, toks, sUnits, inSentence, d)) parties.add(id);
  }
  // Complete a pair with the state the text is most about (not when a company is a party: its
  // counterpart left unnamed is left out, ruling 3).
  if (parties.size < 2 && ![...parties].some(p => p.startsWith('org:'))) {
    const ranked = entities
      .filter(e => e.kind === 'state' && !parties.has(e.id) && e.mentions.length >= 2)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
    for (const e of ranked) {
      if (parties.size >= 2) break;
      parties.add(e.id);
    }
  }
  for (const e of out) e.party = parties.has(e.id);
  // A party named only through an official ("the Minister of Mines of Peru" with no other mention).
  for (const id of [...parties].sort(compareStrings)) {
    if (out.some(e => e.id === id)) continue;
    const o = officials.find(x => x.party === id);
    if (!o) continue;
    out.push({ id, kind: id === 'EU' ? 'union' : id.startsWith('org:') ? 'organization' : 'state', name: id.startsWith('org:') ? id.slice(4) : countryName(id), party: true, mentions: [{ ...o.span, rule: 'any.party.inferred_state' }] });
  }
  return out;
}

/** Entity and official mentions as units, each with the party it would stand for. */
function buildUnits(ctx: DocContext, mentions: readonly EntityMention[], officials: readonly Official[], byId: ReadonlyMap<string, Entity>): Unit[] {
  const { text, lang } = ctx;
  const d = DATA[lang];
  const units: Unit[] = [];
  // Officials: their full mention and every later mention of their surname.
  const officialSpans: { start: number; end: number; party: string | null }[] = [];
  for (const o of officials) {
    officialSpans.push({ start: o.span.start, end: o.span.end, party: o.party });
    const last = o.name.split(/\s+/).pop()!;
    if (last.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m.index >= o.span.start && m.index < o.span.end) continue;
      officialSpans.push({ start: m.index, end: m.index + last.length, party: o.party });
    }
  }
  for (const o of officialSpans) units.push({ start: o.start, end: o.end, party: o.party, modifier: false });
  const orgSpans = mentions.filter(m => m.kind === 'organization');
  // Sorted, so that covering spans are found by binary search (someCovering).
  const officialByStart = [...officialSpans].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    // Mentions inside an official's span belong to the official; a state inside an organization's
    // name ("Yacimientos de Litio Bolivianos") is the organization's.
    if (someCovering(officialByStart, m.start, m.end)) continue;
    if (m.kind !== 'organization' && someCovering(orgSpans, m.start, m.end)) continue;
    units.push({
      start: m.start,
      end: m.end,
      party: partyOf(text, m, byId, mentions),
      modifier: isModifier(text, ctx.folded, m, mentions, d),
      company: m.orgKind === 'company' || m.orgKind === 'state_company' || m.orgKind === 'institution',
    });
  }
  return units.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** What party a mention stands for: a state, the EU, or an organization (ruling 3). */
function partyOf(text: string, m: EntityMention, byId: ReadonlyMap<string, Entity>, mentions: readonly EntityMention[]): string | null {
  if (m.kind === 'state' || m.kind === 'union') return m.id;
  switch (m.orgKind) {
    case 'government': {
      const org = byId.get(m.id);
      return org ? stateOfOrganization(text, org, mentions) : null;
    }
    case 'eu_institution':
      return 'EU';
    default:
      return m.id;
  }
}

/** Is the mention a modifier of something else, never a party itself? */
function isModifier(text: string, folded: string, m: EntityMention, mentions: readonly EntityMention[], d: LangData): boolean {
  const before = folded.slice(Math.max(0, m.start - 24), m.start);
  const prevWord = /([\p{L}]+)\s*$/u.exec(before)?.[1] ?? '';
  const after = text.slice(m.end, m.end + 30);
  const afterKey = folded.slice(m.end, m.end + 30);
  // "of Argentina", "de China", "dependiente de Rosatom" — but "the Governments of X" is X.
  if (d.modifiers.has(prevWord)) {
    const gov = /([\p{L}]+)\s+(?:of|de|del)\s+(?:the\s+|la\s+|los\s+)?$/u.exec(before)?.[1] ?? '';
    if (!d.governmentNouns.has(gov)) return true;
  }
  // "US-based", "Canada-led".
  if (/^[-‐–]\p{L}/u.test(after) && (m.kind === 'state' || m.kind === 'union')) {
    const next = /^[-‐–](\p{L}+)/u.exec(after)?.[1] ?? '';
    if (/^(?:based|led|owned|listed|registered|headquartered|born)$/i.test(next)) return true;
  }
  if (m.kind === 'state' || m.kind === 'union') {
    // A demonym stands for its state only before/after a government noun ("the Peruvian
    // government", "el Estado peruano", "gobierno provincial" is no state).
    if (isDemonym(m)) {
      const nextWord = /^\s+([\p{L}]+)/u.exec(afterKey)?.[1] ?? '';
      if (d.governmentNouns.has(nextWord) || d.governmentNouns.has(prevWord)) return false;
      return true;
    }
    // "Canada's First Quantum": a possessive before a company; "Panama's government" is Panama.
    if (/^['’]s?\s/.test(after)) {
      const nextWord = /^['’]s?\s+([\p{L}]+)(?![-‐\p{L}])/u.exec(afterKey)?.[1] ?? '';
      if (d.governmentNouns.has(nextWord)) return false;
      // "Indonesia's investment ministry" stands for Indonesia through the ministry.
      const follows = mentions.find(x => x.start > m.end && x.start - m.end <= 4);
      if (follows?.orgKind === 'government') return false;
      return true;
    }
  }
  return false;
}

/** The parties one sentence names. */
function sentenceParties(text: string, toks: readonly Tok[], units: readonly Unit[], insts: readonly InstrumentMention[], d: LangData): Set<string> {
  const out = new Set<string>();
  const add = (u: Unit | undefined): void => {
    if (u && !u.modifier && u.party) out.add(u.party);
  };
  const reported = insts.filter(m => !m.background);
  const instAt = (i: number): boolean => i >= 0 && i < toks.length && reported.some(m => m.start <= toks[i]!.start && m.end >= toks[i]!.end);
  const instWithin = (i: number, n: number): boolean => {
    for (let k = i; k < Math.min(i + n, toks.length); k++) if (instAt(k)) return true;
    return false;
  };
  // Signing verbs; announcing verbs only with the instrument as their object.
  const verbs: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const key = toks[i]!.key;
    const verb = d.signVerbs.has(key);
    const phrase = d.phraseStarts.has(key);
    if (!verb && !phrase) continue;
    if (unitAt(units, toks[i])) continue;
    if (verb) verbs.push(i);
    if (!phrase) continue;
    for (const p of d.objectPhrases) {
      if (phraseAt(toks, i, p) && instWithin(i + p.length, 6)) verbs.push(i);
    }
  }
  // Lending verbs make the lender a party of a loan or letter ("DFC has approved a loan of …").
  for (let i = 0; i < toks.length; i++) {
    if (d.lendingVerbs.has(toks[i]!.key) && reported.some(m => (m.type === 'loan' || m.type === 'letter_of_intent') && m.start > toks[i]!.start && toks.slice(i + 1, i + 6).some(t => t.start >= m.start && t.end <= m.end))) verbs.push(i);
  }
  for (const v of [...new Set(verbs)].sort((a, b) => a - b)) {
    // ", launched in 2022": a participle after a comma, dated, has no subject of its own.
    const participle = toks[v - 1]?.key === ',' && /^(?:in|on|en|el)$/.test(toks[v + 1]?.key ?? '') && /^\d/.test(toks[v + 2]?.key ?? '');
    if (!participle) for (const u of subjectUnits(toks, v, units, d)) add(u);
    for (const u of listAfter(toks, v + 1, units, d, 'with', 20)) add(u);
  }
  // "<instrument> with/between X": "the contract with the Russian company X", "MdE entre A, B y C";
  // only amounts and "signed" may stand between the name and "with".
  for (let i = 0; i < toks.length; i++) {
    if (!instAt(i) || instAt(i + 1)) continue;
    let k = i + 1;
    while (k < toks.length && k - i <= 7 && (NEAR_INSTRUMENT.test(toks[k]!.key) || (toks[k]!.key === 'to' && toks[k - 1]!.key === 'up'))) k++;
    if (toks[k] && d.withWords.has(toks[k]!.key)) for (const u of listAfter(toks, k, units, d, 'with', 1)) add(u);
    // "a $150 million loan to X", "a letter of interest for … of X": the borrower, the first
    // company named after the loan or letter in its clause.
    const loan = reported.some(m => (m.type === 'loan' || m.type === 'letter_of_intent') && m.start <= toks[i]!.start && m.end >= toks[i]!.end);
    if (loan) {
      for (let q = i + 1; q < toks.length && q - i < 24; q++) {
        const t = toks[q]!;
        if (/^[;:]$/.test(t.key) || d.clauseBreaks.has(t.key)) break;
        const u = unitAt(units, t);
        // ("… expansion of Ruvuma Carbon Resources": a company after "of" is still the borrower.)
        if (u && u.party?.startsWith('org:') && u.company) {
          add(u);
          break;
        }
      }
    }
  }
  // "signed by" / "released by the Governments of …".
  for (let i = 0; i < toks.length; i++) {
    if (!d.byStarts.has(toks[i]!.key)) continue;
    for (const p of d.byPhrases) {
      if (!phraseAt(toks, i, p)) continue;
      for (const u of listAfter(toks, i + p.length, units, d, 'by')) add(u);
    }
  }
  // Compound state pairs: "U.S.–DRC", "Japan-US".
  const states = units.filter(u => u.party && !u.party.startsWith('org:') && !u.modifier);
  for (let k = 0; k + 1 < states.length; k++) {
    const a = states[k]!;
    const b = states[k + 1]!;
    if (/^[-‐–]$/.test(text.slice(a.end, b.start))) {
      out.add(a.party!);
      out.add(b.party!);
    }
  }
  // "their $9.8 billion deal": the sentence's first subjects.
  for (let i = 0; i < toks.length; i++) {
    if (!d.possessives.has(toks[i]!.key) || !instWithin(i + 1, 5)) continue;
    const first = units.find(u => u.start < toks[i]!.start);
    if (!first) continue;
    const j = toks.findIndex(t => t.start >= first.start);
    for (const u of coordinatedFrom(toks, j, units, d)) add(u);
  }
  return out;
}

/** Whether the words of phrase `p` stand at toks[i], toks[i + 1], … */
function phraseAt(toks: readonly Tok[], i: number, p: readonly string[]): boolean {
  for (let k = 0; k < p.length; k++) if (toks[i + k]?.key !== p[k]) return false;
  return true;
}

/** Skips articles backwards from toks[j]. */
function skipArticlesBack(toks: readonly Tok[], j: number): number {
  while (j >= 0 && ARTICLES.has(toks[j]!.key)) j--;
  return j;
}

/**
 * Units before the verb at toks[v]: the nearest one (only auxiliaries and adverbs between) and the
 * ones coordinated with it ("X, represented by the Y, has signed"; "los gobiernos de Chile y EE.UU.").
 */
function subjectUnits(toks: readonly Tok[], v: number, units: readonly Unit[], d: LangData): Unit[] {
  let i = v - 1;
  let inBracket: Unit | undefined;
  for (;;) {
    while (i >= 0 && d.skippable.has(toks[i]!.key) && toks[i]!.key !== ')') i--;
    // A bracket before the verb: the acronym it defines ("… del Japón (JICA) suscribieron"), or
    // nothing to read ("Lake Resources (ASX: LKE) has entered").
    if (i >= 0 && toks[i]!.key === ')') {
      let k = i - 1;
      while (k >= 0 && toks[k]!.key !== '(' && i - k < 12) k--;
      if (k < 0 || toks[k]!.key !== '(') break;
      inBracket = [...units].reverse().find(u => u.start > toks[k]!.start && u.end <= toks[i]!.start && !u.modifier && u.party);
      i = k - 1;
      continue;
    }
    break;
  }
  if (i < 0) return inBracket ? [inBracket] : [];
  // An appositive before the verb ("Pennine, a British maker of tooling, has agreed"): the subject
  // is before its opening comma.
  if (!unitBefore(toks, i, units, d)) {
    for (let k = i; k >= 0 && i - k < 16; k--) {
      if (toks[k]!.key === ',' && ARTICLES.has(toks[k + 1]?.key ?? '') && unitBefore(toks, k - 1, units, d)) {
        i = k - 1;
        break;
      }
    }
  }
  // A pronoun ("it had agreed", "la empresa acordó"): the sentence's first subject before it.
  const pronoun = d.pronouns.find(p => p.length <= i + 1 && p.every((w, k) => toks[i - p.length + 1 + k]!.key === w));
  if (pronoun) {
    const before = units.filter(u => u.end <= toks[i - pronoun.length + 1]!.start && !u.modifier && u.party);
    const first = before[0];
    if (!first) return [];
    return coordinatedFrom(toks, toks.findIndex(t => t.start >= first.start), units, d);
  }
  const out: Unit[] = [];
  let u = unitBefore(toks, i, units, d);
  // A state that only describes the subject ("la Agencia … del Japón"): the subject is before it.
  for (let guard = 0; guard < 3 && u?.modifier; guard++) {
    let j = skipArticlesBack(toks, toks.findIndex(t => t.start >= u!.start) - 1);
    while (j >= 0 && d.modifiers.has(toks[j]!.key)) j = skipArticlesBack(toks, j - 1);
    u = unitBefore(toks, j, units, d);
  }
  // The acronym in brackets names the subject when nothing before it does.
  if (inBracket && (!u || u.modifier || !u.party)) {
    if (!u || u.party !== inBracket.party) out.push(inBracket);
    if (!u || u.modifier || !u.party) return out;
  }
  while (u) {
    out.push(u);
    let j = skipArticlesBack(toks, toks.findIndex(t => t.start >= u!.start) - 1);
    // Step over what describes it: a modifier ("Canada's First Quantum") and up to three
    // lower-case words ("Argentina's lithium producer X", "la minera estatal chilena X").
    for (let guard = 0; guard < 5 && j >= 0; guard++) {
      const m = unitAt(units, toks[j]);
      if (m?.modifier) {
        j = skipArticlesBack(toks, toks.findIndex(t => t.start >= m.start) - 1);
        continue;
      }
      const t = toks[j]!;
      if (!m && guard < 3 && /^\p{Ll}/u.test(t.raw) && !d.stops.has(t.key) && !d.signVerbs.has(t.key) && matchBack(toks, j, d.coordinators) < 0) {
        j = skipArticlesBack(toks, j - 1);
        continue;
      }
      break;
    }
    const coord = matchBack(toks, j, d.coordinators);
    if (coord < 0) break;
    j = skipArticlesBack(toks, j - coord);
    // "Jujuy Minerales del Norte (JMN) y la australiana …": the name before the brackets.
    if (toks[j]?.key === ')') {
      let k = j - 1;
      while (k >= 0 && toks[k]!.key !== '(' && j - k < 12) k--;
      if (k > 0) j = k - 1;
    }
    if (j < 0) break;
    u = unitBefore(toks, j, units, d);
    // "Ministers from Australia, Canada, Japan and the UK issued": states listed together share
    // the role of the one nearest the verb.
    if (u?.modifier && out.some(o => !o.modifier && o.party && !o.party.startsWith('org:')) && u.party && !u.party.startsWith('org:') && d.modifiers.has(toks[skipArticlesBack(toks, toks.findIndex(t => t.start >= u!.start) - 1)]?.key ?? '')) {
      u = { ...u, modifier: false };
      out.push(u);
      break;
    }
    // "el Ministerio … de Guatemala y la Agencia …": step from the describing state to its head.
    for (let guard = 0; guard < 3 && u?.modifier; guard++) {
      let k = skipArticlesBack(toks, toks.findIndex(t => t.start >= u!.start) - 1);
      if (k < 0 || !d.modifiers.has(toks[k]!.key)) break;
      while (k >= 0 && d.modifiers.has(toks[k]!.key)) k = skipArticlesBack(toks, k - 1);
      const head = unitBefore(toks, k, units, d);
      if (!head) break;
      u = head;
    }
  }
  return out;
}

/**
 * The unit ending at toks[j], or the state of "X's government" / "the government of X". None
 * when j is before the sentence (a subject stepped back from its first word: "Chilean signed").
 */
function unitBefore(toks: readonly Tok[], j: number, units: readonly Unit[], d: LangData): Unit | undefined {
  const t = toks[j];
  if (!t) return undefined;
  const u = unitAt(units, t);
  if (u) return u;
  // "Panama's government": a government noun after a possessive state.
  if (d.governmentNouns.has(t.key)) return unitAt(units, toks[j - 1]);
  return undefined;
}

/** Length of a coordinator phrase ending at toks[j] (",", "and", ", and", "junto a", ", represented by the"), or -1. */
function matchBack(toks: readonly Tok[], j: number, coordinators: readonly string[][]): number {
  let best = -1;
  for (const c of coordinators) {
    if (c.length > j + 1) continue;
    if (c.every((w, k) => toks[j - c.length + 1 + k]!.key === w)) best = Math.max(best, c.length);
  }
  return best;
}

/** Units coordinated from token j onwards ("South Korea's LG Energy and Hyundai Motor Group"). */
function coordinatedFrom(toks: readonly Tok[], j: number, units: readonly Unit[], d: LangData): Unit[] {
  const out: Unit[] = [];
  let i = j;
  while (i >= 0 && i < toks.length) {
    const u = unitAt(units, toks[i]);
    if (!u) break;
    out.push(u);
    i = toks.findIndex(t => t.start >= u.end);
    if (i < 0) break;
    // "South Korea's LG Energy": a possessive modifier right before the next unit.
    if (unitAt(units, toks[i])) continue;
    const c = d.coordinators.find(c => c.every((w, k) => toks[i + k]?.key === w));
    if (!c) break;
    i += c.length;
    while (i < toks.length && ARTICLES.has(toks[i]!.key)) i++;
    // What describes the next unit: up to three lower-case words ("y la estatal china Minmetals").
    for (let k = 0; k < 3 && i < toks.length && !unitAt(units, toks[i]) && /^\p{Ll}/u.test(toks[i]!.raw) && !d.stops.has(toks[i]!.key); k++) i++;
    while (i < toks.length && unitAt(units, toks[i])?.modifier) {
      const m = unitAt(units, toks[i])!;
      const next = toks.findIndex(t => t.start >= m.end);
      if (next < 0) break;
      i = next;
      if (!unitAt(units, toks[i]) && /^\p{Ll}/u.test(toks[i]!.raw)) i++;
    }
  }
  return out;
}

/**
 * Units of a list introduced by "with"/"con"/"between"/"entre" (kind 'with', searched within
 * `maxGap` words) or starting right away (kind 'by'), up to the end of the clause. A unit joined
 * only by "and"/"y" to a modifier is a modifier too ("empresas de China y Rusia").
 */
function listAfter(toks: readonly Tok[], from: number, units: readonly Unit[], d: LangData, kind: 'with' | 'by', maxGap = 14): Unit[] {
  let i = from;
  if (kind === 'with') {
    let k = i;
    while (k < toks.length && k - i < maxGap && !d.withWords.has(toks[k]!.key)) {
      if (/^[;:]$/.test(toks[k]!.key) || d.clauseBreaks.has(toks[k]!.key)) return [];
      k++;
    }
    if (k >= toks.length || !d.withWords.has(toks[k]!.key)) return [];
    i = k + 1;
  }
  const out: Unit[] = [];
  let prev: Unit | undefined;
  let onlyCoordinators = false;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    const u = unitAt(units, t);
    if (!u) {
      if (/^[;:()]$/.test(t.key)) break;
      if (d.stops.has(t.key)) break;
      if (d.places.has(t.key) && /^\p{Lu}/u.test(tokText(toks, i + 1))) break;
      if (!d.coordinators.some(c => c.length === 1 && c[0] === t.key) && !ARTICLES.has(t.key)) onlyCoordinators = false;
      continue;
    }
    const isState = (x: Unit): boolean => x.party !== null && !x.party.startsWith('org:');
    const inherited = prev !== undefined && prev.modifier && onlyCoordinators && isState(prev) && isState(u);
    const unit = inherited ? { ...u, modifier: true } : u;
    if (!out.some(x => x.start === unit.start)) out.push(unit);
    prev = unit;
    onlyCoordinators = true;
    const next = toks.findIndex(x => x.start >= u.end);
    if (next < 0) break;
    i = next - 1;
  }
  return out;
}

/** The token's text as written ('' past the end). */
function tokText(toks: readonly Tok[], i: number): string {
  return toks[i]?.raw ?? '';
}
