import { analyzeEnglish } from './english';
import { detectLanguage, normalize } from './script';
import { TextAnalyzer } from './text-analyzer';

const terms = (tokens: { term: string }[]) => tokens.map((t) => t.term);

describe('detectLanguage', () => {
  it.each([
    ['Low-temperature drying of seaweed', 'en'],
    ['海藻を低温で乾燥させる技術', 'ja'],
    ['IoTセンサーで品質管理', 'ja'],
    ['海藻 drying process with vacuum and low temperature 技術', 'mixed'],
    ['12345 😀 !!', 'none'],
    ['Сушка водорослей', 'none'],
  ])('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('normalize', () => {
  it('folds full-width Latin and half-width katakana, and drops control and bidi marks', () => {
    expect(normalize('ＩｏＴ ｾﾝｻｰ\u0000\u202Eabc')).toBe('IoT センサー  abc');
  });
});

describe('analyzeEnglish', () => {
  it('lower-cases, drops stopwords, stems, and keeps the written form', () => {
    const tokens = analyzeEnglish('The Drying of Seaweeds at low temperatures');
    expect(terms(tokens)).toEqual(['dry', 'seawe', 'low', 'temperatur']);
    expect(tokens.map((t) => t.surface)).toEqual(['Drying', 'Seaweeds', 'low', 'temperatures']);
  });

  it('indexes a hyphenated compound whole and by its parts', () => {
    expect(terms(analyzeEnglish('low-cost'))).toEqual(['low-cost', 'low', 'cost']);
  });

  it('keeps model numbers and drops one-letter words', () => {
    expect(terms(analyzeEnglish('a CO2 sensor v2.1 x'))).toEqual(['co2', 'sensor', 'v2.1']);
  });
});

describe('TextAnalyzer', () => {
  let analyzer: TextAnalyzer;
  beforeAll(async () => {
    analyzer = await TextAnalyzer.create();
  });

  it('keeps base forms of Japanese content words and drops particles and auxiliaries', () => {
    const tokens = analyzer.tokens('海藻を低温で乾燥させる技術が必要です。');
    expect(terms(tokens)).toEqual(['海藻', '低温', '乾燥', '技術', '必要']);
  });

  it('turns inflected Japanese verbs and adjectives into their dictionary forms, with the written form kept', () => {
    const tokens = analyzer.tokens('センサーを使った。価格が高かった');
    expect(tokens).toEqual(
      expect.arrayContaining([
        { term: '使う', surface: '使っ' },
        { term: '高い', surface: '高かっ' },
      ]),
    );
  });

  it('sends Latin words inside Japanese text through the English path', () => {
    expect(terms(analyzer.tokens('IoTセンサーとAIで Drying Process を管理'))).toEqual([
      'iot', 'センサー', 'ai', 'dry', 'process', '管理',
    ]);
  });

  it('analyses full-width English as English', () => {
    expect(terms(analyzer.tokens('Ｄｒｙｉｎｇ ｓｅａｗｅｅｄ'))).toEqual(['dry', 'seawe']);
  });

  it('gives nothing for emoji, digits, other scripts and empty text', () => {
    expect(analyzer.tokens('😀😀 12345 Сушка')).toEqual([]);
    expect(analyzer.tokens('')).toEqual([]);
  });

  it('weighs titles and keywords over body text, and reports surfaces and languages', () => {
    const doc = analyzer.analyze({
      title: 'Seaweed drying',
      keywords: ['乾燥'],
      body: 'We dry seaweed at low temperature. 乾燥 keeps colour.',
    });
    expect(doc.terms.get('seawe')).toBe(3 + 1);
    expect(doc.terms.get('dry')).toBe(3 + 1);
    expect(doc.terms.get('乾燥')).toBe(3 + 1);
    expect(doc.terms.get('temperatur')).toBe(1);
    expect(doc.surfaces.get('seawe')).toBe('Seaweed');
    expect(doc.length).toBe([...doc.terms.values()].reduce((a, b) => a + b, 0));
    expect(doc.languages.sort()).toEqual(['en', 'ja', 'mixed']);
  });

  it('bounds the work on a huge text', () => {
    const doc = analyzer.analyze({ title: '', keywords: [], body: 'seaweed '.repeat(200_000) });
    expect(doc.terms.get('seawe')).toBeLessThanOrEqual(50_000 / 8 + 1);
  });
});
