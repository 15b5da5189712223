import kuromoji, { IpadicFeatures, Tokenizer } from 'kuromoji';
import { dirname, join } from 'node:path';
import { analyzeEnglish, EnglishOptions } from './english';
import { CLAUSE_GAP, PositionedToken } from './token';

export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;

let loading: Promise<JapaneseTokenizer> | undefined;

/**
 * kuromoji's tokenizer, built once per process: loading its dictionary (shipped in the package)
 * takes about 1.5 s, so every caller shares the one promise.
 */
export function loadJapaneseTokenizer(): Promise<JapaneseTokenizer> {
  loading ??= new Promise((resolve, reject) => {
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
  return loading;
}

export interface JapaneseOptions {
  /** Noun sub-kinds (IPADIC pos_detail_1) that are not indexed. */
  nounExcluded: ReadonlySet<string>;
  /** Whether digit runs ("1998", "5") are terms. */
  numbers: boolean;
}

/**
 * Dependent nouns, pronouns and special forms carry no meaning of their own. Numbers (数) and
 * suffixes (接尾: 年, 者, 性, 市, ...) stay: "1998年", "研究者" and "耐熱性" are what a text says,
 * and as phrases with their neighbour they pin a compound down (measured on JSQuAD).
 */
const NOUN_EXCLUDED = new Set(['非自立', '代名詞', '特殊']);
export const DEFAULT_JAPANESE: JapaneseOptions = { nounExcluded: NOUN_EXCLUDED, numbers: true };

// Light verbs and nouns that appear in every need and seed ("する", "こと", ...), and question words.
const JAPANESE_STOPWORDS = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  'れる',
  'られる',
  'できる',
  'おる',
  'くる',
  'いく',
  'もの',
  'こと',
  'ため',
  'よう',
  'これ',
  'それ',
  'あれ',
  'ここ',
  'そこ',
  'ところ',
  'とき',
  'など',
  'ほか',
  'さ',
  'ない',
  'よい',
  'いい',
  '何',
  'いつ',
]);
const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}'’.-]+$/u;
const KANA_ONLY_SHORT = /^[\p{Script=Hiragana}ー]{1,2}$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Japanese text to tokens: base forms of nouns, independent verbs and adjectives; particles,
 * auxiliaries and symbols dropped. Latin words inside Japanese text go through the English path.
 * Every kuromoji token (particles too) takes a position; a symbol ends the clause.
 */
export function analyzeJapanese(
  tokenizer: JapaneseTokenizer,
  text: string,
  options: JapaneseOptions = DEFAULT_JAPANESE,
  english?: EnglishOptions,
): PositionedToken[] {
  const tokens: PositionedToken[] = [];
  let position = 0;
  for (const t of tokenizer.tokenize(text)) {
    const surface = t.surface_form;
    position++;
    if (LATIN_OR_DIGIT.test(surface)) {
      if (/\p{Script=Latin}/u.test(surface)) {
        const latin = analyzeEnglish(surface, english, position);
        tokens.push(...latin);
        position += Math.max(0, ...latin.map((l) => l.position - position));
      } else if (options.numbers && /\p{N}/u.test(surface)) {
        tokens.push({ term: surface, surface, position });
      }
      continue;
    }
    if (t.pos === '記号' || !HAS_LETTER_OR_DIGIT.test(surface)) {
      position += CLAUSE_GAP;
      continue;
    }
    const keep =
      (t.pos === '名詞' && !options.nounExcluded.has(t.pos_detail_1)) ||
      ((t.pos === '動詞' || t.pos === '形容詞') && t.pos_detail_1 === '自立');
    if (!keep) continue;
    const base = t.basic_form && t.basic_form !== '*' ? t.basic_form : surface;
    if (JAPANESE_STOPWORDS.has(base) || KANA_ONLY_SHORT.test(base)) continue;
    tokens.push({ term: base.toLowerCase(), surface, position });
  }
  return tokens;
}
