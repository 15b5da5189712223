import { analyzeEnglish } from './english';
import { analyzeJapanese, JapaneseTokenizer, loadJapaneseTokenizer } from './japanese';
import { detectLanguage, normalize } from './script';
import { Language, Token } from './token';

/** Fields of a need, seed, piece of equipment or researcher profile, by weight class. */
export interface DocumentFields {
  title: string;
  keywords: string[];
  body: string;
}

/** How much one occurrence in each field counts (titles and keywords say what a text is about). */
export const FIELD_WEIGHTS = { title: 3, keywords: 3, body: 1 };
export type FieldWeights = typeof FIELD_WEIGHTS;

export interface AnalyzedDocument {
  /** Weighted term frequencies. */
  terms: Map<string, number>;
  /** The most frequent written form of each term (on a tie, the first seen), for explanations. */
  surfaces: Map<string, string>;
  /** Sum of the weighted frequencies (BM25's document length). */
  length: number;
  languages: Language[];
}

/** Longest text analysed per field: anything longer is cut, so one huge text cannot stall a worker. */
export const MAX_ANALYZED_CHARS = 50_000;

/**
 * One analysis for every kind of text: Japanese through kuromoji, English through natural, mixed
 * text through both (each word by its script). Create with TextAnalyzer.create() (loads kuromoji).
 */
export class TextAnalyzer {
  private constructor(private readonly tokenizer: JapaneseTokenizer) {}

  static async create(): Promise<TextAnalyzer> {
    return new TextAnalyzer(await loadJapaneseTokenizer());
  }

  /** Tokens of one text, in order. */
  tokens(text: string): Token[] {
    const clean = normalize(text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text);
    const language = detectLanguage(clean);
    if (language === 'none') return [];
    if (language === 'en') return analyzeEnglish(clean);
    // kuromoji hands Latin words to the English path itself, so mixed text needs one pass.
    return analyzeJapanese(this.tokenizer, clean);
  }

  analyze(fields: DocumentFields, weights: FieldWeights = FIELD_WEIGHTS): AnalyzedDocument {
    const terms = new Map<string, number>();
    const surfaceCounts = new Map<string, Map<string, number>>();
    const languages = new Set<Language>();
    const add = (text: string, weight: number) => {
      languages.add(detectLanguage(text));
      for (const token of this.tokens(text)) {
        terms.set(token.term, (terms.get(token.term) ?? 0) + weight);
        const forms = surfaceCounts.get(token.term) ?? new Map<string, number>();
        forms.set(token.surface, (forms.get(token.surface) ?? 0) + 1);
        surfaceCounts.set(token.term, forms);
      }
    };
    add(fields.title, weights.title);
    for (const keyword of fields.keywords) add(keyword, weights.keywords);
    add(fields.body, weights.body);
    const surfaces = new Map(
      [...surfaceCounts].map(([term, forms]) => [term, [...forms].sort((a, b) => b[1] - a[1])[0][0]]),
    );
    let length = 0;
    for (const tf of terms.values()) length += tf;
    languages.delete('none');
    return { terms, surfaces, length, languages: [...languages] };
  }
}
