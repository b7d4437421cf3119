// Abreviaturas tras las que un punto no termina la oración (español). Solo datos.
// Sin el punto final; se comparan, respetando mayúsculas, con la palabra anterior al punto.
export const ABBREVIATIONS: readonly string[] = [
  'Sr', 'Sra', 'Srta', 'Sres', 'Dr', 'Dra', 'Drs', 'Lic', 'Ing', 'Arq', 'Prof', 'Profa', 'Gral', 'Cnel', 'Excmo', 'Excma', 'Ilmo', 'Dña', 'Da', 'Dn', 'Mons', 'Emb',
  'EE.UU', 'EE. UU', 'EEUU', 'UU', 'EE', 'RR.EE', 'FF.AA', 'CC.AA', 'U.S', 'D.C', 'S.A', 'S.A.S', 'S.R.L', 'S.L', 'Cía', 'Cia', 'Ltda', 'Ltd', 'Co', 'Inc', 'Corp',
  'ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'sept', 'set', 'oct', 'nov', 'dic',
  'Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Sept', 'Set', 'Oct', 'Nov', 'Dic',
  'aprox', 'Aprox', 'etc', 'núm', 'Núm', 'nro', 'Nro', 'N', 'No', 'art', 'Art', 'arts', 'inc', 'pág', 'págs', 'vol', 'cap', 'aprox', 'p.ej', 'ej', 'vs', 'tel', 'av', 'Av', 'Avda', 'dpto', 'Dpto', 'depto', 'km', 'Km', 'mill', 'mm', 'US',
];

/**
 * Abreviaturas que también pueden cerrar una oración ("… firmó con EE.UU. La visita …"): tras
 * ellas la oración termina solo si la palabra siguiente es un inicio habitual (SENTENCE_OPENERS).
 */
export const MAY_END_SENTENCE: readonly string[] = ['EE.UU', 'EE. UU', 'EEUU', 'UU', 'RR.EE', 'FF.AA', 'U.S', 'D.C', 'S.A', 'S.A.S', 'S.R.L', 'S.L', 'Ltda', 'Ltd', 'Inc', 'Corp', 'Co', 'etc'];

/** Palabras con mayúscula que suelen abrir una oración (artículos, pronombres, conectores). */
export const SENTENCE_OPENERS: readonly string[] = [
  'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa', 'En', 'Con', 'Por', 'Para', 'Según',
  'Además', 'Asimismo', 'También', 'Sin', 'Ambos', 'Ambas', 'Tras', 'Durante', 'Al', 'Del', 'Se', 'Su', 'Sus', 'Pero', 'Y',
];
