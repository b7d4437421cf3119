// Spanish names of cooperation instruments by guideline type, and the words around a name that
// make it background. Data only; every accent variant written out; matched case-insensitively as
// whole words; the longest name wins ("acuerdo marco" over "acuerdo").
import type { InstrumentTypeValue } from '../../schema/record.ts';

export const INSTRUMENT_NAMES: Readonly<Record<InstrumentTypeValue, readonly string[]>> = {
  memorandum_of_understanding: [
    'memorando de entendimiento', 'memorandos de entendimiento', 'memorándum de entendimiento', 'memorandum de entendimiento',
    'memorándums de entendimiento', 'memorándumes de entendimiento', 'memoranda de entendimiento', 'memorando', 'memorandos',
    'memorándum', 'memorandum', 'MdE', 'MoU', 'MOU', 'memorando de acuerdo',
  ],
  joint_declaration: [
    'declaración conjunta', 'declaracion conjunta', 'declaraciones conjuntas', 'comunicado conjunto', 'comunicados conjuntos',
    'declaración de intención', 'declaración de intenciones', 'declaracion de intencion', 'declaración conjunta de intención',
    'declaración conjunta de intenciones', 'declaración de principios', 'declaracion de principios',
  ],
  framework: [
    'acuerdo marco', 'acuerdos marco', 'convenio marco', 'convenios marco', 'instrumento marco', 'memorando marco',
    'acuerdo-marco', 'convenio-marco',
  ],
  letter_of_intent: ['carta de intención', 'cartas de intención', 'carta de intencion', 'carta de intenciones', 'carta de interés', 'carta de interes'],
  term_sheet: ['hoja de términos', 'hoja de terminos', 'term sheet', 'term sheets'],
  offtake: [
    'acuerdo de suministro', 'contrato de suministro', 'acuerdo de compra', 'contrato de compra', 'acuerdo de compraventa',
    'contrato de compraventa', 'acuerdo de venta', 'contrato de venta', 'acuerdo de offtake', 'contrato de offtake',
    'acuerdo de abastecimiento', 'contrato de abastecimiento', 'acuerdos de suministro', 'contratos de suministro', 'offtake',
  ],
  partnership: [
    'asociación estratégica', 'asociacion estrategica', 'alianza estratégica', 'alianza estrategica', 'alianzas estratégicas',
    'acuerdo de asociación estratégica', 'asociaciones estratégicas',
  ],
  roadmap: ['hoja de ruta', 'hojas de ruta', 'plan de acción', 'plan de accion', 'planes de acción', 'plan de acción conjunto'],
  loan: [
    'préstamo', 'préstamos', 'prestamo', 'prestamos', 'línea de crédito', 'linea de credito', 'contrato de préstamo',
    'acuerdo de préstamo', 'acuerdo de financiamiento', 'acuerdo de financiación', 'contrato de financiamiento',
    'compromiso de financiamiento', 'compromiso de financiación', 'paquete de financiamiento',
  ],
  agreement: [
    'acuerdo', 'acuerdos', 'convenio', 'convenios', 'contrato', 'contratos', 'pacto', 'pactos', 'tratado', 'tratados',
    'acta acuerdo', 'acta de acuerdo', 'concesión', 'contrato de concesión', 'acuerdo de cooperación', 'convenio de cooperación',
  ],
  other: [
    'propuesta de cooperación', 'propuesta de cooperacion', 'oferta de asistencia técnica', 'oferta de asistencia tecnica',
    'propuesta de asistencia técnica', 'propuesta de asistencia tecnica', 'oferta de cooperación', 'programa de asistencia técnica',
  ],
};

export const NOT_INSTRUMENTS: readonly string[] = [
  'garantía de préstamo', 'garantías de préstamos', 'de acuerdo con', 'de acuerdo a', 'estar de acuerdo', 'están de acuerdo',
  'está de acuerdo', 'estoy de acuerdo', 'de común acuerdo', 'en acuerdo con', 'acuerdo al',
];

export const BACKGROUND_BEFORE: readonly string[] = [
  'anterior', 'previo', 'antiguo', 'ya firmó', 'ya firmaron', 'había firmado', 'habían firmado', 'había cerrado', 'habían cerrado',
  'ya había', 'cuenta con', 'cuentan con', 'en el marco del', 'en el marco de los', 'se basa en', 'sobre la base del', 'pidió',
  'pidieron', 'reclamó', 'reclamaron',
];

export const BACKGROUND_AFTER: readonly string[] = ['vigente', 'vigentes', 'anterior', 'anteriores', 'en vigor desde', 'firmado en', 'suscrito en', 'que expiró', 'que venció', 'similar', 'similares'];

export const TRADE_WORDS: readonly string[] = ['comercial', 'comerciales', 'libre comercio', 'comercio', 'tributario', 'doble tributación', 'tlc', 'asociación económica', 'asociacion economica'];

export const SIGN_VERBS: readonly string[] = [
  'firma', 'firmas', 'firmó', 'firmaron', 'firman', 'firmar', 'firmado', 'firmada', 'firmaría', 'firmará', 'suscribe',
  'suscribió', 'suscribieron', 'suscriben', 'suscribir', 'suscripción', 'suscrito', 'suscripto', 'rubricó', 'rubricaron',
  'rubricado', 'acordó', 'acordaron', 'acuerdan', 'cerró', 'cerraron', 'celebró', 'celebraron', 'alcanzó', 'alcanzaron',
  'concretó', 'concretaron', 'anunció', 'anunciaron', 'anuncian', 'presentó', 'presentaron', 'adoptó', 'adoptaron',
];

export const INDEFINITE: readonly string[] = ['un', 'una', 'otro', 'otra', 'nuevo', 'nueva', 'varios', 'varias', 'dos', 'tres', 'cuatro'];

export const DEFINITIVE_WORDS: readonly string[] = ['definitivo', 'definitiva', 'definitivos', 'definitivas'];

export const TEASER_STARTS: readonly string[] = ['también puedes leer', 'lee también', 'leer más', 'te puede interesar', 'puede interesarte', 'relacionado:', 'vea también', 'ver también'];

export const NON_BINDING: readonly string[] = [
  'no vinculante', 'no vinculantes', 'no-vinculante', 'no es vinculante', 'no son vinculantes', 'no será vinculante',
  'no es jurídicamente vinculante', 'no es legalmente vinculante', 'no son jurídicamente vinculantes',
  'no genera obligaciones jurídicamente vinculantes', 'no genera obligaciones legalmente vinculantes',
  'no genera obligaciones vinculantes', 'no crea obligaciones jurídicamente vinculantes', 'no crea obligaciones vinculantes',
  'no establece obligaciones jurídicamente vinculantes', 'no impone obligaciones jurídicamente vinculantes',
  'no generan obligaciones jurídicamente vinculantes', 'no constituye un instrumento jurídicamente vinculante',
  'sin carácter vinculante', 'sin efecto vinculante', 'sin fuerza vinculante', 'carece de carácter vinculante',
  'carece de fuerza vinculante', 'no tiene carácter vinculante', 'no tiene fuerza vinculante', 'no genera obligaciones jurídicas',
];

export const BINDING_PREDICATIVE: readonly string[] = [
  'es vinculante', 'son vinculantes', 'será vinculante', 'serán vinculantes', 'es jurídicamente vinculante',
  'es legalmente vinculante', 'son jurídicamente vinculantes', 'tiene carácter vinculante', 'tiene fuerza vinculante',
  'acuerdo jurídicamente vinculante', 'instrumento jurídicamente vinculante', 'obligaciones jurídicamente vinculantes',
  'compromisos jurídicamente vinculantes', 'acuerdo vinculante', 'contrato vinculante', 'carácter vinculante',
];

export const BINDING_ATTRIBUTIVE: readonly string[] = ['vinculante'];

/** Negaciones ante un verbo de firma: el instrumento no se reporta como firmado ("no firmará contratos"). */
export const NEGATIONS: readonly string[] = ['no', 'nunca', 'jamás', 'rechazó', 'rechaza', 'rechazaron', 'se negó a'];

/** Modales ante el nombre: el instrumento es solo posible ("podría otorgar un préstamo"). */
export const HYPOTHETICAL: readonly string[] = ['podría', 'podrían', 'pudiera', 'pudieran', 'podría'];

/** Palabras ante un año que sitúan el instrumento en el pasado ("desde 2019", "en 2022"). */
export const SINCE_WORDS: readonly string[] = ['desde'];
export const IN_YEAR_WORDS: readonly string[] = ['en'];
