import { Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../../../src/config/app-config';
import { JobName, QueueName } from '../../../src/infra/queue/queue.constants';
import { CREATE_NEED, createNeed, createSeeds, must, UPDATE_NEED } from '../../support/fault-fixture';
import { expectMatchesCurrent } from '../../support/match-audit';
import { buildNetworkFixture, NetworkFixture } from '../../support/network-fixture';
import {
  ApiProcess,
  ServiceProcess,
  sleep,
  spawnService,
  startApi,
  startWorker,
  waitFor,
} from '../../support/processes';
import { clearGraph, countOf, deleteQueueKeys, testDriver } from '../../support/services';
import { testEnvVars } from '../../support/test-env';

/**
 * Fault tests on the workers and the API as real processes (shared test Neo4j, the test Redis, a
 * queue prefix of this suite): SIGKILL mid-job, malformed payloads, racing workers, an edit burst,
 * SIGTERM while busy. Reconciliation is set to 10 minutes so that it cannot hide a lost job.
 */
describe('faults: workers and API processes', () => {
  let env: Record<string, string>;
  let driver: Driver;
  let queue: Queue;
  let api: ApiProcess;
  let fx: NetworkFixture;
  let seedIds: string[];
  const needIds: string[] = [];
  const workers: ServiceProcess[] = [];

  const spawnWorker = async (name: string) => {
    const worker = await startWorker(env, name);
    workers.push(worker);
    return worker;
  };
  const stateOf = async (id: string) => (await queue.getJob(id))?.getState();
  /** No waiting, active or delayed-for-retry matching job (the schedules' next runs aside). */
  const drained = (timeoutMs = 60_000) =>
    waitFor(
      'the matching queue to drain',
      async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
        if (c.waiting + c.active + c.prioritized > 0) return undefined;
        const retries = (await queue.getJobs(['delayed'], 0, -1)).filter((j) => !j.repeatJobKey);
        return retries.length === 0 ? true : undefined;
      },
      timeoutMs,
      100,
    ).catch(onFailure);
  const onFailure = (error: unknown) => {
    throw new Error(
      `${(error as Error).message}\n${[api, ...workers]
        .filter(Boolean)
        .map((p) => p.logs())
        .join('\n')}`,
    );
  };

  beforeAll(async () => {
    env = await testEnvVars({
      MATCH_RECONCILE_INTERVAL_MS: '600000',
      WORKER_LOCK_DURATION_MS: '4000',
      WORKER_STALLED_INTERVAL_MS: '1500',
      RATE_LIMIT_PER_MINUTE: '1000000',
      SHUTDOWN_TIMEOUT_MS: '10000',
    });
    const config = loadConfig(env);
    driver = testDriver(config);
    await clearGraph(driver);
    queue = new Queue(QueueName.Matching, { connection: { url: config.redis.url }, prefix: config.queue.prefix });
    api = await startApi(env);
    fx = await buildNetworkFixture(api.client, driver);
    seedIds = await createSeeds(api.client, fx);
    for (let i = 0; i < 7; i++) needIds.push(await createNeed(api.client, fx, i));
  }, 600_000);

  afterAll(async () => {
    await Promise.all([api, ...workers].filter(Boolean).map((p) => p.stop(5_000)));
    await queue?.close();
    await deleteQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX);
    await driver?.close();
  });

  it('1. a worker SIGKILLed mid-job: the job is handed to a new worker and completes', async () => {
    // A cold worker loads its whole index (and kuromoji's dictionary) inside its first jobs: they
    // stay active for seconds, long enough to catch one.
    const cold = spawnService('worker', { ...env, LOG_LEVEL: 'log' }, 'worker-killed');
    workers.push(cold);
    const active = await waitFor(
      'a matching job active on the cold worker',
      async () => {
        const jobs = (await queue.getActive()).filter(
          (j) => j.name === JobName.MatchNeed || j.name === JobName.TargetChanged,
        );
        return jobs.length > 0 ? jobs : undefined;
      },
      120_000,
      20,
    ).catch(onFailure);
    cold.kill('SIGKILL');
    await cold.exited;
    const killedIds = active.map((j) => j.id!);
    const statesAfterKill = await Promise.all(killedIds.map(stateOf));
    expect(cold.countLines(/Done (MatchNeed|TargetChanged)Processor#/)).toBe(0);
    expect(statesAfterKill.every((s) => s === 'active')).toBe(true);

    const started = Date.now();
    await spawnWorker('worker-A');
    await waitFor(
      'the killed jobs to complete',
      async () => {
        const states = await Promise.all(killedIds.map(stateOf));
        return states.every((s) => s === 'completed') ? states : undefined;
      },
      60_000,
    ).catch(onFailure);
    const recoveredMs = Date.now() - started;
    const stalled = await Promise.all(killedIds.map(async (id) => (await queue.getJob(id))!.stalledCounter));
    console.log(
      `[faults] 1. SIGKILL mid-job: injected SIGKILL of worker pid ${cold.pid} with ${killedIds.length} job(s) active ` +
        `(${active.map((j) => j.name).join(', ')}); counted ${killedIds.length} completed by the new worker ${recoveredMs} ms after it ` +
        `was spawned, stalled counters ${stalled.join(', ')}`,
    );
    expect(stalled.every((n) => n >= 1)).toBe(true);
    await drained();
    await expectMatchesCurrent(driver, '1. SIGKILL mid-job');
  }, 240_000);

  it('5. a malformed job payload fails once without retries, and valid jobs keep flowing', async () => {
    const bad = [
      await queue.add(JobName.MatchNeed, { needId: 'not-a-uuid' }, { attempts: 5 }),
      await queue.add(JobName.TargetChanged, { kind: 'SPACESHIP', targetId: randomUUID() }, { attempts: 5 }),
      await queue.add(JobName.MatchCleanup, 'just a string', { attempts: 5 }),
      await queue.add(JobName.NetworkChanged, { nodeIds: [randomUUID(), randomUUID(), randomUUID()] }, { attempts: 5 }),
    ];
    const need = needIds[6];
    await must(
      api.client.gql(
        UPDATE_NEED,
        {
          id: need,
          input: {
            description: 'Our dried peaches turn brown; we need drying that keeps colour (edited after bad jobs).',
          },
        },
        fx.tokens.companyA1,
      ),
    );
    const failed = await waitFor(
      'the malformed jobs to fail',
      async () => {
        const jobs = await Promise.all(bad.map((j) => queue.getJob(j.id!)));
        const states = await Promise.all(jobs.map((j) => j!.getState()));
        return states.every((s) => s === 'failed') ? (jobs as Job[]) : undefined;
      },
      30_000,
    ).catch(onFailure);
    await sleep(2_000); // a retry would have been scheduled by now (backoff 1 s)
    const after = await Promise.all(failed.map((j) => queue.getJob(j.id!)));
    console.log(
      `[faults] 5. malformed payloads: injected ${bad.length} bad jobs (attempts 5 each); counted attempts ` +
        `${after.map((j) => j!.attemptsMade).join(', ')}, reasons: ${after.map((j) => j!.failedReason).join(' | ')}`,
    );
    for (const job of after) {
      expect(job!.attemptsMade).toBe(1);
      expect(await job!.getState()).toBe('failed');
    }
    expect(after.map((j) => j!.failedReason)).toEqual([
      'payload.needId must be a UUID',
      expect.stringMatching(/^payload\.kind must be one of/),
      'payload must be an object',
      'payload.nodeIds must be a list of 1 to 2 UUIDs',
    ]);
    await drained();
    await expectMatchesCurrent(driver, '5. malformed payloads');
  }, 120_000);

  it("4. two then four workers racing on the same needs: no duplicate match, the coordinator's decision survives", async () => {
    await spawnWorker('worker-B');
    const target = needIds[0];
    const top = await must(
      api.client.gql<{ matchesForNeed: { edges: { node: { id: string } }[] } }>(
        'query($id: ID!) { matchesForNeed(needId: $id, first: 1) { edges { node { id } } } }',
        { id: target },
        fx.tokens.coordA,
      ),
    );
    const matchId = top.matchesForNeed.edges[0]?.node.id;
    expect(matchId).toBeDefined();

    // Raw jobs, no deduplication id: several workers really do compute the same need at once.
    const race = async (round: string, jobs: number) => {
      await queue.addBulk(
        Array.from({ length: jobs }, (_, i) => ({ name: JobName.MatchNeed, data: { needId: needIds[i % 3] } })),
      );
      const edits = Array.from({ length: 12 }, (_, i) =>
        api.client.gql(
          UPDATE_NEED,
          { id: needIds[i % 3], input: { desiredOutcome: `${round} edit ${i}` } },
          fx.tokens.companyA1,
        ),
      );
      return Promise.all(edits);
    };
    const round1 = race('two workers', 120);
    // The coordinator acts on the match while the workers rewrite it.
    await sleep(300);
    const activeAtDecision = await queue.getActiveCount();
    const shortlisted = await api.client.gql(
      'mutation($id: ID!) { changeMatchStatus(matchId: $id, to: SHORTLISTED) { id status } }',
      { id: matchId },
      fx.tokens.coordA,
    );
    const note = `call the plant manager first ${randomUUID()}`;
    const annotated = await api.client.gql(
      'mutation($id: ID!, $note: String!) { annotateMatch(matchId: $id, note: $note) { id note } }',
      { id: matchId, note },
      fx.tokens.coordA,
    );
    expect(shortlisted.errors).toBeUndefined();
    expect(annotated.errors).toBeUndefined();
    for (const r of await round1) expect(r.errors).toBeUndefined();
    await drained();

    await Promise.all([spawnWorker('worker-C'), spawnWorker('worker-D')]);
    for (const r of await race('four workers', 240)) expect(r.errors).toBeUndefined();
    await drained(90_000);

    const match = await driver.executeQuery('MATCH (m:Match {id: $id}) RETURN m.status AS status, m.note AS note', {
      id: matchId,
    });
    const pairs = await driver.executeQuery(
      'MATCH (m:Match) WHERE m.needId IN $ids RETURN count(m) AS matches, count(DISTINCT m.pairKey) AS pairs',
      { ids: needIds.slice(0, 3) },
    );
    console.log(
      `[faults] 4. racing workers: injected 120 raw jobs + 12 edits on 3 needs with 2 workers, then 240 + 12 with 4, and ` +
        `SHORTLISTED + a note on match ${matchId} mid-race (${activeAtDecision} jobs active then); counted ${pairs.records[0].get('matches')} matches for ` +
        `${pairs.records[0].get('pairs')} distinct pairs, the match now ${match.records[0]?.get('status')} with note kept: ` +
        `${match.records[0]?.get('note') === note}`,
    );
    expect(match.records[0]?.get('status')).toBe('SHORTLISTED');
    expect(match.records[0]?.get('note')).toBe(note);
    await expectMatchesCurrent(driver, '4. racing workers');
    // Back to two workers for what follows.
    await Promise.all(workers.splice(-2).map((w) => w.stop()));
  }, 240_000);

  it('6. 500 edits to one need in a few seconds: a handful of jobs, matches from the last edit', async () => {
    const need = needIds[1];
    const burstStart = Date.now();
    let next = 0;
    const edit = (k: number, input: Record<string, unknown>) =>
      api.client.gql(UPDATE_NEED, { id: need, input }, fx.tokens.companyA1);
    const errors: unknown[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < 499) {
          const k = next++;
          const r = await edit(k, {
            description: `Our care homes need a robot that helps lift elderly patients (version ${k}).`,
          });
          if (r.errors) errors.push(r.errors);
        }
      }),
    );
    // The last edit alone, after every other one was acknowledged: a different subject altogether.
    const last = await edit(499, {
      title: 'Solid-state battery electrolyte for our e-bikes',
      description: 'We need a sulfide electrolyte with high ionic conductivity for solid-state lithium battery cells.',
      keywords: ['battery', 'electrolyte'],
    });
    if (last.errors) errors.push(last.errors);
    const burstMs = Date.now() - burstStart;
    expect(errors).toEqual([]);

    await expectMatchesCurrent(driver, '6. edit burst', 60_000);
    await drained();
    const jobs = (await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed'], 0, -1)).filter(
      (j) =>
        j.name === JobName.MatchNeed &&
        (j.data as { needId?: string } | undefined)?.needId === need &&
        j.timestamp >= burstStart,
    );
    const current = await driver.executeQuery(
      'MATCH (m:Match {needId: $need, current: true}) RETURN m.targetId AS id ORDER BY m.score DESC',
      { need },
    );
    const suggested = current.records.map((r) => r.get('id') as string);
    console.log(
      `[faults] 6. edit burst: injected 500 updateNeed in ${burstMs} ms; counted ${jobs.length} MatchNeed jobs for the need ` +
        `(states ${JSON.stringify(await Promise.all(jobs.map((j) => j.getState())))}, ${jobs.reduce((n, j) => n + j.attemptsMade, 0)} attempts in all: ` +
        `a job whose need changed during each of its 5 passes retries), top suggestion is the battery seed: ${suggested[0] === seedIds[3]}`,
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.length).toBeLessThan(100); // 500 edits collapse at least five-fold
    expect(suggested[0]).toBe(seedIds[3]); // the battery seed: the last text's subject
    expect(suggested).not.toContain(seedIds[2]); // the care robot: the earlier texts' subject
  }, 180_000);

  it('7. SIGTERM to the API and the workers while busy: requests and jobs finish or are handed back, nothing lost', async () => {
    const alive = (w: ServiceProcess) => w.child.exitCode === null && w.child.signalCode === null;
    if (workers.filter(alive).length < 2) await Promise.all([spawnWorker('worker-7a'), spawnWorker('worker-7b')]);
    // Companies creating needs in 5 loops; SIGTERM to the API while requests run, then no new ones.
    const batch = `sigterm-${randomUUID().slice(0, 8)}`;
    type Outcome = { start: number; end: number; id?: string; error?: string };
    const outcomes: Outcome[] = [];
    let issuing = true;
    let n = 0;
    const loops = Array.from({ length: 5 }, async () => {
      while (issuing) {
        const start = Date.now();
        const input = {
          title: `${batch} need ${n++}`,
          description: 'Low temperature drying of seaweed that keeps its colour.',
          keywords: ['seaweed'],
        };
        try {
          const id = (
            await must(api.client.gql<{ createNeed: { id: string } }>(CREATE_NEED, { input }, fx.tokens.companyA1))
          ).createNeed.id;
          outcomes.push({ start, end: Date.now(), id });
        } catch (error) {
          const cause = (error as Error).cause as Error | undefined;
          outcomes.push({ start, end: Date.now(), error: `${(error as Error).message} ${cause?.message ?? ''}` });
        }
      }
    });
    await sleep(2_000);
    const termAt = Date.now();
    const apiStop = api.stop(15_000);
    issuing = false;
    const apiExit = await apiStop;
    const apiStopMs = Date.now() - termAt;
    await Promise.all(loops);
    const stored = outcomes.filter((o): o is Outcome & { id: string } => o.id !== undefined);
    const refused = outcomes.filter((o) => o.error !== undefined);
    const finishedAfterTerm = stored.filter((o) => o.start < termAt && o.end > termAt);
    const inGraph = await countOf(driver, 'MATCH (n:Need) WHERE n.title STARTS WITH $batch RETURN count(n) AS n', {
      batch,
    });

    // Busy workers: a pile of jobs, then SIGTERM to each while jobs are active.
    const pile = await queue.addBulk(
      Array.from({ length: 150 }, (_, i) => ({
        name: JobName.MatchNeed,
        data: { needId: needIds[i % needIds.length] },
      })),
    );
    await waitFor('jobs active', async () => ((await queue.getActiveCount()) > 0 ? true : undefined), 30_000);
    const running = workers.splice(0).filter(alive);
    const activeAtTerm = await queue.getActiveCount();
    const workerStopStart = Date.now();
    // SHUTDOWN_TIMEOUT_MS is 10 s here: a worker still busy then must exit anyway, well before our SIGKILL at 30 s.
    const workerExits = await Promise.all(running.map((w) => w.stop(30_000)));
    const workerStopMs = Date.now() - workerStopStart;

    // Restart and check nothing was lost.
    api = await startApi(env, 'api-restarted');
    await spawnWorker('worker-E');
    await drained(90_000);
    const pileStates = await Promise.all(pile.map((j) => stateOf(j.id!)));
    // A job that failed on the way down (say, on a closed driver) would have needed a second attempt.
    const pileJobs = await Promise.all(pile.map((j) => queue.getJob(j.id!)));
    const retried = pileJobs.filter((j) => j && j.attemptsMade > 1).length;
    const handedBack = pileJobs.filter((j) => j && j.stalledCounter > 0).length;
    const present = await countOf(driver, 'MATCH (n:Need) WHERE n.id IN $ids RETURN count(n) AS n', {
      ids: stored.map((o) => o.id),
    });
    console.log(
      `[faults] 7. SIGTERM: injected SIGTERM to the API with 5 loops creating needs (exit ${JSON.stringify(apiExit)} in ${apiStopMs} ms) ` +
        `and to ${running.length} workers with ${activeAtTerm} jobs active (exits ${JSON.stringify(workerExits)} in ${workerStopMs} ms); ` +
        `counted ${stored.length} needs acknowledged (${finishedAfterTerm.length} answered after the SIGTERM), ${present} of them stored, ` +
        `${inGraph} of the batch in the graph, ${refused.length} refused at the connection; of 150 queued jobs ` +
        `${pileStates.filter((s) => s === 'completed').length} completed, ${pileStates.filter((s) => s === 'failed').length} failed, ` +
        `${retried} needed a retry, ${handedBack} were handed back`,
    );
    // Nest re-raises the signal once its shutdown hooks ran: exit by SIGTERM (or 0), never our SIGKILL fallback.
    const graceful = (exit: { code: number | null; signal: NodeJS.Signals | null }) =>
      exit.code === 0 || exit.signal === 'SIGTERM';
    expect(graceful(apiExit)).toBe(true);
    expect(apiStopMs).toBeLessThan(15_000);
    for (const exit of workerExits) expect(graceful(exit)).toBe(true);
    expect(workerStopMs).toBeLessThan(25_000);
    // Requests the API had when it got SIGTERM were answered, and every need it stored was acknowledged.
    expect(finishedAfterTerm.length).toBeGreaterThan(0);
    expect(present).toBe(stored.length);
    expect(inGraph).toBe(stored.length);
    for (const r of refused) expect(r.error).toMatch(/fetch failed|ECONNREFUSED|ECONNRESET|other side closed|socket/i);
    // Jobs still running at SHUTDOWN_TIMEOUT_MS are handed back (stalled check, or a retry when the
    // closing process failed them): all end completed, none failed.
    expect(pileStates.every((s) => s === 'completed')).toBe(true);
    await expectMatchesCurrent(driver, '7. SIGTERM');
  }, 600_000);
});
