// Shapes of the per-language obligation data (src/lang/{en,es}/modality.ts).
import type { ModalityValue } from '../../schema/record.ts';

/**
 * How a trigger takes part in a clause, and how strongly it decides the clause's modality
 * (KIND_PRIORITY in triggers.ts): a disclaimer beats a condition, which beats a noun trigger
 * ("plans to", "intención de"), which beats a modal verb, which beats a scope verb or a bare
 * future, which beats a purpose marker.
 * - negation: "does not create binding obligations", "no vinculante" (anywhere in the clause).
 * - condition: "subject to", "sujeto a" (binding, anywhere in the clause).
 * - noun: "plans to", "commitments to", "intención de", "compromiso de", "el objetivo es".
 * - modal: a modal or commitment verb ("will", "must", "se compromete a", "buscará", "podrá").
 * - future / conditional: a Spanish verb in the future / conditional tense ("se realizará", "sería").
 * - scope: a verb describing the instrument's content ("covers", "includes", "establece"); only
 *   valid when its subject is the instrument (or a document part, or left unsaid).
 * - purpose: "to …", "aimed at", "para …", "con el fin de" after an instrument that is signed,
 *   announced or is the subject.
 */
export type TriggerKind = 'negation' | 'condition' | 'noun' | 'modal' | 'future' | 'conditional' | 'scope' | 'purpose';

export interface TriggerData {
  /** Rule name: the rule id is `<lang>.obligation.<name>`. */
  name: string;
  description: string;
  /** Regular-expression source; matched with flags `giu` (or `gu` when caseSensitive), inside word edges. */
  source: string;
  modality: ModalityValue;
  kind: TriggerKind;
  caseSensitive?: boolean;
  /** `match` is the trigger text the rule must find in `text`. */
  examples: { valid: { text: string; match: string }[]; invalid: string[] };
}

/** Word lists the clause logic reads (lower case; phrases allowed where noted). */
export interface ModalityWords {
  /** Phrases naming an instrument (for purpose clauses and scope subjects). */
  instrumentNouns: string[];
  /** Phrases that contain an instrument word but name none ("in the framework of", "marco regulatorio"). */
  notInstrumentNouns: string[];
  /** Parts or stand-ins of an instrument that may be the subject of a scope verb ("document", "key terms"). */
  documentNouns: string[];
  /** Verbs (phrases) that report signing or announcing an instrument. */
  signVerbs: string[];
  determiners: string[];
  /** A subject holding one of these is a reporter, not the instrument ("X says the deal provides"). */
  reportingVerbs: string[];
  pronounSubjects: string[];
  relativeWords: string[];
  /** Words allowed between a relative word and its trigger ("which also will", "que no podrá"). */
  relativeGapWords: string[];
  /** Verbs after "will" that state an effect, not an act ("will help", "will boost"). */
  effectVerbs: string[];
  /** Verbs after "will" that, with an instrument as subject, state its effect ("the deal will support"). */
  instrumentEffectVerbs: string[];
  /** Validity terms after "will"/"would" or a Spanish future ("will remain in effect", "tendrá
   * vigencia"): the instrument's duration, a timeline rather than an obligation. */
  termPhrases: string[];
  /** Boundaries after which a clause gives a reason or background (", as", ", ya que"): no obligation. */
  backgroundBoundaries: string[];
  /** Adverbs skipped between a modal and its verb, and allowed in an unstated subject. */
  adverbs: string[];
  /** Discourse connectors stripped from the start of a clause ("Likewise,", "Asimismo,"). */
  leadingConnectors: string[];
  /** Clause boundaries that always separate two triggered clauses (", rather,", ", sino que"). */
  strongBoundaries: string[];
  /** "and"/"y": separate two triggered clauses only with a new subject or a new modality. */
  coordinatingBoundaries: string[];
  /** First-person plural words: inside a quotation, only a party speaking as "we" states an obligation. */
  firstPersonPlural: string[];
  /** Verb endings of the first person plural (Spanish "-amos", "-emos"). */
  firstPersonPluralSuffixes: string[];
  /** Words with those endings that are not verbs ("extremos"). */
  firstPersonPluralExcluded: string[];
  /** Triggers that inside a quotation are exhortations, not obligations ("debemos", "we must"). */
  quotedExcludedTriggers: string[];
  /** Markers of commentary by a journalist or analyst: the sentence states no obligation. */
  commentaryMarkers: string[];
  /** Commentators: with a reporting verb close after ("Analistas del sector señalaron"), the sentence is commentary. */
  commentators: string[];
  /** Words before a future that make it an indirect question ("cómo se llevará a cabo"). */
  interrogatives: string[];
  /** Adjectives after a conditional that make it an opinion ("sería interesante"). */
  opinionAdjectives: string[];
  /** Stems of future/conditional verbs that state effects ("contribuirá", "equivaldría"). */
  effectStems: string[];
  /** Words after "to"/"para" that show it is not a purpose ("to the", "to date"). */
  nonVerbsAfterTo: string[];
  /** Words before "to" that make it no purpose ("according to", "up to", "due to"). */
  wordsBeforeNonPurposeTo: string[];
  /** Nouns of action after "para el/la" that make a purpose ("para el desarrollo"). */
  actionNouns: string[];
  /** Frequent function words, to tell the language of a sentence in a mixed document. */
  stopwords: string[];
}
