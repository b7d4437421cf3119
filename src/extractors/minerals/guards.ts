// Guards against false friends of the minerals lexicon. Each guard is a rule with an id, a
// description and examples (run by test/extractors/minerals/guards.test.ts): `blocked` texts hold
// a word that must NOT count as the mineral, `kept` texts hold one that must.
//
// The general rules, in the order they apply to a lexicon match:
// 1. Idioms (guard_idiom): listed phrases ("gold standard", "silver lining", "oro blanco", "edad de
//    oro", "lead negotiator", "iron out") are lexicon entries of their own; being longer, they win
//    over the metal word inside them, and then count for nothing.
// 2. Spelling (guard_accent): the lexicon folds accents to find candidates, but the raw text must be
//    one of the listed spellings up to case: "prometió" (verb) is not "prometio", "cobré" is not "cobre".
// 3. Acronyms (guard_acronym): a short word written all in capitals in a line that is not itself
//    in capitals is an acronym ("TIN" the tax number, "ORO" …), not the metal.
// 4. Proper names (guard_proper_name): a capitalized metal word inside a multi-word capitalized name
//    ("Southern Copper", "Lithium Americas", "Ganfeng Lithium Co. Ltd", "Corporación Nacional del
//    Cobre", "Uranium One") names an organization, not the mineral. Evidence is a capitalized word
//    (not a generic commodity word) right before it (possibly across "de", "del", "of") or after it,
//    or a legal-form suffix after it. A name that ends in a site word ("Kathleen Valley Lithium
//    Project", "Proyecto Litio Norte") names a deposit of that mineral, so it still counts. In a
//    headline (most words capitalized) only a legal-form suffix is evidence. A capitalized word
//    from the other language's list is a name too ("Cobre Panama" in an English text).
// 5. Context (guard_context): words that are also common words ("lead", "iron", "plata", "plomo",
//    "hierro", "indio", "fósforo", "cromo", "tulio", "samario", "prometio") count only next to a
//    mineral context word ("lead ore", "onzas de plata", "minas de plata") or as an item of a list
//    with another accepted mineral ("silver, lead and zinc", "oro y plata", "lead-zinc").
// 6. Verbs (guard_verb, English): "lead"/"iron" right after a modal or "to", or followed by an
//    object ("lead the talks", "lead efforts"), are verbs.
import type { RuleMeta } from '../../core/rules.ts';
import type { Lang } from '../../schema/record.ts';
import data from './guards.json' with { type: 'json' };

export interface GuardExamples {
  /** Texts in which `word` must not be counted as a mineral. */
  blocked: { text: string; lang: Lang; word: string }[];
  /** Texts in which the mineral `id` must be found. */
  kept: { text: string; lang: Lang; id: string }[];
}

export interface MineralGuard extends RuleMeta {
  examples: GuardExamples;
}

const guard = (id: string, lang: Lang | 'any', description: string, examples: GuardExamples): MineralGuard => ({
  id,
  field: 'minerals',
  lang,
  description,
  examples,
});

export const GUARDS: readonly MineralGuard[] = [
  guard('en.mineral.guard_idiom', 'en', 'Idioms with a metal word ("gold standard", "silver lining", "lead negotiator", "iron out") are not minerals.', {
    blocked: [
      { text: 'The new rules set a gold standard for transparency in the sector.', lang: 'en', word: 'gold' },
      { text: 'The minister saw a silver lining in the delayed negotiations.', lang: 'en', word: 'silver' },
      { text: 'Chile named a lead negotiator for the trade talks with Japan.', lang: 'en', word: 'lead' },
      { text: 'Both delegations will iron out their differences next week.', lang: 'en', word: 'iron' },
    ],
    kept: [
      { text: 'The company exports gold and copper concentrate to Asia.', lang: 'en', id: 'gold' },
      { text: 'Silver production rose by ten per cent.', lang: 'en', id: 'silver' },
    ],
  }),
  guard('es.mineral.guard_idiom', 'es', 'Frases hechas con un metal ("oro blanco", "edad de oro", "medalla de plata", "pies de plomo") no son minerales.', {
    blocked: [
      { text: 'El litio es el nuevo oro blanco de la región andina.', lang: 'es', word: 'oro' },
      { text: 'La minería vivió su edad de oro durante la década pasada.', lang: 'es', word: 'oro' },
      { text: 'El equipo nacional ganó la medalla de plata en los Juegos.', lang: 'es', word: 'plata' },
      { text: 'El gobierno avanza con pies de plomo en la negociación.', lang: 'es', word: 'plomo' },
    ],
    kept: [
      { text: 'Perú es un gran productor de oro y de cobre.', lang: 'es', id: 'gold' },
      { text: 'La empresa extrae oro de aluvión en la Amazonía.', lang: 'es', id: 'gold' },
    ],
  }),
  guard('es.mineral.guard_accent', 'es', 'El texto debe coincidir con una grafía listada salvo mayúsculas: "prometió" (verbo) no es "prometio", "cobré" no es "cobre".', {
    blocked: [
      { text: 'El ministro prometió más inversión en la mina de cobre.', lang: 'es', word: 'prometió' },
      { text: 'Yo cobré el cheque ayer.', lang: 'es', word: 'cobré' },
    ],
    kept: [{ text: 'El COBRE y el NIQUEL subieron de precio.', lang: 'es', id: 'nickel' }],
  }),
  guard('any.mineral.guard_acronym', 'any', 'A short metal word in capitals inside a normal line is an acronym ("TIN" tax number), not the metal.', {
    blocked: [
      { text: 'Each supplier must register its TIN with the tax office.', lang: 'en', word: 'TIN' },
      { text: 'La empresa presentó su número TIN ante el fisco.', lang: 'es', word: 'TIN' },
    ],
    kept: [
      { text: 'TIN AND LITHIUM EXPORTS RISE', lang: 'en', id: 'tin' },
      { text: 'Bolivia exports tin and silver.', lang: 'en', id: 'tin' },
    ],
  }),
  guard('any.mineral.guard_proper_name', 'any', 'A capitalized metal word inside a multi-word name (company, institution) is not a mineral; a project or mine name still counts.', {
    blocked: [
      { text: 'Southern Copper reported higher profits this quarter.', lang: 'en', word: 'Copper' },
      { text: 'Shares of Lithium Americas rose on Monday.', lang: 'en', word: 'Lithium' },
      { text: 'The deal with Ganfeng Lithium Co. Ltd was signed today.', lang: 'en', word: 'Lithium' },
      { text: 'La Corporación Nacional del Cobre anunció un nuevo plan.', lang: 'es', word: 'Cobre' },
      { text: 'La Comisión Chilena del Cobre publicó su informe anual.', lang: 'es', word: 'Cobre' },
      { text: 'El contrato con Uranium One fue aprobado por la comisión.', lang: 'es', word: 'Uranium' },
    ],
    kept: [
      { text: 'Production at the Kathleen Valley Lithium Project starts next year.', lang: 'en', id: 'lithium' },
      { text: 'Lithium prices fell sharply in March.', lang: 'en', id: 'lithium' },
      { text: 'US and Japan Sign Deal on Critical Minerals, Rare Earths', lang: 'en', id: 'rare_earths' },
      { text: 'El Cobre y el Litio impulsan las exportaciones.', lang: 'es', id: 'copper' },
    ],
  }),
  guard('en.mineral.guard_context', 'en', '"lead" and "iron" (also common words) count only next to a mineral context word or in a list of minerals.', {
    blocked: [
      { text: 'This could lead to higher prices for consumers.', lang: 'en', word: 'lead' },
      { text: 'The iron gate of the ministry was closed.', lang: 'en', word: 'iron' },
    ],
    kept: [
      { text: 'Peru produces silver, lead and zinc.', lang: 'en', id: 'lead' },
      { text: 'Lead prices rose on the London exchange.', lang: 'en', id: 'lead' },
      { text: 'The mine produces lead-zinc concentrate.', lang: 'en', id: 'lead' },
      { text: 'Australia ships iron ore to China.', lang: 'en', id: 'iron_ore' },
    ],
  }),
  guard('es.mineral.guard_context', 'es', '"plata", "plomo", "hierro", "indio", "fósforo" … cuentan solo junto a una palabra de contexto minero o en una lista de minerales.', {
    blocked: [
      { text: 'Hay que poner la plata donde está el problema.', lang: 'es', word: 'plata' },
      { text: 'El gobierno indio firmó el acuerdo con Argentina.', lang: 'es', word: 'indio' },
      { text: 'Encendió la vela con un fósforo.', lang: 'es', word: 'fósforo' },
    ],
    kept: [
      { text: 'México es el mayor productor de plata y oro.', lang: 'es', id: 'silver' },
      { text: 'La producción de plata creció un diez por ciento.', lang: 'es', id: 'silver' },
      { text: 'El yacimiento contiene zinc, plomo e indio.', lang: 'es', id: 'indium' },
    ],
  }),
  guard('en.mineral.guard_verb', 'en', '"lead"/"iron" after a modal or "to", or before an object ("will lead the talks"), are verbs.', {
    blocked: [
      { text: 'The minister will lead the mining delegation.', lang: 'en', word: 'lead' },
      { text: 'Canada is ready to lead efforts on mineral supply.', lang: 'en', word: 'lead' },
    ],
    kept: [{ text: 'The smelter processes lead and copper concentrates.', lang: 'en', id: 'lead' }],
  }),
];

/** Word lists of guards.json, as sets of lower-case words. */
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(w => w.toLowerCase()));

export const CONTEXT_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: set(data.contextWords.en),
  es: set(data.contextWords.es),
};
export const CONTEXT_LINKS: Record<Lang, ReadonlySet<string>> = {
  en: set(data.contextLinks.en),
  es: set(data.contextLinks.es),
};
export const VERB_BEFORE: ReadonlySet<string> = set(data.verbBefore.en);
export const VERB_AFTER: ReadonlySet<string> = set(data.verbAfter.en);
export const NAME_NEUTRAL: ReadonlySet<string> = set(data.nameNeutral);
export const NAME_SUFFIXES: ReadonlySet<string> = set(data.nameSuffixes.map(s => s.replace(/\.$/, '')));
export const NAME_CONNECTORS: ReadonlySet<string> = set(data.nameConnectors.filter(c => !c.includes(' ')));
export const SITE_DESIGNATORS: ReadonlySet<string> = set(data.siteDesignators);

/** Phrases joining two list items, as one alternation for the gap test. */
const LIST_LINK_WORDS = [...data.listLinks.en, ...data.listLinks.es].sort((a, b) => b.length - a.length);

/** The text between two list items: punctuation and/or a joining word ("," / " and " / ", y " / "-"). */
export const LIST_GAP = new RegExp(
  `^(?:\\s*[,;/&–—-]\\s*|\\s+)(?:(?:${LIST_LINK_WORDS.map(w => w.replace(/[/]/g, '\\/').replace(/ /g, '\\s+')).join('|')})\\s+)?$`,
  'iu',
);
