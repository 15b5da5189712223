import { MatchTargetKind } from './match-target-kind';
import { ExplainedTerm } from './explanation';

/** One step of an introduction path between a need's company and a target. */
export interface PathNode {
  id: string;
  /** Node label: Organization, Contact, Coordinator, Researcher, Consortium, SupportStaff. */
  kind: string;
  name: string;
}

export interface IntroductionPath {
  nodes: PathNode[];
  /** Relationship types between consecutive nodes (nodes.length - 1 of them). */
  relations: string[];
}

/** What the graph says about one candidate: its regions and the shortest introduction path, if any. */
export interface NetworkFacts {
  regionIds: string[];
  path: IntroductionPath | null;
}

export interface LexicalCandidate {
  kind: MatchTargetKind;
  targetId: string;
  lexicalScore: number;
  explanation: ExplainedTerm[];
}

export interface Suggestion extends LexicalCandidate {
  score: number;
  regionBoost: number;
  pathBoost: number;
  path: IntroductionPath | null;
}

export interface BoostWeights {
  regionBoost: number;
  pathBoost: number;
}

/**
 * Adds the network's part to lexical candidates and re-ranks them: a fixed boost when need and
 * target share a region, another when an introduction path joins them. The final score stays in
 * [0, 1]. Candidates the graph no longer has (no facts) are dropped: the worker's index can lag a
 * deletion by a moment, and a deleted target must never be suggested.
 */
export function applyNetworkBoosts(
  candidates: readonly LexicalCandidate[],
  facts: ReadonlyMap<string, NetworkFacts>,
  needRegionId: string | null,
  weights: BoostWeights,
  topK: number,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const candidate of candidates) {
    const fact = facts.get(candidate.targetId);
    if (!fact) continue;
    const regionBoost = needRegionId && fact.regionIds.includes(needRegionId) ? weights.regionBoost : 0;
    const pathBoost = fact.path ? weights.pathBoost : 0;
    suggestions.push({
      ...candidate,
      regionBoost,
      pathBoost,
      path: fact.path,
      score: Math.min(1, round(candidate.lexicalScore + regionBoost + pathBoost)),
    });
  }
  return suggestions
    .sort((a, b) => b.score - a.score || b.lexicalScore - a.lexicalScore || a.targetId.localeCompare(b.targetId))
    .slice(0, topK);
}

/** "A1 Foods — WORKS_AT — Sato — KNOWS — Tanaka — KNOWS — Suzuki": the path in one line. */
export function describePath(path: IntroductionPath): string {
  return path.nodes.map((n, i) => (i === 0 ? n.name : `${path.relations[i - 1]} — ${n.name}`)).join(' — ');
}

const round = (x: number) => Math.round(x * 1_000_000) / 1_000_000;
