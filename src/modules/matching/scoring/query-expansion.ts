import { isPhrase } from '../analysis/text-analyzer';
import { Bm25Index } from './bm25-index';

export interface ExpansionParams {
  /** How many top documents of the first pass feed the expansion. */
  feedbackDocs: number;
  /** How many new terms are added. */
  expansionTerms: number;
  /** Share of the final query that stays the original (RM3's lambda). */
  originalWeight: number;
  /** Fewest distinct words a query needs before it is expanded at all. */
  minQueryWords?: number;
}

/**
 * RM3 runs only on long queries (a need's whole text). On short ones (SciFact's claims, JSQuAD's
 * questions, about ten words) it lowered nDCG@10 at every setting tried: the top documents of a
 * short query pull it towards their own subject. 10 documents, 10 terms, 0.7: the usual setting.
 */
export const DEFAULT_EXPANSION: Required<ExpansionParams> = {
  feedbackDocs: 10,
  expansionTerms: 10,
  originalWeight: 0.7,
  minQueryWords: 30,
};

/**
 * Pseudo-relevance feedback (RM3): runs the query, builds a relevance model from the top
 * documents (each word weighted by its share of a document, times that document's score), and
 * mixes its strongest words into the query. Recovers documents that describe the same thing in
 * other words, a common gap between a company's need and a researcher's abstract. Queries with
 * fewer than `minQueryWords` distinct words come back unchanged.
 */
export function expandQuery(
  index: Bm25Index,
  query: Map<string, number>,
  params: ExpansionParams = DEFAULT_EXPANSION,
): Map<string, number> {
  let words = 0;
  for (const term of query.keys()) if (!isPhrase(term)) words++;
  if (words < (params.minQueryWords ?? 0) || params.expansionTerms === 0) return query;
  const top = index.search(query, params.feedbackDocs);
  if (top.length === 0) return query;
  const model = new Map<string, number>();
  for (const hit of top) {
    const terms = index.documentTerms(hit.id);
    if (!terms) continue;
    let length = 0;
    for (const tf of terms.values()) length += tf;
    for (const [term, tf] of terms) model.set(term, (model.get(term) ?? 0) + (tf / length) * hit.score);
  }
  const expansion = [...model].sort((a, b) => b[1] - a[1]).slice(0, params.expansionTerms);
  const modelTotal = expansion.reduce((sum, [, w]) => sum + w, 0);
  let queryTotal = 0;
  for (const w of query.values()) queryTotal += w;
  if (modelTotal === 0 || queryTotal === 0) return query;

  const mixed = new Map<string, number>();
  for (const [term, w] of query) mixed.set(term, params.originalWeight * (w / queryTotal));
  for (const [term, w] of expansion) {
    mixed.set(term, (mixed.get(term) ?? 0) + (1 - params.originalWeight) * (w / modelTotal));
  }
  // Back to the original query's scale, so normalised scores stay comparable.
  for (const [term, w] of mixed) mixed.set(term, w * queryTotal);
  return mixed;
}
