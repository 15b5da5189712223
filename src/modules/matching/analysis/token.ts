/** One analysed word: the index term, and the form a person wrote (for explanations). */
export interface Token {
  term: string;
  surface: string;
}

/**
 * A token with its place in the text, for pairing neighbours into phrase terms. Positions count
 * every word, stopwords and particles included, and jump at punctuation, so two tokens are
 * neighbours only when nothing but stopwords stands between them in one clause.
 */
export interface PositionedToken extends Token {
  position: number;
  /** The whole of a compound whose parts are tokens too ("low-cost"): never paired. */
  alias?: boolean;
}

/** How far positions jump at clause punctuation: more than any phrase gap, so no phrase spans it. */
export const CLAUSE_GAP = 10;

export type Language = 'ja' | 'en' | 'mixed' | 'none';
