import {
  EN_ADJECTIVES,
  EN_CODE_LETTERS,
  EN_CODE_SUFFIXES,
  EN_COMMON,
  EN_FIELDS,
  EN_NOUNS,
  EN_PREFIXES,
  EN_ROOTS,
  EN_VERBS,
  JA_ADJECTIVES,
  JA_COMMON,
  JA_FIELDS,
  JA_KATAKANA_PIECES,
  JA_LATIN_TERMS,
  JA_NOUNS,
  JA_VERBS,
} from './vocabulary';

/** A seed or need as the engine sees it. */
export interface SyntheticText {
  id: string;
  language: 'en' | 'ja' | 'mixed';
  title: string;
  keywords: string[];
  body: string;
}

export type Rng = () => number;

/** mulberry32: small, fast and good enough to make text; the same seed gives the same stream. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts, so document i gets its own stream whatever else was generated before. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, s);
  }

  sample(rng: Rng): number {
    const target = rng() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// Morae for made-up product, material and company names: the rare proper nouns of real text.
const MORAE: [string, string][] = [
  ['ア', 'a'],
  ['イ', 'i'],
  ['カ', 'ka'],
  ['キ', 'ki'],
  ['ク', 'ku'],
  ['コ', 'ko'],
  ['サ', 'sa'],
  ['シ', 'shi'],
  ['ス', 'su'],
  ['セ', 'se'],
  ['ソ', 'so'],
  ['タ', 'ta'],
  ['テ', 'te'],
  ['ト', 'to'],
  ['ナ', 'na'],
  ['ニ', 'ni'],
  ['ノ', 'no'],
  ['ハ', 'ha'],
  ['フ', 'fu'],
  ['ホ', 'ho'],
  ['マ', 'ma'],
  ['ミ', 'mi'],
  ['ム', 'mu'],
  ['メ', 'me'],
  ['モ', 'mo'],
  ['ラ', 'ra'],
  ['リ', 'ri'],
  ['ル', 'ru'],
  ['レ', 're'],
  ['ロ', 'ro'],
  ['ヴァ', 'va'],
  ['ゼ', 'ze'],
  ['ド', 'do'],
  ['ガ', 'ga'],
  ['ベ', 'be'],
  ['ピ', 'pi'],
  ['ン', 'n'],
  ['ル', 'l'],
  ['ト', 't'],
  ['ックス', 'x'],
];

interface Topic {
  field: { en: string; ja: string };
  en: string[];
  ja: string[];
}

interface Pools {
  enNouns: string[];
  jaNouns: string[];
  enZipf: Zipf;
  jaZipf: Zipf;
  topics: Topic[];
  topicZipf: Zipf;
}

const TOPICS = 400;
const TAIL_NAMES = 10_000;

/**
 * A deterministic collection of seeds and needs. Document i depends only on the corpus seed and i,
 * so the 10k collection is the first 10k documents of the 100k one.
 */
export class SyntheticCorpus {
  private readonly pools: Pools;

  constructor(private readonly seed = 20_240_601) {
    this.pools = buildPools(mulberry32(hashSeed('vocabulary', seed)));
  }

  /** Distinct noun forms the generator can emit (head words plus the generated tail). */
  get vocabularySize(): { en: number; ja: number } {
    return { en: this.pools.enNouns.length, ja: this.pools.jaNouns.length };
  }

  seedText(i: number): SyntheticText {
    return this.generate('seed', i);
  }

  needText(i: number): SyntheticText {
    return this.generate('need', i);
  }

  private generate(kind: 'seed' | 'need', i: number): SyntheticText {
    const rng = mulberry32(hashSeed(kind, this.seed, i));
    const roll = rng();
    const language = roll < 0.45 ? 'en' : roll < 0.9 ? 'ja' : 'mixed';
    const topic = this.pools.topics[this.pools.topicZipf.sample(rng)];
    const writer = new Writer(rng, this.pools, topic, language);
    const id = `${kind}-${i}`;
    return language === 'en' ? { id, language, ...writer.english(kind) } : { id, language, ...writer.japanese(kind) };
  }
}

function buildPools(rng: Rng): Pools {
  const names = new Set<string>();
  const tail: [string, string][] = [];
  while (tail.length < TAIL_NAMES) {
    const morae = Array.from({ length: between(rng, 3, 5) }, () => pick(rng, MORAE));
    const ja = morae.map((m) => m[0]).join('');
    if (names.has(ja) || ja.startsWith('ン') || ja.startsWith('ックス')) continue;
    names.add(ja);
    tail.push([ja, morae.map((m) => m[1]).join('')]);
  }
  const compounds = shuffled(
    rng,
    EN_PREFIXES.flatMap((p) => EN_ROOTS.map((r) => `${p}${r}`)),
  );
  const codes = shuffled(
    rng,
    EN_CODE_LETTERS.flatMap((l) => EN_CODE_SUFFIXES.map((s) => `${l}${s}`)),
  );
  const katakana = shuffled(
    rng,
    JA_KATAKANA_PIECES.flatMap((a) => JA_KATAKANA_PIECES.filter((b) => b !== a).map((b) => `${a}${b}`)),
  );
  // Ranks: generic words, then technical nouns (most general first), then compounds and codes,
  // then made-up names last, so the names are the rare end of the curve, as proper nouns are.
  const enTechnical = [...EN_NOUNS, ...shuffled(rng, [...compounds, ...codes])];
  const jaTechnical = [...JA_NOUNS, ...shuffled(rng, [...katakana, ...JA_LATIN_TERMS])];
  const enNouns = [...EN_COMMON, ...enTechnical, ...tail.map((t) => t[1])];
  const jaNouns = [...JA_COMMON, ...jaTechnical, ...tail.map((t) => t[0])];
  const enZipf = new Zipf(enNouns.length, 1);
  const jaZipf = new Zipf(jaNouns.length, 1);
  // A topic favours some technical nouns, compounds and names: documents on one subject share
  // them, and a need finds its seeds through them.
  const topicWords = (head: string[], compounds: string[], names: string[]) => {
    const flat = new Zipf(head.length, 0.3);
    return [
      ...Array.from({ length: 24 }, () => head[flat.sample(rng)]),
      ...Array.from({ length: 12 }, () => pick(rng, compounds)),
      ...Array.from({ length: 4 }, () => pick(rng, names)),
    ];
  };
  const enCompounds = enTechnical.slice(EN_NOUNS.length);
  const jaCompounds = jaTechnical.slice(JA_NOUNS.length);
  const topics = Array.from({ length: TOPICS }, () => {
    const f = Math.floor(rng() * EN_FIELDS.length);
    return {
      field: { en: EN_FIELDS[f], ja: JA_FIELDS[f % JA_FIELDS.length] },
      en: topicWords(
        EN_NOUNS,
        enCompounds,
        tail.map((t) => t[1]),
      ),
      ja: topicWords(
        JA_NOUNS,
        jaCompounds,
        tail.map((t) => t[0]),
      ),
    };
  });
  return { enNouns, jaNouns, enZipf, jaZipf, topics, topicZipf: new Zipf(TOPICS, 0.8) };
}

const EN_SEED_SENTENCES = [
  'We {v} {a} {n} {n} for {n} in {field}.',
  'The proposed {n} can {v} the {n} of {n} by {pct} percent.',
  'Our {n} uses {a} {n} to {v} {n} and {n}.',
  'This study aims to {v} {n} {n} with {a} {n}.',
  'Compared with conventional {n}, the {n} achieves {a} {n} and lower {n}.',
  'Applications include {n}, {n} and {n} in the {n} industry.',
  'A prototype {n} was tested with {n} from local {n} producers.',
  'It is possible to {v} {n} without {n} or {n}.',
  'The {n} of the {n} is measured with a {a} {n}.',
  'Our laboratory has patents on {n} {n} and {a} {n}.',
];
const EN_NEED_SENTENCES = [
  'We are looking for a {a} {n} to {v} {n} in our {n} line.',
  'Our company produces {n} and {n}, and we need to {v} the {n}.',
  'Currently the {n} of our {n} is low because of {n}.',
  'We want to {v} the {n} {n} at {a} cost.',
  'Any {n} or {n} that can {v} {n} would help.',
  'The {n} must work with our existing {n} and {n}.',
  'We would like to {v} {n} using {a} {n}.',
  'About {pct} percent of our {n} is lost to {n} every year.',
];
const JA_SEED_SENTENCES = [
  '{n}を用いた{n}の{n}を{v}。',
  '本研究では{n}と{n}を組み合わせることで{n}の{n}を{v}。',
  '従来の{n}に比べて{n}が{j}{n}を実現した。',
  '{field}の知見を生かし、{n}における{n}の{n}を開発した。',
  '{n}や{n}への応用が期待される。',
  '{latin}を活用した{n}の{n}により、{n}を{v}ことができる。',
  '試作した{n}は{n}の{n}で{pct}%の{n}を示した。',
  '{n}の{n}と{n}について特許を出願している。',
];
const JA_NEED_SENTENCES = [
  '当社では{n}の{n}に課題がある。',
  '{n}の{n}を{v}技術を求めている。',
  '{j}{n}で{n}を{v}方法を探している。',
  '現在は{n}を{n}で行っているが、{n}と{n}に時間がかかる。',
  '{n}の{n}に{latin}を導入したい。',
  '地域の{n}を生かした{n}を開発したい。',
  '年間{pct}%の{n}が{n}により失われている。',
];

/** Fills sentence templates for one document, in one language and about one topic. */
class Writer {
  constructor(
    private readonly rng: Rng,
    private readonly pools: Pools,
    private readonly topic: Topic,
    private readonly language: 'en' | 'ja' | 'mixed',
  ) {}

  english(kind: 'seed' | 'need'): Omit<SyntheticText, 'id' | 'language'> {
    const { rng } = this;
    const title = capitalise(`${pick(rng, EN_ADJECTIVES)} ${this.en()} ${this.en()} for ${this.en()} ${this.en()}`);
    const keywords = Array.from({ length: between(rng, 3, 6) }, () =>
      rng() < 0.5 ? this.en() : `${this.en()} ${this.en()}`,
    );
    const target = between(rng, 80, 250);
    const sentences: string[] = [];
    let count = 0;
    while (count < target) {
      const sentence = this.fill(pick(rng, kind === 'seed' ? EN_SEED_SENTENCES : EN_NEED_SENTENCES), 'en');
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    return { title, keywords, body: sentences.join(' ') };
  }

  /** Japanese (or mixed: a share of the nouns written in English, as Japanese abstracts do). */
  japanese(kind: 'seed' | 'need'): Omit<SyntheticText, 'id' | 'language'> {
    const { rng } = this;
    const title =
      rng() < 0.5
        ? `${this.ja()}を用いた${this.ja()}の${this.ja()}`
        : `${this.ja()}による${this.ja()}${this.ja()}の開発`;
    const keywords = Array.from({ length: between(rng, 3, 6) }, () =>
      this.language === 'mixed' && rng() < 0.5 ? this.en() : rng() < 0.6 ? this.ja() : `${this.ja()}${this.ja()}`,
    );
    // Japanese runs about two characters a word: 80-250 words' worth is 160-500 characters.
    const target = 2 * between(rng, 80, 250);
    let body = '';
    while (body.length < target)
      body += this.fill(pick(rng, kind === 'seed' ? JA_SEED_SENTENCES : JA_NEED_SENTENCES), 'ja');
    return { title, keywords, body };
  }

  private fill(template: string, script: 'en' | 'ja'): string {
    const { rng } = this;
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'n':
          return script === 'en' ? this.en() : this.ja();
        case 'v':
          return pick(rng, script === 'en' ? EN_VERBS : JA_VERBS);
        case 'a':
          return pick(rng, EN_ADJECTIVES);
        case 'j':
          return pick(rng, JA_ADJECTIVES);
        case 'field':
          return script === 'en' ? this.topic.field.en : this.topic.field.ja;
        case 'latin':
          return pick(rng, JA_LATIN_TERMS);
        case 'pct':
          return String(between(rng, 5, 90));
        default:
          return slot;
      }
    });
  }

  private en(): string {
    return this.rng() < 0.5 ? pick(this.rng, this.topic.en) : this.pools.enNouns[this.pools.enZipf.sample(this.rng)];
  }

  private ja(): string {
    if (this.language === 'mixed' && this.rng() < 0.35) return this.en();
    return this.rng() < 0.5 ? pick(this.rng, this.topic.ja) : this.pools.jaNouns[this.pools.jaZipf.sample(this.rng)];
  }
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
