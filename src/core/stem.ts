// Word stems from natural's Porter stemmers (English and Spanish), imported as submodules: the
// package's top level pulls in database clients and reads .env. A stem lets one listed word stand
// for its inflections ("cooperar" covers "cooperarán", "mine" covers "mining", "mined"). The
// Spanish stemmer costs ~17 µs a word, so stems are remembered: press releases reuse few words.
import { createRequire } from 'node:module';
import type { Lang } from '../schema/record.ts';

interface Stemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
const STEMMERS: Record<Lang, Stemmer> = {
  en: require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer,
  es: require('natural/lib/natural/stemmers/porter_stemmer_es.js') as Stemmer,
};

/** Remembered stems per language; bounded so a huge corpus of odd words cannot grow it forever. */
const CACHE: Record<Lang, Map<string, string>> = { en: new Map(), es: new Map() };
const CACHE_LIMIT = 50_000;

/** The stem of a lower-case word (accents kept: the Spanish stemmer reads them). */
export function stem(word: string, lang: Lang): string {
  const cache = CACHE[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = STEMMERS[lang].stem(word);
    if (cache.size < CACHE_LIMIT) cache.set(word, s);
  }
  return s;
}
