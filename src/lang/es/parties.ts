// Spanish words that tell who is party to an instrument ("X y Y firmaron", "suscribió … con Z",
// "firmado por …", "entre A, B y C"). Data only; every accent variant written out; compared folded.

export const SIGN_VERBS: readonly string[] = [
  'firma', 'firman', 'firmó', 'firmaron', 'firmar', 'firmado', 'firmada', 'firmarán', 'firmará', 'suscribe', 'suscriben',
  'suscribió', 'suscribieron', 'suscribir', 'suscripción', 'rubrica', 'rubricó', 'rubricaron', 'acordó', 'acordaron',
  'acuerdan', 'cerró', 'cerraron', 'celebró', 'celebraron', 'concretó', 'concretaron', 'alcanzó', 'alcanzaron',
  'encabezó', 'encabezaron', 'encabeza', 'encabezan', 'presidió', 'presidieron', 'lideró', 'lideraron', 'adoptaron',
  'adoptó', 'lanzaron', 'lanzó',
  'renovó', 'renovaron', 'renueva', 'renuevan', 'prorrogaron', 'prorrogó', 'ampliaron', 'amplió',
];

export const ANNOUNCE_VERBS: readonly string[] = ['anunció', 'anunciaron', 'anuncia', 'anuncian', 'presentó', 'presentaron', 'presenta', 'presentan', 'dieron a conocer', 'dio a conocer'];

export const SIGN_PHRASES: readonly string[] = ['anunció la firma de', 'anunciaron la firma de', 'anunció la firma del', 'anunciaron la firma del'];

export const WITH_WORDS: readonly string[] = ['con', 'entre'];

export const BY_PHRASES: readonly string[] = [
  'firmado por', 'firmada por', 'firmados por', 'firmadas por', 'suscrito por', 'suscrita por', 'suscripto por', 'suscripta por',
  'rubricado por', 'rubricada por', 'celebrado por', 'celebrada por', 'acordado por', 'acordada por', 'adoptado por',
  'firmado entre', 'firmada entre', 'suscrito entre', 'celebrado entre',
];

export const COORDINATORS: readonly string[] = [',', 'y', 'e', ', y', 'así como', 'junto a', 'junto al', 'junto con', ', junto a', ', junto al', ', junto con', 'y por', ', y por', 'con el apoyo de'];

export const SKIPPABLE: readonly string[] = [',', ')', 'ha', 'han', 'había', 'habían', 'también', 'hoy', 'oficialmente', 'formalmente', 'conjuntamente', 'ya', 'finalmente', 'recientemente', 'ambos', 'ambas'];

export const MODIFIER_PREPOSITIONS: readonly string[] = ['de', 'del', 'en', 'desde', 'dentro'];

export const GOVERNMENT_NOUNS: readonly string[] = ['gobierno', 'gobiernos', 'estado', 'administración', 'ejecutivo', 'autoridades', 'república', 'reino', 'par', 'homólogo', 'homóloga', 'contraparte'];

export const STOP_WORDS: readonly string[] = [
  'para', 'que', 'sobre', 'durante', 'tras', 'mediante', 'donde', 'cuyo', 'cuya', 'según', 'desde', 'hasta', 'valorado',
  'valorados', 'dentro', 'presencia', 'testigo', 'testigos', 'presenciaron', 'presenció',
];

export const PLACE_PREPOSITIONS: readonly string[] = ['en'];

export const POSSESSIVES: readonly string[] = ['su', 'sus'];

/** Palabras que remiten al instrumento reportado ("el documento fue firmado por …"). */
export const INSTRUMENT_ANAPHORS: readonly string[] = ['documento', 'texto', 'declaración', 'instrumento', 'comunicado'];

/** Palabras que remiten a un sujeto ya nombrado ("la empresa acordó", "ambos países firmaron"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['la empresa', 'la compañía', 'la firma', 'la minera', 'el grupo', 'ambos', 'ambas', 'ambos países', 'ambas partes', 'ambas empresas', 'los dos países', 'las dos empresas', 'las partes'];

/** Palabras que introducen al prestatario ("un préstamo de US$ 150 millones a X"). */
export const LOAN_RECIPIENT_WORDS: readonly string[] = ['a', 'al', 'para'];

/** Verbos que hacen que una oración trate del instrumento aunque no lo nombre ("X y Y firmaron"). */
export const STRONG_SIGN_VERBS: readonly string[] = ['firmó', 'firmaron', 'firman', 'suscribió', 'suscribieron', 'rubricaron', 'acordaron', 'acordó'];

/** Palabras que cortan la búsqueda de "con" tras un verbo: empieza otra cláusula. */
export const CLAUSE_BREAKS: readonly string[] = ['tras', 'luego', 'mientras', 'que', 'cual', 'quien', 'además', 'después', 'antes', 'siguiendo'];

/** Verbos del prestamista ante un préstamo o carta de intención ("JBIC otorga un préstamo"). */
export const LENDING_VERBS: readonly string[] = ['aprobó', 'aprueba', 'otorgó', 'otorga', 'otorgará', 'concedió', 'concede', 'desembolsó', 'comprometió', 'emitió', 'emite', 'ofreció', 'ofrece'];
