// Plazos en español (GUIDELINE `timelines`, resoluciones 6 y 12). Reglas de ambigüedad, documentadas:
// - "dentro de N", "en un plazo de N", "en los próximos N", "abrirá en N", "tendrán N días para",
//   "N o M meses" son plazos (deadline); "por N", "durante N", "durará N", "un plazo/período/vigencia
//   de N", "prorrogable por N", "hasta FECHA", "vence en FECHA", "con un aviso de N días" son
//   duraciones; "cada N", "anualmente", "una vez al año", "dos reuniones por año", "reunión anual"
//   son recurrencias; "a partir de FECHA", "comenzará en FECHA", "desde FECHA" (solo futura) son
//   inicios; "a más tardar FECHA", "antes de FECHA", "para 2030" son plazos sin cantidad, resueltos
//   a la fecha nombrada.
// - Un "en N años" suelto cuenta solo si la oración habla en futuro ("abrirá", "se prevé"):
//   "En apenas tres años firmó…" es un lapso pasado.
// - Un período contado desde un hecho ("dentro de los 180 días siguientes a la firma") no se
//   resuelve; uno contado desde hoy se resuelve con la fecha del documento.
// - No son plazos: lapsos pasados ("hace dos años", "en los últimos cinco meses", "ha sido … por
//   20 años"), ventanas vagas sin número ("en los próximos meses", "pronto"), tasas de cantidades
//   ("toneladas anuales", "$375 millones al año"), pronósticos ("la demanda se habrá multiplicado
//   para 2030", "podría iniciar en los próximos diez años"), rangos de años (son fechas), y fechas
//   nombradas anteriores a la fecha del documento.
import type { PatternRule } from '../../core/rules.ts';
import { ANCHOR_PHRASE, DATE, EVENT_ADJECTIVE, NUM, NUM_STRICT, SCHEDULE_NOUN, UNIT, WB, alternation, hasFutureCue } from './patterns.ts';
import { endAtGroup, every, named, period, recurrence, timesPer, type TimelineValue } from './values.ts';
import type { Seeds } from '../dates/seeded.ts';

const N = NUM.es;
const NS = NUM_STRICT.es;
const U = UNIT.es;
const S = '[ \\t]+';
const NE = '(?![\\p{L}\\p{N}])';
const P = '(?:pr[óo]xim[oa]s|siguientes)';
const YR = 'a[ñn]o';
const re = (source: string): RegExp => new RegExp(`${WB}(?:${source})`, 'giu');
const LINKS = `(?:siguientes${S}a|posteriores${S}a|despu[ée]s${S}de|luego${S}de|tras|a${S}partir${S}de|contados${S}(?:a${S}partir${S}de|desde)|desde|de)`;
/** Una parte del año antes del año ("el segundo semestre de 2028"): se resuelve al año. */
const PART = `(?:(?:el|la)${S})?(?:(?:primer|segundo|tercer|cuarto|[úu]ltimo|primera|segunda|tercera|cuarta|[úu]ltima)${S}(?:semestre|trimestre|cuatrimestre|mitad)${S}de(?:l)?${S})?`;
const ANCHOR_TAIL = `(?<anchor>${S}${LINKS}${S}${ANCHOR_PHRASE.es})?`;

/** Adverbios de recurrencia y adjetivos de actos periódicos, con su período. */
const RECURRING: Record<string, [number, 'day' | 'week' | 'month' | 'year']> = {
  anualmente: [1, 'year'],
  anual: [1, 'year'],
  semestralmente: [6, 'month'],
  semestral: [6, 'month'],
  trimestralmente: [3, 'month'],
  trimestral: [3, 'month'],
  mensualmente: [1, 'month'],
  mensual: [1, 'month'],
  semanalmente: [1, 'week'],
  semanal: [1, 'week'],
  bienalmente: [2, 'year'],
  bienal: [2, 'year'],
};
const ADVERBS = ['anualmente', 'semestralmente', 'trimestralmente', 'mensualmente', 'semanalmente', 'bienalmente'];
const ADJECTIVES = ['anual', 'semestral', 'trimestral', 'mensual', 'semanal', 'bienal'];
const PERIOD_ADJECTIVES: Record<string, number> = { trienal: 3, cuatrienal: 4, quinquenal: 5, sexenal: 6, decenal: 10 };

function recurringWord(word: string): [number, 'day' | 'week' | 'month' | 'year'] | null {
  const w = word.toLowerCase().replace(/es$/, '');
  return RECURRING[w] ?? RECURRING[word.toLowerCase()] ?? null;
}

export const ES_TIMELINE_RULES: PatternRule<TimelineValue>[] = [
  {
    id: 'es.timeline.dentro_de_proximos',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo contado: "dentro de los próximos 15 días", "dentro de 30 días", "dentro de los 180 días siguientes a la firma" (sin resolver).',
    pattern: re(
      `dentro${S}de${S}(?:(?:los|las)${S})?(?:${P}${S})?(?:un${S}(?:plazo|per[íi]odo|lapso|m[áa]ximo)${S}(?:(?:m[áa]ximo|no${S}(?:mayor|superior)${S}a)${S})?de${S})?(?<n>${N})${S}(?<u>${U})${ANCHOR_TAIL}`,
    ),
    extract: period({ lang: 'es', kind: 'deadline', resolve: true, forecastGuard: true }),
    examples: {
      valid: [
        { text: 'La primera reunión se hará dentro de los próximos 15 días.', value: { kind: 'deadline', amount: 15, unit: 'day', resolved: '2026-03-27' }, match: 'dentro de los próximos 15 días' },
        { text: 'Se firmará dentro de quince días.', value: { kind: 'deadline', amount: 15, unit: 'day', resolved: '2026-03-27' }, match: 'dentro de quince días' },
        { text: 'Se creará dentro de los 180 días siguientes a la firma.', value: { kind: 'deadline', amount: 180, unit: 'day', resolved: null }, match: 'dentro de los 180 días siguientes a la firma' },
        { text: 'Pagará dentro de 10 días hábiles.', value: { kind: 'deadline', amount: 10, unit: 'day', resolved: null }, match: 'dentro de 10 días hábiles' },
      ],
      invalid: ['Se verá dentro de los próximos meses.', 'La producción podría iniciar dentro de diez años.'],
    },
  },
  {
    id: 'es.timeline.plazo_de',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo: "en un plazo de 60 días", "en un plazo máximo de seis meses", "en un plazo no mayor a 30 días".',
    pattern: re(
      `en${S}un${S}(?:(?:plazo|per[íi]odo|lapso|t[ée]rmino)${S}(?:(?:m[áa]ximo|no${S}(?:mayor|superior)${S}(?:a|de))${S})?(?:de${S})?|m[áa]ximo${S}de${S})(?:hasta${S})?(?<n>${N})${S}(?<u>${U})${ANCHOR_TAIL}`,
    ),
    extract: period({ lang: 'es', kind: 'deadline', resolve: true, forecastGuard: true }),
    examples: {
      valid: [
        { text: 'Movilizará fondos en un plazo de seis meses.', value: { kind: 'deadline', amount: 6, unit: 'month', resolved: '2026-09-12' }, match: 'en un plazo de seis meses' },
        { text: 'Responderá en un plazo no mayor a treinta y seis días.', value: { kind: 'deadline', amount: 36, unit: 'day', resolved: '2026-04-17' }, match: 'en un plazo no mayor a treinta y seis días' },
      ],
      invalid: ['en un plazo razonable', 'en un plazo breve'],
    },
  },
  {
    id: 'es.timeline.en_los_proximos',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo: "en los próximos dos años", "en las próximas 48 horas" (no "en los próximos meses").',
    pattern: re(`en${S}(?:los|las)${S}${P}${S}(?<n>${N})${S}(?<u>${U})`),
    extract: period({ lang: 'es', kind: 'deadline', resolve: true, forecastGuard: true }),
    examples: {
      valid: [{ text: 'Se busca producir 50.000 toneladas en los próximos dos años.', value: { kind: 'deadline', amount: 2, unit: 'year', resolved: '2028-03-12' }, match: 'en los próximos dos años' }],
      invalid: ['Se firmará en los próximos meses.', 'Podría iniciar en los próximos diez años.', 'Creció en los últimos cinco meses.'],
    },
  },
  {
    id: 'es.timeline.tener_plazo',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo dado a una parte: "tendrán 60 días para designar", "dispondrá de seis meses para".',
    pattern: re(
      `(?:tendr[áa]n?|tienen?|dispondr[áa]n?${S}de|disponen?${S}de|contar[áa]n?${S}con)${S}(?:(?:hasta|un${S}m[áa]ximo${S}de)${S})?(?<n>${N})${S}(?<u>${U})${S}(?:para|de${S}plazo)${NE}`,
    ),
    extract: endAtGroup(period({ lang: 'es', kind: 'deadline', resolve: true, forecastGuard: true }), 'u'),
    examples: {
      valid: [{ text: 'Las partes tendrán 60 días para designar representantes.', value: { kind: 'deadline', amount: 60, unit: 'day', resolved: '2026-05-11' }, match: 'tendrán 60 días' }],
      invalid: ['La empresa tiene 60 días de retraso.'],
    },
  },
  {
    id: 'es.timeline.en_n',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo "en N unidades" cuando la oración habla en futuro ("abrirá en dos años").',
    pattern: re(`en${S}(?<n>${NS})${S}(?<u>${U})${NE}`),
    extract: (m, ctx) => (hasFutureCue(m.input, m.index, 'es') ? period({ lang: 'es', kind: 'deadline', resolve: true, forecastGuard: true, pastGuard: true })(m, ctx) : null),
    examples: {
      valid: [{ text: 'La planta abrirá en dos años.', value: { kind: 'deadline', amount: 2, unit: 'year', resolved: '2028-03-12' }, match: 'en dos años' }],
      invalid: ['En apenas tres años, el país firmó una docena de acuerdos.', 'La mina abrió en dos años.'],
    },
  },
  {
    id: 'es.timeline.dura',
    field: 'timelines',
    lang: 'es',
    description: 'Duración tras un verbo de duración: "durará treinta y seis meses", "tendrá una duración de 10 años".',
    pattern: re(`(?:durar[áa]n?|dura|duran|tendr[áa]n?${S}una${S}duraci[óo]n${S}de)${S}(?:(?:hasta|al${S}menos)${S})?(?<n>${N})${S}(?<u>${U})`),
    extract: period({ lang: 'es', kind: 'duration', pastGuard: true }),
    examples: {
      valid: [{ text: 'El contrato de suministro durará treinta y seis meses.', value: { kind: 'duration', amount: 36, unit: 'month', resolved: null }, match: 'durará treinta y seis meses' }],
      invalid: ['Las conversaciones duraron dos días.'],
    },
  },
  {
    id: 'es.timeline.durante_proximos',
    field: 'timelines',
    lang: 'es',
    description: 'Duración futura: "durante los próximos cinco años", "por los siguientes 12 meses".',
    pattern: re(`(?:durante|por)${S}(?:los|las)${S}${P}${S}(?<n>${N})${S}(?<u>${U})`),
    extract: period({ lang: 'es', kind: 'duration' }),
    examples: {
      valid: [{ text: 'El fondo invertirá durante los próximos cinco años.', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'durante los próximos cinco años' }],
      invalid: ['durante los últimos cinco años'],
    },
  },
  {
    id: 'es.timeline.a_mas_tardar',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo en una fecha: "a más tardar el 30 de junio de 2026", "no más tarde del 1 de diciembre de 2025".',
    pattern: re(`(?:a${S}m[áa]s${S}tardar|no${S}m[áa]s${S}tarde${S}(?:del?|que))${S}(?:(?:el|en)${S})?(?:(?:el${S})?${YR}${S})?(?<date>${DATE.es})`),
    extract: named({ lang: 'es', kind: 'deadline' }),
    examples: {
      valid: [
        { text: 'Deberá entregarse a más tardar el 30 de junio de 2026.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026-06-30' }, match: 'a más tardar el 30 de junio de 2026' },
        { text: 'Operará a más tardar en 2028.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2028' }, match: 'a más tardar en 2028' },
      ],
      invalid: ['llegó a más tardar que nunca', 'a más tardar el 30 de junio de 2020'],
    },
  },
  {
    id: 'es.timeline.antes_de',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo antes de una fecha: "antes de 2030", "antes del 30 de junio de 2026", "antes de fin de año".',
    pattern: re(
      `antes${S}(?:(?:del?|de${S}(?:fin(?:al)?(?:es)?|finales|fines)${S}de(?:l)?|del${S}fin(?:al)?${S}de(?:l)?)${S}(?:(?:el${S})?${YR}${S})?(?<date>${DATE.es})|del?${S}(?<thisYear>(?:fin(?:al)?|finales|fines)${S}de(?:l)?${S}(?:este${S})?${YR}))`,
    ),
    extract: named({ lang: 'es', kind: 'deadline' }),
    examples: {
      valid: [
        { text: 'La planta operará antes de 2030.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2030' }, match: 'antes de 2030' },
        { text: 'Se firmará antes del 30 de junio de 2026.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026-06-30' }, match: 'antes del 30 de junio de 2026' },
        { text: 'Se firmará antes de fin de año.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026' }, match: 'antes de fin de año' },
      ],
      invalid: ['antes de la firma', 'Antes de 2020 no había minas.'],
    },
  },
  {
    id: 'es.timeline.para_fecha',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo para una fecha: "para 2030", "para este mismo año 2026", "para finales de 2027", "para el 30 de junio".',
    pattern: re(
      `(?:para|hacia|de${S}aqu[íi]${S}a)${S}(?:(?:el|este|ese)${S}(?:mismo${S})?)?(?:(?:fin(?:al)?(?:es)?|finales|fines|mediados|principios|comienzos)${S}de(?:l)?${S})?${PART}(?:(?:el|este|ese)${S}(?:mismo${S})?)?(?:${YR}${S})?(?<date>${DATE.es})`,
    ),
    extract: named({ lang: 'es', kind: 'deadline' }),
    examples: {
      valid: [
        { text: 'La capacidad estará disponible para este mismo año 2026.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2026' }, match: 'para este mismo año 2026' },
        { text: 'La refinería estará lista para 2030.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2030' }, match: 'para 2030' },
        { text: 'Se entregará para finales de 2027.', value: { kind: 'deadline', amount: null, unit: null, resolved: '2027' }, match: 'para finales de 2027' },
      ],
      invalid: [
        'Se calcula que la demanda se habrá multiplicado por 12 para 2030.',
        'Un plan para 2026 toneladas.',
        'El país busca producir tres millones de toneladas al año para 2031.',
      ],
    },
  },
  {
    id: 'es.timeline.n_o_m',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo aproximado: "en dos o tres meses", "siete u ocho días" (sin cantidad).',
    pattern: re(`(?:(?:en|dentro${S}de)${S})?(?<n>${NS})${S}[ou]${S}(?<n2>${NS})${S}(?<u>${U})`),
    extract: period({ lang: 'es', kind: 'deadline', forecastGuard: true }),
    examples: {
      valid: [{ text: 'La decisión llegará en dos o tres meses.', value: { kind: 'deadline', amount: null, unit: 'month', resolved: null }, match: 'en dos o tres meses' }],
      invalid: ['Dos o tres empresas ofertaron.'],
    },
  },
  {
    id: 'es.timeline.tras_evento',
    field: 'timelines',
    lang: 'es',
    description: 'Plazo contado desde un hecho: "30 meses después de la aprobación legislativa", "a los 90 días de la firma" (sin resolver).',
    pattern: re(
      `(?:a${S}los${S})?(?<n>${N})${S}(?<u>${U})${S}(?:despu[ée]s${S}de|luego${S}de|tras|a${S}partir${S}de|contados${S}(?:a${S}partir${S}de|desde)|siguientes${S}a|posteriores${S}a|de)${S}(?<anchor>${ANCHOR_PHRASE.es})`,
    ),
    extract: period({ lang: 'es', kind: 'deadline' }),
    examples: {
      valid: [
        { text: 'Deberá operar 30 meses después de la aprobación legislativa.', value: { kind: 'deadline', amount: 30, unit: 'month', resolved: null }, match: '30 meses después de la aprobación legislativa' },
        { text: 'Vence a los 90 días de la firma.', value: { kind: 'deadline', amount: 90, unit: 'day', resolved: null }, match: 'a los 90 días de la firma' },
      ],
      invalid: ['Dos meses después de la tormenta subió el precio.'],
    },
  },
  {
    id: 'es.timeline.por_periodo',
    field: 'timelines',
    lang: 'es',
    description: 'Duración: "por cinco años", "por un período de cinco años", "durante 10 años", "por 40 años", "por otros 20 años".',
    pattern: re(
      `(?:(?:vigente|v[áa]lid[oa]|vigencia)${S})?(?:por|durante)${S}(?:un${S}(?:per[íi]odo|plazo|lapso|t[ée]rmino)${S}(?:(?:inicial|adicional|m[áa]ximo|m[íi]nimo)${S})?de${S}|otr[oa]s${S}|un${S}m[áa]ximo${S}de${S}|al${S}menos${S}|hasta${S})?(?<n>${N})${S}(?<u>${U})(?:${S}(?:m[áa]s|adicionales)${NE})?`,
    ),
    extract: period({ lang: 'es', kind: 'duration', pastGuard: true }),
    examples: {
      valid: [
        { text: 'El acuerdo rige por un período de cinco años.', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'por un período de cinco años' },
        { text: 'Se impulsa un acuerdo “por 40 años” sin consenso.', value: { kind: 'duration', amount: 40, unit: 'year', resolved: null }, match: 'por 40 años' },
        { text: 'Operará durante 10 años.', value: { kind: 'duration', amount: 10, unit: 'year', resolved: null }, match: 'durante 10 años' },
        { text: 'Será vigente por veintiún años.', value: { kind: 'duration', amount: 21, unit: 'year', resolved: null }, match: 'vigente por veintiún años' },
      ],
      invalid: ['La empresa ha sido socia por 20 años.', 'Se multiplicó por 12 para 2030.'],
    },
  },
  {
    id: 'es.timeline.por_mas',
    field: 'timelines',
    lang: 'es',
    description: 'Duración con la unidad omitida: "por 20 años, renovable por 20 más" (unidad del período anterior).',
    pattern: re(`(?:por|durante)${S}(?:otr[oa]s${S})?(?<n>${NS})${S}m[áa]s${NE}`),
    extract: period({ lang: 'es', kind: 'duration', unitFromContext: true }),
    examples: {
      valid: [{ text: 'Regirá por 20 años con opción de renovar por 20 más.', value: { kind: 'duration', amount: 20, unit: 'year', resolved: null }, match: 'por 20 más' }],
      invalid: ['Pidió por 20 más.'],
    },
  },
  {
    id: 'es.timeline.plazo_vigencia',
    field: 'timelines',
    lang: 'es',
    description: 'Duración nombrada: "un plazo inicial de 5 años", "una vigencia de diez años", "una duración de 36 meses".',
    pattern: re(
      `(?:(?:un|una|el|la|su)${S})?(?:plazo|per[íi]odo|vigencia|duraci[óo]n|t[ée]rmino)${S}(?:(?:inicial|total|de${S}(?:vigencia|duraci[óo]n|gracia|prueba|transici[óo]n|exclusividad))${S})?de${S}(?:hasta${S})?(?<n>${N})${S}(?<u>${U})`,
    ),
    extract: period({ lang: 'es', kind: 'duration' }),
    examples: {
      valid: [
        { text: 'un plazo inicial de 5 años, prorrogable por 2', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'un plazo inicial de 5 años' },
        { text: 'con una vigencia de diez años', value: { kind: 'duration', amount: 10, unit: 'year', resolved: null }, match: 'una vigencia de diez años' },
        { text: 'tiene un período de gracia de cinco años', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'un período de gracia de cinco años' },
      ],
      invalid: ['una vigencia indefinida', 'un período de crecimiento'],
    },
  },
  {
    id: 'es.timeline.prorrogable',
    field: 'timelines',
    lang: 'es',
    description: 'Duración de una prórroga: "prorrogable por 2", "renovable por otros cinco años" (unidad del plazo si se omite).',
    pattern: re(
      `(?:prorrogable|renovable|extensible|ampliable|prorrogad[oa]|renovad[oa]|pr[óo]rroga|renovaci[óo]n)s?${S}(?:autom[áa]tica(?:mente)?${S})?(?:por|hasta${S}por|de|hasta)${S}(?:otr[oa]s?${S}|(?:un${S})?(?:per[íi]odos?|plazos?)${S}(?:(?:adicional|adicionales|sucesivos|iguales)${S})?de${S})?(?<n>${NS})(?:${S}(?<u>${U}))?(?:${S}(?:m[áa]s|adicionales))?${NE}`,
    ),
    extract: period({ lang: 'es', kind: 'duration', unitFromContext: true }),
    examples: {
      valid: [
        { text: 'un plazo inicial de 5 años, prorrogable por 2', value: { kind: 'duration', amount: 2, unit: 'year', resolved: null }, match: 'prorrogable por 2' },
        { text: 'renovable por otros cinco años', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'renovable por otros cinco años' },
        { text: 'renovable por períodos de diez años', value: { kind: 'duration', amount: 10, unit: 'year', resolved: null }, match: 'renovable por períodos de diez años' },
      ],
      invalid: ['renovable por períodos sucesivos de igual duración'],
    },
  },
  {
    id: 'es.timeline.adjetivo_periodo',
    field: 'timelines',
    lang: 'es',
    description: 'Duración como adjetivo: "un contrato quinquenal" (5 años), "un plan decenal" (10 años).',
    pattern: re(`(?:plan|contrato|acuerdo|convenio|programa|per[íi]odo|plazo|mandato)${S}(?<adj>${alternation(Object.keys(PERIOD_ADJECTIVES))})${NE}`),
    extract: m => {
      const years = PERIOD_ADJECTIVES[m.groups!.adj!.toLowerCase()];
      if (years === undefined) return null;
      const start = m.index + m[0].length - m.groups!.adj!.length;
      return { value: { kind: 'duration', amount: years, unit: 'year', resolved: null }, start, end: m.index + m[0].length };
    },
    examples: {
      valid: [{ text: 'Firmaron un contrato quinquenal de suministro.', value: { kind: 'duration', amount: 5, unit: 'year', resolved: null }, match: 'quinquenal' }],
      invalid: ['Firmaron un contrato anual.'],
    },
  },
  {
    id: 'es.timeline.hasta',
    field: 'timelines',
    lang: 'es',
    description: 'Duración hasta una fecha: "hasta 2060", "vigente hasta el 31 de diciembre de 2030", "vence en 2041".',
    pattern: re(
      `(?:(?:(?:vigente|v[áa]lid[oa]|en${S}vigor|regir[áa]|durar[áa]|se${S}extender[áa])${S})?hasta|(?:vence|vencer[áa]|expira|expirar[áa]|caduca|caducar[áa])${S}(?:en|el))${S}(?:el${S})?(?:(?:fin(?:al)?(?:es)?|finales|fines)${S}de(?:l)?${S})?${PART}(?:(?:el${S})?${YR}${S})?(?<date>${DATE.es})`,
    ),
    extract: named({ lang: 'es', kind: 'duration' }),
    examples: {
      valid: [
        { text: 'La concesión regirá hasta 2060.', value: { kind: 'duration', amount: null, unit: null, resolved: '2060' }, match: 'regirá hasta 2060' },
        { text: 'Es vigente hasta el 31 de diciembre de 2030.', value: { kind: 'duration', amount: null, unit: null, resolved: '2030-12-31' }, match: 'vigente hasta el 31 de diciembre de 2030' },
        { text: 'La concesión vence en 2041.', value: { kind: 'duration', amount: null, unit: null, resolved: '2041' }, match: 'vence en 2041' },
      ],
      invalid: ['Exportará hasta 2.000 toneladas.', 'Fue ministro hasta 2019.'],
    },
  },
  {
    id: 'es.timeline.aviso',
    field: 'timelines',
    lang: 'es',
    description: 'Duración de un preaviso: "con un aviso de apenas treinta días", "con 90 días de anticipación".',
    pattern: re(
      `con${S}(?:un${S})?(?:pre)?aviso${S}(?:(?:previo|por${S}escrito)${S})?(?:de${S})?(?:(?:al${S}menos|apenas|por${S}lo${S}menos|m[íi]nimo|hasta)${S})?(?<n>${N})${S}(?<u>${U})|(?:con${S})?(?<nb>${NS})${S}(?<ub>${U})${S}de${S}(?:anticipaci[óo]n|antelaci[óo]n|preaviso|aviso${S}previo)`,
    ),
    extract: period({ lang: 'es', kind: 'duration' }),
    examples: {
      valid: [
        { text: 'Cualquiera puede retirarse con un aviso de apenas treinta días.', value: { kind: 'duration', amount: 30, unit: 'day', resolved: null }, match: 'con un aviso de apenas treinta días' },
        { text: 'Notificará con 90 días de anticipación.', value: { kind: 'duration', amount: 90, unit: 'day', resolved: null }, match: 'con 90 días de anticipación' },
      ],
      invalid: ['con un aviso oportuno'],
    },
  },
  {
    id: 'es.timeline.cada',
    field: 'timelines',
    lang: 'es',
    description: 'Recurrencia: "cada seis meses", "cada año", "cada dos años" (no una tasa de cantidades).',
    pattern: re(`cada${S}(?:(?<n>${NS})${S}(?<u>${U})|(?<ub>${YR}|mes|semana)${NE})`),
    extract: every('es'),
    examples: {
      valid: [
        { text: 'El comité se reunirá cada seis meses.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'cada seis meses' },
        { text: 'Se revisará cada año.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'cada año' },
      ],
      invalid: ['Exporta 5.000 toneladas cada año.', 'cada día cuenta'],
    },
  },
  {
    id: 'es.timeline.veces',
    field: 'timelines',
    lang: 'es',
    description: 'Recurrencia: "una vez al año" (1 año), "dos veces al año" (6 meses), "dos reuniones por año".',
    pattern: re(`(?:(?<times>una)${S}vez|(?<timesN>${NS})${S}(?:veces|(?:${SCHEDULE_NOUN.es})(?:${S}(?:${EVENT_ADJECTIVE.es}))?))${S}(?:al|por|cada)${S}(?<u>${U})`),
    extract: (m, ctx) => {
      if (m.groups && m.groups.times === undefined && m.groups.timesN !== undefined) m.groups.times = m.groups.timesN;
      return timesPer('es')(m, ctx);
    },
    examples: {
      valid: [
        { text: 'Los ministros se reunirán una vez al año.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'una vez al año' },
        { text: 'La comisión sesiona dos veces al año.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'dos veces al año' },
        { text: 'Celebrarán dos reuniones técnicas por año.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'dos reuniones técnicas por año' },
      ],
      invalid: ['Los precios subieron dos veces este año.'],
    },
  },
  {
    id: 'es.timeline.anualmente',
    field: 'timelines',
    lang: 'es',
    description: 'Recurrencia: "anualmente", "de forma semestral", "todos los años" (no "toneladas anuales").',
    pattern: re(
      `(?<w>${alternation(ADVERBS)})${NE}|de${S}(?:forma|manera)${S}(?<wb>${alternation(ADJECTIVES)})${NE}|todos${S}los${S}(?<every>${YR}s|meses)${NE}`,
    ),
    extract: (m, ctx) => {
      const g = m.groups!;
      const v = g.every !== undefined ? (/^mes/i.test(g.every) ? ([1, 'month'] as const) : ([1, 'year'] as const)) : recurringWord(g.w ?? g.wb!);
      return v ? recurrence('es', v[0], v[1])(m, ctx) : null;
    },
    examples: {
      valid: [
        { text: 'Las partes revisarán la hoja de ruta anualmente.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'anualmente' },
        { text: 'Se informará de forma semestral.', value: { kind: 'recurrence', amount: 6, unit: 'month', resolved: null }, match: 'de forma semestral' },
      ],
      invalid: ['Produce 40.000 toneladas anualmente.', 'Pagará US$ 375 millones anualmente.'],
    },
  },
  {
    id: 'es.timeline.evento_anual',
    field: 'timelines',
    lang: 'es',
    description: 'Recurrencia de un acto de las partes: "una reunión anual", "reuniones ministeriales anuales" (no "toneladas anuales").',
    pattern: re(`(?:${SCHEDULE_NOUN.es})(?:${S}(?:${EVENT_ADJECTIVE.es})){0,2}${S}(?<w>${alternation(ADJECTIVES.map(a => `${a}es`))}|${alternation(ADJECTIVES)})${NE}`),
    extract: (m, ctx) => {
      const v = recurringWord(m.groups!.w!);
      return v ? recurrence('es', v[0], v[1], false)(m, ctx) : null;
    },
    examples: {
      valid: [
        { text: 'Celebrarán una reunión anual de ministros.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'reunión anual' },
        { text: 'Habrá reuniones ministeriales anuales.', value: { kind: 'recurrence', amount: 1, unit: 'year', resolved: null }, match: 'reuniones ministeriales anuales' },
      ],
      invalid: ['Producirá 40.000 toneladas anuales.', 'un ingreso mínimo anual'],
    },
  },
  {
    id: 'es.timeline.a_partir_de',
    field: 'timelines',
    lang: 'es',
    description: 'Inicio: "a partir de 2027", "a partir del 1 de enero de 2027", "a partir de enero de 2027".',
    pattern: re(`a${S}partir${S}de(?:l)?${S}${PART}(?:(?:el${S})?${YR}${S})?(?:mes${S}de${S})?(?<date>${DATE.es})`),
    extract: named({ lang: 'es', kind: 'start' }),
    examples: {
      valid: [
        { text: 'Las exportaciones se gravarán a partir de 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027' }, match: 'a partir de 2027' },
        { text: 'Rige a partir del 1 de enero de 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027-01-01' }, match: 'a partir del 1 de enero de 2027' },
        { text: 'Producirá litio a partir del segundo semestre de 2028.', value: { kind: 'start', amount: null, unit: null, resolved: '2028' }, match: 'a partir del segundo semestre de 2028' },
      ],
      invalid: ['a partir de la firma', 'A partir de 2019 cayó la producción.'],
    },
  },
  {
    id: 'es.timeline.inicio_verbo',
    field: 'timelines',
    lang: 'es',
    description: 'Inicio: "comenzará en 2027", "iniciará el 1 de junio de 2026", "entrará en vigor en enero de 2027".',
    pattern: re(
      `(?:comenzar[áa]n?|iniciar[áa]n?|empezar[áa]n?|arrancar[áa]n?|comienzan?|inician?|empiezan?|arrancan?|comenzar|iniciar|empezar|comenzando|iniciando|empezando|entrar[áa]n?${S}en${S}(?:vigor|vigencia))${S}(?:en|a${S}partir${S}de(?:l)?|el|desde)${S}${PART}(?:(?:el${S})?${YR}${S})?(?<date>${DATE.es})`,
    ),
    extract: named({ lang: 'es', kind: 'start' }),
    examples: {
      valid: [
        { text: 'El suministro comenzará en 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027' }, match: 'comenzará en 2027' },
        { text: 'Las entregas comienzan el 1 de abril.', value: { kind: 'start', amount: null, unit: null, resolved: '2026-04-01' }, match: 'comienzan el 1 de abril' },
      ],
      invalid: ['El suministro comenzó en 2027.', 'Podría iniciar en 2029.'],
    },
  },
  {
    id: 'es.timeline.inicio_proximo',
    field: 'timelines',
    lang: 'es',
    description: 'Inicio relativo a la fecha del documento: "a partir del próximo mes", "comenzará el próximo año".',
    pattern: re(
      `(?:a${S}partir${S}del${S}|(?:comenzar[áa]n?|iniciar[áa]n?|empezar[áa]n?|arrancar[áa]n?)${S}(?:el|la)${S})(?:pr[óo]xim[oa]|siguiente)${S}(?<next>mes|${YR}|semana)${NE}`,
    ),
    extract: named({ lang: 'es', kind: 'start' }),
    examples: {
      valid: [{ text: 'Las entregas comenzarán el próximo mes.', value: { kind: 'start', amount: null, unit: null, resolved: '2026-04' }, match: 'comenzarán el próximo mes' }],
      invalid: ['Las entregas comenzaron el mes pasado.'],
    },
  },
  {
    id: 'es.timeline.desde',
    field: 'timelines',
    lang: 'es',
    description: 'Inicio con "desde" solo si la fecha es posterior a la del documento: "desde 2027".',
    pattern: re(`desde${S}(?:el${S})?(?:(?:el${S})?${YR}${S})?(?<date>${DATE.es})(?!${S}(?:hasta|a|al)${S})`),
    extract: named({ lang: 'es', kind: 'start', futureOnly: true }),
    examples: {
      valid: [{ text: 'El arancel se aplicará desde 2027.', value: { kind: 'start', amount: null, unit: null, resolved: '2027' }, match: 'desde 2027' }],
      invalid: ['Opera desde 2003.', 'desde 2027 hasta 2030'],
    },
  },
];

const UNITS = ['dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'ano', 'anos', 'decada', 'decadas', 'lustro', 'lustros'];
const NUMBER = ['#'];

/** Semillas del prefiltro por línea (dates/seeded.ts), palabras plegadas. */
export const ES_TIMELINE_SEEDS: Seeds = {
  'es.timeline.dentro_de_proximos': [['dentro'], UNITS],
  'es.timeline.plazo_de': [['plazo', 'periodo', 'lapso', 'termino', 'maximo'], UNITS],
  'es.timeline.en_los_proximos': [['proximos', 'proximas', 'siguientes'], UNITS],
  'es.timeline.en_n': [['en'], UNITS],
  'es.timeline.tener_plazo': [['tendra', 'tendran', 'tiene', 'tienen', 'dispondra', 'dispondran', 'dispone', 'disponen', 'contara', 'contaran'], UNITS],
  'es.timeline.dura': [['durara', 'duraran', 'dura', 'duran', 'duracion'], UNITS],
  'es.timeline.durante_proximos': [['proximos', 'proximas', 'siguientes'], UNITS],
  'es.timeline.a_mas_tardar': [['tardar', 'tarde'], NUMBER],
  'es.timeline.antes_de': [['antes'], ['#', 'ano']],
  'es.timeline.para_fecha': [['para', 'hacia', 'aqui'], NUMBER],
  'es.timeline.n_o_m': [['o', 'u'], UNITS],
  'es.timeline.tras_evento': [UNITS],
  'es.timeline.por_periodo': [['por', 'durante'], UNITS],
  'es.timeline.por_mas': [['por', 'durante'], ['mas']],
  'es.timeline.plazo_vigencia': [['plazo', 'periodo', 'vigencia', 'duracion', 'termino'], UNITS],
  'es.timeline.prorrogable': [['prorrog*', 'renova*', 'extensible*', 'ampliable*']],
  'es.timeline.adjetivo_periodo': [['quinquenal', 'decenal', 'trienal', 'cuatrienal', 'sexenal']],
  'es.timeline.hasta': [['hasta', 'vence', 'vencera', 'expira', 'expirara', 'caduca', 'caducara'], NUMBER],
  'es.timeline.aviso': [['aviso', 'preaviso', 'anticipacion', 'antelacion'], UNITS],
  'es.timeline.cada': [['cada'], UNITS],
  'es.timeline.veces': [UNITS],
  'es.timeline.anualmente': [['anualmente', 'semestralmente', 'trimestralmente', 'mensualmente', 'semanalmente', 'bienalmente', 'forma', 'manera', 'todos']],
  'es.timeline.evento_anual': [['anual', 'anuales', 'semestral', 'semestrales', 'trimestral', 'trimestrales', 'mensual', 'mensuales', 'semanal', 'semanales', 'bienal', 'bienales']],
  'es.timeline.a_partir_de': [['partir'], NUMBER],
  'es.timeline.inicio_verbo': [['comenz*', 'comienz*', 'inici*', 'empez*', 'empiez*', 'arranc*', 'entrar*'], NUMBER],
  'es.timeline.inicio_proximo': [['proximo', 'proxima', 'siguiente'], ['mes', 'ano', 'semana']],
  'es.timeline.desde': [['desde'], NUMBER],
};
