// English names of cooperation instruments by guideline type, and the words around a name that
// make it background rather than the reported instrument. Data only; matched case-insensitively
// as whole words. When names overlap, the longest wins ("offtake term sheet" over "offtake").
import type { InstrumentTypeValue } from '../../schema/record.ts';

export const INSTRUMENT_NAMES: Readonly<Record<InstrumentTypeValue, readonly string[]>> = {
  memorandum_of_understanding: [
    'memorandum of understanding', 'memoranda of understanding', 'memorandums of understanding', 'MoU', 'MoUs', 'MOU',
    'MOUs', 'memorandum', 'memoranda',
  ],
  joint_declaration: [
    'joint declaration', 'joint declarations', 'joint statement', 'joint statements', 'joint communiqué', 'joint communique',
    'declaration of intent', 'joint declaration of intent', 'declaration of principles', 'statement of intent',
    'joint declaration of principles',
  ],
  framework: [
    'framework agreement', 'framework agreements', 'framework deal', 'framework accord', 'framework arrangement',
    'cooperation framework agreement',
  ],
  letter_of_intent: ['letter of intent', 'letters of intent', 'letter of interest', 'letters of interest', 'LOI', 'LoI', 'LOIs'],
  term_sheet: ['term sheet', 'term sheets', 'terms sheet', 'terms sheets', 'heads of terms', 'heads of agreement', 'offtake term sheet', 'offtake terms sheet'],
  offtake: [
    'offtake agreement', 'offtake agreements', 'off-take agreement', 'off-take agreements', 'offtake deal', 'offtake contract',
    'offtake arrangement', 'supply agreement', 'supply agreements', 'supply deal', 'supply contract', 'purchase agreement',
    'sales agreement', 'sale and purchase agreement', 'offtake',
  ],
  partnership: [
    'strategic partnership', 'strategic partnership agreement', 'partnership agreement', 'strategic alliance',
    'comprehensive strategic partnership', 'strategic partnerships',
  ],
  roadmap: ['roadmap', 'road map', 'road-map', 'action plan', 'plan of action', 'joint action plan'],
  loan: [
    'loan agreement', 'loan facility', 'loan deal', 'loan package', 'financing agreement', 'financing deal', 'financing package',
    'financing facility', 'financing commitment', 'credit facility', 'credit line', 'line of credit', 'debt facility',
    'loan',
  ],
  agreement: [
    'agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'contract', 'contracts', 'treaty', 'pact',
    'joint venture agreement', 'concession', 'concession contract', 'concession agreement',
  ],
  other: [
    'technical assistance offer', 'offer of technical assistance', 'technical assistance proposal', 'cooperation proposal',
    'proposal for cooperation', 'technical assistance program', 'technical assistance programme',
  ],
};

/** Names that are not the reported instrument: guarantees, waivers, insurance around a loan. */
export const NOT_INSTRUMENTS: readonly string[] = [
  'loan guarantee', 'loan guarantees', 'loan guarantee cover', 'loans', 'offtake guidelines', 'offtake strategy',
  'offtake partners', 'offtake partner', 'offtake customer', 'offtake customers', 'dealers', 'deal flow',
];

/** Words before a name that make it a past or other instrument ("the existing agreement"). */
export const BACKGROUND_BEFORE: readonly string[] = [
  'existing', 'previous', 'prior', 'earlier', 'former', 'foundational', 'old', 'original', 'expired', 'already signed', 'had signed',
  'had been signed', 'builds on', 'building on', 'built on', 'called for', 'calls for', 'calling for', 'urged', 'similar',
];

/** Words after a name that make it a past or other instrument ("the agreement in force since 2019"). */
export const BACKGROUND_AFTER: readonly string[] = ['in force since', 'signed in', 'signed back in', 'concluded in', 'which expired'];

/** Names of trade or tax instruments: not minerals instruments (ruling 4). */
export const TRADE_WORDS: readonly string[] = ['trade', 'free trade', 'tax', 'taxation', 'investment protection', 'fta', 'economic partnership'];

/** Verbs that report an instrument as signed or concluded in the sentence. */
export const SIGN_VERBS: readonly string[] = [
  'sign', 'signs', 'signed', 'signing', 'ink', 'inks', 'inked', 'execute', 'executes', 'executed', 'conclude', 'concludes',
  'concluded', 'agree', 'agrees', 'agreed', 'enter', 'entered', 'enters', 'finalize', 'finalized', 'finalise', 'finalised',
  'reach', 'reached', 'reaches', 'strike', 'struck', 'seal', 'sealed', 'announce', 'announced', 'announces', 'launch',
  'launched', 'adopt', 'adopted', 'release', 'released', 'issue', 'issued',
];

/** Indefinite words before a name: a new instrument, not a reference back ("an agreement", "a $9.8 billion deal"). */
export const INDEFINITE: readonly string[] = ['a', 'an', 'another', 'new', 'dozen', 'several', 'two', 'three', 'four', 'five', 'series'];

/** Words that show a concluded agreement replaces a preliminary one (term sheet, letter of intent). */
export const DEFINITIVE_WORDS: readonly string[] = ['definitive', 'full-form', 'full form', 'long-form', 'long form'];

/** Sentence starts of link and teaser lines: instruments named there are other stories. */
export const TEASER_STARTS: readonly string[] = ['read also', 'read more', 'related:', 'see also', 'also read'];

/** Binding status: phrases that deny or affirm legal force. */
export const NON_BINDING: readonly string[] = [
  'non-binding', 'nonbinding', 'non binding', 'not legally binding', 'not binding', 'no legally binding',
  'does not create legally binding', 'does not create binding', 'does not create any legally binding',
  'do not create legally binding', 'will not create legally binding', 'shall not create legally binding',
  'does not establish legally binding', 'does not impose legally binding', 'creates no legally binding',
  'creates no binding', 'without legally binding', 'not intended to be legally binding', 'not intended to create legally binding',
  'is not a binding', 'is not a legally binding', 'does not constitute a legally binding',
];

export const BINDING_PREDICATIVE: readonly string[] = [
  'is binding', 'are binding', 'is legally binding', 'are legally binding', 'will be binding', 'will be legally binding',
  'shall be binding', 'becomes binding', 'become binding', 'became binding', 'was binding', 'is fully binding',
  'legally binding agreement', 'legally binding contract', 'legally binding instrument', 'legally binding treaty',
  'legally binding commitments', 'legally binding obligations',
];

/** "binding" right before an instrument name: binding when that instrument is the reported one. */
export const BINDING_ATTRIBUTIVE: readonly string[] = ['binding'];

/** Negations before a signing verb: the instrument is not reported as signed ("will not sign contracts"). */
export const NEGATIONS: readonly string[] = ['not', 'never', "won't", 'refused', 'refuses', 'declined', 'declines', 'rejected', 'rejects'];

/** Modals before a name: the instrument is only possible ("EXIM could provide a loan"). */
export const HYPOTHETICAL: readonly string[] = ['could', 'might', 'may', 'would'];

/** Words before a year that place an instrument in the past ("since 2019", "in 2022"). */
export const SINCE_WORDS: readonly string[] = ['since'];
export const IN_YEAR_WORDS: readonly string[] = ['in'];
