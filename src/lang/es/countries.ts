// Spanish state names the ISO package (i18n-iso-countries) lacks, phrases that contain a state
// name but name no state, capitals that can stand for their state, and the verbs that make a
// capital act. Data only; every accent variant written out.
import type { CountryAlias } from '../en/countries.ts';

export const COUNTRY_ALIASES: readonly CountryAlias[] = [
  { surface: 'Estados Unidos de América', id: 'US' },
  { surface: 'Estados Unidos de Norteamérica', id: 'US' },
  { surface: 'EE.UU.', id: 'US', caseSensitive: true },
  { surface: 'EE. UU.', id: 'US', caseSensitive: true },
  { surface: 'EEUU', id: 'US', caseSensitive: true },
  { surface: 'EE UU', id: 'US', caseSensitive: true },
  { surface: 'EUA', id: 'US', caseSensitive: true },
  { surface: 'E.U.A.', id: 'US', caseSensitive: true },
  { surface: 'Norteamérica', id: 'US' },
  { surface: 'Unión Europea', id: 'EU' },
  { surface: 'UE', id: 'EU', caseSensitive: true },
  { surface: 'U.E.', id: 'EU', caseSensitive: true },
  { surface: 'Gran Bretaña', id: 'GB' },
  { surface: 'Inglaterra', id: 'GB' },
  { surface: 'Escocia', id: 'GB' },
  { surface: 'RDC', id: 'CD', caseSensitive: true },
  { surface: 'RD Congo', id: 'CD' },
  { surface: 'R.D. Congo', id: 'CD' },
  { surface: 'República Democrática del Congo', id: 'CD' },
  { surface: 'República del Congo', id: 'CG' },
  { surface: 'Congo-Brazzaville', id: 'CG' },
  { surface: 'Corea', id: 'KR' },
  { surface: 'Corea del Sur', id: 'KR' },
  { surface: 'Corea del Norte', id: 'KP' },
  { surface: 'Emiratos', id: 'AE' },
  { surface: 'EAU', id: 'AE', caseSensitive: true },
  { surface: 'Arabia Saudí', id: 'SA' },
  { surface: 'República Popular China', id: 'CN' },
  { surface: 'República Popular de China', id: 'CN' },
  { surface: 'Chequia', id: 'CZ' },
  { surface: 'Holanda', id: 'NL' },
  { surface: 'Birmania', id: 'MM' },
  { surface: 'Suazilandia', id: 'SZ' },
  { surface: 'Timor Oriental', id: 'TL' },
  { surface: 'Laos', id: 'LA' },
  { surface: 'Siria', id: 'SY' },
  { surface: 'Vaticano', id: 'VA' },
  { surface: 'Irak', id: 'IQ' },
  { surface: 'Kazajstán', id: 'KZ' },
  { surface: 'Kazakhstán', id: 'KZ' },
  { surface: 'Nueva Zelandia', id: 'NZ' },
  { surface: 'Méjico', id: 'MX' },
  { surface: 'Macedonia', id: 'MK' },
  { surface: 'Türkiye', id: 'TR' },
  { surface: 'Botsuana', id: 'BW' },
  { surface: 'Qatar', id: 'QA' },
  { surface: 'Baréin', id: 'BH' },
  { surface: 'isla de la Reunión', id: 'RE' },
];

/**
 * "EU" in Spanish text usually abbreviates Estados Unidos; it is the European Union only when the
 * feminine article stands before it ("la EU"). Words that mark the European Union reading.
 */
export const EU_FEMININE_ARTICLES: readonly string[] = ['la', 'La', 'de la', 'a la'];

/** Phrases that contain a state name but name no state (languages, cities, regions, people). */
export const NOT_COUNTRIES: readonly string[] = [
  'en español', 'al español', 'en inglés', 'al inglés', 'del inglés', 'del español', 'en francés', 'en portugués',
  'en chino', 'en alemán', 'en italiano', 'en japonés', 'en ruso', 'idioma español', 'idioma inglés', 'lengua española',
  'Nuevo México', 'Nueva Jersey', 'Nueva Guinea', 'Ciudad de México', 'Ciudad de Panamá', 'Ciudad de Guatemala',
  'Canal de Panamá', 'Océano Índico', 'América Latina', 'Latinoamérica', 'América del Sur', 'Sudamérica',
  'América del Norte', 'América Central', 'Centroamérica', 'Reunión Ministerial', 'reunión', 'reuniones',
  'Cuenca del Congo', 'río Congo',
];

/**
 * State names that are also common first names, cities or everyday words: they count only when
 * no capitalized word stands right before or after them ("Mauricio Macri" is a person).
 */
export const AMBIGUOUS_NAMES: readonly string[] = ['Mauricio', 'Guadalupe', 'Santa Lucía', 'Georgia', 'Chad', 'Israel', 'Granada', 'Jersey', 'Dominica', 'Jordania', 'Níger', 'Niger', 'Salvador'];

/** Prefixes of compound adjectives ("anglo-australiana", "sino-estadounidense"). */
export const COMBINING_FORMS: Readonly<Record<string, readonly string[]>> = {
  GB: ['anglo'],
  CN: ['sino', 'chino'],
  FR: ['franco'],
  RU: ['ruso'],
  JP: ['nipo'],
  DE: ['germano'],
  PT: ['luso'],
  IT: ['ítalo', 'italo'],
  US: ['estadounidense'],
};

export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  US: ['Washington'],
  CN: ['Pekín', 'Beijing'],
  RU: ['Moscú', 'el Kremlin'],
  JP: ['Tokio'],
  DE: ['Berlín'],
  GB: ['Londres'],
  FR: ['París'],
  CA: ['Ottawa'],
  AU: ['Canberra'],
  EU: ['Bruselas'],
  PE: ['Lima'],
  CL: ['Santiago'],
  AR: ['Buenos Aires'],
  BR: ['Brasilia'],
  BO: ['La Paz'],
  CO: ['Bogotá'],
  CD: ['Kinshasa'],
  RW: ['Kigali'],
  IN: ['Nueva Delhi'],
  ID: ['Yakarta'],
  SA: ['Riad'],
  KR: ['Seúl'],
  KP: ['Pionyang'],
  UA: ['Kiev', 'Kyiv'],
  KZ: ['Astaná'],
  VN: ['Hanói'],
  PH: ['Manila'],
  IR: ['Teherán'],
  TR: ['Ankara'],
  EG: ['El Cairo'],
  ZA: ['Pretoria'],
  AE: ['Abu Dabi'],
  QA: ['Doha'],
  IT: ['Roma'],
  ES: ['Madrid'],
  PT: ['Lisboa'],
  VE: ['Caracas'],
  EC: ['Quito'],
  PY: ['Asunción'],
  UY: ['Montevideo'],
  MX: ['Ciudad de México'],
  TW: ['Taipéi', 'Taipei'],
};

/** Verbs after which a capital acts for its state ("Pekín firmó", "Washington anunció"). */
export const METONYMY_VERBS: readonly string[] = [
  'firmó', 'firma', 'firmaron', 'firman', 'anunció', 'anuncia', 'anunciaron', 'dijo', 'dice', 'acordó', 'acuerda',
  'acordaron', 'suscribió', 'suscribe', 'aprobó', 'aprueba', 'busca', 'buscó', 'quiere', 'quiso', 'ofreció', 'ofrece',
  'respalda', 'respaldó', 'impuso', 'impone', 'rechazó', 'rechaza', 'advirtió', 'advierte', 'amenazó', 'amenaza',
  'respondió', 'responde', 'prohibió', 'prohíbe', 'restringió', 'restringe', 'lanzó', 'lanza', 'propuso', 'propone',
  'exigió', 'exige', 'acusó', 'acusa', 'negoció', 'negocia', 'celebró', 'celebra', 'espera', 'esperaba', 'pretende',
  'ha', 'había', 'habría', 'podría', 'debe', 'se',
];

/** Auxiliaries and adverbs skipped between a capital and its verb ("Pekín ya ha firmado"). */
export const AUXILIARIES: readonly string[] = ['ya', 'también', 'finalmente', 'oficialmente', 'hoy'];

/** Currency words: a demonym right after them is a currency ("dólares estadounidenses"). */
export const CURRENCY_WORDS: readonly string[] = ['dólar', 'dólares', 'dolar', 'dolares', 'centavos', 'yuanes', 'yenes', 'pesos'];

/** States where Spanish is the main language (the likely home of a Spanish-language text). */
export const SPANISH_SPEAKING_STATES: readonly string[] = ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'ES', 'GQ', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'UY', 'VE'];
