// English words that tell who is party to an instrument ("X and Y signed", "signed … with Z",
// "released by the Governments of …"). Data only; compared folded.

/** Verbs (and nouns) of signing: their subjects and "with" objects are parties. */
export const SIGN_VERBS: readonly string[] = [
  'sign', 'signs', 'signed', 'signing', 'ink', 'inks', 'inked', 'execute', 'executes', 'executed', 'conclude', 'concludes',
  'concluded', 'agree', 'agrees', 'agreed', 'enter', 'enters', 'entered', 'seal', 'seals', 'sealed', 'strike', 'strikes',
  'struck', 'reach', 'reaches', 'reached', 'finalize', 'finalized', 'finalise', 'finalised', 'adopt', 'adopted', 'launch',
  'launched', 'launches',
  'renew', 'renews', 'renewed', 'extend', 'extends', 'extended',
];

/** Verbs that make parties only when the instrument is their object ("announced an action plan"). */
export const ANNOUNCE_VERBS: readonly string[] = ['announce', 'announces', 'announced', 'unveil', 'unveiled', 'unveils', 'release', 'released', 'issue', 'issued', 'present', 'presented'];

/** Multi-word signing phrases. */
export const SIGN_PHRASES: readonly string[] = ['announced the signing of', 'announce the signing of', 'announces the signing of'];

/** Words that introduce the other parties ("with Chile", "between X and Y"). */
export const WITH_WORDS: readonly string[] = ['with', 'between'];

/** Phrases that introduce the signatories after a passive verb. */
export const BY_PHRASES: readonly string[] = ['signed by', 'released by', 'issued by', 'adopted by', 'endorsed by', 'concluded by', 'executed by', 'agreed by', 'agreed between', 'signed between'];

/** Words joining coordinated parties (read backwards from the verb too). */
export const COORDINATORS: readonly string[] = [',', 'and', ', and', 'as well as', 'together with', 'along with', ', represented by the', ', represented by', 'alongside'];

/** Words that may stand between a subject and its verb ("has also signed", "Arafura has"). */
export const SKIPPABLE: readonly string[] = [',', ')', 'has', 'have', 'had', 'also', 'jointly', 'formally', 'officially', 'today', 'recently', 'finally', 'now', 'will', 'would', 'by', 'both', 'each'];

/** Prepositions before a state that make it a modifier ("of Argentina", "in Germany"). */
export const MODIFIER_PREPOSITIONS: readonly string[] = ['of', 'in', 'from', 'at', 'into', 'within', 'across', 'outside', 'inside', 'near'];

/** Nouns after which a state's name is the state acting ("the Governments of", "Panama's government"). */
export const GOVERNMENT_NOUNS: readonly string[] = ['government', 'governments', 'state', 'administration', 'authorities', 'executive', 'republic', 'kingdom', 'counterpart', 'counterparts'];

/** Words that end a list of parties. */
export const STOP_WORDS: readonly string[] = [
  'for', 'to', 'on', 'that', 'which', 'who', 'after', 'before', 'during', 'following', 'under', 'as', 'because', 'while',
  'since', 'regarding', 'concerning', 'about', 'over', 'aimed', 'worth', 'valued', 'covering', 'whereby', 'presence', 'witnessed', 'witnessing', 'attended',
];

/** Stop words that end a list only before a capitalized word (a place: "in Washington"). */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at'];

/** Possessives before an instrument that point back to the sentence's subjects ("their deal"). */
export const POSSESSIVES: readonly string[] = ['their', 'its'];

/** Words that refer back to the reported instrument ("the text of the statement", "the document"). */
export const INSTRUMENT_ANAPHORS: readonly string[] = ['statement', 'text', 'document', 'declaration', 'instrument', 'communique', 'communiqué'];

/** Words standing for a subject named earlier in the sentence or text ("it had agreed", "both countries signed"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['it', 'they', 'we', 'the company', 'the firm', 'the group', 'the miner', 'the producer', 'both', 'both countries', 'both sides', 'both companies', 'the two countries', 'the two companies', 'the two sides', 'the partners', 'the parties'];

/** Words that introduce the borrower of a loan ("a $150 million loan to X"). */
export const LOAN_RECIPIENT_WORDS: readonly string[] = ['to', 'for'];

/** Verbs that make a sentence about the reported instrument even without naming it ("X and Y signed"). */
export const STRONG_SIGN_VERBS: readonly string[] = ['signed', 'signs', 'sign', 'inked', 'agreed', 'executed', 'sealed'];

/** Words that end the search for "with" after a verb: a new clause starts ("…, following the …"). */
export const CLAUSE_BREAKS: readonly string[] = ['following', 'after', 'before', 'while', 'whereas', 'which', 'that', 'who', 'unlike', 'besides', 'since'];

/** Verbs of a lender before a loan or letter of interest ("DFC has approved a loan"). */
export const LENDING_VERBS: readonly string[] = ['approved', 'approves', 'granted', 'grants', 'provided', 'provides', 'extended', 'extends', 'committed', 'commits', 'issued', 'issues', 'awarded', 'awards', 'disbursed', 'arranged', 'offered', 'offers'];
