import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { JobName, QueueName } from '../../src/infra/queue/queue.constants';
import { RedisPubSub } from '../../src/infra/redis/redis-pubsub';
import { LIVE_PUBSUB } from '../../src/modules/matches/live/match-live.events';
import { MatchStalledService } from '../../src/modules/matches/review/match-stalled.service';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { NotificationRetentionService } from '../../src/modules/notifications/notification-retention.service';
import { NOTIFICATION_ADDED } from '../../src/modules/notifications/notification.publisher';
import { createWorkerApp } from '../../workers/bootstrap';
import { GraphQLResponse, must, TestApi } from '../support/api-client';
import { errorCode, startApiSuite, userIdOf } from '../support/api-suite';
import {
  ROBOT_NEED,
  ROBOT_SEED,
  SEAWEED_NEED,
  SEAWEED_SEED,
  writeMatch,
  writeNeeds,
  writeSeeds,
} from '../support/graph-nodes';
import { Subscriber, subscribeLive } from '../support/live-subscriber';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { waitFor } from '../support/processes';
import { countOf, deleteQueueKeys } from '../support/services';

const DAY = 24 * 3600 * 1000;
const RETENTION_DAYS = 30;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const FIELDS = `id kind createdAt readAt matchId needId equipmentUseRequestId needTitle companyName equipmentName
  suggestionCount interested matchStatus previousMatchStatus useStatus previousUseStatus`;
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } } } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const ADDED = `subscription { notificationAdded { ${FIELDS} } }`;
const CHANGE = `mutation($matchId: ID!, $to: MatchStatus!, $declineReason: DeclineReason) {
  changeMatchStatus(matchId: $matchId, to: $to, declineReason: $declineReason) { id status } }`;
const ANSWER = `mutation($matchId: ID!, $interested: Boolean!) { answerMatch(matchId: $matchId, interested: $interested) { id } }`;
const USE_CHANGE = `mutation($requestId: ID!, $to: EquipmentUseStatus!, $proposedFrom: DateTime, $proposedTo: DateTime) {
  changeEquipmentUseStatus(requestId: $requestId, to: $to, proposedFrom: $proposedFrom, proposedTo: $proposedTo) { id status } }`;

interface Note {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  matchId: string | null;
  needId: string | null;
  equipmentUseRequestId: string | null;
  needTitle: string | null;
  companyName: string | null;
  equipmentName: string | null;
  suggestionCount: number | null;
  interested: boolean | null;
  matchStatus: string | null;
  previousMatchStatus: string | null;
  useStatus: string | null;
  previousUseStatus: string | null;
}
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Note }[];
};

// Several servers (API, worker, Neo4j) on a shared machine: allow slow steps rather than flake.
jest.setTimeout(180_000);

describe('in-app notifications', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let fx: NetworkFixture;
  let worker: INestApplicationContext;
  const subscribers: Subscriber<Note>[] = [];
  /** Tokens of the users this suite adds: a second coordinator of region A and a support staff member. */
  const tokens = {} as { coordA2: string; staff: string };
  const ids = {
    seedA: randomUUID(),
    needA: randomUUID(),
    needB: randomUUID(),
    seedB: randomUUID(),
    coordinatorA2: randomUUID(),
    staff: randomUUID(),
    equipment: randomUUID(),
  };

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string) =>
    api.gql<T>(query, variables, token);
  /** Every notification of the token's user, newest first, read through the API. */
  const all = async (token: string, unreadOnly = false): Promise<Note[]> =>
    (await must(gql<{ notifications: Page }>(LIST, { first: 100, unreadOnly }, token))).notifications.edges.map(
      (e) => e.node,
    );
  const ofKind = async (token: string, kind: string) => (await all(token)).filter((n) => n.kind === kind);
  const unread = async (token: string) =>
    (await must(gql<{ unreadNotificationCount: number }>(COUNT, {}, token))).unreadNotificationCount;
  const subscribe = (token: string) => {
    const sub = subscribeLive<Note>(api, `Bearer ${token}`, ADDED);
    subscribers.push(sub);
    return sub;
  };
  const listening = (n: number) =>
    waitFor(`${n} listener(s) on ${NOTIFICATION_ADDED}`, async () =>
      api.app.get<RedisPubSub>(LIVE_PUBSUB).listenerCount(NOTIFICATION_ADDED) >= n ? true : undefined,
    );
  const received = (sub: Subscriber<Note>, what: string, ok: (notes: Note[]) => boolean) =>
    waitFor(what, async () => (ok(sub.received) ? sub.received : undefined), 30_000, 50);

  const makeMatch = (needId: string, targetId: string, status: string) => writeMatch(driver, { needId, targetId, status });

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite({
      MATCH_RECONCILE_INTERVAL_MS: '3600000',
      NOTIFICATION_RETENTION_DAYS: String(RETENTION_DAYS),
    }));
    fx = await buildNetworkFixture(api, driver);
    await writeSeeds(driver, [
      { id: ids.seedA, holderId: fx.ids.universityA, ...SEAWEED_SEED },
      { id: ids.seedB, holderId: fx.ids.universityA, ...ROBOT_SEED },
    ]);
    // A second coordinator of region A, and a support staff member of equipment hosted in region A.
    await driver.executeQuery(
      `MATCH (ra:Region {id: $regionA}), (ua:Organization {id: $universityA})
       CREATE (:Coordinator {id: $coordinatorA2, name: 'Coordinator A2', specialtyFields: [], createdAt: datetime(),
         updatedAt: datetime(), createdBy: 'test'})-[:COVERS]->(ra)
       CREATE (s:SupportStaff {id: $staff, name: 'Staff', title: 'Technician', skills: [], createdAt: datetime(),
         updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(ua)
       CREATE (eq:Equipment {id: $equipment, name: 'Shared SEM', category: 'microscope', description: 'Scanning electron microscope',
         availability: '', conditions: '', fees: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(ua)
       CREATE (s)-[:SUPPORTS]->(eq)`,
      { ...fx.ids, ...ids },
    );
    const user = async (name: string, role: string, linkId: string) => {
      const email = `${name}@notifications.musubi.example`;
      await must(
        api.gql(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          { input: { email, password: `${name}-password-123`, role, displayName: name, linkId } },
          fx.tokens.admin,
        ),
      );
      return api.signIn(email, `${name}-password-123`);
    };
    tokens.coordA2 = await user('coorda2', 'COORDINATOR', ids.coordinatorA2);
    tokens.staff = await user('staff', 'SUPPORT_STAFF', ids.staff);
    worker = await createWorkerApp(config);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close().catch(() => undefined)));
    await worker?.close();
    await api?.close();
    await driver?.close();
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it("NEW_SUGGESTIONS: one per matching run of a need, with its count, for the region's coordinators only, live", async () => {
    const coordA = subscribe(fx.tokens.coordA);
    const coordB = subscribe(fx.tokens.coordB);
    await listening(2);
    // Written after the worker's boot-time reconciliation was enqueued: only these calls match them.
    await writeNeeds(driver, [
      { id: ids.needA, companyId: fx.ids.companyA1, ...SEAWEED_NEED },
      { id: ids.needB, companyId: fx.ids.companyB1, ...ROBOT_NEED },
    ]);
    const matcher = worker.get(MatchingService);
    await matcher.matchNeed(ids.needA);
    await matcher.matchNeed(ids.needB);
    const matchesOf = (needId: string) =>
      countOf(driver, 'MATCH (m:Match {needId: $needId}) RETURN count(m) AS n', { needId });
    const written = await matchesOf(ids.needA);
    expect(written).toBeGreaterThan(0);

    for (const token of [fx.tokens.coordA, tokens.coordA2]) {
      const notes = await ofKind(token, 'NEW_SUGGESTIONS');
      expect(notes.map((n) => [n.needId, n.suggestionCount, n.needTitle, n.companyName, n.readAt])).toEqual([
        [ids.needA, written, SEAWEED_NEED.title, 'A1 Foods', null],
      ]);
    }
    expect((await ofKind(fx.tokens.coordB, 'NEW_SUGGESTIONS')).map((n) => [n.needId, n.suggestionCount])).toEqual([
      [ids.needB, await matchesOf(ids.needB)],
    ]);
    for (const token of [fx.tokens.companyA1, fx.tokens.managerA, tokens.staff]) expect(await all(token)).toEqual([]);

    const stored = (await ofKind(fx.tokens.coordA, 'NEW_SUGGESTIONS'))[0];
    await received(coordA, 'coordinator A to hear of its notification', (notes) => notes.length >= 1);
    await received(coordB, 'coordinator B to hear of its notification', (notes) => notes.length >= 1);
    // Each stream carries its user's own notification and nothing of the other region's.
    expect(coordA.received).toEqual([stored]);
    expect(coordB.received.map((n) => n.needId)).toEqual([ids.needB]);

    // A run that writes no new suggestion tells nobody.
    await driver.executeQuery('MATCH (n:Need {id: $id}) SET n.updatedAt = datetime()', { id: ids.needA });
    await matcher.matchNeed(ids.needA);
    expect(await ofKind(fx.tokens.coordA, 'NEW_SUGGESTIONS')).toHaveLength(1);
    expect([coordA, coordB].flatMap((s) => s.errors)).toEqual([]);
  });

  it("match events: shared and later moves for the company's users, answers and stalls for the match's coordinators", async () => {
    const companyLive = subscribe(fx.tokens.companyA1);
    await listening(1);
    const before = {
      coordA: await all(fx.tokens.coordA),
      coordA2: await all(tokens.coordA2),
      companyA2: await all(fx.tokens.companyA2),
    };
    const m = await makeMatch(ids.needA, ids.seedA, 'SHORTLISTED');
    await must(gql(CHANGE, { matchId: m, to: 'SHARED' }, fx.tokens.coordA));

    const [shared] = await ofKind(fx.tokens.companyA1, 'MATCH_SHARED');
    expect(shared).toMatchObject({
      matchId: m,
      needId: ids.needA,
      needTitle: SEAWEED_NEED.title,
      matchStatus: 'SHARED',
      previousMatchStatus: 'SHORTLISTED',
      readAt: null,
    });
    await received(companyLive, 'the company to hear its match was shared', (notes) => notes.length >= 1);
    expect(companyLive.received).toEqual([shared]);
    // The coordinator who shared it, the other company and the region's other coordinator hear nothing in the app.
    expect(await all(fx.tokens.coordA)).toEqual(before.coordA);
    expect(await all(tokens.coordA2)).toEqual(before.coordA2);
    expect(await all(fx.tokens.companyA2)).toEqual(before.companyA2);

    // The answer goes to every coordinator of the region while nobody is assigned...
    await must(gql(ANSWER, { matchId: m, interested: true }, fx.tokens.companyA1));
    for (const token of [fx.tokens.coordA, tokens.coordA2]) {
      expect((await ofKind(token, 'COMPANY_ANSWERED')).map((n) => [n.matchId, n.interested, n.companyName])).toEqual([
        [m, true, 'A1 Foods'],
      ]);
    }
    expect(await ofKind(fx.tokens.companyA1, 'COMPANY_ANSWERED')).toEqual([]);
    // ...and to the assignee alone once the match is assigned.
    await must(
      gql(
        'mutation($m: ID!, $c: ID!) { assignMatch(matchId: $m, coordinatorId: $c) { id } }',
        { m, c: ids.coordinatorA2 },
        fx.tokens.coordA,
      ),
    );
    await must(gql(ANSWER, { matchId: m, interested: false }, fx.tokens.companyA1));
    expect((await ofKind(tokens.coordA2, 'COMPANY_ANSWERED')).map((n) => n.interested)).toEqual([false, true]);
    expect(await ofKind(fx.tokens.coordA, 'COMPANY_ANSWERED')).toHaveLength(1);

    await must(gql(CHANGE, { matchId: m, to: 'INTRODUCED' }, fx.tokens.coordA));
    expect(
      (await ofKind(fx.tokens.companyA1, 'MATCH_STATUS_CHANGED')).map((n) => [n.matchStatus, n.previousMatchStatus]),
    ).toEqual([['INTRODUCED', 'SHARED']]);

    // A match declined before it was shared never reaches the company.
    const declined = await makeMatch(ids.needA, ids.seedB, 'SUGGESTED');
    await must(gql(CHANGE, { matchId: declined, to: 'DECLINED', declineReason: 'ALREADY_KNOWN' }, fx.tokens.coordA));
    expect((await all(fx.tokens.companyA1)).filter((n) => n.matchId === declined)).toEqual([]);

    // Stalled detection (a system event) tells the assignee; the company cannot see a stalled match.
    const flagged = await api.app.get(MatchStalledService).flagStalled(new Date(Date.now() + 60 * DAY));
    expect(flagged).toEqual([m]);
    expect((await ofKind(tokens.coordA2, 'MATCH_STALLED')).map((n) => [n.matchId, n.matchStatus])).toEqual([
      [m, 'STALLED'],
    ]);
    expect(await ofKind(fx.tokens.coordA, 'MATCH_STALLED')).toEqual([]);
    expect(await ofKind(fx.tokens.companyA1, 'MATCH_STALLED')).toEqual([]);
    expect(companyLive.errors).toEqual([]);
  });

  it('equipment use: a request for the host side, a move for the other side of whoever made it', async () => {
    const created = await must(
      gql<{ requestEquipmentUse: { id: string } }>(
        'mutation($input: RequestEquipmentUseInput!) { requestEquipmentUse(input: $input) { id } }',
        {
          input: {
            equipmentId: ids.equipment,
            purpose: 'Imaging dried seaweed',
            wishedFrom: new Date(Date.now() + 10 * DAY).toISOString(),
            wishedTo: new Date(Date.now() + 11 * DAY).toISOString(),
          },
        },
        fx.tokens.companyA1,
      ),
    );
    const requestId = created.requestEquipmentUse.id;
    const about = async (token: string) =>
      (await all(token))
        .filter((n) => n.equipmentUseRequestId === requestId)
        .map((n) => [n.kind, n.useStatus, n.previousUseStatus]);

    for (const token of [tokens.staff, fx.tokens.coordA, tokens.coordA2]) {
      expect(await about(token)).toEqual([['EQUIPMENT_REQUESTED', 'REQUESTED', null]]);
    }
    const [request] = (await all(tokens.staff)).filter((n) => n.equipmentUseRequestId === requestId);
    expect(request).toMatchObject({ equipmentName: 'Shared SEM', companyName: 'A1 Foods' });
    expect(await about(fx.tokens.companyA1)).toEqual([]);
    expect(await about(fx.tokens.coordB)).toEqual([]);

    await must(
      gql(
        USE_CHANGE,
        {
          requestId,
          to: 'TIME_PROPOSED',
          proposedFrom: new Date(Date.now() + 12 * DAY).toISOString(),
          proposedTo: new Date(Date.now() + 13 * DAY).toISOString(),
        },
        tokens.staff,
      ),
    );
    expect(await about(fx.tokens.companyA1)).toEqual([['EQUIPMENT_USE_CHANGED', 'TIME_PROPOSED', 'REQUESTED']]);
    expect(await about(tokens.staff)).toHaveLength(1);

    await must(gql(USE_CHANGE, { requestId, to: 'APPROVED' }, fx.tokens.companyA1));
    for (const token of [tokens.staff, fx.tokens.coordA, tokens.coordA2]) {
      expect(await about(token)).toEqual([
        ['EQUIPMENT_USE_CHANGED', 'APPROVED', 'TIME_PROPOSED'],
        ['EQUIPMENT_REQUESTED', 'REQUESTED', null],
      ]);
    }
    expect(await about(fx.tokens.companyA1)).toHaveLength(1);
  });

  it('lists newest first page by page, counts and marks read only the caller’s own', async () => {
    const mine = await all(fx.tokens.coordA);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const times = mine.map((n) => Date.parse(n.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // Two at a time to the last page: every notification once, in the same order.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = (await must(gql<{ notifications: Page }>(LIST, { first: 2, after }, fx.tokens.coordA)))
        .notifications;
      expect(page.totalCount).toBe(mine.length);
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(mine.map((n) => n.id));

    // Nobody lists another's: the API answers exactly what the graph holds for each user.
    for (const token of [fx.tokens.coordA, tokens.coordA2, fx.tokens.companyA1, tokens.staff]) {
      const userId = await userIdOf(api, token);
      const stored = (
        await driver.executeQuery(
          'MATCH (:User {id: $userId})<-[:FOR]-(n:Notification) RETURN n.id AS id ORDER BY n.createdAt DESC, n.id DESC',
          { userId },
        )
      ).records.map((r) => r.get('id') as string);
      expect((await all(token)).map((n) => n.id)).toEqual(stored);
    }

    expect(await unread(fx.tokens.coordA)).toBe(mine.length);
    const someoneElses = (await all(tokens.coordA2))[0].id;
    const unreadBefore = await unread(tokens.coordA2);

    // Refused as a whole, nothing marked: another user's notification is NOT_FOUND like an unknown one.
    for (const foreign of [someoneElses, UNKNOWN]) {
      const refused = await gql(MARK, { ids: [mine[0].id, foreign] }, fx.tokens.coordA);
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(refused.errors?.[0].message).toContain(foreign);
    }
    expect(await unread(fx.tokens.coordA)).toBe(mine.length);
    expect(await unread(tokens.coordA2)).toBe(unreadBefore);

    const bad = async (ids: unknown, rule: string) => {
      const response: GraphQLResponse = await gql(MARK, { ids }, fx.tokens.coordA);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain(rule);
    };
    await bad([], 'ids must hold at least 1 id');
    await bad(['not-a-uuid'], 'each of ids must be a UUID');
    await bad(
      Array.from({ length: 101 }, () => randomUUID()),
      'ids must hold at most 100 ids',
    );
    expect(errorCode(await gql(LIST, { first: 0 }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(LIST, { after: 'not a cursor!' }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
    expect(await unread(fx.tokens.coordA)).toBe(mine.length);

    // Marking two (one twice) leaves the rest unread; unreadOnly lists just those.
    const two = [mine[0].id, mine[1].id];
    const left = await must(gql<{ markNotificationsRead: number }>(MARK, { ids: [...two, two[0]] }, fx.tokens.coordA));
    expect(left.markNotificationsRead).toBe(mine.length - 2);
    const afterMark = await all(fx.tokens.coordA);
    expect(afterMark.filter((n) => n.readAt !== null).map((n) => n.id)).toEqual(two);
    expect((await all(fx.tokens.coordA, true)).map((n) => n.id)).toEqual(mine.slice(2).map((n) => n.id));
    const firstReadAt = afterMark[0].readAt;
    // Marking again keeps the first readAt; omitting ids marks every one.
    const none = await must(gql<{ markNotificationsRead: number }>(MARK, {}, fx.tokens.coordA));
    expect(none.markNotificationsRead).toBe(0);
    expect(await unread(fx.tokens.coordA)).toBe(0);
    expect((await all(fx.tokens.coordA))[0].readAt).toBe(firstReadAt);
    expect(await all(fx.tokens.coordA, true)).toEqual([]);
    expect(await unread(tokens.coordA2)).toBe(unreadBefore);

    expect(errorCode(await api.gql(COUNT, {}))).toBe('UNAUTHENTICATED');
  });

  it("a deleted user's stream ends at its next event, and a missed notification is listed on the next sign-in", async () => {
    const company = subscribe(fx.tokens.companyA2);
    await listening(1);
    const oldUserId = await userIdOf(api, fx.tokens.companyA2);
    await driver.executeQuery("MATCH (u:User {email: 'companya2@fixture.musubi.example'}) DETACH DELETE u");
    await api.app
      .get<RedisPubSub>(LIVE_PUBSUB)
      .publish(NOTIFICATION_ADDED, { notificationId: randomUUID(), userId: oldUserId });
    await waitFor('the stream to end', async () => (company.completed ? true : undefined), 30_000, 50);
    expect(company.received).toEqual([]);

    // A new user of the company, not subscribed while its match is shared, finds it on signing in.
    await must(
      api.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            email: 'companya2-new@notifications.musubi.example',
            password: 'CompanyA2-password-123',
            role: 'COMPANY',
            displayName: 'CompanyA2 new',
            linkId: fx.ids.companyA2,
          },
        },
        fx.tokens.admin,
      ),
    );
    const need = randomUUID();
    await writeNeeds(driver, [
      { id: need, companyId: fx.ids.companyA2, title: 'Weld inspection', description: 'x', keywords: [] },
    ]);
    const m = await makeMatch(need, ids.seedB, 'SHORTLISTED');
    await must(gql(CHANGE, { matchId: m, to: 'SHARED' }, fx.tokens.coordA));
    const signedIn = await api.signIn('companya2-new@notifications.musubi.example', 'CompanyA2-password-123');
    expect((await all(signedIn)).map((n) => [n.kind, n.matchId, n.needTitle])).toEqual([
      ['MATCH_SHARED', m, 'Weld inspection'],
    ]);
    expect(await unread(signedIn)).toBe(1);
  });

  it(`retention: notifications older than NOTIFICATION_RETENTION_DAYS (${RETENTION_DAYS}) go, by the clock and by the hourly job`, async () => {
    const total = () => countOf(driver, 'MATCH (n:Notification) RETURN count(n) AS n');
    const before = await total();
    expect(before).toBeGreaterThan(0);
    const retention = worker.get(NotificationRetentionService);
    expect(await retention.prune(new Date(Date.now() + (RETENTION_DAYS - 1) * DAY))).toEqual({ deleted: 0 });
    expect(await total()).toBe(before);

    // One notification dated past the retention: the scheduled job (run now, through the queue) deletes it alone.
    const old = (await all(tokens.staff))[0].id;
    await driver.executeQuery(
      'MATCH (n:Notification {id: $id}) SET n.createdAt = datetime() - duration({days: toInteger($days)})',
      { id: old, days: RETENTION_DAYS + 1 },
    );
    const queue = new Queue(QueueName.Notifications, {
      connection: { url: config.redis.url },
      prefix: config.queue.prefix,
    });
    try {
      const job = await queue.add(JobName.NotificationPrune, {});
      const done = await waitFor(
        'the retention job to complete',
        async () => {
          const state = await queue.getJob(job.id!);
          return state?.finishedOn !== undefined ? state : undefined;
        },
        30_000,
      );
      expect(done.failedReason).toBeUndefined();
      expect(done.returnvalue).toEqual({ deleted: 1 });
    } finally {
      await queue.close();
    }
    expect(await countOf(driver, 'MATCH (n:Notification {id: $id}) RETURN count(n) AS n', { id: old })).toBe(0);
    expect(await total()).toBe(before - 1);

    expect(await retention.prune(new Date(Date.now() + (RETENTION_DAYS + 1) * DAY))).toEqual({ deleted: before - 1 });
    expect(await total()).toBe(0);
    expect(await retention.prune(new Date(Date.now() + (RETENTION_DAYS + 1) * DAY))).toEqual({ deleted: 0 });
  });
});
