import { Queue } from 'bullmq';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver, Integer } from 'neo4j-driver';
import { loadConfig } from '../../../src/config/app-config';
import { LocalNeo4j, startLocalNeo4j } from '../../../src/infra/neo4j/local/neo4j-local.launcher';
import { QueueName } from '../../../src/infra/queue/queue.constants';
import { createNeed, createSeeds, UPDATE_NEED } from '../../support/fault-fixture';
import { expectMatchesCurrent } from '../../support/match-audit';
import { buildNetworkFixture, NetworkFixture } from '../../support/network-fixture';
import { ApiProcess, ServiceProcess, sleep, startApi, startWorker, waitFor } from '../../support/processes';
import { deleteQueueKeys, testDriver } from '../../support/services';
import { testEnvVars } from '../../support/test-env';

type Outcome = { phase: string; ms: number; id?: string; error?: string; code?: string };

/**
 * Fault tests 3 and 8 on a Neo4j of this suite's own (same home and port across restarts): stopped
 * and restarted under load, then SIGKILLed under load and started again on the same data folder.
 */
describe('faults: Neo4j stopped, killed and restarted', () => {
  const home = mkdtempSync(join(tmpdir(), 'musubi-neo4j-faults-'));
  let neo4j: LocalNeo4j;
  let env: Record<string, string>;
  let driver: Driver;
  let queue: Queue;
  let api: ApiProcess;
  let worker: ServiceProcess;
  let fx: NetworkFixture;

  const startNeo4j = (port = 0) =>
    startLocalNeo4j({ home, port, heap: '384m', pageCache: '64m', startTimeoutMs: 300_000 });
  const apiReadyAgain = () =>
    waitFor('the API ready again', async () => ((await fetch(api.url('/health/ready'))).ok ? true : undefined), 60_000);
  const withLogs = (error: unknown) => {
    throw new Error(`${(error as Error).message}\n${api.logs()}\n${worker.logs()}`);
  };

  /**
   * Up to date is not enough: a worker whose index load was cut short once matched every need
   * against an empty index. Every need of the load is about seaweed drying, as is a seed.
   */
  const expectSeaweedNeedsMatched = async () => {
    const without = await driver.executeQuery(
      "MATCH (n:Need) WHERE n.title STARTS WITH 'Need under load' AND NOT EXISTS { (:Match)-[:FOR_NEED]->(n) } RETURN count(n) AS n",
    );
    expect((without.records[0].get('n') as Integer).toNumber()).toBe(0);
  };

  /** Companies creating needs in 3 loops until stopped; each outcome keeps the phase it started in. */
  const loadUntil = (phaseOf: () => string, stopped: () => boolean) => {
    const outcomes: Outcome[] = [];
    let i = 1_000;
    const loop = async () => {
      while (!stopped()) {
        const started = Date.now();
        const phase = phaseOf();
        const r = await api.client
          .gql<{ createNeed: { id: string } }>(
            'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
            {
              input: {
                title: `Need under load ${i}`,
                description: `Low temperature drying of seaweed, batch ${i++}.`,
                keywords: ['seaweed'],
              },
            },
            fx.tokens.companyA1,
          )
          .catch((error: Error) => ({
            errors: [{ message: `no response: ${error.message}`, extensions: { code: 'NO_RESPONSE' } }],
            data: undefined,
          }));
        outcomes.push({
          phase,
          ms: Date.now() - started,
          id: r.data?.createNeed.id,
          error: r.errors?.[0].message,
          code: r.errors?.[0].extensions?.code,
        });
        await sleep(50);
      }
    };
    return { outcomes, done: Promise.all([loop(), loop(), loop()]) };
  };

  beforeAll(async () => {
    neo4j = await startNeo4j();
    env = await testEnvVars({
      NEO4J_URI: neo4j.uri,
      NEO4J_CONNECTION_TIMEOUT_MS: '2000',
      GRAPHQL_RESOLVER_TIMEOUT_MS: '10000',
      MATCH_RECONCILE_INTERVAL_MS: '2000',
      WORKER_LOCK_DURATION_MS: '4000',
      WORKER_STALLED_INTERVAL_MS: '1500',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    driver = testDriver(loadConfig(env));
    queue = new Queue(QueueName.Matching, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
    api = await startApi(env);
    worker = await startWorker(env);
    fx = await buildNetworkFixture(api.client, driver);
    await createSeeds(api.client, fx);
    for (let i = 0; i < 5; i++) await createNeed(api.client, fx, i);
  }, 480_000);

  afterAll(async () => {
    await Promise.all([api, worker].filter(Boolean).map((p) => p.stop(5_000)));
    await driver?.close();
    await queue?.close();
    if (env) await deleteQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX);
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('3. stopped and restarted under load: clear errors within a timeout, not ready meanwhile, nothing missing after', async () => {
    let phase = 'before';
    let stopped = false;
    const load = loadUntil(
      () => phase,
      () => stopped,
    );
    await sleep(1_500);
    phase = 'neo4j down';
    const port = neo4j.port;
    await neo4j.stop();
    const readyStarted = Date.now();
    const ready = await fetch(api.url('/health/ready'), { signal: AbortSignal.timeout(15_000) });
    const readyMs = Date.now() - readyStarted;
    const readyBody = (await ready.json()) as { checks: Record<string, string> };
    await sleep(3_000);
    neo4j = await startNeo4j(port);
    phase = 'neo4j back';
    await apiReadyAgain();
    await sleep(2_000);
    stopped = true;
    await load.done;

    const { outcomes } = load;
    const stored = outcomes.filter((o) => o.id);
    const failed = outcomes.filter((o) => o.error);
    const inStore = await driver.executeQuery('MATCH (n:Need) WHERE n.id IN $ids RETURN count(n) AS n', {
      ids: stored.map((o) => o.id),
    });
    const retried = (await queue.getJobs(['completed', 'failed'], 0, -1)).filter(
      (j) => j.attemptsMade > 1 || j.stalledCounter > 0,
    );
    console.log(
      `[faults] 3. Neo4j stopped: injected a clean stop of Neo4j :${port} under load, restart after ~3 s (+ its start-up ${neo4j.startupMs} ms); ` +
        `counted ${outcomes.length} createNeed, ${stored.length} stored, ${failed.length} failed ` +
        `(codes ${JSON.stringify(Object.fromEntries([...new Set(failed.map((f) => f.code))].map((c) => [c, failed.filter((f) => f.code === c).length])))}; ` +
        `"${failed[0]?.error ?? ''}"), slowest answer ${Math.max(...outcomes.map((o) => o.ms))} ms; readiness while down ` +
        `${ready.status} ${JSON.stringify(readyBody.checks)} in ${readyMs} ms; ${retried.length} jobs retried`,
    );
    expect(outcomes.filter((o) => o.phase === 'neo4j down').length).toBeGreaterThan(0);
    expect(ready.status).toBe(503);
    expect(readyBody.checks.neo4j).toBe('down');
    // No hang: every request answered within the driver's retry budget (15 s) plus a margin.
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(25_000);
    for (const f of failed) {
      expect(f.code).toBe('SERVICE_UNAVAILABLE');
      expect(f.error).toMatch(/database/i);
    }
    expect((inStore.records[0].get('n') as Integer).toNumber()).toBe(stored.length);
    await expectMatchesCurrent(driver, '3. Neo4j stopped', 90_000).catch(withLogs);
    await expectSeaweedNeedsMatched();
  }, 480_000);

  it('8. SIGKILLed and started again on the same data folder: every acknowledged write is still there', async () => {
    const need = (await driver.executeQuery('MATCH (n:Need) RETURN n.id AS id LIMIT 1')).records[0].get('id') as string;
    let stopped = false;
    let phase = 'before';
    const load = loadUntil(
      () => phase,
      () => stopped,
    );
    // Besides creations, acknowledged edits of one need: its stored text must be the last one acknowledged (or later).
    let lastAcked = -1;
    let k = 0;
    const edits = (async () => {
      while (!stopped) {
        const n = k++;
        const r = await api.client
          .gql(UPDATE_NEED, { id: need, input: { desiredOutcome: `edit ${n}` } }, fx.tokens.companyA1)
          .catch(() => ({ errors: [{ message: 'no response' }], data: undefined }));
        if (!r.errors) lastAcked = Math.max(lastAcked, n);
        await sleep(30);
      }
    })();
    await waitFor(
      'a few acknowledged writes before the kill',
      async () => (load.outcomes.filter((o) => o.id).length >= 3 && lastAcked >= 0 ? true : undefined),
      120_000,
    );
    phase = 'killed';
    const port = neo4j.port;
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    const ackedAtKill = load.outcomes.filter((o) => o.id).length;
    neo4j = await startNeo4j(port);
    phase = 'restarted';
    await apiReadyAgain();
    stopped = true;
    await Promise.all([load.done, edits]);

    const acked = load.outcomes.filter((o) => o.id).map((o) => o.id!);
    const present = await driver.executeQuery('MATCH (n:Need) WHERE n.id IN $ids RETURN count(n) AS n', { ids: acked });
    const stored = (
      await driver.executeQuery('MATCH (n:Need {id: $need}) RETURN n.desiredOutcome AS d', { need })
    ).records[0].get('d') as string;
    const storedEdit = Number(/^edit (\d+)$/.exec(stored)?.[1] ?? -1);
    console.log(
      `[faults] 8. Neo4j SIGKILL: injected SIGKILL of the Neo4j JVM (pid ${neo4j.pid} now, port ${port}) with ${ackedAtKill} needs ` +
        `acknowledged; restart took ${neo4j.startupMs} ms (recovery included); counted ${present.records[0].get('n')} of ${acked.length} ` +
        `acknowledged needs present, need edit stored #${storedEdit} with #${lastAcked} the last acknowledged`,
    );
    expect(ackedAtKill).toBeGreaterThanOrEqual(3);
    expect((present.records[0].get('n') as Integer).toNumber()).toBe(acked.length);
    expect(storedEdit).toBeGreaterThanOrEqual(lastAcked);
    await expectMatchesCurrent(driver, '8. Neo4j SIGKILL', 90_000).catch(withLogs);
    await expectSeaweedNeedsMatched();
  }, 480_000);
});
