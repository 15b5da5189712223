import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { RedisPubSub } from '../../src/infra/redis/redis-pubsub';
import { LIVE_PUBSUB, LiveChannel } from '../../src/modules/matches/live/match-live.events';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { createWorkerApp } from '../../workers/bootstrap';
import { TestApi, must } from '../support/api-client';
import { startApiSuite } from '../support/api-suite';
import {
  ROBOT_NEED,
  ROBOT_SEED,
  SEAWEED_NEED,
  SEAWEED_SEED,
  writeMatch,
  writeNeeds,
  writeSeeds,
} from '../support/graph-nodes';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { countOf, deleteQueueKeys } from '../support/services';
import { Subscriber as LiveSubscriber, subscribeLive } from '../support/live-subscriber';

const SUGGESTED = 'subscription($regionId: ID) { matchSuggested(regionId: $regionId) { id needId targetId status } }';
const SHARED_CHANGED = 'subscription { sharedMatchChanged { from to match { id needId status } } }';
const CHANGE = `mutation($matchId: ID!, $to: MatchStatus!) { changeMatchStatus(matchId: $matchId, to: $to) { id status } }`;

type Received = {
  id: string;
  needId: string;
  targetId?: string;
  status: string;
  from?: string;
  to?: string;
  match?: { id: string };
};

type Subscriber = LiveSubscriber<Received>;

// Several servers (API, worker, Neo4j) on a shared machine: allow slow steps rather than flake.
jest.setTimeout(180_000);

describe('GraphQL subscriptions over graphql-ws', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let fx: NetworkFixture;
  let worker: INestApplicationContext;
  const subscribers: Subscriber[] = [];

  const subscribe = (
    authorization: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Subscriber => {
    const sub = subscribeLive<Received>(api, authorization, query, variables);
    subscribers.push(sub);
    return sub;
  };

  const until = async (what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await ok())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  /** Subscriptions are live once their listener is on the Redis channel: only then is an event heard. */
  const listening = (channel: string, n: number) =>
    until(`${n} listener(s) on ${channel}`, () => api.app.get<RedisPubSub>(LIVE_PUBSUB).listenerCount(channel) >= n);

  const makeMatch = (needId: string, targetId: string, status: string) => writeMatch(driver, { needId, targetId, status });

  const ids = {
    seedA: randomUUID(),
    seedB: randomUUID(),
    needA: randomUUID(),
    needA2: randomUUID(),
    needB: randomUUID(),
  };

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite({ MATCH_RECONCILE_INTERVAL_MS: '3600000' }));
    fx = await buildNetworkFixture(api, driver);
    // Region A: a seaweed-drying seed and need (company A1), and a need of company A2; region B: a marine-robot pair.
    await writeSeeds(driver, [
      { id: ids.seedA, holderId: fx.ids.universityA, ...SEAWEED_SEED },
      { id: ids.seedB, holderId: fx.ids.universityA, ...ROBOT_SEED },
    ]);
    await writeNeeds(driver, [
      { id: ids.needA, companyId: fx.ids.companyA1, ...SEAWEED_NEED },
      {
        id: ids.needA2,
        companyId: fx.ids.companyA2,
        title: 'Metal part inspection',
        description: 'Inspect welded parts',
        keywords: ['welding'],
      },
      { id: ids.needB, companyId: fx.ids.companyB1, ...ROBOT_NEED },
    ]);
    worker = await createWorkerApp(config);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close().catch(() => undefined)));
    await worker?.close();
    await api?.close();
    await driver?.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('refuses a connection without a valid bearer token (4403), and a role or region the user may not subscribe to', async () => {
    const bad = [
      subscribe('Bearer not-a-jwt', SUGGESTED),
      subscribe(null, SUGGESTED),
      subscribe(fx.tokens.coordA, SUGGESTED),
    ];
    await until('the refused sockets to close', () => bad.every((s) => s.closed !== null));
    expect(bad.map((s) => s.closed?.code)).toEqual([4403, 4403, 4403]);
    expect(bad.flatMap((s) => s.received)).toEqual([]);

    const company = subscribe(`Bearer ${fx.tokens.companyA1}`, SUGGESTED);
    const otherRegion = subscribe(`Bearer ${fx.tokens.coordA}`, SUGGESTED, { regionId: fx.ids.regionB });
    const coordinatorShared = subscribe(`Bearer ${fx.tokens.coordA}`, SHARED_CHANGED);
    await until('the refusals', () => [company, otherRegion, coordinatorShared].every((s) => s.errors.length > 0));
    const codes = (s: Subscriber) => s.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
    expect(codes(company)).toEqual(['FORBIDDEN']);
    expect(codes(otherRegion)).toEqual(['FORBIDDEN']);
    expect((otherRegion.errors[0] as { message: string }).message).toContain('regions they cover');
    expect(codes(coordinatorShared)).toEqual(['FORBIDDEN']);
  });

  it('serves only subscriptions over the socket: a query or a mutation is refused, and writes nothing', async () => {
    const regions = () => countOf(driver, 'MATCH (r:Region) RETURN count(r) AS n');
    const before = await regions();
    const query = subscribe(`Bearer ${fx.tokens.admin}`, '{ me { id } }');
    const mutation = subscribe(
      `Bearer ${fx.tokens.admin}`,
      'mutation { createRegion(input: { code: "over-socket", name: "Socket" }) { id } }',
    );
    await until('the refusals', () => [query, mutation].every((s) => s.errors.length > 0));
    for (const refused of [query, mutation]) {
      expect(refused.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(refused.received).toEqual([]);
    }
    expect((mutation.errors[0] as { message: string }).message).toBe(
      'Only subscriptions are served over WebSocket; send this mutation to POST /graphql',
    );
    expect(await regions()).toBe(before);
  });

  it("matchSuggested: a coordinator receives the matcher's new suggestions for their region, not another region's", async () => {
    const before = api.app.get<RedisPubSub>(LIVE_PUBSUB).listenerCount(LiveChannel.MatchSuggested);
    const coordA = subscribe(`Bearer ${fx.tokens.coordA}`, SUGGESTED);
    const coordAExplicit = subscribe(`Bearer ${fx.tokens.coordA}`, SUGGESTED, { regionId: fx.ids.regionA });
    const coordB = subscribe(`Bearer ${fx.tokens.coordB}`, SUGGESTED);
    const admin = subscribe(`Bearer ${fx.tokens.admin}`, SUGGESTED);
    await listening(LiveChannel.MatchSuggested, before + 4);

    const matcher = worker.get(MatchingService);
    await matcher.matchNeed(ids.needA);
    await matcher.matchNeed(ids.needB);
    const written = async (needId: string) =>
      (await driver.executeQuery('MATCH (m:Match {needId: $needId}) RETURN m.id AS id', { needId })).records
        .map((r) => r.get('id') as string)
        .sort();
    const matchesA = await written(ids.needA);
    const matchesB = await written(ids.needB);
    expect(matchesA.length).toBeGreaterThan(0);
    expect(matchesB.length).toBeGreaterThan(0);

    await until(
      'every suggestion to arrive',
      () =>
        coordA.received.length >= matchesA.length &&
        coordB.received.length >= matchesB.length &&
        admin.received.length >= matchesA.length + matchesB.length,
    );
    // B's events were published after A's, so once coordinator B has them, A's stream has had its chance too.
    await new Promise((r) => setTimeout(r, 300));
    // The worker's own jobs (reconciliation at boot) may match region A's other need meanwhile: that is
    // region A's too, so it is compared by need.
    const got = (s: Subscriber, needId: string) =>
      s.received
        .filter((m) => m.needId === needId)
        .map((m) => m.id)
        .sort();
    expect(got(coordA, ids.needA)).toEqual(matchesA);
    expect(got(coordAExplicit, ids.needA)).toEqual(matchesA);
    expect(got(coordB, ids.needB)).toEqual(matchesB);
    expect(got(admin, ids.needA)).toEqual(matchesA);
    expect(got(admin, ids.needB)).toEqual(matchesB);
    const regionA: string[] = [ids.needA, ids.needA2];
    expect(coordA.received.filter((m) => !regionA.includes(m.needId))).toEqual([]);
    expect(coordAExplicit.received.filter((m) => !regionA.includes(m.needId))).toEqual([]);
    expect(coordB.received.filter((m) => m.needId !== ids.needB)).toEqual([]);
    expect(coordA.received.every((m) => m.status === 'SUGGESTED')).toBe(true);

    // Recomputing the same need writes no new match: nothing more is published for it.
    await driver.executeQuery('MATCH (n:Need {id: $id}) SET n.updatedAt = datetime()', { id: ids.needA });
    await matcher.matchNeed(ids.needA);
    await new Promise((r) => setTimeout(r, 500));
    expect(got(coordA, ids.needA)).toEqual(matchesA);
    expect([coordA, coordB, admin].flatMap((s) => s.errors)).toEqual([]);
  });

  it("sharedMatchChanged: a company receives its shared match's changes, not another company's, nor before sharing", async () => {
    const before = api.app.get<RedisPubSub>(LIVE_PUBSUB).listenerCount(LiveChannel.MatchStatusChanged);
    const a1 = subscribe(`Bearer ${fx.tokens.companyA1}`, SHARED_CHANGED);
    const a2 = subscribe(`Bearer ${fx.tokens.companyA2}`, SHARED_CHANGED);
    await listening(LiveChannel.MatchStatusChanged, before + 2);

    const m1 = await makeMatch(ids.needA, ids.seedA, 'SUGGESTED');
    const m2 = await makeMatch(ids.needA2, ids.seedB, 'SUGGESTED');
    for (const to of ['SHORTLISTED', 'SHARED', 'INTRODUCED'])
      await must(api.gql(CHANGE, { matchId: m1, to }, fx.tokens.coordA));
    await must(api.gql(CHANGE, { matchId: m2, to: 'SHORTLISTED' }, fx.tokens.coordA));
    await must(api.gql(CHANGE, { matchId: m2, to: 'SHARED' }, fx.tokens.admin));

    await until('the shared changes to arrive', () => a1.received.length >= 2 && a2.received.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(a1.received.map((c) => [c.match?.id, c.from, c.to])).toEqual([
      [m1, 'SHORTLISTED', 'SHARED'],
      [m1, 'SHARED', 'INTRODUCED'],
    ]);
    expect(a2.received.map((c) => [c.match?.id, c.from, c.to])).toEqual([[m2, 'SHORTLISTED', 'SHARED']]);

    // A decline takes the match out of the company's sight: no event for it.
    await must(
      api.gql(
        'mutation($m: ID!) { changeMatchStatus(matchId: $m, to: DECLINED, declineReason: ALREADY_KNOWN) { id } }',
        { m: m1 },
        fx.tokens.coordA,
      ),
    );
    await must(api.gql(CHANGE, { matchId: m2, to: 'INTRODUCED' }, fx.tokens.coordA));
    await until('A2 to hear of its introduction', () => a2.received.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(a1.received).toHaveLength(2);
    expect([a1, a2].flatMap((s) => s.errors)).toEqual([]);
  });

  it('a deleted user stops receiving, and an unsubscribed client is no longer listened for', async () => {
    const before = api.app.get<RedisPubSub>(LIVE_PUBSUB).listenerCount(LiveChannel.MatchStatusChanged);
    const a2 = subscribe(`Bearer ${fx.tokens.companyA2}`, SHARED_CHANGED);
    await listening(LiveChannel.MatchStatusChanged, before + 1);
    await a2.close();
    await until(
      'the listener to go',
      () => api.app.get<RedisPubSub>(LIVE_PUBSUB).listenerCount(LiveChannel.MatchStatusChanged) === before,
    );

    const again = subscribe(`Bearer ${fx.tokens.companyA2}`, SHARED_CHANGED);
    await listening(LiveChannel.MatchStatusChanged, before + 1);
    await driver.executeQuery("MATCH (u:User {email: 'companya2@fixture.musubi.example'}) DETACH DELETE u");
    const m = await makeMatch(ids.needA2, ids.seedB, 'SHORTLISTED');
    await must(api.gql(CHANGE, { matchId: m, to: 'SHARED' }, fx.tokens.coordA));
    await until('the stream to end', () => again.completed);
    expect(again.received).toEqual([]);
  });
});
