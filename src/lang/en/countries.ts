// English state names the ISO package (i18n-iso-countries) lacks or gets wrong for news text,
// phrases that contain a state name but name no state, capitals that can stand for their state,
// and the verbs that make a capital act. Data only.

/** A surface form and the ISO 3166-1 alpha-2 code it names (EU for the European Union). */
export interface CountryAlias {
  surface: string;
  id: string;
  /** Acronyms such as "US" must match with their case ("us" is a pronoun). */
  caseSensitive?: boolean;
}

export const COUNTRY_ALIASES: readonly CountryAlias[] = [
  { surface: 'U.S.', id: 'US', caseSensitive: true },
  { surface: 'U.S.A.', id: 'US', caseSensitive: true },
  { surface: 'US', id: 'US', caseSensitive: true },
  { surface: 'USA', id: 'US', caseSensitive: true },
  { surface: 'America', id: 'US', caseSensitive: true },
  { surface: 'UK', id: 'GB', caseSensitive: true },
  { surface: 'U.K.', id: 'GB', caseSensitive: true },
  { surface: 'Britain', id: 'GB' },
  { surface: 'England', id: 'GB' },
  { surface: 'Scotland', id: 'GB' },
  { surface: 'Wales', id: 'GB' },
  { surface: 'European Union', id: 'EU' },
  { surface: 'EU', id: 'EU', caseSensitive: true },
  { surface: 'E.U.', id: 'EU', caseSensitive: true },
  { surface: 'DRC', id: 'CD', caseSensitive: true },
  { surface: 'DR Congo', id: 'CD' },
  { surface: 'D.R. Congo', id: 'CD' },
  { surface: 'Congo-Kinshasa', id: 'CD' },
  { surface: 'Democratic Republic of Congo', id: 'CD' },
  { surface: 'Republic of Congo', id: 'CG' },
  { surface: 'Congo-Brazzaville', id: 'CG' },
  { surface: 'Korea', id: 'KR' },
  { surface: 'ROK', id: 'KR', caseSensitive: true },
  { surface: 'DPRK', id: 'KP', caseSensitive: true },
  { surface: 'UAE', id: 'AE', caseSensitive: true },
  { surface: 'U.A.E.', id: 'AE', caseSensitive: true },
  { surface: 'Emirates', id: 'AE' },
  { surface: 'KSA', id: 'SA', caseSensitive: true },
  { surface: 'Kingdom of Saudi Arabia', id: 'SA' },
  { surface: 'PRC', id: 'CN', caseSensitive: true },
  { surface: 'Mainland China', id: 'CN' },
  { surface: 'Holland', id: 'NL' },
  { surface: 'Burma', id: 'MM' },
  { surface: 'Swaziland', id: 'SZ' },
  { surface: 'East Timor', id: 'TL' },
  { surface: 'Laos', id: 'LA' },
  { surface: 'Lao PDR', id: 'LA' },
  { surface: 'Syria', id: 'SY' },
  { surface: 'Vatican', id: 'VA' },
  { surface: 'Vatican City', id: 'VA' },
  { surface: 'Holy See', id: 'VA' },
  { surface: 'Brunei', id: 'BN' },
  { surface: 'Moldova', id: 'MD' },
  { surface: 'Micronesia', id: 'FM' },
  { surface: 'Macau', id: 'MO' },
  { surface: 'Macedonia', id: 'MK' },
  { surface: 'Viet Nam', id: 'VN' },
  { surface: 'Cabo Verde', id: 'CV' },
  { surface: 'Falkland Islands', id: 'FK' },
  { surface: 'Republic of Türkiye', id: 'TR' },
];

/**
 * Phrases that contain a state's name but name no state (US states, cities, regions, oceans, the
 * demonym of a region). They are matched like names and then dropped, so the shorter state name
 * inside them does not match.
 */
export const NOT_COUNTRIES: readonly string[] = [
  'New Mexico', 'New Jersey', 'New Guinea', 'Mexico City', 'Panama City', 'Guatemala City', 'Kuwait City',
  'Luxembourg City', 'Djibouti City', 'Panama Canal', 'Georgia State', 'Indian Ocean', 'Indian Point',
  'Latin America', 'Latin American', 'Latin Americans', 'South America', 'South American', 'South Americans',
  'North America', 'North American', 'North Americans', 'Central America', 'Central American',
  'Central Americans', 'Native American', 'Native Americans', 'American Indian', 'Indian Territory',
  'Pan American', 'Pan-American', 'American Express',
  'Korean War', 'English Channel', 'Chinese New Year', 'French Guiana Space Centre', 'Dutch disease',
  'in English', 'in Spanish', 'in French', 'in Portuguese', 'in Chinese', 'in German', 'English-language',
  'Spanish-language', 'English version', 'Turkish delight', 'China clay', 'Bank of America', 'America First', 'Americas', 'Swiss cheese', 'French fries', 'Congo Basin', 'Congo River',
];

/**
 * State names that are also common first names or surnames ("Chad Smith", "Michael Jordan") or
 * US states: they count only when no capitalized word stands right before or after them.
 */
export const AMBIGUOUS_NAMES: readonly string[] = ['Chad', 'Jordan', 'Georgia', 'Israel', 'Jersey', 'Guernsey', 'Niger', 'Dominica', 'Grenada', 'Lebanon', 'Man'];

/**
 * Prefixes of compound adjectives ("Anglo-Australian", "Sino-US"): a state only when a hyphen
 * and another word follow.
 */
export const COMBINING_FORMS: Readonly<Record<string, readonly string[]>> = {
  GB: ['Anglo'],
  CN: ['Sino'],
  FR: ['Franco'],
  RU: ['Russo'],
  JP: ['Japano'],
  DE: ['Germano'],
  PT: ['Luso'],
  IT: ['Italo'],
};

/** Capitals (and seats of government) that stand for their state when they act. */
export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  US: ['Washington'],
  CN: ['Beijing', 'Peking'],
  RU: ['Moscow', 'the Kremlin'],
  JP: ['Tokyo'],
  DE: ['Berlin'],
  GB: ['London'],
  FR: ['Paris'],
  CA: ['Ottawa'],
  AU: ['Canberra'],
  EU: ['Brussels'],
  PE: ['Lima'],
  CL: ['Santiago'],
  AR: ['Buenos Aires'],
  BR: ['Brasilia', 'Brasília'],
  BO: ['La Paz'],
  MX: ['Mexico City'],
  CO: ['Bogota', 'Bogotá'],
  CD: ['Kinshasa'],
  RW: ['Kigali'],
  IN: ['New Delhi', 'Delhi'],
  ID: ['Jakarta'],
  SA: ['Riyadh'],
  KR: ['Seoul'],
  KP: ['Pyongyang'],
  UA: ['Kyiv', 'Kiev'],
  KZ: ['Astana'],
  MN: ['Ulaanbaatar'],
  VN: ['Hanoi'],
  PH: ['Manila'],
  IR: ['Tehran'],
  TR: ['Ankara'],
  EG: ['Cairo'],
  ZA: ['Pretoria'],
  ZM: ['Lusaka'],
  ZW: ['Harare'],
  AE: ['Abu Dhabi'],
  QA: ['Doha'],
  PK: ['Islamabad'],
  IT: ['Rome'],
  ES: ['Madrid'],
  PT: ['Lisbon'],
  SE: ['Stockholm'],
  NO: ['Oslo'],
  FI: ['Helsinki'],
  PL: ['Warsaw'],
  VE: ['Caracas'],
  EC: ['Quito'],
  PY: ['Asuncion', 'Asunción'],
  UY: ['Montevideo'],
  PA: ['Panama City'],
  IL: ['Jerusalem'],
  TW: ['Taipei'],
};

/**
 * Verbs after which a capital acts for its state ("Washington signed", "Beijing has announced").
 * Matched as the next one or two words after the capital (auxiliaries "has", "have", "will" …
 * are skipped by the extractor).
 */
export const METONYMY_VERBS: readonly string[] = [
  'signed', 'signs', 'sign', 'announced', 'announces', 'said', 'says', 'agreed', 'agrees', 'wants', 'want',
  'plans', 'pledged', 'pledges', 'committed', 'commits', 'offered', 'offers', 'backed', 'backs', 'approved',
  'approves', 'rejected', 'rejects', 'welcomed', 'welcomes', 'urged', 'urges', 'imposed', 'imposes', 'seeks',
  'sought', 'hopes', 'hoped', 'warned', 'warns', 'threatened', 'threatens', 'responded', 'retaliated',
  'restricted', 'restricts', 'banned', 'bans', 'launched', 'launches', 'proposed', 'proposes', 'insisted',
  'insists', 'demanded', 'demands', 'accused', 'accuses', 'agreed', 'negotiated', 'negotiates', 'signaled',
  'signalled', 'has', 'have', 'had', 'will', 'would', 'could', 'must', 'aims', 'intends',
];

/** Auxiliaries skipped between a capital and its verb ("Beijing has also signed"). */
export const AUXILIARIES: readonly string[] = ['has', 'have', 'had', 'will', 'would', 'also', 'now', 'then', 'already', 'finally', 'formally', 'officially'];

/** Currency words: a state name right before or after them is a currency, not the state. */
export const CURRENCY_WORDS: readonly string[] = ['dollar', 'dollars', 'cent', 'cents', 'yuan', 'yen', 'won', 'peso', 'pesos'];

/** Display names (English) where the ISO package's first name is a long official form. */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  US: 'United States',
  GB: 'United Kingdom',
  EU: 'European Union',
  CN: 'China',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  IR: 'Iran',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  SY: 'Syria',
  LA: 'Laos',
  BN: 'Brunei',
  MD: 'Moldova',
  FM: 'Micronesia',
  PS: 'Palestine',
  VA: 'Vatican City',
  MK: 'North Macedonia',
  GM: 'The Gambia',
  NL: 'Netherlands',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CZ: 'Czechia',
  TR: 'Türkiye',
  VE: 'Venezuela',
  BO: 'Bolivia',
  FK: 'Falkland Islands',
  XK: 'Kosovo',
};
