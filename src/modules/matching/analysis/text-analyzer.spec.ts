import { findAbbreviations } from './abbreviations';
import { analyzeEnglish } from './english';
import { detectLanguage, normalize } from './script';
import { isPhrase, TextAnalyzer } from './text-analyzer';

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
  it('returns printable ASCII with tabs and line breaks as it is', () => {
    expect(normalize('Freeze-dried kombu:\tumami 100%\r\nok')).toBe('Freeze-dried kombu:\tumami 100%\r\nok');
    expect(normalize('bell\u0007 and delete\u007F')).toBe('bell  and delete ');
  });

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

  it('indexes a hyphenated compound by its parts, and a code-like one joined as well', () => {
    expect(terms(analyzeEnglish('heat-resistant'))).toEqual(['heat', 'resist']);
    expect(terms(analyzeEnglish('low-cost'))).toEqual(['lowcost', 'low', 'cost']);
    expect(terms(analyzeEnglish('IL-6 and CTLA-4'))).toEqual(['il6', 'il', '6', 'ctla4', 'ctla', '4']);
    expect(terms(analyzeEnglish('CTLA4'))).toEqual(['ctla4', 'ctla', '4']);
  });

  it('splits a name from the number written straight after it, as the hyphen would', () => {
    const parts = (text: string) =>
      analyzeEnglish(text)
        .filter((t) => !t.alias)
        .map((t) => `${t.term}@${t.position}`);
    expect(parts('IL6 levels')).toEqual(parts('IL-6 levels'));
    expect(parts('IL6 levels')).toEqual(parts('IL 6 levels'));
    expect(terms(analyzeEnglish('IL6'))).toEqual(terms(analyzeEnglish('IL-6')));
    expect(terms(analyzeEnglish('BRCA1 and p53'))).toEqual(['brca1', 'brca', '1', 'p53', '53']);
    expect(terms(analyzeEnglish('IL1β'))).toEqual(terms(analyzeEnglish('IL-1β')));
    // A number followed by letters is a quantity with its unit or suffix: left whole.
    expect(terms(analyzeEnglish('5mg 20th 1990s 3D'))).toEqual(['5mg', '20th', '1990s', '3d']);
  });

  it('keeps model numbers and drops one-letter words', () => {
    expect(terms(analyzeEnglish('a CO2 sensor v2.1 x'))).toEqual(['co2', 'co', '2', 'sensor', 'v2.1']);
  });

  it('keeps words that tell claims apart, which a long stopword list drops', () => {
    expect(terms(analyzeEnglish('more cells after 5 days under stress'))).toEqual([
      'more',
      'cell',
      'after',
      '5',
      'dai',
      'under',
      'stress',
    ]);
  });

  it('folds possessives, British spellings and Greek letters', () => {
    expect(terms(analyzeEnglish("Alzheimer's tumour ischaemia oedema behaviour"))).toEqual(
      terms(analyzeEnglish('Alzheimer tumor ischemia edema behavior')),
    );
    expect(terms(analyzeEnglish('TNF-α and NF-κB'))).toEqual(terms(analyzeEnglish('TNF-alpha and NF-kappaB')));
  });

  it('counts positions over every word and jumps at clause punctuation', () => {
    const tokens = analyzeEnglish('resistance to insulin. Cells');
    expect(tokens.map((t) => [t.term, t.position])).toEqual([
      ['resist', 0],
      ['insulin', 2],
      ['cell', 3 + 10],
    ]);
  });
});

describe('findAbbreviations', () => {
  it('finds long forms whose words spell the short form (Schwartz-Hearst)', () => {
    expect(
      findAbbreviations('We measured tumor necrosis factor (TNF) and magnetic resonance imaging (MRI) in mice.'),
    ).toEqual([
      { short: 'TNF', long: 'tumor necrosis factor' },
      { short: 'MRI', long: 'magnetic resonance imaging' },
    ]);
  });

  it('ignores parentheses that are not abbreviations', () => {
    expect(findAbbreviations('preterm infants (n = 17) and controls (see below) at 28 weeks (p < 0.05)')).toEqual([]);
    expect(findAbbreviations('the protein (XYZ) was stable')).toEqual([]);
  });
});

describe('TextAnalyzer', () => {
  let analyzer: TextAnalyzer;
  beforeAll(async () => {
    analyzer = await TextAnalyzer.create();
  });

  it.each([
    [
      'keeps base forms of Japanese content words and drops particles and auxiliaries',
      '海藻を低温で乾燥させる技術が必要です。',
      ['海藻', '低温', '乾燥', '技術', '必要'],
    ],
    [
      'sends Latin words inside Japanese text through the English path',
      'IoTセンサーとAIで Drying Process を管理',
      ['iot', 'センサー', 'ai', 'dry', 'process', '管理'],
    ],
    ['analyses full-width English as English', 'Ｄｒｙｉｎｇ ｓｅａｗｅｅｄ', ['dry', 'seawe']],
    [
      'keeps numbers and suffixes of Japanese compounds, and drops question words',
      '1998年に東京大学の研究者が何を開発したか？',
      ['1998', '年', '東京大学', '研究', '者', '開発'],
    ],
  ])('%s', (_, text, expected) => {
    expect(terms(analyzer.tokens(text))).toEqual(expected);
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
    const words = [...doc.terms].filter(([term]) => !isPhrase(term));
    expect(doc.length).toBe(words.reduce((sum, [, tf]) => sum + tf, 0));
    expect(doc.languages.sort()).toEqual(['en', 'ja', 'mixed']);
  });

  it('pairs neighbouring words into phrases, in either order, across a stopword but not across a clause', () => {
    const doc = analyzer.analyze({ title: '', keywords: [], body: 'Resistance to insulin. Cells' });
    const phrases = [...doc.terms.keys()].filter(isPhrase);
    expect(phrases).toEqual(['insulin resist']);
    expect(doc.surfaces.get('insulin resist')).toBe('Resistance insulin');
    const reversed = analyzer.analyze({ title: '', keywords: [], body: 'insulin resistance' });
    expect(reversed.terms.has('insulin resist')).toBe(true);
  });

  it('makes phrases of adjacent Japanese words, written without a space', () => {
    const doc = analyzer.analyze({ title: '', keywords: [], body: '低温乾燥の技術' });
    const phrase = [...doc.terms.keys()].find((term) => isPhrase(term) && term.includes('低温'));
    expect(phrase).toBeDefined();
    expect(doc.surfaces.get(phrase!)).toBe('低温乾燥');
  });

  it('counts every use of a defined abbreviation for the words of its long form', () => {
    const doc = analyzer.analyze({
      title: 'TNF in sepsis',
      keywords: [],
      body: 'Tumor necrosis factor (TNF) rises early. TNF blockade helps.',
    });
    // Once written out, then three uses of TNF (the title's counting 3) beyond its definition.
    expect(doc.terms.get('tnf')).toBe(3 + 1 + 1);
    expect(doc.terms.get('tumor')).toBe(1 + 3 + 1);
    expect(doc.terms.get('necrosi tumor')).toBe(1 + 3 + 1);
    expect(doc.surfaces.get('tumor')).toBe('Tumor');
    const words = [...doc.terms].filter(([term]) => !isPhrase(term));
    expect(doc.length).toBe(words.reduce((sum, [, tf]) => sum + tf, 0));
  });

  it('bounds the work on a huge text', () => {
    const doc = analyzer.analyze({ title: '', keywords: [], body: 'seaweed '.repeat(200_000) });
    expect(doc.terms.get('seawe')).toBeLessThanOrEqual(50_000 / 8 + 1);
  });
});
