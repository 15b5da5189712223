import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { QueueName } from '../../src/infra/queue/queue.constants';
import { RedisPubSub } from '../../src/infra/redis/redis-pubsub';
import { LIVE_PUBSUB, LiveChannel, MatchStatusChangedEvent } from '../../src/modules/matches/live/match-live.events';
import { MatchStatus } from '../../src/modules/matches/models/match.model';
import { MatchReviewRepository } from '../../src/modules/matches/review/match-review.repository';
import { MatchReviewService } from '../../src/modules/matches/review/match-review.service';
import { GraphQLResponse, must, TestApi } from '../support/api-client';
import { ApiSuite, errorCode, startApiSuite, stopApiSuite } from '../support/api-suite';
import { writeMatch, writeNeeds, writeSeeds } from '../support/graph-nodes';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { waitFor } from '../support/processes';

const S = MatchStatus;
const DAY = 24 * 3600 * 1000;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const FIELDS = `id status note declineReason answerChangeable companyAnswer { interested note }
  history { kind from to note reason interested }`;
const BULK = `mutation($matchIds: [ID!]!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason, $agreementKind: AgreementKind) {
  changeMatchStatuses(matchIds: $matchIds, to: $to, note: $note, declineReason: $declineReason, agreementKind: $agreementKind) { ${FIELDS} } }`;
const CHANGE = `mutation($matchId: ID!, $to: MatchStatus!, $declineReason: DeclineReason) {
  changeMatchStatus(matchId: $matchId, to: $to, declineReason: $declineReason) { ${FIELDS} } }`;
const ANSWER = `mutation($matchId: ID!, $interested: Boolean!, $note: String) {
  answerMatch(matchId: $matchId, interested: $interested, note: $note) { ${FIELDS} } }`;
const MATCH = `query($id: ID!) { match(id: $id) { ${FIELDS} } }`;
const NEED = `query($id: ID!) { need(id: $id) { id matchesUnderReview } }`;

type Moved = {
  id: string;
  status: MatchStatus;
  note: string | null;
  declineReason: string | null;
  answerChangeable: boolean;
  companyAnswer: { interested: boolean; note: string | null } | null;
  history: {
    kind: string;
    from: string;
    to: string;
    note: string | null;
    reason: string | null;
    interested: boolean | null;
  }[];
};
type Problem = { index: number; matchId: string; code: string; message: string; field: string | null };

describe('bulk moves (changeMatchStatuses) and the company side (matchesUnderReview, answerChangeable)', () => {
  let suite: ApiSuite;
  let api: TestApi;
  let driver: Driver;
  let fx: NetworkFixture;
  const ids = {} as Record<'seedA' | 'seedPrivateB' | 'needA' | 'needA2' | 'needB' | 'companyB2', string>;

  const match = (needId: string, opts: { status?: MatchStatus; current?: boolean; targetId?: string } = {}) =>
    writeMatch(driver, { needId, targetId: opts.targetId ?? ids.seedA, status: opts.status, current: opts.current });
  const read = async (id: string, token: string) => (await must(api.gql<{ match: Moved }>(MATCH, { id }, token))).match;
  /** As coordinator A unless told; `null`: without a token. */
  const bulk = (variables: Record<string, unknown>, token: string | null = fx.tokens.coordA) =>
    api.gql<{ changeMatchStatuses: Moved[] }>(BULK, variables, token ?? undefined);
  /** Every status, event and answer of the graph: a refused request must leave it as it was. */
  const snapshot = async () =>
    (
      await driver.executeQuery(
        `MATCH (m:Match) OPTIONAL MATCH (e:MatchEvent)-[:ON_MATCH]->(m)
         WITH m, count(e) AS events ORDER BY m.id
         RETURN collect([m.id, m.status, m.note, m.declineReason, m.companyAnswer, m.companyAnswerNote, toString(m.updatedAt), events]) AS rows`,
      )
    ).records[0].get('rows') as unknown[];

  beforeAll(async () => {
    suite = await startApiSuite({ MATCH_RECONCILE_INTERVAL_MS: '3600000', MATCH_STALLED_AFTER_DAYS: '30' });
    ({ api, driver } = suite);
    fx = await buildNetworkFixture(api, driver);
    Object.assign(ids, {
      seedA: randomUUID(),
      seedPrivateB: randomUUID(),
      needA: randomUUID(),
      needA2: randomUUID(),
      needB: randomUUID(),
      companyB2: randomUUID(),
    });
    await driver.executeQuery(
      `MATCH (rb:Region {id: $regionB})
       CREATE (:Organization {id: $companyB2, name: 'B2 Labs', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)`,
      { regionB: fx.ids.regionB, companyB2: ids.companyB2 },
    );
    await writeSeeds(driver, [
      { id: ids.seedA, holderId: fx.ids.universityA, title: 'Seaweed drying', summary: 'x', keywords: [], field: 'f' },
      {
        id: ids.seedPrivateB,
        holderId: ids.companyB2,
        title: 'Secret enzyme',
        summary: 'x',
        keywords: [],
        field: 'f',
        visibility: 'PRIVATE',
      },
    ]);
    await writeNeeds(driver, [
      { id: ids.needA, companyId: fx.ids.companyA1, title: 'Dry kombu', description: 'x', keywords: [] },
      { id: ids.needA2, companyId: fx.ids.companyA2, title: 'Cut fish', description: 'x', keywords: [] },
      { id: ids.needB, companyId: fx.ids.companyB1, title: 'Marine robots', description: 'x', keywords: [] },
    ]);
  }, 180_000);

  afterAll(async () => {
    if (suite) await stopApiSuite(suite);
  });

  describe('changeMatchStatuses', () => {
    it('shortlists several matches at once: each gets its own event, notification job and live event', async () => {
      const matchIds = [await match(ids.needA), await match(ids.needA), await match(ids.needA2)];
      const pubsub = api.app.get<RedisPubSub>(LIVE_PUBSUB);
      const before = pubsub.listenerCount(LiveChannel.MatchStatusChanged);
      const live = pubsub.asyncIterator<MatchStatusChangedEvent>(LiveChannel.MatchStatusChanged);
      const heard: MatchStatusChangedEvent[] = [];
      const listening = (async () => {
        for (let i = 0; i < matchIds.length; i++) heard.push((await live.next()).value as MatchStatusChangedEvent);
      })();
      await waitFor('the live listener', async () =>
        pubsub.listenerCount(LiveChannel.MatchStatusChanged) > before ? true : undefined,
      );

      const moved = (await must(bulk({ matchIds, to: S.SHORTLISTED, note: 'worth a call' }))).changeMatchStatuses;
      expect(moved.map((m) => [m.id, m.status, m.note])).toEqual(
        matchIds.map((id) => [id, S.SHORTLISTED, 'worth a call']),
      );
      for (const m of moved) {
        expect(m.history).toEqual([
          {
            kind: 'STATUS',
            from: S.SUGGESTED,
            to: S.SHORTLISTED,
            note: 'worth a call',
            reason: null,
            interested: null,
          },
        ]);
      }

      await listening;
      await live.return?.();
      expect(heard.sort((a, b) => a.matchId.localeCompare(b.matchId))).toEqual(
        [...matchIds].sort().map((matchId) => ({ matchId, from: S.SUGGESTED, to: S.SHORTLISTED })),
      );
      // One notification job per event, under the event's id, as a single move enqueues.
      const events = await driver.executeQuery(
        'MATCH (e:MatchEvent)-[:ON_MATCH]->(m:Match) WHERE m.id IN $matchIds RETURN e.id AS id',
        { matchIds },
      );
      expect(events.records).toHaveLength(3);
      const queue = new Queue(QueueName.Notifications, {
        connection: { url: suite.config.redis.url },
        prefix: suite.config.queue.prefix,
      });
      try {
        for (const record of events.records) {
          const job = await queue.getJob(`match-notify-${record.get('id') as string}`);
          expect(job?.data).toEqual({ eventId: record.get('id') as string });
        }
      } finally {
        await queue.close();
      }
    });

    it('declines several with one reason and note', async () => {
      const matchIds = [await match(ids.needA), await match(ids.needA, { status: S.SHARED })];
      const moved = (await must(bulk({ matchIds, to: S.DECLINED, declineReason: 'OTHER', note: 'budget frozen' })))
        .changeMatchStatuses;
      expect(moved.map((m) => [m.status, m.declineReason, m.note, m.history[0].from, m.history[0].reason])).toEqual([
        [S.DECLINED, 'OTHER', 'budget frozen', S.SUGGESTED, 'OTHER'],
        [S.DECLINED, 'OTHER', 'budget frozen', S.SHARED, 'OTHER'],
      ]);
    });

    it('moves nothing when any match may not move, naming each that may not and why', async () => {
      const ok1 = await match(ids.needA);
      const ok2 = await match(ids.needA);
      const declined = await match(ids.needA, { status: S.DECLINED });
      const inB = await match(ids.needB);
      const hidden = await match(ids.needA, { targetId: ids.seedPrivateB });
      const before = await snapshot();

      const final = await bulk({ matchIds: [ok1, declined, ok2], to: S.SHORTLISTED });
      expect(errorCode(final)).toBe('BAD_USER_INPUT');
      expect(final.errors?.[0].message).toContain(declined);
      expect(final.errors?.[0].message).toMatch(/Nothing was moved.*DECLINED is final/);
      expect(final.errors?.[0].extensions).toMatchObject({
        field: 'to',
        index: 1,
        matchId: declined,
        currentStatus: S.DECLINED,
        requestedStatus: S.SHORTLISTED,
        problems: [{ index: 1, matchId: declined, code: 'BAD_USER_INPUT', field: 'to' }],
      });

      const several = await bulk({ matchIds: [inB, ok1, hidden, UNKNOWN, declined], to: S.SHORTLISTED });
      expect(several.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', index: 0, matchId: inB });
      const problems = several.errors?.[0].extensions?.problems as Problem[];
      expect(problems.map((p) => [p.index, p.matchId, p.code, p.field])).toEqual([
        [0, inB, 'FORBIDDEN', null],
        // A match hidden from the caller is refused as one that does not exist.
        [2, hidden, 'NOT_FOUND', 'matchIds'],
        [3, UNKNOWN, 'NOT_FOUND', 'matchIds'],
        [4, declined, 'BAD_USER_INPUT', 'to'],
      ]);
      expect(problems.every((p) => p.message.length > 0)).toBe(true);

      const noReason = await bulk({ matchIds: [ok1, ok2], to: S.DECLINED });
      expect(noReason.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'declineReason',
        matchId: ok1,
      });
      expect(await snapshot()).toEqual(before);

      // The same matches move when the batch is right, and the admin moves any region's.
      expect(
        (
          await must(bulk({ matchIds: [ok1, ok2, inB, hidden], to: S.SHORTLISTED }, fx.tokens.admin))
        ).changeMatchStatuses.map((m) => m.status),
      ).toEqual([S.SHORTLISTED, S.SHORTLISTED, S.SHORTLISTED, S.SHORTLISTED]);
    });

    it('writes nothing when one match changed between the check and the write (CONFLICT naming it)', async () => {
      const first = await match(ids.needA);
      const moved = await match(ids.needA, { status: S.SHORTLISTED });
      const before = await snapshot();
      // A batch whose check read `moved` as SUGGESTED, committing after someone shortlisted it.
      const attempt = api.app.get(MatchReviewRepository).changeStatuses(
        [first, moved].map((matchId) => ({
          matchId,
          expected: S.SUGGESTED,
          to: S.DECLINED,
          note: null,
          declineReason: null,
          agreementKind: null,
        })),
        { userId: 'late', byName: 'Late' },
      );
      await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'matchId' } });
      await expect(attempt).rejects.toThrow(moved);
      expect(await snapshot()).toEqual(before);
    });

    it('checks its arguments, naming the field and rule', async () => {
      const one = await match(ids.needA);
      const before = await snapshot();
      for (const [variables, field, rule] of [
        [{ matchIds: [], to: S.SHORTLISTED }, 'matchIds', /at least one match/],
        [{ matchIds: [one, one], to: S.SHORTLISTED }, 'matchIds', /each match once/],
        [{ matchIds: ['m-1'], to: S.SHORTLISTED }, 'matchIds', /matchIds must be UUIDs/],
        [{ matchIds: Array.from({ length: 101 }, () => randomUUID()), to: S.SHORTLISTED }, 'matchIds', /at most 100/],
        [{ matchIds: [one], to: S.DECLINED, declineReason: 'OFF_TOPIC', note: ' ' }, 'note', /note must be 1-1000/],
      ] as const) {
        const r: GraphQLResponse = await bulk(variables);
        expect([field, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.fields]).toEqual([
          field,
          'BAD_USER_INPUT',
          [field],
        ]);
        expect(r.errors?.[0].message).toMatch(rule);
      }
      expect(errorCode(await bulk({ matchIds: [one], to: 'DONE' }))).toBe('BAD_USER_INPUT');
      for (const [token, code] of [
        [fx.tokens.companyA1, 'FORBIDDEN'],
        [fx.tokens.managerA, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        expect(errorCode(await bulk({ matchIds: [one], to: S.SHORTLISTED }, token))).toBe(code);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("the company's side", () => {
    it("matchesUnderReview: the need's suggestions being reviewed, a count for its company, admins and region coordinators", async () => {
      const needId = randomUUID();
      await writeNeeds(driver, [
        { id: needId, companyId: fx.ids.companyA1, title: 'Counted need', description: 'x', keywords: [] },
      ]);
      const suggested = await match(needId);
      await match(needId);
      await match(needId, { status: S.SHORTLISTED });
      // Not counted: no longer ranked, shared on, declined, and a target the region's coordinators may not see.
      await match(needId, { current: false });
      await match(needId, { status: S.SHARED });
      await match(needId, { status: S.DECLINED });
      await match(needId, { targetId: ids.seedPrivateB });
      const count = async (token: string) =>
        (await must(api.gql<{ need: { matchesUnderReview: number | null } }>(NEED, { id: needId }, token))).need
          .matchesUnderReview;
      for (const token of [fx.tokens.companyA1, fx.tokens.coordA, fx.tokens.admin]) expect(await count(token)).toBe(3);
      // The need is PUBLIC: others may read it, not this count.
      for (const token of [fx.tokens.companyA2, fx.tokens.coordB, fx.tokens.managerA])
        expect(await count(token)).toBeNull();

      await must(api.gql(CHANGE, { matchId: suggested, to: S.SHORTLISTED }, fx.tokens.coordA));
      expect(await count(fx.tokens.companyA1)).toBe(3);
      await must(api.gql(CHANGE, { matchId: suggested, to: S.SHARED }, fx.tokens.coordA));
      expect(await count(fx.tokens.companyA1)).toBe(2);

      // In the company's list of needs, one read for all of them.
      const listed = await must(
        api.gql<{ needs: { edges: { node: { id: string; matchesUnderReview: number } }[] } }>(
          '{ needs(first: 100) { edges { node { id matchesUnderReview } } } }',
          {},
          fx.tokens.companyA1,
        ),
      );
      expect(listed.needs.edges.find((e) => e.node.id === needId)?.node.matchesUnderReview).toBe(2);
      expect(listed.needs.edges.find((e) => e.node.id === ids.needA)?.node.matchesUnderReview).toEqual(
        expect.any(Number),
      );
    });

    it('the company changes its answer until the coordinator acts on it, and answerChangeable says so', async () => {
      const id = await match(ids.needA, { status: S.SHARED });
      const answer = (interested: boolean, note?: string) =>
        api.gql<{ answerMatch: Moved }>(ANSWER, { matchId: id, interested, note }, fx.tokens.companyA1);
      expect((await read(id, fx.tokens.companyA1)).answerChangeable).toBe(true);
      // Only the company may answer: for anyone else it is false.
      expect((await read(id, fx.tokens.coordA)).answerChangeable).toBe(false);
      expect((await read(id, fx.tokens.admin)).answerChangeable).toBe(false);

      expect((await must(answer(true, 'call us'))).answerMatch).toMatchObject({
        answerChangeable: true,
        companyAnswer: { interested: true, note: 'call us' },
      });
      const changed = (await must(answer(false, 'on second thought, not this year'))).answerMatch;
      expect(changed).toMatchObject({
        answerChangeable: true,
        companyAnswer: { interested: false, note: 'on second thought, not this year' },
      });
      expect(changed.history.filter((e) => e.kind === 'ANSWER').map((e) => e.interested)).toEqual([true, false]);

      // The coordinator acts on the answer: it is settled.
      await must(api.gql(CHANGE, { matchId: id, to: S.INTRODUCED }, fx.tokens.coordA));
      expect((await read(id, fx.tokens.companyA1)).answerChangeable).toBe(false);
      const before = await snapshot();
      const late = await answer(true);
      expect(late.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'matchId',
        currentStatus: S.INTRODUCED,
      });
      expect(late.errors?.[0].message).toMatch(/can no longer be changed/);
      expect(await snapshot()).toEqual(before);
      expect((await read(id, fx.tokens.companyA1)).companyAnswer).toEqual({
        interested: false,
        note: 'on second thought, not this year',
      });
      // Settled for good: later steps do not reopen it.
      await must(api.gql(CHANGE, { matchId: id, to: S.MEETING_HELD }, fx.tokens.coordA));
      expect((await read(id, fx.tokens.companyA1)).answerChangeable).toBe(false);
    });

    it('a first answer is open in any shared status; a stalled detection settles an earlier answer too', async () => {
      const unanswered = await match(ids.needA, { status: S.SHARED });
      await must(api.gql(CHANGE, { matchId: unanswered, to: S.INTRODUCED }, fx.tokens.coordA));
      expect((await read(unanswered, fx.tokens.companyA1)).answerChangeable).toBe(true);
      await must(api.gql(ANSWER, { matchId: unanswered, interested: true }, fx.tokens.companyA1));

      // Answered, then idle past MATCH_STALLED_AFTER_DAYS: flagged, resumed, and the answer is settled.
      const resumed = await match(ids.needA, { status: S.INTRODUCED });
      await must(api.gql(ANSWER, { matchId: resumed, interested: true }, fx.tokens.companyA1));
      const flagged = await api.app.get(MatchReviewService).flagStalled(new Date(Date.now() + 31 * DAY));
      expect(flagged).toContain(resumed);
      const settled = await driver.executeQuery('MATCH (m:Match {id: $id}) RETURN m.companyAnswerSettled AS s', {
        id: resumed,
      });
      expect(settled.records[0].get('s')).toBe(true);
      await must(api.gql(CHANGE, { matchId: resumed, to: S.MEETING_HELD }, fx.tokens.coordA));
      expect((await read(resumed, fx.tokens.companyA1)).answerChangeable).toBe(false);
      expect(errorCode(await api.gql(ANSWER, { matchId: resumed, interested: false }, fx.tokens.companyA1))).toBe(
        'CONFLICT',
      );
    });

    it('the write re-checks under the lock: an answer landing after the coordinator acted is refused', async () => {
      const id = await match(ids.needA, { status: S.SHARED });
      await must(api.gql(ANSWER, { matchId: id, interested: true }, fx.tokens.companyA1));
      await must(api.gql(CHANGE, { matchId: id, to: S.INTRODUCED }, fx.tokens.coordA));
      const before = await snapshot();
      // A request that read the match before the coordinator's move, writing now.
      await expect(
        api.app.get(MatchReviewRepository).answer(id, false, null, { userId: 'late', byName: 'Late' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await snapshot()).toEqual(before);
    });
  });
});
