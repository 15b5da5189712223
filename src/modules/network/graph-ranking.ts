/** What ranking needs to know of a found node. */
export interface RankableNode {
  id: string;
  label: string;
  /** Hops from where the exploration started (the node or the region). */
  hops: number;
  degree: number;
}

/**
 * Keeps the `limit` nearest nodes: by hop distance, then degree (the better connected first), then
 * label and id so the same graph always gives the same cut.
 */
export function rankAndTruncate<T extends RankableNode>(
  nodes: readonly T[],
  limit: number,
): { kept: T[]; omitted: number } {
  const ranked = [...nodes].sort(
    (a, b) => a.hops - b.hops || b.degree - a.degree || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
  );
  const kept = ranked.slice(0, Math.max(0, limit));
  return { kept, omitted: ranked.length - kept.length };
}

/** The `top` nodes by degree (then label, id), for region rankings. */
export function topByDegree<T extends { id: string; label: string; degree: number }>(
  nodes: readonly T[],
  top: number,
): T[] {
  return [...nodes]
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label) || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, top));
}
