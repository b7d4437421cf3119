// Fechas absolutas en español. Reglas de ambigüedad, documentadas:
// - Las fechas numéricas se leen día primero (DD/MM/AAAA); solo si el segundo número no puede ser
//   un mes se leen MM/DD. Un año de dos cifras ("29-06-23") se lee 2000–2069 / 1970–1999.
// - Un día y mes sin año ("el 29 de agosto", "4 feb") toma el único año de las fechas completas
//   de la misma oración; si no, el año que lo deja más cerca de la fecha del documento; sin
//   ninguno de los dos, se omite. Un mes solo tras una preposición ("en enero") igual. Un día que
//   se repite ("el 30 de junio de cada año") no es una fecha.
// - Las abreviaturas que también son palabras ("mar", "set") solo cuentan con punto o junto a un día.
// - Un año suelto cuenta salvo que sea una cantidad ("2.000 toneladas", "US$2026 millones"), una
//   etiqueta ("Ley 2026"), parte de un teléfono o siga a un nombre con mayúscula ("Agenda 2030").
// - Los rangos dan ambos extremos ("de 2026 a 2030", "del 1 al 5 de marzo de 2026").
// - Calles y plazas con nombre de fecha ("Avenida 9 de Julio") no son fechas.
import type { PatternRule } from '../../core/rules.ts';
import { DAY, MONTH, MONTH_FULL, SEED_WORDS, WB, WEEKDAY, WORDS, YEAR, YEAR_END, alternation } from './patterns.ts';
import type { Seeds } from './seeded.ts';
import { bareYear, dayMonth, dayRange, fullDate, monthAlone, monthYear, numericDate, yearRange, type DateValues } from './values.ts';

const M = MONTH.es;
const D = DAY.es;
const W = WEEKDAY.es;
const re = (source: string): RegExp => new RegExp(source, 'giu');

export const ES_DATE_RULES: PatternRule<DateValues>[] = [
  {
    id: 'es.date.day_month_year',
    field: 'dates',
    lang: 'es',
    description: 'Día, mes y año: "12 de marzo de 2026", "29 de agosto del 2025", "el martes 5 de mayo de 2026", "4 feb. 2026".',
    pattern: re(
      `${WB}(?:(?<wd>${W}),?\\s+)?(?<d>${D})(?:\\s+de\\s+|[ \\t]*[-/][ \\t]*|\\s+)(?<mo>${M})(?:\\s+de(?:l)?\\s+|[ \\t]*,[ \\t]*|[ \\t]*[-/][ \\t]*|\\s+)(?:año\\s+)?(?<y>${YEAR})${YEAR_END}`,
    ),
    extract: fullDate('es'),
    examples: {
      valid: [
        { text: 'LIMA, 12 de marzo de 2026 (EFE).- El canciller firmó.', value: ['2026-03-12'], match: '12 de marzo de 2026' },
        { text: 'Se firmó el 29 de agosto del 2025 en Quito.', value: ['2025-08-29'], match: '29 de agosto del 2025' },
        { text: 'Será el martes 5 de mayo de 2026.', value: ['2026-05-05'], match: 'martes 5 de mayo de 2026' },
        { text: 'Desde el 1º de enero de 2027 rige.', value: ['2027-01-01'], match: '1º de enero de 2027' },
        { text: 'Vence el 4 feb. 2026.', value: ['2026-02-04'], match: '4 feb. 2026' },
      ],
      invalid: ['El 31 de abril de 2026 no existe.', 'El 12 de marzo de 1850 queda fuera.'],
    },
  },
  {
    id: 'es.date.month_day_year',
    field: 'dates',
    lang: 'es',
    description: 'Mes, día y año (uso de algunos medios): "marzo 12, 2026".',
    pattern: re(`${WB}(?<mo>${M})\\s+(?<d>${D}),?\\s+(?:de\\s+)?(?<y>${YEAR})${YEAR_END}`),
    extract: fullDate('es'),
    examples: {
      valid: [{ text: 'Publicado: marzo 12, 2026', value: ['2026-03-12'], match: 'marzo 12, 2026' }],
      invalid: ['marzo 32, 2026'],
    },
  },
  {
    id: 'es.date.day_range',
    field: 'dates',
    lang: 'es',
    description: 'Días de un mes: "del 1 al 5 de marzo de 2026", "entre el 13 y el 15 de enero"; ambos extremos.',
    pattern: re(
      `${WB}(?:(?:del|de|entre\\s+el|entre)\\s+)?(?<d>${D})\\s*(?:al|y\\s+el|y|a|[-–—])\\s*(?<d2>${D})\\s+de\\s+(?<mo>${M})(?:\\s+de(?:l)?\\s+(?<y>${YEAR})${YEAR_END})?`,
    ),
    extract: dayRange('es'),
    examples: {
      valid: [
        { text: 'La feria será del 1 al 5 de marzo de 2026.', value: ['2026-03-01', '2026-03-05'], match: 'del 1 al 5 de marzo de 2026' },
        { text: 'Se reunirán entre el 13 y el 15 de enero.', value: ['2026-01-13', '2026-01-15'], match: 'entre el 13 y el 15 de enero' },
      ],
      invalid: ['del 5 al 1 de marzo de 2026'],
    },
  },
  {
    id: 'es.date.month_year',
    field: 'dates',
    lang: 'es',
    description: 'Mes y año: "marzo de 2026", "en marzo del 2026", "enero 2020".',
    pattern: re(`${WB}(?<mo>${M})(?:\\s+de(?:l)?|[ \\t]*,)?\\s+(?:año\\s+)?(?<y>${YEAR})${YEAR_END}`),
    extract: monthYear('es'),
    examples: {
      valid: [
        { text: 'El plan rige desde marzo de 2026.', value: ['2026-03'], match: 'marzo de 2026' },
        { text: 'Se firmó en marzo del 2026.', value: ['2026-03'], match: 'marzo del 2026' },
        { text: 'Ene. 2020: se prohibió exportar.', value: ['2020-01'], match: 'Ene. 2020' },
      ],
      invalid: ['El mar 2026 es un nombre.', 'En set 2026 de pruebas.'],
    },
  },
  {
    id: 'es.date.day_month',
    field: 'dates',
    lang: 'es',
    description: 'Día y mes sin año ("el 29 de agosto", "4 feb", "el martes 5 de mayo"): año de la oración o de la fecha del documento.',
    pattern: re(`${WB}(?:(?<wd>${W}),?\\s+)?(?<d>${D})(?:\\s+de\\s+|[ \\t]+)(?<mo>${M})(?![ \\t]*(?:,|de(?:l)?\\s)?[ \\t]*\\d)(?![ \\t]+de[ \\t]+cada[ \\t])`),
    extract: dayMonth('es'),
    examples: {
      valid: [
        { text: 'La cita es el 29 de agosto en Lima.', value: ['2026-08-29'], match: '29 de agosto' },
        { text: 'SANTIAGO, 4 feb (Reuters) - El gobierno anunció.', value: ['2026-02-04'], match: '4 feb' },
        { text: 'Será el martes 5 de mayo.', value: ['2026-05-05'], match: 'martes 5 de mayo' },
      ],
      invalid: ['Vive en la Avenida 9 de Julio.', 'Marcharon a la Plaza 25 de Mayo.', 'El 30 de febrero no existe.', 'Se revisa el 30 de junio de cada año.'],
    },
  },
  {
    id: 'es.date.month_alone',
    field: 'dates',
    lang: 'es',
    description: 'Un mes solo tras una preposición ("en enero"): año como en day_month; el tramo es la palabra del mes.',
    pattern: re(
      `${WB}(?:${alternation(WORDS.es.monthAlonePrepositions)})\\s+(?:(?:el\\s+)?mes\\s+de\\s+)?(?<mo>${MONTH_FULL.es})(?![\\p{L}]|\\.?[ \\t]*,?[ \\t]*\\d|\\s+(?:de|del)\\s+(?:año|este|ese|aquel|próximo|proximo|pasado|siguiente|dicho|\\d))`,
    ),
    extract: monthAlone('es'),
    examples: {
      valid: [
        { text: 'En enero la empresa ya firmó un convenio.', value: ['2026-01'], match: 'enero' },
        { text: 'Las obras empiezan a mediados de mayo.', value: ['2026-05'], match: 'mayo' },
      ],
      invalid: ['En enero del año pasado se firmó.', 'En enero de 2020 se firmó.', 'Hubo marchas en la Plaza de Mayo.'],
    },
  },
  {
    id: 'es.date.year_range',
    field: 'dates',
    lang: 'es',
    description: 'Dos años unidos por palabras: "de 2026 a 2030", "entre 2026 y 2030", "del 2026 al 2030"; ambos extremos.',
    pattern: re(`${WB}(?:entre|de|del|desde)\\s+(?:el\\s+)?(?:año\\s+)?(?<y>${YEAR})\\s+(?:y|a|al|hasta)\\s+(?:el\\s+)?(?<y2>${YEAR})${YEAR_END}`),
    extract: yearRange('es'),
    examples: {
      valid: [
        { text: 'El plan va de 2026 a 2030.', value: ['2026', '2030'], match: 'de 2026 a 2030' },
        { text: 'Invertirá entre 2026 y 2030.', value: ['2026', '2030'], match: 'entre 2026 y 2030' },
      ],
      invalid: ['de 2030 a 2026'],
    },
  },
  {
    id: 'es.date.year',
    field: 'dates',
    lang: 'es',
    description: 'Un año suelto 1900–2100, con guardas contra cantidades, etiquetas, teléfonos y nombres.',
    pattern: re(`(?<![\\p{L}\\p{N}_/@#.,$€£¥])${YEAR}(?![\\p{L}\\p{N}]|[.,/]\\d|[ \\t]?[-–—][ \\t]?\\d)`),
    extract: bareYear('es'),
    examples: {
      valid: [
        { text: 'El Tratado de Libre Comercio de 2003 sigue vigente.', value: ['2003'], match: '2003' },
        { text: 'Estará disponible para este mismo año 2026.', value: ['2026'], match: '2026' },
        { text: 'En 2021 la mina produjo cobre.', value: ['2021'], match: '2021' },
      ],
      invalid: [
        'Exportó 2.000 toneladas de litio.',
        'Unas 2026 toneladas al año.',
        'Un contrato de $us 2026 millones.',
        'Un préstamo de US$2026 millones.',
        'La Agenda 2030 fue citada.',
        'Según la Ley 2026 vigente.',
        'Llame al +56 2 2026 1234.',
        'Asistieron 2026 personas.',
        'Llegaron unas 2000 delegaciones.',
      ],
    },
  },
  {
    id: 'es.date.numeric',
    field: 'dates',
    lang: 'es',
    description: 'Fecha numérica, día primero: DD/MM/AAAA, DD-MM-AA.',
    pattern: re(`(?<![\\p{N}/.\\-])(?<a>\\d{1,2})(?<sep>[/.\\-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{N}]|[/.\\-]\\d)`),
    extract: numericDate(true),
    examples: {
      valid: [
        { text: '02/05/2026 | Comunicado de prensa', value: ['2026-05-02'], match: '02/05/2026' },
        { text: 'en El Diario el 29-06-23 07:07', value: ['2023-06-29'], match: '29-06-23' },
      ],
      invalid: ['La versión 1.2.23 salió.', 'El 32/01/2026 no existe.'],
    },
  },
];

/** Reglas seguras también en un texto inglés (una cita en español dentro de él). */
export const ES_STRICT_IDS: readonly string[] = ['es.date.day_month_year', 'es.date.month_year'];

/** Semillas del prefiltro por línea (seeded.ts): palabras sin las que cada regla no puede coincidir. */
export const ES_DATE_SEEDS: Seeds = {
  'es.date.day_month_year': [['#y'], SEED_WORDS.month.es],
  'es.date.month_day_year': [['#y'], SEED_WORDS.month.es],
  'es.date.day_range': [['#', 'primero'], SEED_WORDS.month.es],
  'es.date.month_year': [['#y'], SEED_WORDS.month.es],
  'es.date.day_month': [['#', 'primero'], SEED_WORDS.month.es],
  'es.date.month_alone': [SEED_WORDS.fullMonth.es],
  'es.date.year_range': [['#y']],
  'es.date.year': [['#y']],
  'es.date.numeric': [['#']],
};
