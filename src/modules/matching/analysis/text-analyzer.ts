import { findAbbreviations } from './abbreviations';
import { analyzeEnglish, EnglishOptions, ENGLISH_STOPWORDS } from './english';
import {
  analyzeJapanese,
  DEFAULT_JAPANESE,
  JapaneseOptions,
  JapaneseTokenizer,
  loadJapaneseTokenizer,
} from './japanese';
import { detectLanguage, normalize } from './script';
import { Language, PositionedToken, Token } from './token';

/** Fields of a need, seed, piece of equipment or researcher profile, by weight class. */
export interface DocumentFields {
  title: string;
  keywords: string[];
  body: string;
}

/** How much one occurrence in each field counts (titles and keywords say what a text is about). */
export const FIELD_WEIGHTS = { title: 3, keywords: 3, body: 1 };
export type FieldWeights = typeof FIELD_WEIGHTS;

/** Joins the two words of a phrase term. No word term contains it (words never hold a space). */
export const PHRASE_JOINER = ' ';

/** Whether an index term is a phrase (two neighbouring words) rather than a word. */
export function isPhrase(term: string): boolean {
  return term.includes(PHRASE_JOINER);
}

export interface AnalyzedDocument {
  /**
   * Weighted term frequencies: words, and phrases (two neighbouring words in alphabetical order,
   * joined by PHRASE_JOINER) that reward a text for saying the query's words together.
   */
  terms: Map<string, number>;
  /** The most frequent written form of each term (on a tie, the first seen), for explanations. */
  surfaces: Map<string, string>;
  /** Sum of the weighted frequencies of the words (BM25's document length; phrases not counted). */
  length: number;
  languages: Language[];
}

export interface AnalysisOptions {
  english: EnglishOptions;
  japanese: JapaneseOptions;
  /** Whether neighbouring words also make phrase terms. */
  phrases: boolean;
  /**
   * Largest position distance of two words that make a phrase: 1 is strictly adjacent, 2 lets one
   * stopword or particle stand between ("resistance to insulin", "海藻の乾燥").
   */
  phraseGap: number;
  /** Whether abbreviations the text defines ("tumor necrosis factor (TNF)") count for their long form. */
  abbreviations: boolean;
  /** How much each use of a defined abbreviation counts for each word of its long form. */
  abbreviationWeight: number;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = {
  english: { stopwords: ENGLISH_STOPWORDS },
  japanese: DEFAULT_JAPANESE,
  phrases: true,
  phraseGap: 2,
  abbreviations: true,
  abbreviationWeight: 1,
};

/** Longest text analysed per field: anything longer is cut, so one huge text cannot stall a worker. */
export const MAX_ANALYZED_CHARS = 50_000;

const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;

/**
 * One analysis for every kind of text: Japanese through kuromoji, English through natural, mixed
 * text through both (each word by its script). Create with TextAnalyzer.create() (loads kuromoji).
 */
export class TextAnalyzer {
  private constructor(
    private readonly tokenizer: JapaneseTokenizer,
    private readonly options: AnalysisOptions,
  ) {}

  static async create(options: Partial<AnalysisOptions> = {}): Promise<TextAnalyzer> {
    return new TextAnalyzer(await loadJapaneseTokenizer(), { ...DEFAULT_ANALYSIS, ...options });
  }

  /** Word tokens of one text, in order. */
  tokens(text: string): Token[] {
    return this.positioned(text).tokens.map(({ term, surface }) => ({ term, surface }));
  }

  private positioned(text: string): { language: Language; tokens: PositionedToken[] } {
    const clean = normalize(text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text);
    const language = detectLanguage(clean);
    if (language === 'none') return { language, tokens: [] };
    if (language === 'en') return { language, tokens: analyzeEnglish(clean, this.options.english) };
    // kuromoji hands Latin words to the English path itself, so mixed text needs one pass.
    return { language, tokens: analyzeJapanese(this.tokenizer, clean, this.options.japanese, this.options.english) };
  }

  analyze(fields: DocumentFields, weights: FieldWeights = FIELD_WEIGHTS): AnalyzedDocument {
    const terms = new Map<string, number>();
    const surfaceCounts = new Map<string, Map<string, number>>();
    const languages = new Set<Language>();
    const definitions: { short: string; long: PositionedToken[]; weight: number }[] = [];
    let length = 0;
    const count = (term: string, surface: string, weight: number) => {
      terms.set(term, (terms.get(term) ?? 0) + weight);
      const forms = surfaceCounts.get(term) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaceCounts.set(term, forms);
    };
    const add = (text: string, weight: number) => {
      const { language, tokens } = this.positioned(text);
      languages.add(language);
      for (const token of tokens) {
        count(token.term, token.surface, weight);
        length += weight;
      }
      if (this.options.phrases) for (const phrase of this.phrases(tokens)) count(phrase.term, phrase.surface, weight);
      if (this.options.abbreviations) definitions.push(...this.abbreviations(text).map((d) => ({ ...d, weight })));
    };
    add(fields.title, weights.title);
    for (const keyword of fields.keywords) add(keyword, weights.keywords);
    add(fields.body, weights.body);
    // Every later use of a defined abbreviation is a use of its long form: a text that writes
    // "tumor necrosis factor (TNF)" once and "TNF" ten times is about tumor necrosis factor.
    const defined = new Set<string>();
    for (const { short, long, weight } of definitions) {
      if (defined.has(short)) continue;
      defined.add(short);
      const uses = ((terms.get(short) ?? 0) - weight) * this.options.abbreviationWeight;
      if (uses <= 0) continue;
      for (const token of long) {
        terms.set(token.term, (terms.get(token.term) ?? 0) + uses);
        length += uses;
      }
      if (this.options.phrases)
        for (const phrase of this.phrases(long)) terms.set(phrase.term, (terms.get(phrase.term) ?? 0) + uses);
    }
    const surfaces = new Map(
      [...surfaceCounts].map(([term, forms]) => [term, [...forms].sort((a, b) => b[1] - a[1])[0][0]]),
    );
    languages.delete('none');
    return { terms, surfaces, length, languages: [...languages] };
  }

  /**
   * Neighbouring word pairs of a token run, as phrase terms with their written form. A phrase
   * is the two words in either order ("expression of p53" meets "p53 expression").
   */
  private phrases(tokens: PositionedToken[]): Token[] {
    const phrases: Token[] = [];
    let previous: PositionedToken | undefined;
    for (const token of tokens) {
      if (token.alias) continue;
      if (previous && token.position - previous.position <= this.options.phraseGap && previous.term !== token.term) {
        const [a, b] = previous.term < token.term ? [previous.term, token.term] : [token.term, previous.term];
        phrases.push({ term: `${a}${PHRASE_JOINER}${b}`, surface: joinSurfaces(previous, token) });
      }
      previous = token;
    }
    return phrases;
  }

  /** Abbreviations a text defines, as the short form's term and the long form's tokens. */
  private abbreviations(text: string): { short: string; long: PositionedToken[] }[] {
    const found: { short: string; long: PositionedToken[] }[] = [];
    for (const { short, long } of findAbbreviations(normalize(text.slice(0, MAX_ANALYZED_CHARS)))) {
      const shortTokens = this.positioned(short).tokens.filter((t) => !t.alias);
      const longTokens = this.positioned(long).tokens.filter((t) => !t.alias);
      if (shortTokens.length !== 1 || longTokens.length < 2) continue;
      if (longTokens.some((t) => t.term === shortTokens[0].term)) continue;
      found.push({ short: shortTokens[0].term, long: longTokens });
    }
    return found;
  }
}

/** The written form of a phrase: its two words, with a space unless both are Japanese and adjacent. */
function joinSurfaces(first: PositionedToken, second: PositionedToken): string {
  const spaced =
    second.position - first.position > 1 ||
    LATIN_EDGE.test(first.surface.slice(-1)) ||
    LATIN_EDGE.test(second.surface[0]);
  return spaced ? `${first.surface} ${second.surface}` : `${first.surface}${second.surface}`;
}
