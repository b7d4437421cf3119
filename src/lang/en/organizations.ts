// English words that make a capitalized phrase an organization's name, or not. Data only; words are
// compared accent- and case-folded. The extractor (src/extractors/entities/organizations.ts)
// explains how each list is used.

/**
 * Last words of an institution's name ("Rapid Response Group", "Investment Ministry", "National
 * Assembly"): any capitalized phrase ending in one of them is an organization.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'ministry', 'department', 'agency', 'bank', 'fund', 'commission', 'committee', 'council', 'alliance',
  'network', 'authority', 'office', 'bureau', 'institute', 'association', 'federation', 'chamber',
  'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'board', 'corporation', 'company', 'group',
  'consortium', 'foundation', 'university', 'organisation', 'organization', 'secretariat', 'coalition',
  'society', 'cooperative', 'embassy', 'consulate', 'comptroller', 'treasury', 'administration', 'service',
  'directorate', 'regulator', 'legislature', 'court', 'tribunal', 'center', 'centre',
];

/**
 * Last words of a company's name ("Harena Resources", "Indika Energy", "Gogoro Inc"): the phrase
 * is a company only when one of its other words is distinctive (not in GENERIC_WORDS).
 */
export const COMPANY_HEADS: readonly string[] = [
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'co', 'corp', 'ag', 'gmbh', 'nv', 'bv', 'spa', 'ab',
  'asa', 'oyj', 'pty', 'tbk', 'bhd', 'holdings', 'holding', 'mining', 'mines', 'resources', 'minerals', 'metals',
  'energy', 'power', 'lithium', 'cobalt', 'nickel', 'copper', 'gold', 'silver', 'uranium', 'graphite', 'earths',
  'materials', 'chemicals', 'chemical', 'solution', 'solutions', 'motor', 'motors', 'industries', 'technologies',
  'capital', 'ventures', 'steel', 'petroleum', 'exploration', 'electric', 'electronics', 'automotive', 'batteries',
  'refining', 'smelting', 'investments', 'enterprises', 'international',
];

/**
 * First words of an institution's name followed by "of"/"for"/"on" ("Ministry of Mines",
 * "Department of Natural Resources", "Bank of China").
 */
export const INSTITUTION_INITIALS: readonly string[] = [
  'ministry', 'department', 'bank', 'office', 'bureau', 'embassy', 'commission', 'council', 'agency',
  'institute', 'fund', 'secretariat', 'chamber', 'house', 'comptroller', 'directorate', 'organization',
  'organisation',
];

/** Legal-form suffixes dropped from an organization's id (ruling 2), written folded. */
export const LEGAL_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'lp', 'llp', 'co', 'ag', 'gmbh', 'nv', 'bv', 'spa',
  'pty', 'ab', 'asa', 'oyj', 'tbk', 'bhd', 'pte', 'kk', 'a/s', 'as', 'se',
];

/** Heads that mark a government body: it acts for its state (ruling 3). */
export const GOVERNMENT_HEADS: readonly string[] = [
  'ministry', 'department', 'embassy', 'consulate', 'cabinet', 'secretariat', 'congress', 'senate', 'assembly',
  'parliament', 'chamber', 'comptroller', 'treasury', 'administration', 'directorate', 'office', 'bureau',
];

/**
 * Last words of a capitalized phrase that is something else than an organization (a project, a
 * site, an instrument, a policy, an event). A phrase ending in one of them is never an
 * organization, even when it contains a head word ("Kathleen Valley Lithium Project").
 */
export const NOT_ORGANIZATION_FINALS: readonly string[] = [
  'project', 'projects', 'mine', 'mines', 'plant', 'facility', 'refinery', 'hub', 'corridor', 'deposit', 'basin',
  'field', 'port', 'railway', 'agreement', 'memorandum', 'declaration', 'statement', 'framework', 'plan',
  'strategy', 'act', 'law', 'treaty', 'accord', 'accords', 'program', 'programme', 'triangle', 'reserve', 'zone',
  'park', 'price', 'index', 'forum', 'summit', 'conference', 'meeting', 'roundtable', 'week', 'expo', 'symposium',
  'dialogue', 'festival', 'awards', 'cup', 'games', 'report', 'review', 'list', 'policy', 'sector', 'initiative',
  'partnership', 'partners', 'members', 'member', 'monohydrate', 'hydroxide', 'carbonate', 'concentrate',
  'oxide', 'sulphate', 'sulfate',
];

/** Words that may follow an event's name: a phrase ending in them is an event, not an organization. */
export const EVENT_HEADS: readonly string[] = [
  'forum', 'summit', 'conference', 'meeting', 'roundtable', 'week', 'expo', 'symposium', 'dialogue', 'festival',
  'convention', 'congress of', 'general assembly',
];

/**
 * Words before an organization's name that show it is only the setting of an event ("during the
 * United Nations General Assembly", "on the sidelines of the …").
 */
export const EVENT_CONTEXT: readonly string[] = ['during the', 'during', 'on the sidelines of the', 'on the sidelines of', 'on the margins of the', 'ahead of the'];

/**
 * Nouns that introduce a company's name ("the Australian miner X", "electric vehicle manufacturer
 * Tesla", "German ECA Euler Hermes", "its local subsidiary, Minera Panama").
 */
export const COMPANY_DESCRIPTORS: readonly string[] = [
  'company', 'companies', 'miner', 'miners', 'firm', 'firms', 'producer', 'producers', 'manufacturer',
  'manufacturers', 'maker', 'automaker', 'carmaker', 'developer', 'explorer', 'giant', 'conglomerate',
  'subsidiary', 'affiliate', 'customer', 'buyer', 'supplier', 'trader', 'refiner', 'smelter', 'operator',
  'consortium', 'eca', 'lender', 'insurer', 'utility', 'group', 'outfit', 'consultancy', 'smelter', 'refiner', 'processor',
  // Public bodies named after what they are ("the French geological survey BRGM", "the
  // development bank BNDES", "the mining regulator Sernageomin").
  'survey', 'agency', 'regulator', 'bank',
];

/** Corporate titles that, right after a name, show the name is a company's ("Harena MD"). */
export const CORPORATE_TITLES: readonly string[] = [
  'ceo', 'md', 'cfo', 'coo', 'chief executive', 'chief executive officer', 'managing director', 'chairman',
  'chairwoman', 'chair', 'founder', 'executive chairman', 'president and ceo', 'general manager',
];

/** Verbs that make an organization only the source of a quote or a text (ruling 1). */
export const SOURCE_VERBS: readonly string[] = [
  'said', 'says', 'published', 'publishes', 'listed', 'lists', 'announced', 'announces', 'stated', 'states',
  'reported', 'reports', 'noted', 'notes', 'added', 'adds', 'explained', 'confirmed', 'posted', 'tweeted',
  'released', 'issued', 'according to', 'told',
];

/** Phrases after which an organization is the source: "according to the State Department". */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'published by', 'released by the', 'is published by'];

/**
 * Capitalized words too common to make a company's name distinctive: "Critical Minerals" or
 * "Rare Earths" alone is no company, "Harena Resources" is.
 */
export const GENERIC_WORDS: readonly string[] = [
  'the', 'a', 'an', 'of', 'and', 'for', 'on', 'in', 'to', 'critical', 'strategic', 'rare', 'earth', 'earths',
  'mineral', 'minerals', 'mining', 'metals', 'metal', 'resources', 'resource', 'natural', 'energy', 'clean',
  'green', 'battery', 'batteries', 'supply', 'chain', 'chains', 'global', 'international', 'national', 'new',
  'joint', 'raw', 'materials', 'material', 'lithium', 'copper', 'nickel', 'cobalt', 'gold', 'silver', 'graphite',
  'uranium', 'security', 'production', 'development', 'investment', 'finance', 'financial', 'trade', 'economic',
  'economy', 'industry', 'industrial', 'technology', 'technologies', 'solutions', 'power', 'electric', 'steel',
  'oil', 'gas', 'exploration', 'infrastructure', 'transition', 'sustainable', 'market', 'markets', 'policy',
  'affairs', 'government', 'public', 'private', 'state', 'federal', 'regional', 'local', 'world', 'western',
  'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'central', 'first', 'key', 'major',
  'future', 'today', 'media', 'note', 'press', 'release', 'news', 'begin', 'text', 'photo', 'file', 'source',
  'chief', 'executive', 'officer', 'president', 'minister', 'secretary', 'director', 'manager', 'deputy', 'vice',
  'senior', 'assistant', 'general', 'special', 'envoy', 'prime', 'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'group', 'holding', 'holdings', 'company', 'corporation',
  'limited', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'motor', 'motors', 'chemical', 'chemicals', 'refining',
  'smelting', 'investments', 'enterprises', 'capital', 'ventures', 'petroleum', 'electronics', 'automotive',
  'mines', 'solution', 'industries', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her',
];

/**
 * Lines that are credits, bylines or links, not the text's own statements: organizations named
 * only there are outlets or platforms (ruling 1). Matched at the start of a line, folded.
 */
export const CREDIT_LINE_STARTS: readonly string[] = [
  '[source photo', 'source photo', 'photo:', 'photo credit', 'file photo', 'image:', 'credit:', 'credits:',
  'source:', 'read also', 'read more', 'related:', 'see also', 'reporting by', 'editing by', 'writing by',
  '(reporting by',
];

/** Adjectives that may stand between a company noun and the name ("the state-owned miner X"). */
export const DESCRIPTOR_ADJECTIVES: readonly string[] = ['state-owned', 'state-run', 'mid-sized', 'listed', 'private', 'local', 'junior', 'leading', 'global', 'national', 'public'];
