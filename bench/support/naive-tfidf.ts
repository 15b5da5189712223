import { AnalysedSeed, repeatedTerms } from './term-store';

// natural's index loads dotenv, which logs; the tfidf submodule alone does not, but stay quiet
// either way (PITFALLS.md).
process.env.DOTENV_CONFIG_QUIET ??= 'true';

interface NaturalTfIdf {
  addDocument(document: string | string[], key?: string): void;
  tfidfs(terms: string[], callback?: (index: number, measure: number, key: string) => void): number[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TfIdf = require('natural/lib/natural/tfidf/tfidf') as new () => NaturalTfIdf;

/**
 * The naive way to match: natural's TfIdf over the same analysed terms as the engine, scoring
 * every document for every query (tfidfs walks the whole collection) and keeping the top k.
 */
export class NaiveTfIdf {
  private readonly tfidf = new TfIdf();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(seed: AnalysedSeed): void {
    // An array skips natural's own tokenizer (English-only); repeats carry the field weights.
    this.tfidf.addDocument(repeatedTerms(seed.terms), seed.id);
    this.count++;
  }

  search(terms: string[], k: number): { id: string; score: number }[] {
    const top: { id: string; score: number }[] = [];
    this.tfidf.tfidfs(terms, (_, score, id) => {
      if (score <= 0 || (top.length === k && score <= top[k - 1].score)) return;
      // Insertion into a k-long sorted list: k is 20, the collection is the cost.
      let i = top.length === k ? k - 1 : top.length;
      top[i] = { id, score };
      while (i > 0 && top[i - 1].score < score) {
        [top[i - 1], top[i]] = [top[i], top[i - 1]];
        i--;
      }
    });
    return top;
  }
}
