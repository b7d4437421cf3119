// Spanish titles of office and jobs, honorifics and name particles, for finding officials ("el
// vicesecretario de Estado estadounidense, Christopher Landau", "Landau, vicesecretario de
// Estado"). Data only; every gender form written out; matched accent- and case-folded.
import { NO_PRIME_MINISTER, type TitleEntry } from '../en/titles.ts';

export const TITLES: readonly TitleEntry[] = [
  { surface: 'presidente', kind: 'public' },
  { surface: 'presidenta', kind: 'public' },
  { surface: 'vicepresidente', kind: 'public' },
  { surface: 'vicepresidenta', kind: 'public' },
  { surface: 'vicepresidente ejecutivo', kind: 'public' },
  { surface: 'vicepresidenta ejecutiva', kind: 'public' },
  { surface: 'presidente electo', kind: 'public' },
  { surface: 'presidenta electa', kind: 'public' },
  { surface: 'primer ministro', kind: 'public', notIn: NO_PRIME_MINISTER },
  { surface: 'primera ministra', kind: 'public', notIn: NO_PRIME_MINISTER },
  { surface: 'ministro', kind: 'public' },
  { surface: 'ministra', kind: 'public' },
  { surface: 'viceministro', kind: 'public' },
  { surface: 'viceministra', kind: 'public' },
  { surface: 'ministro consejero', kind: 'public' },
  { surface: 'ministro delegado', kind: 'public' },
  { surface: 'ministra delegada', kind: 'public' },
  { surface: 'canciller', kind: 'public' },
  { surface: 'vicecanciller', kind: 'public' },
  { surface: 'secretario de Estado', kind: 'public', defaultState: 'US' },
  { surface: 'secretaria de Estado', kind: 'public', defaultState: 'US' },
  { surface: 'vicesecretario de Estado', kind: 'public', defaultState: 'US' },
  { surface: 'vicesecretaria de Estado', kind: 'public', defaultState: 'US' },
  { surface: 'subsecretario de Estado', kind: 'public', defaultState: 'US' },
  { surface: 'subsecretaria de Estado', kind: 'public', defaultState: 'US' },
  { surface: 'secretario del Tesoro', kind: 'public', defaultState: 'US' },
  { surface: 'secretaria del Tesoro', kind: 'public', defaultState: 'US' },
  { surface: 'secretario de Comercio', kind: 'public', defaultState: 'US' },
  { surface: 'secretaria de Comercio', kind: 'public', defaultState: 'US' },
  { surface: 'secretario', kind: 'public' },
  { surface: 'secretaria', kind: 'public' },
  { surface: 'subsecretario', kind: 'public' },
  { surface: 'subsecretaria', kind: 'public' },
  { surface: 'vicesecretario', kind: 'public' },
  { surface: 'vicesecretaria', kind: 'public' },
  { surface: 'representante comercial', kind: 'public', defaultState: 'US' },
  { surface: 'representante', kind: 'other' },
  { surface: 'representante residente', kind: 'other' },
  { surface: 'embajador', kind: 'public', envoy: true },
  { surface: 'embajadora', kind: 'public', envoy: true },
  { surface: 'enviado especial', kind: 'public', envoy: true },
  { surface: 'enviada especial', kind: 'public', envoy: true },
  { surface: 'cónsul', kind: 'public', envoy: true },
  { surface: 'gobernador', kind: 'public', subnational: true },
  { surface: 'gobernadora', kind: 'public', subnational: true },
  { surface: 'vicegobernador', kind: 'public', subnational: true },
  { surface: 'vicegobernadora', kind: 'public', subnational: true },
  { surface: 'intendente', kind: 'public', subnational: true },
  { surface: 'alcalde', kind: 'public', subnational: true },
  { surface: 'alcaldesa', kind: 'public', subnational: true },
  { surface: 'diputado', kind: 'public' },
  { surface: 'diputada', kind: 'public' },
  { surface: 'senador', kind: 'public' },
  { surface: 'senadora', kind: 'public' },
  { surface: 'legislador', kind: 'public' },
  { surface: 'legisladora', kind: 'public' },
  { surface: 'congresista', kind: 'public' },
  { surface: 'comisario', kind: 'public' },
  { surface: 'comisaria', kind: 'public' },
  { surface: 'alto representante', kind: 'public', defaultState: 'EU' },
  { surface: 'rey', kind: 'public' },
  { surface: 'reina', kind: 'public' },
  { surface: 'príncipe heredero', kind: 'public' },
  { surface: 'mandatario', kind: 'public' },
  { surface: 'mandataria', kind: 'public' },
  { surface: 'jefe de Gobierno', kind: 'public' },
  { surface: 'jefa de Gobierno', kind: 'public' },
  { surface: 'jefe de Estado', kind: 'public' },
  { surface: 'jefa de Estado', kind: 'public' },
  { surface: 'contralor general', kind: 'public' },
  { surface: 'director general', kind: 'other' },
  { surface: 'directora general', kind: 'other' },
  { surface: 'director', kind: 'other' },
  { surface: 'directora', kind: 'other' },
  { surface: 'titular', kind: 'other' },
  { surface: 'portavoz', kind: 'other' },
  { surface: 'vocero', kind: 'other' },
  { surface: 'vocera', kind: 'other' },
  { surface: 'entrenador', kind: 'other' },
  { surface: 'analista', kind: 'other' },
  { surface: 'economista', kind: 'other' },
  { surface: 'consultor', kind: 'other' },
  { surface: 'socio', kind: 'other' },
  { surface: 'socia', kind: 'other' },
  { surface: 'investigador', kind: 'other' },
  { surface: 'investigadora', kind: 'other' },
  { surface: 'profesor', kind: 'other' },
  { surface: 'profesora', kind: 'other' },
  { surface: 'director gerente', kind: 'corporate' },
  { surface: 'director de operaciones', kind: 'corporate' },
  { surface: 'entrenadora', kind: 'other' },
  { surface: 'director técnico', kind: 'other' },
  { surface: 'director ejecutivo', kind: 'corporate' },
  { surface: 'directora ejecutiva', kind: 'corporate' },
  { surface: 'presidente ejecutivo', kind: 'corporate' },
  { surface: 'presidenta ejecutiva', kind: 'corporate' },
  { surface: 'gerente general', kind: 'corporate' },
  { surface: 'gerenta general', kind: 'corporate' },
  { surface: 'gerente', kind: 'corporate' },
  { surface: 'consejero delegado', kind: 'corporate' },
  { surface: 'consejera delegada', kind: 'corporate' },
  { surface: 'CEO', kind: 'corporate' },
  { surface: 'chairman', kind: 'corporate' },
  { surface: 'fundador', kind: 'corporate' },
  { surface: 'fundadora', kind: 'corporate' },
];

export const CASE_SENSITIVE_TITLES: readonly string[] = ['CEO'];

export const TITLE_JOINERS: readonly string[] = ['y', 'e'];

export const REPRESENTED_BY: readonly string[] = ['por', 'representado por', 'representada por', 'estuvo representado por', 'estuvo representada por'];

export const TITLE_ORDINALS: readonly string[] = ['primer', 'primera', 'segundo', 'segunda', 'tercer', 'tercera'];

/**
 * Adjectives that may follow a title and its field before the name, naming the office's level
 * or standing ("el ministro de Minería provincial, Julián Ortega"); not part of the title.
 */
export const POST_TITLE_ADJECTIVES: readonly string[] = [
  'provincial', 'nacional', 'federal', 'regional', 'estatal', 'municipal', 'departamental', 'distrital', 'comunal',
  'interino', 'interina', 'saliente', 'entrante', 'electo', 'electa', 'designado', 'designada',
];

/** Adjectives that place an office in a province ("el ministro de Minería provincial"). */
export const PROVINCIAL_ADJECTIVES: readonly string[] = ['provincial'];

/** Words that mark a title as a former office (ruling 9). */
export const FORMER_MARKERS: readonly string[] = ['ex', 'ex-', 'expresidente', 'exministro', 'exministra', 'antiguo', 'antigua', 'entonces', 'fallecido', 'fallecida'];

export const HONORIFICS: readonly string[] = ['Sr', 'Sra', 'Srta', 'Don', 'Doña', 'Dña', 'Dr', 'Dra', 'Lic', 'Licenciado', 'Licenciada', 'Lcdo', 'Lcda', 'Ing', 'Ingeniero', 'Ingeniera', 'Arq', 'Abog', 'Excmo', 'Excma'];

export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'de la', 'de los', 'de las', 'van', 'von', 'der', 'van der', 'von der', 'da', 'dos', 'y'];

/** Fields of office that complete a title ("ministro de Minas y Energía", "comisario de Mercado Interior"). */
export const OFFICE_FIELDS: readonly string[] = [
  'estado', 'minas', 'minería', 'energía', 'relaciones', 'exteriores', 'economía', 'hacienda', 'finanzas', 'tesoro',
  'comercio', 'industria', 'defensa', 'interior', 'justicia', 'educación', 'salud', 'agricultura', 'ambiente',
  'medio', 'desarrollo', 'productivo', 'producción', 'trabajo', 'transporte', 'obras', 'públicas', 'inversión',
  'inversiones', 'mercado', 'hidrocarburos', 'ciencia', 'tecnología', 'innovación', 'cultura', 'turismo',
  'vivienda', 'agua', 'planificación', 'cooperación', 'internacional', 'exterior', 'asuntos', 'política',
  'políticas', 'minero', 'energético', 'transición', 'recursos', 'naturales', 'y', 'e', 'de', 'del', 'la', 'el',
  'los', 'las', 'para', 'general', 'nación', 'república', 'gobierno', 'nacional', 'federal', 'seguridad', 'digital',
  'sostenible', 'sustentable', 'clima', 'climático', 'cambio', 'fomento', 'competitividad', 'integración',
  'directorio', 'consejo', 'junta', 'directiva', 'administración', 'operaciones', 'finanzas', 'industrial', 'estrategia',
  'asociaciones', 'internacionales', 'internacional', 'asuntos', 'mineros', 'energías', 'geología', 'geológico', 'producción',
];

/** Adjectives that tie a title to the EU ("comisario europeo de Mercado Interior"). */
export const EU_ADJECTIVES: readonly string[] = ['europeo', 'europea', 'comunitario', 'comunitaria'];

export const COMPANY_ANAPHORS: readonly string[] = ['empresa', 'compañía', 'firma', 'minera', 'grupo', 'productora', 'fabricante'];

export const GOVERNMENT_NOUNS: readonly string[] = ['gobierno', 'gobiernos', 'estado', 'administración', 'ejecutivo', 'autoridades'];
