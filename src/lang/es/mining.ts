// Spanish words of mining, minerals and their supply chains, and of cooperation, for deciding
// whether a text is about minerals cooperation (guideline `relevant`). Data only; every accent
// variant written out; matched folded as whole words or phrases.

/** Palabras que por sí solas dicen "minerales" (cada una cuenta doble). */
export const STRONG_MINING_WORDS: readonly string[] = [
  'minerales', 'minería', 'mineria', 'minerales críticos', 'tierras raras', 'materias primas', 'litio', 'cobre', 'níquel',
  'niquel', 'cobalto', 'grafito', 'espodumeno', 'uranio', 'sector minero', 'sector mineral', 'recursos minerales',
];

/** Palabras que dicen "minerales" solo junto a otras (cada una cuenta una vez). */
export const MINING_WORDS: readonly string[] = [
  'mineral', 'minero', 'minera', 'mineros', 'mineras', 'mina', 'minas', 'yacimiento',
  'yacimientos', 'metal', 'metales',
  'manganeso', 'galio', 'germanio', 'tungsteno', 'wolframio', 'antimonio', 'bauxita', 'zinc',
  'estaño', 'plata', 'oro', 'mineral de hierro', 'platino', 'paladio', 'vanadio', 'niobio', 'tantalio', 'molibdeno',
  'neodimio', 'praseodimio', 'disprosio', 'terbio', 'fosfato', 'potasio', 'boro',
  'fundición', 'refinería', 'refinación', 'concentrado', 'exploración', 'salar', 'salares', 'salmuera', 'relaves',
  'cadena de suministro', 'cadenas de suministro', 'cadenas de valor', 'procesamiento', 'imanes', 'cátodos', 'baterías',
  'recursos naturales',
];

export const COOPERATION_WORDS: readonly string[] = [
  'cooperación', 'cooperacion', 'asociación', 'alianza', 'acuerdo', 'convenio', 'memorando', 'memorándum', 'firmaron',
  'firmó', 'firma', 'suscribió', 'inversión', 'inversiones', 'financiamiento', 'préstamo', 'negociación', 'negociaciones',
  'contrato', 'conjunta', 'conjunto', 'bilateral', 'colaboración', 'marco', 'declaración', 'suministro', 'fondo', 'fondos',
  'financiación', 'subvención', 'subvenciones', 'financiar', 'financiará',
];
