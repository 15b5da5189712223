import { TermContribution } from '../scoring/bm25-index';

/** One shared term of an explanation, as the need's author wrote it. */
export interface ExplainedTerm {
  /** The analysed term (stem or Japanese base form): stable across spellings. */
  term: string;
  /** The most frequent written form of the term in the need. */
  surface: string;
  /** This term's part of the lexical score, in [0, 1]; the shares of all shared terms sum to 1. */
  share: number;
}

export const EXPLANATION_TERMS = 8;

/**
 * The shared terms that contributed most to a lexical score, in the need's own words. `surfaces`
 * maps a term to how the need wrote it; a term only the expansion brought in (no surface in the
 * need) falls back to the term itself.
 */
export function explain(
  contributions: readonly TermContribution[],
  surfaces: ReadonlyMap<string, string>,
  max = EXPLANATION_TERMS,
): ExplainedTerm[] {
  const total = contributions.reduce((sum, c) => sum + c.score, 0);
  if (total <= 0) return [];
  return [...contributions]
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
    .slice(0, max)
    .map((c) => ({ term: c.term, surface: surfaces.get(c.term) ?? c.term, share: round(c.score / total) }));
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
