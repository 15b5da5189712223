import { Driver } from 'neo4j-driver';
import { ENGINE_VERSION } from '../../src/modules/matching/engine/match-engine';
import { sleep } from './processes';

/**
 * The check every fault test ends with: every need and target has matches computed from its latest
 * text, and no (need, target) pair has two Match nodes.
 *
 * How matching records what it computed from (matching.queries.ts): a need's match write sets
 * `matchedFrom = updatedAt` and `matchEngineVersion`, and each current Match stores `needVersion`
 * (the need's updatedAt it was computed from); a target's TargetChanged job sets its `matchedFrom`.
 */
export interface MatchAudit {
  needs: number;
  targets: number;
  matches: number;
  /** Needs whose matches are missing or older than their text or engine. */
  needsBehind: number;
  /** Seeds, equipment and researchers edited after the matcher last looked at them. */
  targetsBehind: number;
  /** Current matches computed from an earlier version of their need. */
  matchesFromOldText: number;
  /** (need, target) pairs with more than one Match node. */
  duplicatePairs: number;
}

export async function auditMatches(driver: Driver): Promise<MatchAudit> {
  const one = async (query: string, params: Record<string, unknown> = {}) =>
    ((await driver.executeQuery(query, params)).records[0].get(0) as { toNumber(): number }).toNumber();
  return {
    needs: await one('MATCH (n:Need) RETURN count(n)'),
    targets: await one('MATCH (n) WHERE n:Seed OR n:Equipment OR n:Researcher RETURN count(n)'),
    matches: await one('MATCH (m:Match) RETURN count(m)'),
    needsBehind: await one(
      `MATCH (n:Need) WHERE n.matchedFrom IS NULL OR n.matchedFrom <> n.updatedAt OR n.matchEngineVersion <> $engine
       RETURN count(n)`,
      { engine: ENGINE_VERSION },
    ),
    targetsBehind: await one(
      'MATCH (n) WHERE (n:Seed OR n:Equipment OR n:Researcher) AND (n.matchedFrom IS NULL OR n.matchedFrom <> n.updatedAt) RETURN count(n)',
    ),
    matchesFromOldText: await one(
      `MATCH (m:Match {current: true})-[:FOR_NEED]->(n:Need)
       WHERE m.needVersion <> toString(n.updatedAt) OR m.engineVersion <> $engine RETURN count(m)`,
      { engine: ENGINE_VERSION },
    ),
    // Counted both by the stored ids and by the relationships, so neither can hide a duplicate.
    duplicatePairs:
      (await one('MATCH (m:Match) WITH m.needId AS n, m.targetId AS t, count(*) AS c WHERE c > 1 RETURN count(*)')) +
      (await one(
        'MATCH (n:Need)<-[:FOR_NEED]-(m:Match)-[:SUGGESTS]->(t) WITH n, t, count(m) AS c WHERE c > 1 RETURN count(*)',
      )),
  };
}

/**
 * Waits (the workers run for real) until nothing is behind, then asserts the audit is clean. A
 * duplicate fails at once: no amount of waiting makes it right.
 */
export async function expectMatchesCurrent(driver: Driver, label: string, timeoutMs = 60_000): Promise<MatchAudit> {
  const deadline = Date.now() + timeoutMs;
  let audit = await auditMatches(driver);
  while (
    audit.needsBehind + audit.targetsBehind + audit.matchesFromOldText > 0 &&
    audit.duplicatePairs === 0 &&
    Date.now() < deadline
  ) {
    await sleep(250);
    audit = await auditMatches(driver);
  }
  console.log(`[faults] ${label}: final audit ${JSON.stringify(audit)}`);
  expect({
    needsBehind: audit.needsBehind,
    targetsBehind: audit.targetsBehind,
    matchesFromOldText: audit.matchesFromOldText,
    duplicatePairs: audit.duplicatePairs,
  }).toEqual({ needsBehind: 0, targetsBehind: 0, matchesFromOldText: 0, duplicatePairs: 0 });
  return audit;
}
