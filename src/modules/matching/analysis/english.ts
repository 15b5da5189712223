// Submodules only: natural's index pulls in dotenv, which logs on load (see PITFALLS.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PorterStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { words: NATURAL_STOPWORDS }: { words: string[] } = require('natural/lib/natural/util/stopwords');
import { Token } from './token';

export const ENGLISH_STOPWORDS = new Set(NATURAL_STOPWORDS);

// Letters and digits, joined by inner hyphens, apostrophes or dots (e.g. "low-cost", "o'brien", "v2.1").
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const MAX_WORD = 40;

/** English words: lower-cased, stopwords dropped, Porter-stemmed; surface kept as written. */
export function analyzeEnglish(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    if (surface.length > MAX_WORD) continue;
    // Hyphenated and dotted compounds are indexed by their parts as well as whole.
    const parts = surface.includes('-') ? [surface, ...surface.split('-')] : [surface];
    for (const part of parts) {
      const lower = part.toLowerCase().replace(/’/g, "'");
      if (ENGLISH_STOPWORDS.has(lower)) continue;
      if (lower.length < 2 && !/\d/.test(lower)) continue;
      tokens.push({ term: /^[a-z]+$/.test(lower) ? PorterStemmer.stem(lower) : lower, surface: part });
    }
  }
  return tokens;
}
