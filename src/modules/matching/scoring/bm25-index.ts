import { AnalyzedDocument } from '../analysis/text-analyzer';

export interface Bm25Params {
  k1: number;
  b: number;
}

/** k1 0.9 and b 0.4: the BEIR reference setting, measured best of the two on SciFact (README). */
export const DEFAULT_BM25: Bm25Params = { k1: 0.9, b: 0.4 };

export interface TermContribution {
  term: string;
  /** This term's part of the raw score. */
  score: number;
}

export interface ScoredDocument {
  id: string;
  /** Raw BM25 score. */
  raw: number;
  /** Raw score over the query's upper bound: in [0, 1]. */
  score: number;
  contributions: TermContribution[];
}

interface Posting {
  doc: number;
  tf: number;
}

/**
 * An inverted index with BM25 scoring over weighted term frequencies (BM25F-style: a field's
 * weight multiplies its term counts before saturation). Only documents sharing a term with the
 * query are touched, so a search costs the query terms' posting lists, not the collection.
 */
export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly ids: (string | null)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly lengths: number[] = [];
  private readonly docTerms: (Map<string, number> | null)[] = [];
  private totalLength = 0;
  private live = 0;

  constructor(private readonly params: Bm25Params = DEFAULT_BM25) {}

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Adds or replaces a document. */
  upsert(id: string, doc: AnalyzedDocument): void {
    if (this.slots.has(id)) this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.slots.set(id, slot);
    this.lengths.push(doc.length);
    this.docTerms.push(new Map(doc.terms));
    for (const [term, tf] of doc.terms) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ doc: slot, tf });
    }
    this.totalLength += doc.length;
    this.live++;
  }

  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    for (const term of this.docTerms[slot]?.keys() ?? []) {
      const list = this.postings.get(term);
      if (!list) continue;
      const kept = list.filter((p) => p.doc !== slot);
      if (kept.length) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
    this.totalLength -= this.lengths[slot];
    this.ids[slot] = null;
    this.docTerms[slot] = null;
    this.slots.delete(id);
    this.live--;
    return true;
  }

  /** A document's weighted term frequencies, as indexed. */
  documentTerms(id: string): ReadonlyMap<string, number> | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : (this.docTerms[slot] ?? undefined);
  }

  /** Robertson-Sparck Jones idf, floored at a small positive value so common terms never subtract. */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.max(1e-6, Math.log(1 + (this.live - df + 0.5) / (df + 0.5)));
  }

  /**
   * The k best documents for a query, with each one's per-term contributions. Scores are
   * normalised by the query's upper bound (every query term saturated), so 1 means "as good as
   * this query can get" and scores are comparable across queries.
   */
  search(query: Map<string, number>, k: number, minScore = 0, exclude?: Set<string>): ScoredDocument[] {
    if (this.live === 0 || query.size === 0) return [];
    const { k1, b } = this.params;
    const avgdl = this.totalLength / this.live || 1;
    const acc = new Map<number, number>();
    const perTerm: { term: string; weight: number; list: Posting[] }[] = [];
    let upperBound = 0;
    for (const [term, qtf] of query) {
      const list = this.postings.get(term);
      const weight = this.idf(term) * qtf;
      upperBound += weight * (k1 + 1);
      if (!list) continue;
      perTerm.push({ term, weight, list });
      for (const { doc, tf } of list) {
        const norm = tf * (k1 + 1) / (tf + k1 * (1 - b + (b * this.lengths[doc]) / avgdl));
        acc.set(doc, (acc.get(doc) ?? 0) + weight * norm);
      }
    }
    const ranked = [...acc]
      .filter(([doc, raw]) => raw / upperBound >= minScore && !(exclude?.has(this.ids[doc]!)))
      .sort((x, y) => y[1] - x[1] || this.ids[x[0]]!.localeCompare(this.ids[y[0]]!))
      .slice(0, k);
    return ranked.map(([doc, raw]) => ({
      id: this.ids[doc]!,
      raw,
      score: raw / upperBound,
      contributions: perTerm
        .map(({ term, weight, list }) => {
          const posting = list.find((p) => p.doc === doc);
          if (!posting) return null;
          const norm = posting.tf * (k1 + 1) / (posting.tf + k1 * (1 - b + (b * this.lengths[doc]) / avgdl));
          return { term, score: weight * norm };
        })
        .filter((c): c is TermContribution => c !== null)
        .sort((x, y) => y.score - x.score),
    }));
  }
}
