// The commonest function words of English, Spanish and the languages most often confused with
// them, lower case: on a sentence or two, where franc's trigram scores for related languages lie
// within a few hundredths, they tell the near-tied candidates apart (src/pipeline/language.ts).
// Data only; keyed by franc's ISO 639-3 codes; a word two languages share counts for both.

export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  eng: 'the of and to in is are was were with for from that this by on at its their will has have said which',
  spa: 'el la los las del al y una lo es son según fue está están sus también muy',
  por: 'o os as do da dos das um uma e em com não ao aos pelo pela na no nas nos é são também',
  glg: 'o os as do da dos das unha e coa co polo pola non ao na no nas nos é son tamén',
  ita: 'il di della delle degli dei gli che nel nella per e è alla sono anche dello',
  fra: 'le la les des du et est avec pour dans une au aux sur sont qui ont',
  cat: 'el la els les dels al i amb per una és són també',
  deu: 'der die das und ist mit von zu den dem für ein eine auf sich',
  nld: 'de het een en van met voor op zijn is dat niet',
};
