import { toJs } from '../../infra/neo4j/neo4j-values';
import { describePath, IntroductionPath } from '../matching/engine/network-boost';
import { Match } from './models/match.model';

/**
 * A stored Match node (`m {.*}`) as the GraphQL Match: the one mapping, so the fields resolve
 * alike whichever query found the match. The node keeps its explanation and path as JSON strings.
 */
export function toMatch(raw: unknown): Match {
  const row = toJs(raw) as Record<string, unknown>;
  const path = row.path ? (JSON.parse(row.path as string) as IntroductionPath) : null;
  return {
    ...(row as unknown as Match),
    explanation: row.explanation ? (JSON.parse(row.explanation as string) as Match['explanation']) : [],
    path: path ? { ...path, summary: describePath(path) } : null,
    current: row.current !== false,
    stale: row.stale === true,
  };
}
