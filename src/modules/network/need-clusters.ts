import { isPhrase } from '../matching/analysis/text-analyzer';

/** An unmet need as analysed by the matching analysis: weighted terms and their written forms. */
export interface TermDocument {
  id: string;
  terms: ReadonlyMap<string, number>;
  surfaces: ReadonlyMap<string, string>;
}

export interface ClusterOptions {
  /** Two needs are joined when they share at least this many significant terms. */
  minSharedTerms: number;
  /** Each need's significant terms: its heaviest terms, at most this many. */
  termsPerDocument: number;
  /** A term in more than this share of the needs says nothing about a topic... */
  maxDocumentShare: number;
  /** ...once there are at least this many needs (among a few, a shared word is the topic). */
  minDocumentsForShare: number;
  /** Terms that label a cluster, at most. */
  labelTerms: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minSharedTerms: 2,
  termsPerDocument: 12,
  maxDocumentShare: 0.5,
  minDocumentsForShare: 6,
  labelTerms: 5,
};

export interface TermCluster {
  /** Written forms of the terms most of its needs share. */
  terms: string[];
  /** In the order the documents were given. */
  ids: string[];
}

/**
 * Groups needs that share topics: connected components of the graph in which two needs are joined
 * when they share `minSharedTerms` significant terms. Deterministic for the same input; groups of
 * one are not clusters. Largest clusters first.
 */
export function clusterByTerms(
  documents: readonly TermDocument[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): TermCluster[] {
  const significant = significantTerms(documents, options);
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      let shared = 0;
      for (const term of significant[i]) if (significant[j].has(term)) shared++;
      if (shared >= options.minSharedTerms) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  documents.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const clusters = [...groups.values()]
    .filter((members) => members.length >= 2)
    .map((members) => ({
      terms: label(members, documents, significant, options),
      ids: members.map((i) => documents[i].id),
    }));
  return clusters.sort((a, b) => b.ids.length - a.ids.length || a.terms.join(' ').localeCompare(b.terms.join(' ')));
}

/** Per document, its heaviest words that are neither too short, numbers, nor in most documents. */
function significantTerms(documents: readonly TermDocument[], options: ClusterOptions): Set<string>[] {
  const documentFrequency = new Map<string, number>();
  for (const d of documents)
    for (const term of d.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const tooCommon = (term: string) =>
    documents.length >= options.minDocumentsForShare &&
    (documentFrequency.get(term) ?? 0) / documents.length > options.maxDocumentShare;
  return documents.map(
    (d) =>
      new Set(
        [...d.terms]
          .filter(([term]) => !isPhrase(term) && [...term].length >= 2 && !/^\p{N}+$/u.test(term) && !tooCommon(term))
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, options.termsPerDocument)
          .map(([term]) => term),
      ),
  );
}

/** The significant terms that at least two of the cluster's needs have, most shared first. */
function label(
  members: number[],
  documents: readonly TermDocument[],
  significant: Set<string>[],
  options: ClusterOptions,
): string[] {
  const needs = new Map<string, number>();
  const weight = new Map<string, number>();
  for (const i of members) {
    for (const term of significant[i]) {
      needs.set(term, (needs.get(term) ?? 0) + 1);
      weight.set(term, (weight.get(term) ?? 0) + (documents[i].terms.get(term) ?? 0));
    }
  }
  return [...needs]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || weight.get(b[0])! - weight.get(a[0])! || a[0].localeCompare(b[0]))
    .slice(0, options.labelTerms)
    .map(([term]) => surfaceOf(term, members, documents));
}

function surfaceOf(term: string, members: number[], documents: readonly TermDocument[]): string {
  for (const i of members) {
    const surface = documents[i].surfaces.get(term);
    if (surface) return surface;
  }
  return term;
}
