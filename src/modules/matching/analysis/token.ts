/** One analysed word: the index term, and the form a person wrote (for explanations). */
export interface Token {
  term: string;
  surface: string;
}

export type Language = 'ja' | 'en' | 'mixed' | 'none';
