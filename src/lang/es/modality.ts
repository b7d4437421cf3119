// Datos en español para las obligaciones (campo `obligations` de la guía, fallos 5 y 11):
// disparadores con su modalidad y listas de palabras que lee la lógica de cláusulas. Solo datos;
// la lógica vive en src/extractors/obligations/. Cada disparador es una fuente de expresión
// regular, sin mayúsculas/minúsculas salvo `caseSensitive`, entre bordes de palabra Unicode; las
// variantes con y sin tilde van escritas.
import type { TriggerData, ModalityWords } from '../../extractors/obligations/types.ts';

/** Futuro simple, regular e irregular: "-ará/-erá/-irá", "tendrá", "podrá", "hará", "-aremos" (una vocal, d, b o r antes de la r). */
const FUTURE = '(?:se\\s+)?\\p{L}*[aeidbr]r(?:á|án|emos)';
/** Condicional simple: "sería", "serían", "podría", "tendría" (misma forma que el futuro). */
const CONDITIONAL = '(?:se\\s+)?\\p{L}*[aeidbr]r(?:ía|ían)';

export const TRIGGERS: readonly TriggerData[] = [
  // --- negated -------------------------------------------------------------------------------
  {
    name: 'no_genera_obligaciones',
    description: '"no genera / crea / establece obligaciones (jurídicamente vinculantes)".',
    source:
      'no\\s+(?:genera|generan|crea|crean|establece|establecen|constituye|impone|imponen|implica|implican|otorga|otorgan|confiere|confieren|concede|conceden)\\s+(?:ninguna\\s+|ningún\\s+|ningun\\s+|nuevas\\s+)?(?:obligaci[oó]n(?:es)?|compromisos?|derechos)',
    modality: 'negated',
    kind: 'negation',
    examples: {
      valid: [{ text: 'El documento no genera obligaciones jurídicamente vinculantes para el Estado.', match: 'no genera obligaciones' }],
      invalid: ['El documento genera obligaciones para ambas partes.'],
    },
  },
  {
    name: 'no_vinculante',
    description: '"no vinculante", "no es jurídicamente vinculante", "sin carácter vinculante".',
    source:
      'no\\s+(?:es\\s+|son\\s+)?(?:jur[ií]dicamente\\s+|legalmente\\s+)?vinculantes?|sin\\s+car[áa]cter\\s+vinculante|car[áa]cter\\s+no\\s+vinculante',
    modality: 'negated',
    kind: 'negation',
    examples: {
      valid: [
        { text: 'Firmaron un memorando no vinculante.', match: 'no vinculante' },
        { text: 'La declaración no es jurídicamente vinculante.', match: 'no es jurídicamente vinculante' },
      ],
      invalid: ['El contrato es vinculante para ambas partes.'],
    },
  },
  // --- binding ---------------------------------------------------------------------------------
  {
    name: 'debera',
    description: '"deberá(n)", "debe(n)" + infinitivo: un deber.',
    source: 'deberán|deberan|deberá|debera|deben|debe',
    modality: 'binding',
    kind: 'modal',
    examples: {
      valid: [{ text: 'La empresa deberá presentar un informe anual.', match: 'deberá' }],
      invalid: ['El retraso se debe a la lluvia.', 'La empresa presentó un informe anual.'],
    },
  },
  {
    name: 'se_obliga_a',
    description: '"se obliga(n) a", "queda(n) obligado(s) a", "está(n) obligado(s) a", "tendrá(n) que".',
    source:
      'se\\s+obligan?\\s+a|quedan?\\s+obligad[oa]s?\\s+a|(?:está|están|esta|estan)\\s+obligad[oa]s?\\s+a|tendrán\\s+que|tendran\\s+que|tendrá\\s+que|tendra\\s+que|tienen?\\s+la\\s+obligaci[oó]n\\s+de',
    modality: 'binding',
    kind: 'modal',
    examples: {
      valid: [{ text: 'El comprador se obliga a pagar en treinta días.', match: 'se obliga a' }],
      invalid: ['El comprador paga en treinta días.'],
    },
  },
  {
    name: 'condicion',
    description: 'Condiciones (fallo 5): "sujeto a", "condicionado a", "a condición de", "requisito esencial para".',
    source:
      'sujet[oa]s?\\s+a|condicionad[oa]s?\\s+a|supeditad[oa]s?\\s+a|a\\s+condici[oó]n\\s+de|con\\s+la\\s+condici[oó]n\\s+de|requisitos?\\s+(?:esencial(?:es)?\\s+|indispensables?\\s+|necesarios?\\s+)?(?:para|de)|condici[oó]n\\s+(?:necesaria\\s+|esencial\\s+|indispensable\\s+)?para|condiciones\\s+precedentes|siempre\\s+(?:y\\s+)?(?:cuando|que)',
    modality: 'binding',
    kind: 'condition',
    examples: {
      valid: [
        { text: 'El contrato está sujeto a la aprobación del Congreso.', match: 'sujeto a' },
        { text: 'La transferencia es un requisito esencial para la validez del convenio.', match: 'requisito esencial para' },
      ],
      invalid: ['El sujeto de la reunión fue el cobre.'],
    },
  },
  {
    name: 'obliga',
    description: 'El instrumento "obliga" / "exige" / "requiere" algo (alcance con un deber).',
    source: 'obliga|obligan|exige|exigen|requiere|requieren',
    modality: 'binding',
    kind: 'scope',
    examples: {
      valid: [{ text: 'El contrato obliga a la empresa a contratar personal local.', match: 'obliga' }],
      invalid: ['El contrato obligó a largas negociaciones.'],
    },
  },
  // --- commitment ------------------------------------------------------------------------------
  {
    name: 'se_compromete_a',
    description: '"se compromete(n) a", "nos comprometemos a", "está(n) comprometido(s) a".',
    source:
      'se\\s+comprometen?\\s+a|nos\\s+comprometemos\\s+a|se\\s+comprometi(?:ó|o|eron)\\s+a|(?:está|están|esta|estan)\\s+comprometid[oa]s?\\s+a',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [
        { text: 'Las partes se comprometen a compartir información geológica.', match: 'se comprometen a' },
        { text: 'Nos comprometemos a cuidar el ambiente.', match: 'Nos comprometemos a' },
      ],
      invalid: ['El compromiso fue celebrado por todos.'],
    },
  },
  {
    name: 'acordaron',
    description: '"acordaron", "acordó", "acuerdan", "convinieron": lo pactado.',
    source: 'acordaron|acordó|acuerdan|convinieron|convienen|pactaron|se\\s+acordó',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Además, acordaron avanzar en la identificación de oportunidades.', match: 'acordaron' }],
      invalid: ['El acuerdo fue firmado ayer.'],
    },
  },
  {
    name: 'estableciendo',
    description: 'Gerundio que describe lo que crea el instrumento firmado: "…, estableciendo un fondo conjunto".',
    source: 'estableciendo|creando|instituyendo|fijando',
    modality: 'commitment',
    kind: 'purpose',
    examples: {
      valid: [{ text: 'Firmó un acuerdo con Ucrania, estableciendo un fondo conjunto.', match: 'estableciendo' }],
      invalid: ['Establecieron un fondo conjunto en 2020.'],
    },
  },
  {
    name: 'precio',
    description: 'Términos de precio de un suministro: "el precio se determinará / será fijado …".',
    source:
      '(?:el\\s+)?precio\\s+(?:se\\s+(?:determinará|fijará|calculará|basará|determina|fija|calcula|basa)|(?:será|sera|es)\\s+(?:determinado|fijado|calculado))',
    modality: 'commitment',
    kind: 'modal',
    examples: {
      valid: [{ text: 'El precio se determinará según el mercado internacional.', match: 'El precio se determinará' }],
      invalid: ['El precio del cobre subió.'],
    },
  },
  {
    name: 'compromiso_de',
    description: 'El sustantivo "compromiso(s) de" + infinitivo nombra un compromiso.',
    source: 'compromisos?\\s+de(?=\\s+\\p{Ll}+(?:ar|er|ir)(?![\\p{L}\\p{N}]))',
    modality: 'commitment',
    kind: 'noun',
    examples: {
      valid: [{ text: 'El texto incluye el compromiso de acelerar los permisos.', match: 'compromiso de' }],
      invalid: ['El compromiso de ambas partes es claro.'],
    },
  },
  {
    name: 'alcance',
    description: 'Enunciados de alcance del instrumento (fallo 5): "establece", "incluye", "facilita", "promueve", "gira en torno a" …',
    source:
      '(?:se\\s+)?(?:establece|establecen|incluye|incluyen|abarca|abarcan|comprende|comprenden|contempla|contemplan|prevé|preve|prevén|preven|estipula|estipulan|regula|regulan|cubre|cubren|facilita|facilitan|promueve|promueven|ofrece|ofrecen|gira\\s+en\\s+torno\\s+a|giran\\s+en\\s+torno\\s+a|tiene\\s+en\\s+cuenta|garantiza|garantizan|dispone|disponen|fija|fijan|define|definen|crea|crean|brinda|brindan|proporciona|proporcionan|detalla|detallan|otorga|otorgan)',
    modality: 'commitment',
    kind: 'scope',
    examples: {
      valid: [
        { text: 'El acuerdo facilita la identificación conjunta de proyectos.', match: 'facilita' },
        { text: 'En ese sentido, establece consultas entre las contrapartes.', match: 'establece' },
      ],
      invalid: ['El texto toma en cuenta que los minerales son esenciales.', 'El acuerdo tiene en cuenta que hay riesgos.'],
    },
  },
  {
    name: 'futuro',
    description: 'Verbo en futuro ("se realizará", "trabajarán"): compromiso; salvo efectos ("contribuirá") y "habrá".',
    source: FUTURE,
    modality: 'commitment',
    kind: 'future',
    examples: {
      valid: [
        { text: 'La primera consulta se realizará dentro de quince días.', match: 'se realizará' },
        { text: 'Ambos países trabajarán de manera conjunta.', match: 'trabajarán' },
      ],
      invalid: ['Los fondos contribuirán a dinamizar la inversión.', 'Si el gobierno trabajara más, habría avances.', 'El plan describe cómo se llevará a cabo la cooperación.'],
    },
  },
  // --- intent ----------------------------------------------------------------------------------
  {
    name: 'explorara',
    description: 'Futuro de verbos de estudio ("explorará", "evaluará", "estudiará", "analizará", "considerará"): intención, como "will explore".',
    source:
      '(?:se\\s+)?(?:explorarán|explorará|evaluarán|evaluará|estudiarán|estudiará|analizarán|analizará|considerarán|considerará|examinarán|examinará|buscaremos|exploraremos|evaluaremos)',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Ambos gobiernos explorarán mecanismos de financiamiento.', match: 'explorarán' }],
      invalid: ['Ambos gobiernos exploraron mecanismos de financiamiento.'],
    },
  },
  {
    name: 'busca',
    description: '"busca(n)", "buscará(n)", "se busca", "procura(n)", "procurará(n)", "propende(n)", "propenderá(n)", "pretende(n)".',
    source:
      '(?:se\\s+)?(?:buscarán|buscará|buscan|busca|procurarán|procurará|procuran|procura|propenderán|propenderan|propenderá|propendera|propenden|propende|pretenderán|pretenderá|pretenden|pretende|aspiran\\s+a|aspira\\s+a|planean|planea|queremos)',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [
        { text: 'Las consultas buscarán abordar el desarrollo de mecanismos.', match: 'buscarán' },
        { text: 'Los firmantes pretenden aprovechar la capacidad instalada.', match: 'pretenden' },
      ],
      invalid: ['La búsqueda de financiamiento continúa.'],
    },
  },
  {
    name: 'tiene_por_objeto',
    description: '"tiene / tendrá por objeto", "tiene como objetivo", "tiene previsto", "se espera que", "prevé" + infinitivo.',
    source:
      '(?:tienen|tiene|tendrán|tendran|tendrá|tendra)\\s+(?:por\\s+objeto|como\\s+(?:objetivo|objeto|fin)|el\\s+objetivo\\s+de|previsto)|se\\s+espera\\s+que|se\\s+prev[ée]\\s+que|(?:prevé|preve|prevén|preven)(?=\\s+\\p{Ll}+(?:ar|er|ir)(?![\\p{L}\\p{N}]))',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [
        { text: 'El acuerdo tiene por objeto impulsar la cooperación.', match: 'tiene por objeto' },
        { text: 'La empresa tiene previsto alcanzar 50.000 toneladas.', match: 'tiene previsto' },
      ],
      invalid: ['El acuerdo tiene un objeto claro.'],
    },
  },
  {
    name: 'podra',
    description: '"podrá(n)", "puede(n)", "permitirá(n)": posibilidades y derechos (fallo 5).',
    source: 'podrán|podran|podrá|podra|pueden|puede|permitirán|permitiran|permitirá|permitira',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Cualquiera de las partes puede retirarse con un aviso de treinta días.', match: 'puede' }],
      invalid: ['Ojalá que pueda concluirse este año.'],
    },
  },
  {
    name: 'condicional',
    description: 'Condicional ("sería", "serían", "podría"): discurso referido o condicional (fallo 5); no opiniones ("sería interesante").',
    source: CONDITIONAL,
    modality: 'intent',
    kind: 'conditional',
    examples: {
      valid: [
        { text: 'El fondo sería administrado de forma conjunta.', match: 'sería' },
        { text: 'Los cómplices serían excluidos de cualquier beneficio.', match: 'serían' },
      ],
      invalid: ['Sería interesante involucrar a otros actores.', 'Lo que equivaldría a tres mil millones.'],
    },
  },
  {
    name: 'se_trabaja_en',
    description: '"se trabaja en la suscripción de …": hacia un instrumento.',
    source:
      'se\\s+trabaja\\s+en|(?:trabajan|trabaja)\\s+en\\s+(?:la\\s+)?(?:suscripción|suscripcion|firma|negociación|negociacion|elaboración|elaboracion)',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Igualmente, se trabaja en la suscripción de un convenio.', match: 'se trabaja en' }],
      invalid: ['El ministerio trabajó en la suscripción del convenio.'],
    },
  },
  {
    name: 'derechos',
    description: 'Derechos obtenidos por el instrumento (fallo 5): "obtuvo el derecho de …".',
    source: '(?:obtuvo|obtiene|obtendrá|adquirió|adquiere|recibió|recibe)\\s+(?:el\\s+|los\\s+)?derechos?',
    modality: 'intent',
    kind: 'modal',
    examples: {
      valid: [{ text: 'Con este acuerdo, la empresa obtuvo los derechos de exploración.', match: 'obtuvo los derechos' }],
      invalid: ['Los derechos humanos fueron tema de debate.'],
    },
  },
  {
    name: 'objetivo_es',
    description: '"el objetivo (central) es" + infinitivo, "la intención de".',
    source:
      '(?:el|su|mi|cuyo)\\s+(?:objetivo|propósito|proposito|fin)\\s+(?:central\\s+|principal\\s+|general\\s+|último\\s+|ultimo\\s+)?(?:es|será|sera)|intenci[oó]n\\s+de(?=\\s+\\p{Ll}+(?:ar|er|ir)(?![\\p{L}\\p{N}]))',
    modality: 'intent',
    kind: 'noun',
    examples: {
      valid: [
        { text: 'El objetivo central es fortalecer las cadenas de suministro.', match: 'El objetivo central es' },
        { text: 'Aquí se establece la intención de movilizar financiamiento.', match: 'intención de' },
      ],
      invalid: ['Los objetivos fueron cumplidos.'],
    },
  },
  // --- propósito del instrumento (fallo 5): intent ---------------------------------------------
  {
    name: 'proposito',
    description: 'Propósito ligado al instrumento: "MdE para fortalecer", "con el fin de", "orientado a", "para la explotación de".',
    source:
      'con\\s+el\\s+(?:fin|objetivo|propósito|proposito|objeto)\\s+de|a\\s+fin\\s+de|con\\s+miras\\s+a|destinad[oa]s?\\s+a|orientad[oa]s?\\s+a|dirigid[oa]s?\\s+a|encaminad[oa]s?\\s+a|tendientes?\\s+a|para(?=\\s+(?:(?:el|la|los|las)\\s+)?\\p{Ll})',
    modality: 'intent',
    kind: 'purpose',
    examples: {
      valid: [
        { text: 'Firmaron un memorando para profundizar la cooperación.', match: 'para' },
        { text: 'La firma del memorando con el fin de instalar una fábrica.', match: 'con el fin de' },
        { text: 'Firmó convenios para la explotación directa de litio.', match: 'para' },
      ],
      invalid: ['Es bueno para el Estado peruano.', 'Firmaron la Declaración para el Establecimiento de Consultas.'],
    },
  },
  {
    name: 'para_el_suministro_de',
    description: 'Alcance de un suministro: "para el suministro / la venta / la compra de" (compromiso, fallo 5).',
    source: 'para\\s+(?:el\\s+suministro|la\\s+venta|la\\s+compra|la\\s+compraventa|la\\s+provisión|la\\s+provision|la\\s+entrega|la\\s+exportación|la\\s+exportacion)\\s+de',
    modality: 'commitment',
    kind: 'purpose',
    examples: {
      valid: [{ text: 'El contrato es para el suministro de litio.', match: 'para el suministro de' }],
      invalid: ['El suministro de litio es escaso.'],
    },
  },
];

export const WORDS: ModalityWords = {
  instrumentNouns: [
    'acuerdo', 'acuerdos', 'convenio', 'convenios', 'memorando', 'memorandos', 'memorándum', 'memorandum', 'memorándums',
    'memorandums', 'memorando de entendimiento', 'memorándum de entendimiento', 'mde', 'mou', 'declaración conjunta',
    'declaracion conjunta', 'declaración', 'declaracion', 'comunicado conjunto', 'contrato', 'contratos', 'concesión',
    'concesion', 'acuerdo marco', 'instrumento marco', 'marco de cooperacion',
    'asociación', 'asociacion', 'asociación estratégica', 'alianza', 'alianza estratégica', 'pacto', 'hoja de ruta', 'marco de cooperación',
    'plan de acción', 'plan de accion', 'carta de intención', 'carta de intencion', 'protocolo', 'tratado', 'instrumento',
    'instrumentos', 'acta acuerdo', 'propuesta de cooperación', 'propuesta de cooperacion', 'propuesta de asistencia',
    'oferta de asistencia', 'oferta de cooperación', 'hoja de términos', 'hoja de terminos', 'préstamo', 'préstamos',
    'prestamo', 'prestamos', 'financiamiento', 'financiación', 'financiacion', 'crédito', 'credito', 'línea de crédito',
    'linea de credito', 'empresa conjunta', 'marco',
  ],
  notInstrumentNouns: [
    'en el marco de', 'en el marco del', 'dentro del marco de', 'bajo el marco de', 'marco legal', 'marco regulatorio', 'marco fiscal', 'marco normativo', 'marco jurídico',
    'marco juridico', 'de acuerdo a', 'de acuerdo con', 'en acuerdo con',
  ],
  documentNouns: [
    'documento', 'texto', 'sección', 'seccion', 'artículo', 'articulo', 'cláusula', 'clausula', 'punto', 'disposiciones',
    'compromisos', 'términos', 'terminos', 'propuesta', 'iniciativa', 'mecanismo',
  ],
  signVerbs: [
    'firma', 'firman', 'firmó', 'firmo', 'firmaron', 'firmar', 'firmado', 'firmada', 'firmados', 'firmadas', 'suscribe',
    'suscriben', 'suscribió', 'suscribio', 'suscribieron', 'suscribir', 'suscripto', 'suscripta', 'suscrito', 'suscrita',
    'suscripción', 'suscripcion', 'otorgó', 'otorgo', 'otorgaron', 'concedió', 'concedio', 'emitió', 'emitio', 'rubricó', 'rubricaron', 'rubricado', 'rubricada', 'anuncia', 'anuncian', 'anunció',
    'anuncio', 'anunciaron', 'aprobó', 'aprobaron', 'aprobado', 'aprobada', 'aprueba', 'celebraron', 'celebró', 'cerraron',
    'cerró', 'sellaron', 'selló', 'concretaron', 'concretó', 'alcanzaron', 'alcanzó', 'presentaron', 'presentó', 'adoptaron',
    'lanzaron', 'lanzó', 'encabezaron', 'encabezó',
  ],
  determiners: ['un', 'una', 'el', 'la', 'los', 'las', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus', 'dos', 'nuevo', 'nueva'],
  reportingVerbs: [
    'dijo', 'afirmó', 'afirmo', 'señaló', 'senalo', 'agregó', 'agrego', 'añadió', 'anadio', 'indicó', 'indico', 'explicó',
    'explico', 'destacó', 'destaco', 'declaró', 'declaro', 'sostuvo', 'opinó', 'opino', 'considera', 'consideró', 'cree',
    'según', 'segun', 'manifestó', 'manifesto', 'aseguró', 'aseguro', 'escribió', 'escribio', 'informó', 'informo',
    'advirtieron', 'advirtió', 'advirtio', 'señalaron', 'senalaron', 'estiman', 'estimó', 'prevén', 'anticipan', 'creen',
    'consideran', 'coinciden', 'dijeron', 'afirmaron', 'opinan',
  ],
  pronounSubjects: ['esto', 'ello', 'este', 'esta', 'éste', 'ésta'],
  relativeWords: ['que', 'cual', 'cuales', 'quien', 'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde'],
  relativeGapWords: ['se', 'no', 'también', 'tambien', 'ya', 'lo', 'le', 'les', 'nos', 'además', 'ademas'],
  effectVerbs: [],
  instrumentEffectVerbs: [],
  termPhrases: [
    'tendrá vigencia', 'tendrá una vigencia', 'tendra vigencia', 'tendrán vigencia', 'estará vigente', 'estarán vigentes',
    'entrará en vigor', 'entrará en vigencia', 'se extenderá por', 'se extenderá hasta', 'regirá', 'regirán', 'durará',
    'durarán', 'vencerá', 'se renovará', 'será renovado', 'será renovada', 'será renovable', 'será prorrogable',
    'será prorrogado', 'podrá renovarse', 'podrá prorrogarse',
  ],
  backgroundBoundaries: [', ya que ', ', dado que ', ', puesto que ', ' porque ', ', pues '],
  adverbs: [
    'también', 'tambien', 'además', 'ademas', 'aquí', 'aqui', 'allí', 'alli', 'asimismo', 'igualmente', 'ahora', 'luego',
    'conjuntamente', 'finalmente', 'primero', 'solo', 'sólo', 'ya', 'en', 'primera', 'instancia', 'por', 'su', 'parte',
  ],
  leadingConnectors: [
    'asimismo', 'además', 'ademas', 'igualmente', 'por su parte', 'en ese sentido', 'en este sentido', 'con ello',
    'de esta manera', 'de este modo', 'por otra parte', 'por otro lado', 'en tanto', 'mientras que', 'sin embargo', 'y', 'e',
    'pero', 'sino que', 'aunque', 'cabe destacar que', 'cabe señalar que', 'cabe senalar que', 'cabe mencionar que',
    'cabe recordar que', 'en el cual', 'en la cual', 'en el que', 'en la que', 'por el cual', 'por la cual', 'entre otras materias',
    'entre otros temas', 'en primera instancia', 'aquí', 'aqui', 'de igual forma', 'de igual manera', 'a su vez', 'por lo tanto',
  ],
  strongBoundaries: [
    ', sino que', ' sino que ', ', mientras que', ', pero ', ', aunque ', ' en el cual ', ' en la cual ', ' en el que ',
    ' en la que ', ' por el cual ', ' por la cual ', ': ',
  ],
  coordinatingBoundaries: [', y ', ' y ', ' e ', ', que ', ', cuyos ', ', cuyas ', ', cuyo ', ', cuya '],
  firstPersonPlural: ['nosotros', 'nosotras'],
  firstPersonPluralSuffixes: ['amos', 'emos'],
  firstPersonPluralExcluded: ['extremos', 'supremos', 'ramos', 'tramos', 'amos', 'remos', 'temos', 'gamos', 'damos'],
  quotedExcludedTriggers: ['debemos', 'tenemos que', 'debe', 'deben'],
  commentaryMarkers: [
    'hay que', 'cabe preguntarse', 'queda por ver', 'en mi opinión', 'en mi opinion', 'creo que', 'a mi juicio',
  ],
  commentators: ['analista', 'analistas', 'experto', 'expertos', 'observadores', 'críticos', 'economistas', 'economista'],
  interrogatives: ['cómo', 'qué', 'cuándo', 'cuando', 'dónde', 'si'],
  opinionAdjectives: [
    'interesante', 'importante', 'bueno', 'buena', 'conveniente', 'necesario', 'necesaria', 'deseable', 'ideal', 'positivo',
    'positiva', 'clave', 'fundamental', 'un', 'una', 'mejor', 'peor', 'difícil', 'dificil', 'fácil', 'facil', 'posible',
  ],
  effectStems: [
    'contribuir', 'ayudar', 'beneficiar', 'significar', 'redundar', 'equivaldr', 'supondr', 'servir', 'habr', 'gustar',
    'representar', 'traducir', 'implicar', 'generar', 'aumentar', 'elevar', 'duplicar', 'triplicar', 'reducir', 'crecer',
    'costar', 'depender',
  ],
  nonVerbsAfterTo: [],
  wordsBeforeNonPurposeTo: [],
  actionNouns: [
    'desarrollo', 'fortalecimiento', 'impulso', 'suministro', 'aprovechamiento', 'establecimiento', 'financiamiento',
    'mejoramiento', 'crecimiento', 'intercambio', 'fomento', 'apoyo',
  ],
  stopwords: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'con', 'que', 'por', 'para', 'un', 'una', 'es', 'se', 'su', 'al', 'lo', 'como', 'nuestro'],
};
