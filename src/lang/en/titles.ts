// English titles of office and jobs, honorifics and name particles, for finding officials ("U.S.
// Secretary of State Marco Rubio", "Bandar Alkhorayef, Minister of Industry of Saudi Arabia").
// Data only; matched accent- and case-folded.

export interface TitleEntry {
  surface: string;
  /** public: a state's office; corporate: a company's; other: any other role (coach, spokesperson). */
  kind: 'public' | 'corporate' | 'other';
  /** The state this office usually belongs to when the text names none ("Secretary of State"). */
  defaultState?: string;
  /** Ambassadors: "of X to Y" serves X, not Y. */
  envoy?: boolean;
  /** Sub-national offices (governors, mayors): they serve a province, not a state. */
  subnational?: boolean;
  /** States that have no such office (no prime minister in a presidential republic). */
  notIn?: readonly string[];
}

/** Presidential republics without a prime minister: a "Prime Minister" never serves them. */
export const NO_PRIME_MINISTER: readonly string[] = [
  'US', 'MX', 'BR', 'AR', 'CL', 'CO', 'EC', 'BO', 'PY', 'UY', 'VE', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'ID', 'PH',
  'NG', 'KE', 'ZA', 'IR', 'CY',
];

export const TITLES: readonly TitleEntry[] = [
  { surface: 'President', kind: 'public' },
  { surface: 'Vice President', kind: 'public' },
  { surface: 'Vice-President', kind: 'public' },
  { surface: 'Executive Vice-President', kind: 'public' },
  { surface: 'Executive Vice President', kind: 'public' },
  { surface: 'President-elect', kind: 'public' },
  { surface: 'Prime Minister', kind: 'public', notIn: NO_PRIME_MINISTER },
  { surface: 'Deputy Prime Minister', kind: 'public', notIn: NO_PRIME_MINISTER },
  { surface: 'Premier', kind: 'public' },
  { surface: 'Minister', kind: 'public' },
  { surface: 'Deputy Minister', kind: 'public' },
  { surface: 'Vice Minister', kind: 'public' },
  { surface: 'Vice-Minister', kind: 'public' },
  { surface: 'Assistant Deputy Minister', kind: 'public' },
  { surface: 'Senior Assistant Deputy Minister', kind: 'public' },
  { surface: 'Associate Deputy Minister', kind: 'public' },
  { surface: 'Minister of State', kind: 'public' },
  { surface: 'Minister Delegate', kind: 'public' },
  { surface: 'Minister-Delegate', kind: 'public' },
  { surface: 'Union Minister', kind: 'public', defaultState: 'IN' },
  { surface: 'Foreign Minister', kind: 'public' },
  { surface: 'Vice Foreign Minister', kind: 'public' },
  { surface: 'Deputy Foreign Minister', kind: 'public' },
  { surface: 'Trade Minister', kind: 'public' },
  { surface: 'Mining Minister', kind: 'public' },
  { surface: 'Mines Minister', kind: 'public' },
  { surface: 'Energy Minister', kind: 'public' },
  { surface: 'Finance Minister', kind: 'public' },
  { surface: 'Economy Minister', kind: 'public' },
  { surface: 'Industry Minister', kind: 'public' },
  { surface: 'Resources Minister', kind: 'public' },
  { surface: 'Investment Minister', kind: 'public' },
  { surface: 'Secretary of State', kind: 'public', defaultState: 'US' },
  { surface: 'Deputy Secretary of State', kind: 'public', defaultState: 'US' },
  { surface: 'Under Secretary of State', kind: 'public', defaultState: 'US' },
  { surface: 'Assistant Secretary of State', kind: 'public', defaultState: 'US' },
  { surface: 'Treasury Secretary', kind: 'public', defaultState: 'US' },
  { surface: 'Secretary of the Treasury', kind: 'public', defaultState: 'US' },
  { surface: 'Commerce Secretary', kind: 'public', defaultState: 'US' },
  { surface: 'Secretary of Commerce', kind: 'public', defaultState: 'US' },
  { surface: 'Energy Secretary', kind: 'public' },
  { surface: 'Secretary of Energy', kind: 'public' },
  { surface: 'Interior Secretary', kind: 'public' },
  { surface: 'Secretary of the Interior', kind: 'public' },
  { surface: 'Foreign Secretary', kind: 'public', defaultState: 'GB' },
  { surface: 'Secretary', kind: 'public' },
  { surface: 'Deputy Secretary', kind: 'public' },
  { surface: 'Under Secretary', kind: 'public' },
  { surface: 'Undersecretary', kind: 'public' },
  { surface: 'Assistant Secretary', kind: 'public' },
  { surface: 'Trade Representative', kind: 'public', defaultState: 'US' },
  { surface: 'Chancellor', kind: 'public', defaultState: 'DE' },
  { surface: 'Chancellor of the Exchequer', kind: 'public', defaultState: 'GB' },
  { surface: 'Vice Chancellor', kind: 'public' },
  { surface: 'Ambassador', kind: 'public', envoy: true },
  { surface: 'Envoy', kind: 'public', envoy: true },
  { surface: 'Special Envoy', kind: 'public', envoy: true },
  { surface: 'High Commissioner', kind: 'public', envoy: true },
  { surface: 'Consul', kind: 'public', envoy: true },
  { surface: 'Consul General', kind: 'public', envoy: true },
  { surface: 'Governor', kind: 'public', subnational: true },
  { surface: 'Vice Governor', kind: 'public', subnational: true },
  { surface: 'Vice-Governor', kind: 'public', subnational: true },
  { surface: 'Deputy Governor', kind: 'public', subnational: true },
  { surface: 'Lieutenant Governor', kind: 'public', subnational: true },
  { surface: 'Mayor', kind: 'public', subnational: true },
  { surface: 'Senator', kind: 'public' },
  { surface: 'Congressman', kind: 'public' },
  { surface: 'Congresswoman', kind: 'public' },
  { surface: 'Lawmaker', kind: 'public' },
  { surface: 'Legislator', kind: 'public' },
  { surface: 'MP', kind: 'public' },
  { surface: 'Commissioner', kind: 'public' },
  { surface: 'European Commissioner', kind: 'public', defaultState: 'EU' },
  { surface: 'High Representative', kind: 'public', defaultState: 'EU' },
  { surface: 'King', kind: 'public' },
  { surface: 'Queen', kind: 'public' },
  { surface: 'Crown Prince', kind: 'public' },
  { surface: 'Emir', kind: 'public' },
  { surface: 'Sultan', kind: 'public' },
  { surface: 'Director General', kind: 'public' },
  { surface: 'Director-General', kind: 'public' },
  { surface: 'Deputy Director General', kind: 'public' },
  { surface: 'Deputy Director-General', kind: 'public' },
  { surface: 'Administrator', kind: 'public' },
  { surface: 'Chief of Staff', kind: 'public' },
  { surface: 'Comptroller General', kind: 'public' },
  { surface: 'Attorney General', kind: 'public' },
  { surface: 'Director', kind: 'other' },
  { surface: 'Executive Director', kind: 'other' },
  { surface: 'Head', kind: 'other' },
  { surface: 'Representative', kind: 'other' },
  { surface: 'Resident Representative', kind: 'other' },
  { surface: 'Country Director', kind: 'other' },
  { surface: 'Spokesperson', kind: 'other' },
  { surface: 'Spokesman', kind: 'other' },
  { surface: 'Spokeswoman', kind: 'other' },
  { surface: 'Coach', kind: 'other' },
  { surface: 'analyst', kind: 'other' },
  { surface: 'mining analyst', kind: 'other' },
  { surface: 'economist', kind: 'other' },
  { surface: 'partner', kind: 'other' },
  { surface: 'managing partner', kind: 'other' },
  { surface: 'consultant', kind: 'other' },
  { surface: 'researcher', kind: 'other' },
  { surface: 'professor', kind: 'other' },
  { surface: 'Head Coach', kind: 'other' },
  { surface: 'Chair', kind: 'corporate' },
  { surface: 'Chairman', kind: 'corporate' },
  { surface: 'Chairwoman', kind: 'corporate' },
  { surface: 'Chairperson', kind: 'corporate' },
  { surface: 'Executive Chairman', kind: 'corporate' },
  { surface: 'Non-Executive Chairman', kind: 'corporate' },
  { surface: 'CEO', kind: 'corporate' },
  { surface: 'Chief Executive', kind: 'corporate' },
  { surface: 'Chief Executive Officer', kind: 'corporate' },
  { surface: 'Managing Director', kind: 'corporate' },
  { surface: 'MD', kind: 'corporate' },
  { surface: 'CFO', kind: 'corporate' },
  { surface: 'Chief Financial Officer', kind: 'corporate' },
  { surface: 'COO', kind: 'corporate' },
  { surface: 'Chief Operating Officer', kind: 'corporate' },
  { surface: 'Founder', kind: 'corporate' },
  { surface: 'Co-founder', kind: 'corporate' },
  { surface: 'General Manager', kind: 'corporate' },
  { surface: 'Senior Vice President', kind: 'corporate' },
  { surface: 'Executive Vice President', kind: 'corporate' },
];

/** Titles written in capitals only ("CEO", "MD"): matched with their case. */
export const CASE_SENSITIVE_TITLES: readonly string[] = ['CEO', 'MD', 'CFO', 'COO', 'MP'];

/** Words joining two titles held by one person ("Managing Director and CEO"). */
export const TITLE_JOINERS: readonly string[] = ['and', '&'];

/** Ordinals that may open a title ("2nd Vice Foreign Minister", "First Deputy Prime Minister"). */
export const TITLE_ORDINALS: readonly string[] = ['1st', '2nd', '3rd', 'first', 'second', 'third'];

/** Words between a state and an official that make the official serve it ("Canada was represented by"). */
export const REPRESENTED_BY: readonly string[] = ['by', 'represented by', 'was represented by', 'were represented by'];

/**
 * Adjectives that may follow a title and its field before the name ("the Minister of Mines
 * designate, Ruth Banda", "Secretary of Energy ad interim"); not part of the title.
 */
export const POST_TITLE_ADJECTIVES: readonly string[] = ['designate', 'elect', 'interim', 'acting'];

/** Adjectives that place an office in a province ("the provincial Minister of Mines"). */
export const PROVINCIAL_ADJECTIVES: readonly string[] = ['provincial'];

/** Words that mark a title as a former office (ruling 9: former offices alone make no official). */
export const FORMER_MARKERS: readonly string[] = ['former', 'ex', 'ex-', 'late', 'then'];

/** Honorifics dropped before a name ("Mr", "HE", "Lic", "Eng."). */
export const HONORIFICS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'HE', 'H.E', 'Hon', 'Honourable',
  'Honorable', 'Rt', 'Lic', 'Eng', 'Ing', 'Gen', 'Adm', 'Col', 'Capt', 'Sheikh', 'Excellency', 'His', 'Her',
];

/** Lower-case particles inside person names ("Ursula von der Leyen", "Hugo de Zela"). */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'de la', 'de los', 'van', 'von', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'bin', 'al', 'ibn', 'van der', 'von der'];

/**
 * Words that complete a title before the person's name without naming the person ("Secretary of
 * State Marco Rubio", "Minister of Foreign Affairs Cho Tae-yul"): fields of office.
 */
export const OFFICE_FIELDS: readonly string[] = [
  'state', 'mines', 'mining', 'energy', 'foreign', 'affairs', 'economy', 'economic', 'finance', 'treasury',
  'commerce', 'trade', 'industry', 'industries', 'defense', 'defence', 'interior', 'justice', 'education',
  'health', 'agriculture', 'environment', 'natural', 'resources', 'mineral', 'minerals', 'raw', 'materials',
  'policy', 'lands', 'sector', 'labor', 'labour', 'transport', 'infrastructure', 'development', 'productive',
  'production', 'planning', 'science', 'technology', 'innovation', 'culture', 'tourism', 'public', 'works',
  'housing', 'water', 'investment', 'coal', 'petroleum', 'oil', 'gas', 'hydrocarbons', 'parliamentary',
  'communications', 'security', 'homeland', 'international', 'cooperation', 'external', 'relations',
  'economy', 'climate', 'change', 'strategic', 'critical', 'and', 'of', 'for', 'the', 'on', 'to', 'at',
  'general', 'deputy', 'republic', 'federal', 'government', 'national', 'digital', 'transition', 'green',
  'global', 'growth', 'enterprise', 'business', 'employment', 'social', 'fisheries', 'forestry', 'mines and',
  'industrial', 'strategy', 'operations', 'partnerships', 'geology', 'geological', 'survey', 'economic', 'sustainability',
  'board', 'directors',
];

/** Adjectives that tie a title to the EU ("European Commissioner"). */
export const EU_ADJECTIVES: readonly string[] = ['European'];

/** Nouns that refer back to a company in a title ("the Canadian firm's Chief Executive"). */
export const COMPANY_ANAPHORS: readonly string[] = ['company', 'firm', 'miner', 'group', 'producer', 'developer', 'manufacturer'];

/** Nouns that make a state's name or demonym stand for its government ("Panama's government"). */
export const GOVERNMENT_NOUNS: readonly string[] = ['government', 'governments', 'administration', 'state', 'authorities', 'executive'];
