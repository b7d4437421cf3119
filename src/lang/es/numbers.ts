// Números en palabras, en español (solo datos). Compuestos: decenas "y" unidades ("treinta y seis"),
// veinti- en una palabra ("veintiún", "veinticinco"), centenas delante ("ciento veinte").
// Todas las variantes con y sin tilde están escritas.
export const ONES: Readonly<Record<string, number>> = {
  uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};

export const TEENS: Readonly<Record<string, number>> = {
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15,
  dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
};

export const TWENTIES: Readonly<Record<string, number>> = {
  veinte: 20,
  veintiuno: 21, veintiuna: 21, veintiún: 21, veintiun: 21,
  veintidós: 22, veintidos: 22,
  veintitrés: 23, veintitres: 23,
  veinticuatro: 24, veinticinco: 25,
  veintiséis: 26, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29,
};

export const TENS: Readonly<Record<string, number>> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};

export const HUNDREDS: Readonly<Record<string, number>> = {
  cien: 100, ciento: 100,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500,
  seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700,
  ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};

