// Meses y días de la semana en español, con abreviaturas y variantes de acento (solo datos).
// Claves en minúsculas; una abreviatura puede llevar punto o no ("4 feb", "4 feb.").
// "setiembre" es la forma usada en Perú y Uruguay.
export const MONTHS: Readonly<Record<string, number>> = {
  enero: 1, ene: 1,
  febrero: 2, feb: 2,
  marzo: 3, mar: 3,
  abril: 4, abr: 4,
  mayo: 5, may: 5,
  junio: 6, jun: 6,
  julio: 7, jul: 7,
  agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, sept: 9, sep: 9, set: 9,
  octubre: 10, oct: 10,
  noviembre: 11, nov: 11,
  diciembre: 12, dic: 12,
};

/** Abreviaturas que también son palabras ("mar", "set"): solo cuentan con un número al lado. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['mar', 'set', 'ago', 'may', 'jun', 'jul'];

export const WEEKDAYS: Readonly<Record<string, number>> = {
  lunes: 1,
  martes: 2,
  miércoles: 3, miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6, sabado: 6,
  domingo: 7,
};
