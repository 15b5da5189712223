// eslint-disable-next-line @typescript-eslint/no-require-imports
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(word: string): string };

/** Lucene's classic English stop set (33 words), as the eval README's reference BM25 uses. */
const LUCENE_STOPWORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** The reference analysis: lower-cased word tokens, 33 stopwords, Porter stemmer. */
export function plainEnglishTerms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => !LUCENE_STOPWORDS.has(w))
    .map((w) => PorterStemmer.stem(w));
}

/** The reference Japanese analysis: overlapping character bigrams of each CJK run (Lucene's CJK analyzer). */
export function plainBigramTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|[a-z0-9]+/gu) ?? []) {
    if (/^[a-z0-9]+$/.test(run) || run.length === 1) terms.push(run);
    else for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  return terms;
}

/** A textbook BM25 over one field, for side-by-side comparison with the engine. */
export class PlainBm25 {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];

  constructor(
    docs: { id: string; terms: string[] }[],
    private readonly k1 = 0.9,
    private readonly b = 0.4,
  ) {
    docs.forEach((doc, slot) => {
      this.ids.push(doc.id);
      this.lengths.push(doc.terms.length);
      for (const term of doc.terms) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = new Map<number, number>()));
        list.set(slot, (list.get(slot) ?? 0) + 1);
      }
    });
  }

  search(queryTerms: string[], k: number): string[] {
    const n = this.ids.length;
    const avgdl = this.lengths.reduce((a, b) => a + b, 0) / n;
    const scores = new Map<number, number>();
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
      for (const [doc, tf] of list) {
        const norm = (tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]) / avgdl));
        scores.set(doc, (scores.get(doc) ?? 0) + idf * norm);
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1])
      .slice(0, k)
      .map(([doc]) => this.ids[doc]);
  }
}
