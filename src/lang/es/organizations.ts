// Spanish words that make a capitalized phrase an organization's name, or not. Data only; words are
// compared accent- and case-folded, so each is written once with its accents. The extractor
// (src/extractors/entities/organizations.ts) explains how each list is used.

/**
 * First words of an institution's or company's name ("Ministerio de Minas y Energía", "Cámara de
 * Diputados", "Yacimientos de Litio Bolivianos", "Minera Panamá"): a capitalized phrase that
 * starts with one of them and goes on with at least one more word is an organization.
 */
export const INSTITUTION_INITIALS: readonly string[] = [
  'ministerio', 'secretaría', 'subsecretaría', 'departamento', 'comisión', 'comité', 'cámara', 'consejo', 'banco',
  'fondo', 'corporación', 'compañía', 'empresa', 'agencia', 'yacimientos', 'sociedad', 'instituto', 'servicio',
  'dirección', 'asamblea', 'congreso', 'senado', 'embajada', 'consulado', 'minera', 'grupo', 'consorcio',
  'autoridad', 'oficina', 'superintendencia', 'contraloría', 'procuraduría', 'gobernación', 'municipalidad',
  'alcaldía', 'intendencia', 'universidad', 'fundación', 'asociación', 'federación', 'cooperativa',
  'confederación', 'organización', 'red', 'alianza', 'parlamento', 'gabinete', 'tesorería', 'cancillería', 'legislatura',
  'fiscalía', 'defensoría', 'tribunal', 'corte', 'centro', 'companhia',
];

/** Legal-form suffixes dropped from an organization's id (ruling 2), written folded. */
export const LEGAL_SUFFIXES: readonly string[] = [
  'sa', 's.a', 'sau', 'sl', 'srl', 'sas', 'saa', 'sac', 'ltda', 'cia', 'se', 'spa', 'sapi', 'de cv', 'cv', 'sab',
];

/** Heads that mark a government body: it acts for its state (ruling 3). */
export const GOVERNMENT_HEADS: readonly string[] = [
  'ministerio', 'secretaría', 'subsecretaría', 'departamento', 'cámara', 'congreso', 'senado', 'asamblea',
  'embajada', 'consulado', 'cancillería', 'contraloría', 'procuraduría', 'superintendencia', 'gobernación',
  'municipalidad', 'alcaldía', 'intendencia', 'dirección', 'parlamento', 'gabinete', 'tesorería', 'comisión', 'legislatura',
  'fiscalía', 'defensoría',
];

/**
 * Capitalized words that start something else than an organization (a project, a site, an
 * instrument, an event).
 */
export const NOT_ORGANIZATION_INITIALS: readonly string[] = [
  'proyecto', 'mina', 'planta', 'salar', 'yacimiento', 'acuerdo', 'memorándum', 'memorando', 'declaración', 'plan',
  'tratado', 'ley', 'programa', 'iniciativa', 'estrategia', 'triángulo', 'corredor', 'puerto', 'parque', 'reserva',
  'zona', 'foro', 'cumbre', 'conferencia', 'reunión', 'encuentro', 'semana', 'expo', 'convenio', 'contrato',
  'hoja', 'carta', 'comunicado', 'instrumento', 'marco',
];

/** Words before a name that show it is only the setting of an event ("durante la Asamblea General"). */
export const EVENT_CONTEXT: readonly string[] = ['durante la', 'durante el', 'en el marco de la', 'en el marco del', 'al margen de la', 'al margen del'];

/**
 * Nouns that introduce a company's name ("la minera china JinYuan", "la empresa rusa Uranium One",
 * "las empresas X de China y Y", "el consorcio chino CBC").
 */
export const COMPANY_DESCRIPTORS: readonly string[] = [
  'empresa', 'empresas', 'minera', 'mineras', 'compañía', 'compañías', 'firma', 'firmas', 'consorcio', 'consorcios',
  'estatal', 'estatales', 'petrolera', 'automotriz', 'automotrices', 'fabricante', 'fabricantes', 'grupo',
  'multinacional', 'multinacionales', 'productora', 'productor', 'subsidiaria', 'filial', 'operadora',
  'desarrolladora', 'gigante', 'conglomerado', 'corporación', 'proveedora', 'proveedor', 'compradora', 'socia',
  'startup', 'trader', 'refinadora', 'fundidora', 'fundición', 'aseguradora', 'financiera', 'banco', 'emprendimiento',
  'consultora', 'consultoras', 'procesadora', 'comercializadora', 'distribuidora', 'fabricante',
  // Public bodies named after what they are ("la agencia francesa BRGM", "el regulador Sernageomin").
  'agencia', 'regulador', 'reguladora',
];

/** Corporate titles that, around a name, show the name is a company's ("el gerente general de X"). */
export const CORPORATE_TITLES: readonly string[] = [
  'gerente general', 'gerente', 'director ejecutivo', 'directora ejecutiva', 'consejero delegado',
  'consejera delegada', 'ceo', 'chairman', 'fundador', 'fundadora',
];

/** Verbs that make an organization only the source of a quote or a text (ruling 1). */
export const SOURCE_VERBS: readonly string[] = [
  'dijo', 'informó', 'informa', 'anunció', 'anuncia', 'publicó', 'publica', 'señaló', 'indicó', 'afirmó', 'destacó',
  'comunicó', 'explicó', 'precisó', 'agregó', 'añadió', 'sostuvo', 'confirmó', 'difundió', 'detalló', 'reportó',
];

/** Phrases after which an organization is the source: "según la Casa Blanca". */
export const SOURCE_PREPOSITIONS: readonly string[] = ['según', 'de acuerdo con', 'publicado por', 'difundido por', 'informó'];

/** Capitalized words too common to make a company's name distinctive. */
export const GENERIC_WORDS: readonly string[] = [
  'el', 'la', 'los', 'las', 'de', 'del', 'y', 'e', 'en', 'para', 'crítico', 'críticos', 'crítica', 'críticas',
  'estratégico', 'estratégicos', 'mineral', 'minerales', 'minería', 'minero', 'minera', 'litio', 'cobre', 'níquel',
  'cobalto', 'oro', 'plata', 'tierras', 'raras', 'materias', 'primas', 'energía', 'nacional', 'internacional',
  'desarrollo', 'inversión', 'inversiones', 'comercio', 'industria', 'economía', 'económico', 'gobierno', 'estado',
  'federal', 'regional', 'local', 'mundial', 'nuevo', 'nueva', 'norte', 'sur', 'este', 'oeste', 'central',
  'foto', 'fuente', 'presidente', 'presidenta', 'ministro', 'ministra', 'secretario', 'secretaria', 'director',
  'directora', 'gerente', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero',
  'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'grupo', 'empresa', 'compañía', 'corporación', 'sociedad', 'este', 'esta', 'estos',
  'estas', 'su', 'sus', 'nuestro', 'nuestra',
];

/** Lines that are credits, bylines or links, not the text's own statements (ruling 1). */
export const CREDIT_LINE_STARTS: readonly string[] = [
  'foto:', 'fotos:', 'foto ', 'fuente:', 'crédito:', 'imagen:', 'también puedes leer', 'lee también', 'leer más',
  'te puede interesar', 'puede interesarte', 'relacionado:', 'relacionadas:', 'vea también', 'ver también',
  '📷',
];

/**
 * Words of Spanish company names ("Jujuy Minerales del Norte (JMN)"): a name that defines an
 * acronym and holds one of them is an organization's.
 */
export const COMPANY_WORDS: readonly string[] = ['minería', 'minerales', 'minera', 'metales', 'recursos', 'energía', 'litio', 'cobre'];

/** Adjetivos entre el sustantivo y el nombre ("la empresa estatal provincial X"). */
export const DESCRIPTOR_ADJECTIVES: readonly string[] = [
  'estatal', 'estatales', 'provincial', 'provinciales', 'nacional', 'nacionales', 'privada', 'privado', 'pública', 'público',
  'local', 'multinacional', 'minera', 'minero', 'petrolera', 'mediana', 'pequeña', 'gran', 'junior', 'líder',
];
