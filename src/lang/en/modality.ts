// English data for obligations (guideline field `obligations`, rulings 5 and 11): trigger
// patterns with their modality, and the word lists the clause logic reads. Data only: the logic
// lives in src/extractors/obligations/. Trigger sources are regular-expression sources matched
// case-insensitively (unless `caseSensitive`) between Unicode word edges; every one is a bounded
// alternation, so matching stays linear.
import type { TriggerData, ModalityWords } from '../../extractors/obligations/types.ts';

export const TRIGGERS: readonly TriggerData[] = [
  // --- negated: the instrument disclaims obligations ---------------------------------------
  {
    name: 'no_binding_obligations',
    description: '"does not create (legally) binding obligations" and close variants.',
    source:
      '(?:does|do|will|shall)\\s+not\\s+(?:create|establish|constitute|give\\s+rise\\s+to|impose|entail|grant|confer)\\s+(?:any\\s+)?(?:new\\s+)?(?:legally\\s+)?(?:binding\\s+)?(?:legal\\s+)?(?:obligations?|commitments?|rights)',
    modality: 'negated',
    kind: 'negation',
    examples: {
      valid: [{ text: 'The memorandum does not create legally binding obligations for either side.', match: 'does not create legally binding obligations' }],
      invalid: ['The memorandum creates obligations for both sides.'],
    },
  },
  {
    name: 'non_binding',
    description: '"non-binding", "nonbinding", "not legally binding".',
    source: 'non[-‐ ]?binding|not\\s+(?:legally\\s+)?binding',
    modality: 'negated',
    kind: 'negation',
    examples: {
      valid: [
        { text: 'The firm signed a non-binding term sheet with the buyer.', match: 'non-binding' },
        { text: 'The declaration is not legally binding.', match: 'not legally binding' },
      ],
      invalid: ['The offtake agreement is binding on both parties.'],
    },
  },
  // --- binding -------------------------------------------------------------------------------
  {
    name: 'shall',
    description: '"shall": a binding duty.',
    source: 'shall',
    modality: 'binding',
    kind: 'modal',
    caseSensitive: true,
    examples: {
      valid: [{ text: 'The buyer shall pay within thirty days.', match: 'shall' }],
      invalid: ['The buyer pays within thirty days.'],
    },
  },
  {
    name: 'must',
    description: '"must": a binding requirement.',
    source: 'must',
    modality: 'binding',
    kind: 'modal',
    caseSensitive: true,
    examples: {
      valid: [{ text: 'The concentrate must contain at least six per cent lithium oxide.', match: 'must' }],
      invalid: ['The mustard fields were not affected.'],
    },
  },
  {
    name: 'is_obliged_to',
    description: '"is obliged / obligated / required / bound to".',
    source: '(?:is|are|was|were|be|been)\\s+(?:legally\\s+)?(?:obliged|obligated|required|bound)\\s+to',
    modality: 'binding',
    kind: 'modal',
    examples: {
      valid: [{ text: 'The operator is obliged to report its output every quarter.', match: 'is obliged to' }],
      invalid: ['The operator reports its output every quarter.'],
    },
  },
  {
    name: 'condition',
    description: 'Conditions (ruling 5): "subject to", "conditional (up)on", "conditions precedent", "contingent on".',
    source: 'subject\\s+to|conditional\\s+(?:up)?on|conditioned\\s+(?:up)?on|conditions?\\s+precedent|contingent\\s+(?:up)?on|on\\s+condition\\s+that|provided\\s+that',
    modality: 'binding',
    kind: 'condition',
    examples: {
      valid: [
        { text: 'The contract is subject to approval by the National Assembly.', match: 'subject to' },
        { text: 'The deal is conditional upon the start of production by 2027.', match: 'conditional upon' },
      ],
      invalid: ['The subject of the meeting was copper.'],
    },
  },
  {
    name: 'requires',
    description: 'The instrument "requires" / "obliges" something (scope statement with a duty).',
    source: 'requires|obliges|obligates',
    modality: 'binding',
    kind: 'scope',
    examples: {
      valid: [{ text: 'The agreement requires the operator to hire local staff.', match: 'requires' }],
      invalid: ['The agreement required long talks.'],
    },
  },
  // --- commitment ----------------------------------------------------------------------------
  {
    name: 'will',
    description: '"will" + verb (not an effect such as "will help", "will boost", "will be used").',
    source: 'will',
    modality: 'commitment',
    kind: 'modal',
    caseSensitive: true,
    examples: {
      valid: [
        { text: 'The two governments will jointly select priority projects.', match: 'will' },
        { text: 'This new network will further strengthen cooperation.', match: 'will' },
      ],
      invalid: ['The deal will help the region grow.', 'Will Smith attended the dinner.', 'The goodwill of the parties matters.'],
    },
  },
  {
    name: 'agree_to',
    description: '"agree(s/d) to" / "agreed that".',
    source: 'agree[sd]?\\s+(?:to|that)',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [{ text: 'The buyer has agreed to purchase 100,000 tonnes a year.', match: 'agreed to' }],
      invalid: ['Both parties agreed on the final price.'],
    },
  },
  {
    name: 'commit_to',
    description: '"commit(s) to", "committed to", "undertake(s) to", "pledge(s) to".',
    source:
      'commit(?:s|ted|ting)?\\s+(?:themselves\\s+|itself\\s+)?to|(?:is|are|remain|remains)\\s+(?:firmly\\s+)?committed\\s+to|undertak(?:e|es)\\s+to|undertook\\s+to|pledge[sd]?\\s+to|vow(?:s|ed)?\\s+to',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [
        { text: 'The Participants commit to share geological data.', match: 'commit to' },
        { text: 'Each party undertakes to protect confidential information.', match: 'undertakes to' },
      ],
      invalid: ['The committee met in Lima.'],
    },
  },
  {
    name: 'is_to',
    description: '"is / are to" + verb: a scheduled arrangement ("is to supply").',
    source: '(?:is|are)\\s+to(?=\\s+\\p{Ll})',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [{ text: 'The miner is to supply up to 100,000 tonnes per year.', match: 'is to' }],
      invalid: ['The aim is to be seen.', 'The next step is Tokyo.'],
    },
  },
  {
    name: 'is_scheduled',
    description: '"is scheduled / set to", "is scheduled for / within".',
    source: '(?:is|are)\\s+(?:scheduled|set)\\s+(?:to|for|within)',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [{ text: 'A ministerial meeting is scheduled within 180 days.', match: 'is scheduled within' }],
      invalid: ['The meeting was a success.'],
    },
  },
  {
    name: 'pricing_terms',
    description: 'Pricing terms of a supply deal: "pricing is determined / based / linked …".',
    source:
      'pricing(?:\\s+\\([^()\\n]{0,30}\\))?\\s+(?:is|will\\s+be|shall\\s+be)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:determined|based|set|calculated|linked|referenced|fixed)',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Pricing is determined using a market formula.', match: 'Pricing is determined' }],
      invalid: ['Pricing pressure weighed on the miners.'],
    },
  },
  {
    name: 'commitment_to_noun',
    description: 'The noun "commitment(s) to" + verb names a commitment.',
    source: 'commitments?\\s+to(?=\\s+\\p{Ll})',
    modality: 'commitment',
    kind: 'noun',
    examples: {
      valid: [{ text: 'The accords formalize commitments to end the conflict.', match: 'commitments to' }],
      invalid: ['Their commitment was praised.', 'Their commitment to the region is clear.'],
    },
  },
  {
    name: 'scope',
    description: 'Scope statements of the instrument (ruling 5): "the MoU covers / includes / provides / establishes / facilitates …".',
    source:
      'covers|cover|includes|include|provides(?:\\s+for)?|establishes|sets\\s+out|lays\\s+out|outlines|specifies|stipulates|guarantees|facilitates|promotes|favou?rs|emphasi[sz]es|expands|offers|envisages|envisions|foresees|calls\\s+for|encompasses|contemplates|creates|defines|details',
    modality: 'commitment',
    kind: 'scope',
    examples: {
      valid: [
        { text: 'The agreement facilitates the joint identification of projects.', match: 'facilitates' },
        { text: 'The term sheet includes take-or-pay provisions.', match: 'includes' },
      ],
      invalid: ['The agreement, including its annexes, was published.'],
    },
  },
  {
    name: 'establishing',
    description: 'A participle clause stating what the signed instrument sets up: "…, establishing a joint fund", "a roadmap setting out actions".',
    source: 'establishing|setting\\s+out|laying\\s+out|creating|providing\\s+for',
    modality: 'commitment',
    kind: 'purpose',
    examples: {
      valid: [{ text: 'The ministers adopted a roadmap setting out concrete actions.', match: 'setting out' }],
      invalid: ['The ministers set out concrete actions.'],
    },
  },
  // --- intent ----------------------------------------------------------------------------------
  {
    name: 'will_explore',
    description: '"will explore / consider / study / seek …": an intent, not a commitment.',
    source:
      'will\\s+(?:also\\s+|jointly\\s+)?(?:explore|consider|study|assess|evaluate|examine|seek|aim|look\\s+into|endeavou?r|allow|enable|permit)',
    modality: 'intent',
    kind: 'modal',
    caseSensitive: true,
    examples: {
      valid: [{ text: 'The partners will explore financing mechanisms.', match: 'will explore' }],
      invalid: ['The partners explored financing mechanisms.'],
    },
  },
  {
    name: 'intend_to',
    description: '"intend(s) to", "seek(s) to", "aim(s) to", "hope(s) to", "strive(s) to".',
    source: 'intends?\\s+to|seeks?\\s+to|sought\\s+to|aims?\\s+to|hopes?\\s+to|strives?\\s+to|endeavou?rs?\\s+to|wish(?:es)?\\s+to',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Both nations aim to simplify the permitting process.', match: 'aim to' }],
      invalid: ['The aims of the forum were broad.'],
    },
  },
  {
    name: 'plan_to',
    description: '"plan(s) to", "is planning / preparing to", "outlines plans to".',
    source: 'plans?\\s+to|plans(?=\\s+(?:an?|the)\\s)|(?:is|are)\\s+(?:also\\s+)?(?:planning|preparing)\\s+to',
    modality: 'intent',
    kind: 'noun',
    examples: {
      valid: [
        { text: 'The agreement also outlines plans to increase investment.', match: 'plans to' },
        { text: 'The company is also preparing to open an office.', match: 'is also preparing to' },
      ],
      invalid: ['The plans were approved last year.'],
    },
  },
  {
    name: 'expected_to',
    description: '"is / are expected to".',
    source: '(?:is|are)\\s+(?:also\\s+)?expected\\s+to',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Supply is expected to commence in 2027.', match: 'is expected to' }],
      invalid: ['Highs expected around the 80s.'],
    },
  },
  {
    name: 'may',
    description: '"may", "might", "could": possibilities and rights (ruling 5).',
    source: 'may|might|could',
    modality: 'intent',
    kind: 'modal',
    caseSensitive: true,
    examples: {
      valid: [
        { text: 'The term may be extended for two more years.', match: 'may' },
        { text: 'Either party could withdraw with notice.', match: 'could' },
      ],
      invalid: ['The talks resumed in May.'],
    },
  },
  {
    name: 'would',
    description: '"would": reported or conditional speech (ruling 5).',
    source: 'would',
    modality: 'intent',
    kind: 'modal',
    caseSensitive: true,
    examples: {
      valid: [{ text: 'The fund would be managed jointly.', match: 'would' }],
      invalid: ['The fund is managed jointly.'],
    },
  },
  {
    name: 'working_on',
    description: '"is working on / towards" an instrument or its signing.',
    source:
      '(?:is|are)\\s+(?:currently\\s+)?working\\s+(?:on|towards?)\\s+(?:an?\\s+|the\\s+)?(?:agreement|deal|memorandum|mou|framework|contract|signing|negotiating|finali[sz]ing)',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'The ministry is working on an agreement with the firm.', match: 'is working on an agreement' }],
      invalid: ['The ministry is working hard.'],
    },
  },
  {
    name: 'rights',
    description: 'Rights obtained under the instrument are possibilities (ruling 5): "has obtained … rights".',
    source: '(?:has|have|had)\\s+(?:obtained|been\\s+granted|secured|acquired|received)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+(?:and\\s+)?){0,3}?rights?',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'The company has obtained exploration and exclusivity rights for five blocks.', match: 'has obtained exploration and exclusivity rights' }],
      invalid: ['The company obtains water from the river.'],
    },
  },
  {
    name: 'objective_is',
    description: '"the aim / objective / goal / purpose is to", "intention to".',
    source: '(?:the|its|their|our|my)\\s+(?:main\\s+|central\\s+|primary\\s+|overall\\s+)?(?:aim|objective|goal|purpose)\\s+(?:is|will\\s+be)\\s+to|intention\\s+to',
    modality: 'intent',
    kind: 'noun',
    examples: {
      valid: [{ text: 'The main objective is to strengthen supply chains.', match: 'The main objective is to' }],
      invalid: ['The objective was met.'],
    },
  },
  // --- purpose of the instrument (ruling 5): intent --------------------------------------------
  {
    name: 'purpose',
    description: 'Purpose tied to the instrument: "signed an agreement to …", "aimed at", "in order to", "for investment in …".',
    source:
      'aimed\\s+at|designed\\s+to|intended\\s+to|in\\s+order\\s+to|with\\s+the\\s+(?:aim|goal|objective|purpose)\\s+of|with\\s+a\\s+view\\s+to|to(?=\\s+\\p{Ll})|for(?=\\s+(?:the\\s+)?\\p{Ll}[\\p{L}-]*(?:ment|tion|sion|ing)(?![\\p{L}\\p{N}]))',
    modality: 'intent',
    kind: 'purpose',
    examples: {
      valid: [
        { text: 'They signed an agreement to implement a new alliance.', match: 'to' },
        { text: 'a framework agreement aimed at ensuring stable supply', match: 'aimed at' },
        { text: 'The ministry signs an MoU for investment in batteries.', match: 'for' },
      ],
      invalid: ['The visit was due to Monday.', 'The ore goes to Siemens in Germany.', 'It moved up to the board.'],
    },
  },
  {
    name: 'for_the_supply_of',
    description: 'Scope of a supply deal: "for the supply / sale / purchase / delivery of" (commitment, ruling 5).',
    source: 'for\\s+the\\s+(?:supply|sale\\s+and\\s+purchase|sale|purchase|delivery|provision|export)\\s+of',
    modality: 'commitment',
    kind: 'purpose',
    examples: {
      valid: [{ text: 'The offtake agreement is for the supply of spodumene.', match: 'for the supply of' }],
      invalid: ['The supply of spodumene is tight.'],
    },
  },
];

export const WORDS: ModalityWords = {
  instrumentNouns: [
    'agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'mou', 'mous', 'memorandum', 'memoranda', 'memorandums',
    'memorandum of understanding', 'term sheet', 'term sheets', 'terms sheet', 'contract', 'contracts', 'concession',
    'framework agreement', 'cooperation framework', 'joint declaration', 'declaration',
    'declaration of intent', 'declaration of principles', 'joint statement', 'partnership', 'strategic partnership',
    'roadmap', 'road map', 'action plan', 'letter of intent', 'letter of interest', 'loi', 'protocol', 'treaty', 'pact',
    'instrument', 'instruments', 'arrangement', 'arrangements', 'offtake agreement', 'cooperation proposal', 'loan', 'loans',
    'financing', 'credit facility', 'credit line', 'joint venture', 'framework',
  ],
  notInstrumentNouns: [
    'the framework of', 'in the framework of', 'within the framework of', 'under the framework of', 'regulatory framework', 'legal framework', 'fiscal framework', 'policy framework',
  ],
  documentNouns: [
    'document', 'text', 'section', 'article', 'clause', 'terms', 'key terms', 'provisions', 'commitments', 'key commitments',
    'offtake',
  ],
  signVerbs: [
    'sign', 'signs', 'signed', 'signing', 'execute', 'executes', 'executed', 'conclude', 'concludes', 'concluded', 'announce',
    'announces', 'announced', 'approve', 'approves', 'approved', 'agreed on', 'agree on', 'finalize', 'finalized', 'finalise',
    'finalised', 'ink', 'inks', 'inked', 'seal', 'seals', 'sealed', 'reached', 'reach', 'entered into', 'enter into', 'unveiled',
    'unveil', 'adopted', 'adopt', 'launched', 'launch', 'agreed', 'agrees', 'agree', 'issued', 'issues', 'granted', 'grants',
    'extended', 'extends', 'provided', 'provides',
  ],
  determiners: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'new', 'both', 'each'],
  reportingVerbs: [
    'says', 'said', 'say', 'explains', 'explained', 'adds', 'added', 'told', 'tells', 'stated', 'states', 'noted', 'notes',
    'according', 'argued', 'argues', 'believes', 'believed', 'claims', 'claimed', 'ensured', 'read', 'reads', 'wrote',
    'warned', 'warn', 'warns', 'expect', 'expects', 'expected', 'estimate', 'estimates', 'estimated', 'predict', 'predicted',
  ],
  pronounSubjects: ['it', 'this', 'they'],
  relativeWords: ['that', 'which', 'who', 'whom', 'whose'],
  relativeGapWords: ['also', 'then', 'now', 'not', 'jointly', 'only', 'further', 'both'],
  effectVerbs: [
    'boost', 'help', 'contribute', 'benefit', 'play', 'mean', 'result', 'lead to', 'bring', 'pave', 'be used', 'drive', 'spur',
    'make it', 'have an impact', 'power', 'lift', 'raise', 'increase', 'reduce', 'double', 'triple', 'grow', 'put', 'follow',
    'come from', 'carry', 'cost',
  ],
  instrumentEffectVerbs: ['support', 'help', 'enable', 'boost', 'contribute', 'benefit', 'pave', 'validate', 'strengthen ties'],
  termPhrases: [
    'remain in effect', 'remain in force', 'remain valid', 'be effective', 'be valid', 'be in force', 'be in effect', 'run until',
    'run for', 'run through', 'last', 'expire', 'enter into force', 'come into force', 'take effect', 'be renewed', 'be extended',
    'be renewable', 'renew', 'apply for', 'have a term', 'have a duration',
  ],
  backgroundBoundaries: [', as ', ', because ', ', since ', ' because '],
  adverbs: [
    'also', 'further', 'jointly', 'only', 'not only', 'still', 'then', 'now', 'soon', 'likely', 'certainly', 'ultimately',
    'significantly', 'greatly', 'directly', 'eventually', 'initially', 'first', 'both', 'each', 'together', 'immediately',
  ],
  leadingConnectors: [
    'likewise', 'moreover', 'furthermore', 'in addition', 'additionally', 'meanwhile', 'however', 'in that sense',
    'in this sense', 'to that end', 'to this end', 'through this', 'at the same time', 'as a result', 'in turn', 'rather',
    'and', 'but', 'while', 'whereas', 'so', 'thus', 'therefore', 'under which', 'in which', 'whereby', 'also', 'further',
    'in particular', 'specifically', 'notably', 'besides',
  ],
  strongBoundaries: [
    ', rather,', '; rather,', ', while', ' while ', ', whereas', ', but ', ', although', ', though', ', under which',
    ' under which ', ', in which', ' whereby ', ': ',
  ],
  coordinatingBoundaries: [', and ', ' and ', ', which '],
  firstPersonPlural: ['we'],
  firstPersonPluralSuffixes: [],
  firstPersonPluralExcluded: [],
  quotedExcludedTriggers: ['must', 'shall'],
  commentaryMarkers: [
    'it remains to be seen', 'in my view', 'i think', 'i believe',
  ],
  commentators: ['analyst', 'analysts', 'expert', 'experts', 'observers', 'critics', 'economists', 'economist'],
  interrogatives: ['how', 'whether'],
  opinionAdjectives: [],
  effectStems: [],
  nonVerbsAfterTo: [
    'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'date', 'some', 'all', 'any',
    'each', 'both', 'be', 'which', 'whom', 'what', 'about', 'around', 'over', 'under', 'more', 'less', 'one', 'two', 'three',
    'five', 'ten', 'per', 'it', 'them', 'us', 'him', 'me', 'you', 'other', 'another', 'such',
    'year', 'years', 'million', 'billion', 'zero', 'nearly', 'almost', 'approximately', 'roughly',
  ],
  wordsBeforeNonPurposeTo: [
    'according', 'due', 'up', 'prior', 'close', 'next', 'access', 'addition', 'related', 'linked', 'contribute', 'contributes',
    'contributing', 'leading', 'lead', 'leads', 'pave', 'compared', 'thanks', 'subject', 'committed', 'commit', 'agree',
    'agreed', 'able', 'unable', 'going', 'want', 'wants', 'need', 'needs', 'likely', 'expected', 'set', 'scheduled', 'is', 'are',
    'back', 'exports', 'shipped', 'sold', 'supplied', 'delivered', 'belong', 'belongs', 'moved', 'travelled', 'traveled',
    'went', 'goes', 'came', 'comes', 'return', 'returned', 'welcome', 'welcomed', 'respect', 'regard', 'ability', 'capacity',
    'rights', 'right', 'time', 'way', 'order', 'plans', 'plan', 'aim', 'aims', 'seek', 'seeks', 'intend', 'intends',
    'subsequent', 'similar', 'equal', 'equivalent', 'increasing', 'increased', 'rising', 'rose', 'fell', 'falling', 'grow', 'grew',
  ],
  actionNouns: [],
  stopwords: ['the', 'and', 'of', 'to', 'with', 'we', 'will', 'is', 'are', 'for', 'on', 'our', 'into', 'this', 'that', 'by', 'from', 'an', 'be', 'has', 'have'],
};
