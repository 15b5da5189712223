import { Driver, Integer } from 'neo4j-driver';
import { loadConfig } from '../../../src/config/app-config';
import { freePort } from '../../../src/infra/neo4j/local/neo4j-local.launcher';
import { createNeed, createSeeds } from '../../support/fault-fixture';
import { expectMatchesCurrent } from '../../support/match-audit';
import { buildNetworkFixture, NetworkFixture } from '../../support/network-fixture';
import { ApiProcess, OwnRedis, ownRedis, ServiceProcess, sleep, startApi, startWorker } from '../../support/processes';
import { clearGraph, testDriver } from '../../support/services';
import { testEnvVars } from '../../support/test-env';

/**
 * Fault test 2: a Redis of this test's own (no persistence) is killed while companies create needs
 * through GraphQL, then started again, empty, on the same port.
 */
describe('faults: Redis lost while needs are created', () => {
  let env: Record<string, string>;
  let driver: Driver;
  let redis: OwnRedis;
  let api: ApiProcess;
  let worker: ServiceProcess;
  let fx: NetworkFixture;

  beforeAll(async () => {
    redis = ownRedis(await freePort());
    await redis.start();
    env = await testEnvVars({
      REDIS_URL: redis.url,
      MATCH_RECONCILE_INTERVAL_MS: '2000',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    driver = testDriver(loadConfig(env));
    await clearGraph(driver);
    [api, worker] = await Promise.all([startApi(env), startWorker(env)]);
    fx = await buildNetworkFixture(api.client, driver);
    await createSeeds(api.client, fx);
  }, 600_000);

  afterAll(async () => {
    await Promise.all([api, worker].filter(Boolean).map((p) => p.stop(5_000)));
    await redis?.kill();
    await driver?.close();
  });

  it('2. every createNeed stores its need or fails clearly; once Redis is back, reconciliation matches them all', async () => {
    type Outcome = { phase: string; ms: number; id?: string; error?: string };
    const outcomes: Outcome[] = [];
    let phase = 'before';
    let stop = false;
    let i = 0;
    const load = (async () => {
      while (!stop) {
        const started = Date.now();
        const at = phase;
        try {
          outcomes.push({ phase: at, ms: 0, id: await createNeed(api.client, fx, i++) });
        } catch (error) {
          outcomes.push({ phase: at, ms: 0, error: (error as Error).message });
        }
        outcomes[outcomes.length - 1].ms = Date.now() - started;
        await sleep(40);
      }
    })();
    await sleep(1_500);
    phase = 'redis down';
    await redis.kill();
    const ready = await fetch(api.url('/health/ready'), { signal: AbortSignal.timeout(10_000) });
    const readyBody = (await ready.json()) as { checks: Record<string, string> };
    await sleep(3_000);
    phase = 'redis back';
    await redis.start(); // empty: the queued jobs and the reconciliation schedule are gone with it
    await sleep(1_500);
    stop = true;
    await load;

    const stored = outcomes.filter((o) => o.id);
    const failed = outcomes.filter((o) => o.error);
    const inStore = await driver.executeQuery('MATCH (n:Need) WHERE n.id IN $ids RETURN count(n) AS n', {
      ids: stored.map((o) => o.id),
    });
    const byPhase = (p: string) => outcomes.filter((o) => o.phase === p);
    console.log(
      `[faults] 2. Redis lost: injected SIGKILL of redis-server :${redis.port} for ~3 s, restarted empty; counted ` +
        `${outcomes.length} createNeed (${byPhase('before').length} before, ${byPhase('redis down').length} while down, ` +
        `${byPhase('redis back').length} after), ${stored.length} stored, ${failed.length} failed ` +
        `(${[...new Set(failed.map((f) => f.error))].join(' | ') || 'none'}), slowest ${Math.max(...outcomes.map((o) => o.ms))} ms; ` +
        `readiness while down: ${ready.status} ${JSON.stringify(readyBody.checks)}`,
    );
    expect(byPhase('redis down').length).toBeGreaterThan(0);
    expect((inStore.records[0].get('n') as Integer).toNumber()).toBe(stored.length);
    // The producer must not fail the write: losing Redis costs no need.
    expect(failed).toEqual([]);
    expect(ready.status).toBe(503);
    expect(readyBody.checks.redis).toBe('down');
    await expectMatchesCurrent(driver, '2. Redis lost', 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${worker.logs()}`);
    });
  }, 300_000);
});
