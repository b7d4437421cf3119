// Abbreviations after which a full stop does not end a sentence (English). Data only.
// Written without their final dot; matched case-sensitively against the word before the dot.
export const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Gen', 'Gov', 'Sen', 'Rep', 'Hon', 'Amb',
  'Pres', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Rev', 'Messrs',
  'U.S', 'U.S.A', 'U.K', 'U.N', 'E.U', 'D.C', 'P.R.C', 'R.O.K', 'U.A.E',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Inc', 'Ltd', 'Corp', 'Co', 'Bros', 'Plc', 'Pty', 'Cie', 'Dept', 'Univ', 'Assn',
  'No', 'Nos', 'Vol', 'vol', 'pp', 'p', 'para', 'approx', 'est', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'Fig', 'fig',
  'a.m', 'p.m', 'A.M', 'P.M',
];

/**
 * Abbreviations that may also end a sentence ("… signed with the U.S. The deal …"): after them
 * a sentence ends only when the next word is a usual sentence opener (SENTENCE_OPENERS).
 */
export const MAY_END_SENTENCE: readonly string[] = ['U.S', 'U.S.A', 'U.K', 'U.N', 'E.U', 'D.C', 'Inc', 'Ltd', 'Corp', 'Co', 'Plc', 'etc', 'a.m', 'p.m'];

/** Capitalized words that usually open a sentence (determiners, pronouns, connectives). */
export const SENTENCE_OPENERS: readonly string[] = [
  'The', 'This', 'These', 'That', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'A', 'An', 'In', 'On', 'At', 'For',
  'Under', 'Both', 'Each', 'Such', 'However', 'Also', 'Meanwhile', 'According', 'As', 'After', 'Before', 'But', 'And', 'Likewise',
];
