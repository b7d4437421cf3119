// Cues for documents in a language the tool does not extract from (Portuguese, French, Italian):
// no field is extracted from them, but the relevance flag still tells a user that an unsupported
// text is about minerals cooperation, so it can be routed to translation instead of dropped.
// Data only; accent variants written out; matched folded as whole words or phrases. English and
// Spanish cues count too (src/lang/{en,es}/mining.ts), since such texts often borrow them.

/** Words that by themselves say "minerals". */
export const STRONG_MINING_WORDS: readonly string[] = [
  // Portuguese
  'minerais', 'minerais críticos', 'minerais estratégicos', 'mineração', 'terras raras', 'lítio', 'cobre', 'níquel',
  'cobalto', 'grafita', 'grafite', 'nióbio', 'urânio', 'matérias-primas', 'matérias primas', 'recursos minerais',
  // French
  'minéraux', 'minéraux critiques', 'métaux critiques', 'terres rares', 'lithium', 'cuivre', 'nickel', 'graphite',
  'matières premières', 'ressources minérales', 'secteur minier',
  // Italian
  'minerali', 'minerali critici', 'materie prime', 'terre rare', 'litio', 'rame',
];

/** Words that say "cooperation, deal or instrument". */
export const COOPERATION_WORDS: readonly string[] = [
  // Portuguese
  'memorando de entendimento', 'acordo', 'cooperação', 'parceria', 'assinaram', 'assinou', 'investimento', 'financiamento',
  // French
  "protocole d'accord", 'accord', 'coopération', 'partenariat', 'ont signé', 'a signé', 'investissement', 'financement',
  // Italian
  "memorandum d'intesa", 'accordo', 'cooperazione', 'partenariato', 'hanno firmato', 'investimento',
];
