import { randomUUID } from 'node:crypto';
import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { Suggestion } from '../../src/modules/matching/engine/network-boost';
import { ENGINE_VERSION } from '../../src/modules/matching/engine/match-engine';
import { MatchingRepository } from '../../src/modules/matching/matching.repository';
import { Neo4jService } from '../../src/infra/neo4j/neo4j.service';
import { clearGraph, testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

const NEEDS = 8;
const SEEDS = 40;

/** A deterministic shuffle, so each need writes the same targets in its own order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const suggestion = (targetId: string, score: number): Suggestion => ({
  kind: 'SEED',
  targetId,
  score,
  lexicalScore: score,
  regionBoost: 0,
  pathBoost: 0,
  explanation: [],
  path: null,
});

/**
 * Many needs suggest the same popular seeds at once (a rebuild on several workers). Writing a
 * match links it to its seed, which locks the seed; transactions that lock shared seeds in
 * different orders deadlock, and the driver re-runs them after a back-off. The writer locks
 * every target in one global order first, so concurrent writes wait for each other but never
 * deadlock.
 */
describe('matching: concurrent match writes over shared targets', () => {
  let config: AppConfig;
  let driver: Driver;
  let repository: MatchingRepository;
  const needIds = Array.from({ length: NEEDS }, () => randomUUID());
  const seedIds = Array.from({ length: SEEDS }, () => randomUUID());

  beforeAll(async () => {
    config = await testConfig();
    driver = testDriver(config);
    await clearGraph(driver);
    await driver.executeQuery(
      `CREATE (c:Organization {id: randomUUID(), name: 'Lock Co', kind: 'COMPANY', createdAt: datetime(), updatedAt: datetime()})
       CREATE (u:Organization {id: randomUUID(), name: 'Lock University', kind: 'UNIVERSITY', createdAt: datetime(), updatedAt: datetime()})
       WITH c, u
       UNWIND $needIds AS needId
       CREATE (:Need {id: needId, title: 'need', status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:OF_COMPANY]->(c)
       WITH DISTINCT u
       UNWIND $seedIds AS seedId
       CREATE (:Seed {id: seedId, title: 'seed', createdAt: datetime(), updatedAt: datetime()})-[:HELD_BY]->(u)`,
      { needIds, seedIds },
    );
    // The repository alone, on the test's driver: no worker, so no job writes beside the test's own.
    repository = new MatchingRepository(new Neo4jService(driver, config));
  });

  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  const versionOf = async (needId: string) =>
    (
      await driver.executeQuery('MATCH (n:Need {id: $needId}) RETURN toString(n.updatedAt) AS v', { needId })
    ).records[0].get('v') as string;

  it('writes every need’s matches without a deadlock re-run, then replaces them the same way', async () => {
    const versions = await Promise.all(needIds.map(versionOf));
    const before = repository.rerunWrites;
    // Round 1: every need suggests the first 30 seeds, each in its own order.
    const round1 = await Promise.all(
      needIds.map((needId, n) =>
        repository.writeNeedMatches(
          needId,
          versions[n],
          shuffled(seedIds.slice(0, 30), n + 1).map((id, i) => suggestion(id, 1 - i / 100)),
          ENGINE_VERSION,
        ),
      ),
    );
    // Round 2: the last 30 seeds: 10 matches per need are deleted and 10 created, in other orders.
    const round2 = await Promise.all(
      needIds.map((needId, n) =>
        repository.writeNeedMatches(
          needId,
          versions[n],
          shuffled(seedIds.slice(10), n + 101).map((id, i) => suggestion(id, 1 - i / 100)),
          ENGINE_VERSION,
        ),
      ),
    );
    const reruns = repository.rerunWrites - before;
    console.log(`[matching-write-locks] ${NEEDS} needs x 30 shared seeds, two rounds at once: ${reruns} write re-runs`);
    expect(round1).toEqual(Array(NEEDS).fill('written'));
    expect(round2).toEqual(Array(NEEDS).fill('written'));
    expect(reruns).toBe(0);
    const { records } = await driver.executeQuery(
      `MATCH (m:Match) RETURN count(m) AS matches, count(DISTINCT m.pairKey) AS pairs,
         min(m.targetId IN $kept) AS allKept`,
      { kept: seedIds.slice(10) },
    );
    expect((records[0].get('matches') as Integer).toNumber()).toBe(NEEDS * 30);
    expect((records[0].get('pairs') as Integer).toNumber()).toBe(NEEDS * 30);
    expect(records[0].get('allKept')).toBe(true);
  });
});
