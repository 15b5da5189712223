// Submodules only: natural's index pulls in dotenv, which logs on load (see PITFALLS.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(word: string): string };
import { CLAUSE_GAP, PositionedToken } from './token';

/** Lucene's classic English stop set: articles, conjunctions, prepositions and forms of "be". */
const LUCENE_STOPWORDS =
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with';

/**
 * The rest of the auxiliaries and pronouns that carry no topic. natural's 170-word list goes much
 * further and drops words that tell texts apart ("after", "under", "more", "only", single digits);
 * claim-style verbs ("increase", "associated") stay: measured, dropping them loses matches.
 */
const FUNCTION_WORDS =
  'been being can could do does did from had has have its may might our should than were which would we';

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(`${LUCENE_STOPWORDS} ${FUNCTION_WORDS}`.split(' '));

export interface EnglishOptions {
  stopwords: ReadonlySet<string>;
}

const DEFAULT_OPTIONS: EnglishOptions = { stopwords: ENGLISH_STOPWORDS };

// Letters and digits, joined by inner hyphens, apostrophes or dots (e.g. "low-cost", "o'brien", "v2.1").
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
// Punctuation that ends a clause: the words on either side of it are not neighbours.
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”]/;
const MAX_WORD = 40;

// Greek letters by name, as science writes them both ways ("TNF-α", "TNF-alpha"; "NF-κB", "NF-kappaB").
const GREEK_NAMES: Record<string, string> = Object.fromEntries(
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau upsilon phi chi psi omega'
    .split(' ')
    .map((name, i) => [String.fromCharCode(0x3b1 + i), name]),
);
const GREEK_LETTER = /[α-ω]/;
const GREEK_LETTERS = /[α-ω]/g;

/**
 * English words: lower-cased, stopwords dropped, British spellings folded to American,
 * Porter-stemmed; surface kept as written. `position` counts every word (stopwords too) and jumps
 * at clause punctuation. A hyphenated compound is indexed by its parts ("low-cost": low, cost);
 * when a part is short or holds a digit ("IL-6", "CTLA-4", "low-cost") the joined form is a term
 * too ("il6"), so the spellings with and without the hyphen meet. A name written straight into its
 * number ("IL6", "BRCA1", "p53") is a compound of the same kind, split where letters meet digits:
 * "IL6", "IL-6" and "IL 6" all give il, 6 (and "IL6", "IL-6" the joined il6 as well).
 */
export function analyzeEnglish(text: string, options: EnglishOptions = DEFAULT_OPTIONS, start = 0): PositionedToken[] {
  const tokens: PositionedToken[] = [];
  let position = start;
  let lastEnd = 0;
  if (GREEK_LETTER.test(text)) text = text.replace(GREEK_LETTERS, (letter) => GREEK_NAMES[letter]);
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    if (CLAUSE_BREAK.test(text.slice(lastEnd, match.index))) position += CLAUSE_GAP;
    lastEnd = match.index + surface.length;
    if (surface.length > MAX_WORD) {
      position++;
      continue;
    }
    const parts = (surface.includes('-') ? surface.split('-') : [surface]).flatMap(splitNameNumber);
    if (parts.length > 1 && parts.some((part) => part.length <= 3 || /\d/.test(part))) {
      const joined = englishTerm(parts.join(''), options);
      if (joined) tokens.push({ term: joined, surface, position, alias: true });
    }
    for (const part of parts) {
      const term = englishTerm(part, options);
      if (term) tokens.push({ term, surface: part, position });
      position++;
    }
  }
  return tokens;
}

// Where a run of letters meets a digit ("IL|6", "BRCA|1", "IL|1beta"). Digits followed by letters
// stay whole: "5mg", "20th", "1990s", "3D" are a quantity with its unit or suffix, not a name.
const NAME_NUMBER = /(?<=\p{L})(?=\p{N})/u;
const DIGIT = /\p{N}/u;

/**
 * A name and the number written straight after it, as two parts ("IL6": IL, 6), so that they meet
 * the hyphenated and spaced spellings. Parts with a dot or apostrophe ("v2.1") are left whole.
 */
function splitNameNumber(part: string): string[] {
  if (!DIGIT.test(part) || part.includes('.') || part.includes("'") || part.includes('’')) return [part];
  return part.split(NAME_NUMBER);
}

/** The index term of one word, or null for a stopword or a lone letter. */
function englishTerm(word: string, options: EnglishOptions): string | null {
  // A possessive is the word itself ("Alzheimer's" is "Alzheimer").
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (options.stopwords.has(lower)) return null;
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  return /^[a-z]+$/.test(lower) ? PorterStemmer.stem(americanSpelling(lower)) : lower;
}

/**
 * British to American spelling, so "tumour" meets "tumor" and "ischaemia" meets "ischemia": ae and
 * oe inside a word become e, a final -our becomes -or. Both sides of a match go through it, so a
 * fold that joins two unrelated words would be the only harm; none is common ("four", "hour" are
 * too short to fold).
 */
function americanSpelling(word: string): string {
  return word
    .replace(/ae/g, 'e')
    .replace(/oe(?=[a-z])/g, 'e')
    .replace(/^([a-z]{3,})our(s|al|ed|ing|able|ite|ites)?$/, '$1or$2');
}
