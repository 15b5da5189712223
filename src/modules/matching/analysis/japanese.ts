import kuromoji, { IpadicFeatures, Tokenizer } from 'kuromoji';
import { dirname, join } from 'node:path';
import { analyzeEnglish } from './english';
import { Token } from './token';

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

// Content words carry meaning; these sub-kinds of them do not.
const NOUN_EXCLUDED = new Set(['非自立', '代名詞', '数', '接尾', '特殊']);
// Light verbs and nouns that appear in every need and seed ("する", "こと", ...).
const JAPANESE_STOPWORDS = new Set([
  'する', 'ある', 'いる', 'なる', 'れる', 'られる', 'できる', 'おる', 'くる', 'いく', 'もの', 'こと', 'ため', 'よう',
  'これ', 'それ', 'あれ', 'ここ', 'そこ', 'ところ', 'とき', 'など', 'ほか', 'さ', 'ない', 'よい', 'いい',
]);
const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}'’.-]+$/u;
const KANA_ONLY_SHORT = /^[\p{Script=Hiragana}ー]{1,2}$/u;

/**
 * Japanese text to tokens: base forms of nouns, independent verbs and adjectives; particles,
 * auxiliaries and symbols dropped. Latin words inside Japanese text go through the English path.
 */
export function analyzeJapanese(tokenizer: JapaneseTokenizer, text: string): Token[] {
  const tokens: Token[] = [];
  for (const t of tokenizer.tokenize(text)) {
    const surface = t.surface_form;
    if (LATIN_OR_DIGIT.test(surface)) {
      if (/\p{Script=Latin}/u.test(surface)) tokens.push(...analyzeEnglish(surface));
      continue;
    }
    const keep =
      (t.pos === '名詞' && !NOUN_EXCLUDED.has(t.pos_detail_1)) ||
      ((t.pos === '動詞' || t.pos === '形容詞') && t.pos_detail_1 === '自立');
    if (!keep) continue;
    const base = t.basic_form && t.basic_form !== '*' ? t.basic_form : surface;
    if (JAPANESE_STOPWORDS.has(base) || KANA_ONLY_SHORT.test(base)) continue;
    tokens.push({ term: base.toLowerCase(), surface });
  }
  return tokens;
}
