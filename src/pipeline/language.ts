// Stage 3, language: franc restricted to the languages a minerals press release is plausibly
// written in. Only English and Spanish are extracted; everything else is recorded as `und`
// with status `unsupported` rather than forced into one of the two.
import { francAll } from 'franc';
import { trigramRanker } from './trigram-rank.ts';
import { FUNCTION_WORDS as FUNCTION_WORD_LISTS } from '../lang/other/function-words.ts';

export interface LanguageResult {
  code: 'en' | 'es' | 'und';
  confidence: number;
  status: 'ok' | 'unsupported' | 'too_short' | 'empty';
  /** The ISO 639-3 code franc chose, for diagnostics. */
  detected: string | null;
}

// Candidates: the supported pair plus the languages most often confused with them.
const CANDIDATES = ['eng', 'spa', 'por', 'fra', 'ita', 'deu', 'cat', 'glg', 'nld'];
const SUPPORTED: Record<string, 'en' | 'es'> = { eng: 'en', spa: 'es' };
/** Fewer letters than this is too little text to tell a language (or to extract from). */
export const MIN_LETTERS = 60;
/**
 * The cost grows with the text (about 0.05 ms per 1,000 characters for these candidates through
 * trigram-rank.ts, 0.7 ms through francAll itself), and 900 characters of prose settle English against Spanish against Portuguese; a longer text is
 * sampled at its start, middle and end (see the eval's language accuracy for the effect). On the
 * 10,000 benchmark documents, the fixtures and the dev set, 900 gives the language 1,200 gave on
 * every document; 600 turned one Spanish text Galician.
 */
const SAMPLE = 900;
const MIN_LENGTH = 10;
/** franc's ranking without its per-call overhead (same numbers; franc itself for non-Latin text). */
const ranker = trigramRanker(CANDIDATES, MIN_LENGTH);

export function detectLanguage(body: string): LanguageResult {
  if (!/\S/.test(body)) return { code: 'und', confidence: 0, status: 'empty', detected: null };
  if (!hasLetters(body, MIN_LETTERS)) return { code: 'und', confidence: 0, status: 'too_short', detected: null };
  const sample = sampleText(body);
  const ranked = ranker.rank(sample) ?? francAll(sample, { only: CANDIDATES, minLength: MIN_LENGTH });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0, status: 'unsupported', detected: null };
  if (sample.length < SHORT_TEXT) {
    const settled = byFunctionWords(sample, ranked);
    if (settled !== best[0]) {
      const code = SUPPORTED[settled];
      return code ? { code, confidence: 0.5, status: 'ok', detected: settled } : { code: 'und', confidence: 0.5, status: 'unsupported', detected: settled };
    }
  }
  const confidence = confidenceFromGap(1 - (second?.[1] ?? 0));
  const code = SUPPORTED[best[0]];
  if (!code) return { code: 'und', confidence, status: 'unsupported', detected: best[0] };
  return { code, confidence, status: 'ok', detected: best[0] };
}

/**
 * On a sentence or two, the trigram scores of related languages come within a few hundredths of
 * each other, and franc's first choice is then often wrong: a Spanish sentence ranked Galician or
 * Italian, an English one Portuguese. Below SHORT_TEXT characters, the candidates scoring within
 * NEAR of the best are told apart by their commonest function words (lower case; words shared
 * by two languages count for both): one with strictly more of its own words than franc's choice
 * is taken instead, with confidence 0.5. Longer texts are franc's alone.
 */
const SHORT_TEXT = 600;
const NEAR = 0.06;
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(FUNCTION_WORD_LISTS).map(([code, words]) => [code, new Set(words.split(' '))]),
);
const WORD_RE = /\p{L}+/gu;

/** The candidate a short text's function words settle on among the near-tied ones (see above). */
function byFunctionWords(sample: string, ranked: readonly (readonly [string, number])[]): string {
  const best = ranked[0]![0];
  const near = ranked.filter(([code, score]) => score >= 1 - NEAR && FUNCTION_WORDS[code] !== undefined);
  if (near.length < 2) return best;
  const words = sample.toLowerCase().match(WORD_RE) ?? [];
  const hits = (code: string): number => words.reduce((n, w) => n + (FUNCTION_WORDS[code]!.has(w) ? 1 : 0), 0);
  let chosen = best;
  let most = hits(best);
  for (const [code] of near) {
    const h = hits(code);
    if (h > most) {
      chosen = code;
      most = h;
    }
  }
  return chosen;
}

const LETTER = /\p{L}/gu;

/** Whether the text holds at least `n` letters (counting stops there). */
function hasLetters(text: string, n: number): boolean {
  LETTER.lastIndex = 0;
  let count = 0;
  while (count < n && LETTER.exec(text) !== null) count++;
  return count >= n;
}

/** Start, middle and end of a long text: a quoted foreign headline does not decide alone. */
function sampleText(body: string): string {
  if (body.length <= SAMPLE) return body;
  const third = SAMPLE / 3;
  const mid = Math.floor(body.length / 2 - third / 2);
  return `${body.slice(0, third)} ${body.slice(mid, mid + third)} ${body.slice(body.length - third)}`;
  // Cuts fall mid-word; the stray trigrams they add are too few to matter.
}

/**
 * franc scores the best language 1 and the others relative to it, all close to 1 for related
 * languages (Spanish against Galician differs by about 0.01). The gap to the runner-up is mapped
 * linearly onto 0.5–1: a gap of 0.05 or more (typical for English against the Romance
 * languages) is full confidence.
 */
function confidenceFromGap(gap: number): number {
  return Math.round((0.5 + Math.min(Math.max(gap, 0), 0.05) * 10) * 100) / 100;
}
