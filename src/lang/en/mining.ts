// English words of mining, minerals and their supply chains, and of cooperation, for deciding
// whether a text is about minerals cooperation (guideline `relevant`). Data only; matched folded
// as whole words or phrases.

/** Words that on their own say "minerals" (each counts twice). */
export const STRONG_MINING_WORDS: readonly string[] = [
  'minerals', 'mineral resources', 'mining', 'critical minerals', 'rare earths', 'rare earth', 'raw materials', 'lithium',
  'copper', 'nickel', 'cobalt', 'graphite', 'spodumene', 'uranium', 'mining sector', 'mineral sector', 'battery materials',
];

/** Words that say "minerals" only with others (each counts once). */
export const MINING_WORDS: readonly string[] = [
  'mineral', 'mine', 'mines', 'miner', 'miners', 'ore', 'ores', 'metal', 'metals',
  'nickel', 'cobalt', 'rare earth', 'rare earths', 'graphite', 'manganese', 'gallium', 'germanium', 'tungsten', 'antimony',
  'bauxite', 'zinc', 'tin', 'silver', 'gold', 'iron ore', 'platinum', 'palladium', 'vanadium',
  'niobium', 'tantalum', 'molybdenum', 'neodymium', 'praseodymium', 'dysprosium', 'terbium', 'phosphate', 'potash', 'boron',
  'smelter', 'smelting', 'refinery', 'refining', 'concentrate',
  'exploration', 'deposit', 'deposits', 'brine', 'tailings', 'supply chain', 'supply chains', 'value chains',
  'processing', 'magnet', 'magnets', 'cathode', 'cathodes', 'precursor', 'hydroxide', 'carbonate', 'metallurgical',
  'hydrometallurgical', 'geological', 'offtake', 'natural resources',
];

export const COOPERATION_WORDS: readonly string[] = [
  'cooperation', 'co-operation', 'partnership', 'partners', 'agreement', 'deal', 'memorandum', 'mou', 'signed', 'sign',
  'investment', 'invest', 'financing', 'loan', 'negotiation', 'negotiations', 'talks', 'contract', 'joint', 'bilateral',
  'alliance', 'collaboration', 'framework', 'declaration', 'offtake', 'supply', 'funding', 'fund', 'funds', 'grant', 'grants',
  'financed', 'finance',
];
