import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { JobName, QueueName } from '../../src/infra/queue/queue.constants';
import { MatchNotificationService } from '../../src/modules/matches/review/match-notification.service';
import { MatchReviewRepository } from '../../src/modules/matches/review/match-review.repository';
import { MatchReviewService } from '../../src/modules/matches/review/match-review.service';
import { MatchStatus } from '../../src/modules/matches/models/match.model';
import { TRANSITIONS } from '../../src/modules/matches/review/match-review.rules';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { createWorkerApp } from '../../workers/bootstrap';
import { GraphQLResponse, TestApi, must } from '../support/api-client';
import { startApiSuite } from '../support/api-suite';
import { UNKNOWN_ID } from '../support/test-env';
import { SEAWEED_NEED, SEAWEED_SEED, writeMatch, writeNeeds, writeSeeds } from '../support/graph-nodes';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { untilAllNotified } from '../support/notified';
import { countOf, deleteQueueKeys } from '../support/services';

const DAY = 24 * 3600 * 1000;

const EVENT_FIELDS = 'id at kind byUserId byName from to note reason agreementKind interested';
const REVIEW_FIELDS = `id status note declineReason agreementKind assignedCoordinatorId
  companyAnswer { interested note at byName } history { ${EVENT_FIELDS} }`;
const CHANGE = `mutation($matchId: ID!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason, $agreementKind: AgreementKind) {
  changeMatchStatus(matchId: $matchId, to: $to, note: $note, declineReason: $declineReason, agreementKind: $agreementKind) { ${REVIEW_FIELDS} } }`;
const ANNOTATE = `mutation($matchId: ID!, $note: String!) { annotateMatch(matchId: $matchId, note: $note) { ${REVIEW_FIELDS} } }`;
const ANSWER = `mutation($matchId: ID!, $interested: Boolean!, $note: String) {
  answerMatch(matchId: $matchId, interested: $interested, note: $note) { ${REVIEW_FIELDS} } }`;
const MATCH = `query($id: ID!) { match(id: $id) { ${REVIEW_FIELDS} } }`;
const INBOX = `query($first: Int, $after: String) { reviewInbox(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id score status needId } } } }`;
const ASSIGN_MATCH = `mutation($matchId: ID!, $coordinatorId: ID!) { assignMatch(matchId: $matchId, coordinatorId: $coordinatorId) { id assignedCoordinatorId } }`;
const ASSIGN_NEED = `mutation($needId: ID!, $coordinatorId: ID!) { assignNeed(needId: $needId, coordinatorId: $coordinatorId) }`;
const KPI_FIELDS = `regionId from to seedsCollected needsSurveyed matchesSuggested matchesReviewed matchesShared
  matchesIntroduced matchesAgreed medianDaysToIntroduction hrProgramParticipants equipmentUseRequested equipmentUseApproved`;
const KPIS = `query($regionId: ID!, $from: DateTime!, $to: DateTime!) { programKpis(regionId: $regionId, from: $from, to: $to) { ${KPI_FIELDS} } }`;
const KPIS_CSV = `query($regionId: ID!, $from: DateTime!, $to: DateTime!) { programKpisCsv(regionId: $regionId, from: $from, to: $to) }`;

type Event = {
  id: string;
  at: string;
  kind: string;
  byUserId: string;
  byName: string;
  from: string;
  to: string;
  note: string | null;
  reason: string | null;
  agreementKind: string | null;
  interested: boolean | null;
};
type Reviewed = {
  id: string;
  status: MatchStatus;
  note: string | null;
  declineReason: string | null;
  agreementKind: string | null;
  assignedCoordinatorId: string | null;
  companyAnswer: { interested: boolean; note: string | null; at: string; byName: string } | null;
  history: Event[];
};

// TRANSITIONS is the server's table (match-review.rules.spec.ts pins what it holds): here the API must enforce it.
const S = MatchStatus;
const ALL = Object.values(MatchStatus);
const extras = (to: MatchStatus) => ({
  declineReason: to === S.DECLINED ? 'ALREADY_KNOWN' : undefined,
  agreementKind: to === S.AGREED ? 'JOINT_RESEARCH' : undefined,
});

describe('match review: coordinators act on matches', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let fx: NetworkFixture;
  const ids = {} as Record<'seedA' | 'seedB' | 'needA' | 'needAPrivate' | 'needB', string>;

  const code = (r: GraphQLResponse) => r.errors?.[0].extensions?.code;
  const count = async (query: string, params: Record<string, unknown> = {}) => await countOf(driver, query, params);
  /** Everything a review write can touch, to assert a refused request wrote nothing. */
  const snapshot = async () =>
    (
      await driver.executeQuery(
        `MATCH (m:Match) OPTIONAL MATCH (e:MatchEvent)-[:ON_MATCH]->(m)
       WITH m, count(e) AS events ORDER BY m.id
       RETURN collect([m.id, m.status, m.note, m.declineReason, m.agreementKind, m.companyAnswer, toString(m.updatedAt), events]) AS rows,
         COUNT { ()-[:ASSIGNED]->() } AS assigned, COUNT { (:MatchEvent) } AS allEvents`,
      )
    ).records[0].toObject();

  /** A match written as the matcher writes it (status and age chosen by the test). */
  const makeMatch = (
    needId: string,
    targetId: string,
    opts: { status?: MatchStatus; score?: number; ageDays?: number; current?: boolean; createdAt?: Date } = {},
  ) =>
    writeMatch(driver, {
      needId,
      targetId,
      status: opts.status,
      score: opts.score,
      current: opts.current,
      createdAt: opts.createdAt ?? new Date(Date.now() - (opts.ageDays ?? 0) * DAY),
    });
  const change = (matchId: string, to: string, token: string | undefined, more: Record<string, unknown> = {}) =>
    api.gql<{ changeMatchStatus: Reviewed }>(CHANGE, { matchId, to, ...more }, token);
  const read = async (id: string, token = fx.tokens.admin) =>
    (await must(api.gql<{ match: Reviewed }>(MATCH, { id }, token))).match;

  beforeAll(async () => {
    // A region list kept for a minute: the test below tells a kept answer from a new read.
    ({ config, driver, api } = await startApiSuite({
      MATCH_RECONCILE_INTERVAL_MS: '3600000',
      MATCH_STALLED_AFTER_DAYS: '30',
      MATCH_LIST_MAX_AGE_MS: '60000',
    }));
    fx = await buildNetworkFixture(api, driver);
    Object.assign(ids, {
      seedA: randomUUID(),
      seedB: randomUUID(),
      needA: randomUUID(),
      needAPrivate: randomUUID(),
      needB: randomUUID(),
    });
    const ua = fx.ids.universityA;
    await writeSeeds(driver, [
      { id: ids.seedA, holderId: ua, title: 'Seed A', summary: 'Seaweed drying', keywords: ['seaweed'], field: 'food' },
      { id: ids.seedB, holderId: ua, title: 'Seed B', summary: 'Robot arm', keywords: ['robot'], field: 'robotics' },
    ]);
    const [a1, b1] = [fx.ids.companyA1, fx.ids.companyB1];
    await writeNeeds(driver, [
      { id: ids.needA, companyId: a1, title: 'Need A', description: 'Dry seaweed', keywords: ['seaweed'] },
      {
        id: ids.needAPrivate,
        companyId: a1,
        title: 'Need A private',
        description: 'Secret',
        keywords: [],
        confidentiality: 'PRIVATE',
      },
      { id: ids.needB, companyId: b1, title: 'Need B', description: 'Marine robots', keywords: ['robot'] },
    ]);
  });

  afterAll(async () => {
    await api?.close();
    await driver?.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  describe('status transitions', () => {
    it('walks the whole happy path as the region coordinator, with the history read back in order', async () => {
      const id = await makeMatch(ids.needA, ids.seedA);
      const path: [MatchStatus, Record<string, unknown>][] = [
        [S.SHORTLISTED, { note: 'promising' }],
        [S.SHARED, {}],
        [S.INTRODUCED, { note: 'Sato meets Suzuki' }],
        [S.MEETING_HELD, {}],
        [S.AGREED, { agreementKind: 'LICENCE', note: 'licence signed' }],
      ];
      for (const [to, more] of path) {
        const moved = (await must(change(id, to, fx.tokens.coordA, more))).changeMatchStatus;
        expect(moved.status).toBe(to);
      }
      const match = await read(id, fx.tokens.coordA);
      expect(match.agreementKind).toBe('LICENCE');
      expect(match.note).toBe('licence signed');
      expect(match.history.map((e) => [e.from, e.to])).toEqual([
        [S.SUGGESTED, S.SHORTLISTED],
        [S.SHORTLISTED, S.SHARED],
        [S.SHARED, S.INTRODUCED],
        [S.INTRODUCED, S.MEETING_HELD],
        [S.MEETING_HELD, S.AGREED],
      ]);
      expect(match.history.map((e) => e.note)).toEqual([
        'promising',
        null,
        'Sato meets Suzuki',
        null,
        'licence signed',
      ]);
      expect(match.history.every((e) => e.byName === 'CoordA' && e.kind === 'STATUS')).toBe(true);
      expect(match.history[4].agreementKind).toBe('LICENCE');
      const times = match.history.map((e) => Date.parse(e.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(await count('MATCH (e:MatchEvent)-[:ON_MATCH]->(:Match {id: $id}) RETURN count(e)', { id })).toBe(5);
    });

    it.each(ALL.flatMap((from) => TRANSITIONS[from].map((to) => [from, to] as const)))(
      'admin moves %s -> %s, writing the status and one event together',
      async (from, to) => {
        const id = await makeMatch(ids.needB, ids.seedB, { status: from });
        const moved = (await must(change(id, to, fx.tokens.admin, extras(to)))).changeMatchStatus;
        expect(moved.status).toBe(to);
        expect(moved.history).toHaveLength(1);
        expect(moved.history[0]).toMatchObject({ from, to, kind: 'STATUS' });
        expect(moved.history[0].byUserId).not.toBe('system');
        if (to === S.DECLINED) expect(moved.declineReason).toBe('ALREADY_KNOWN');
      },
    );

    it.each(
      ALL.flatMap((from) => ALL.filter((to) => !TRANSITIONS[from].includes(to)).map((to) => [from, to] as const)),
    )('refuses %s -> %s with BAD_USER_INPUT naming both, writing nothing', async (from, to) => {
      const id = await makeMatch(ids.needA, ids.seedA, { status: from });
      const before = await snapshot();
      const r = await change(id, to, fx.tokens.coordA, extras(to));
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions).toMatchObject({ field: 'to', currentStatus: from, requestedStatus: to });
      expect(r.errors?.[0].message).toContain(from);
      expect(await snapshot()).toEqual(before);
    });

    it('a decline needs a coded reason (and a note for OTHER); an agreement needs its kind', async () => {
      const id = await makeMatch(ids.needA, ids.seedA, { status: S.MEETING_HELD });
      const before = await snapshot();
      const noReason = await change(id, S.DECLINED, fx.tokens.coordA);
      expect(code(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors?.[0].extensions?.field).toBe('declineReason');
      const otherNoNote = await change(id, S.DECLINED, fx.tokens.coordA, { declineReason: 'OTHER' });
      expect(otherNoNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const noKind = await change(id, S.AGREED, fx.tokens.coordA);
      expect(noKind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementKind' });
      const kindOnDecline = await change(id, S.DECLINED, fx.tokens.coordA, {
        declineReason: 'IP_CONFLICT',
        agreementKind: 'LICENCE',
      });
      expect(kindOnDecline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementKind' });
      const badEnum = await change(id, 'FINISHED', fx.tokens.coordA);
      expect(code(badEnum)).toBe('BAD_USER_INPUT');
      const longNote = await change(id, S.STALLED, fx.tokens.coordA, { note: 'x'.repeat(1001) });
      expect(code(longNote)).toBe('BAD_USER_INPUT');
      const badId = await change('not-a-uuid', S.STALLED, fx.tokens.coordA);
      expect(code(badId)).toBe('BAD_USER_INPUT');
      const unknown = await change(UNKNOWN_ID, S.STALLED, fx.tokens.coordA);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
      expect(await snapshot()).toEqual(before);

      const declined = (
        await must(
          change(id, S.DECLINED, fx.tokens.coordA, { declineReason: 'OTHER', note: 'budget frozen until April' }),
        )
      ).changeMatchStatus;
      expect(declined).toMatchObject({ status: S.DECLINED, declineReason: 'OTHER', note: 'budget frozen until April' });
      expect(declined.history[0]).toMatchObject({ reason: 'OTHER', note: 'budget frozen until April' });
    });

    it('refuses every other role, and hides what the viewer may not see, writing nothing', async () => {
      const publicA = await makeMatch(ids.needA, ids.seedA);
      const privateA = await makeMatch(ids.needAPrivate, ids.seedA);
      const publicB = await makeMatch(ids.needB, ids.seedB);
      const before = await snapshot();
      const cases: [string, string | undefined, string, string][] = [
        [publicA, fx.tokens.coordB, 'FORBIDDEN', 'other-region coordinator, visible match'],
        [privateA, fx.tokens.coordB, 'NOT_FOUND', 'other-region coordinator, hidden match'],
        [publicB, fx.tokens.coordA, 'FORBIDDEN', 'coordinator A on a region B match'],
        [publicA, fx.tokens.companyA1, 'FORBIDDEN', 'company'],
        [publicA, fx.tokens.companyA2, 'FORBIDDEN', 'another company'],
        [publicA, fx.tokens.managerA, 'FORBIDDEN', 'consortium manager'],
        [publicA, undefined, 'UNAUTHENTICATED', 'no token'],
      ];
      for (const [matchId, token, expected, who] of cases) {
        const r = await change(matchId, S.SHORTLISTED, token);
        expect([who, code(r)]).toEqual([who, expected]);
        const note = await api.gql(ANNOTATE, { matchId, note: 'hello' }, token);
        expect([who, code(note)]).toEqual([who, expected]);
      }
      expect(await snapshot()).toEqual(before);
      // The admin acts in every region; the region's coordinator in theirs.
      expect((await must(change(publicB, S.SHORTLISTED, fx.tokens.admin))).changeMatchStatus.status).toBe(
        S.SHORTLISTED,
      );
      expect((await must(change(privateA, S.SHORTLISTED, fx.tokens.coordA))).changeMatchStatus.status).toBe(
        S.SHORTLISTED,
      );
      expect((await must(change(publicB, S.SHARED, fx.tokens.coordB))).changeMatchStatus.status).toBe(S.SHARED);
    });

    it('nextStatuses: the moves the caller may make now (the region coordinator and admins), none for a company or another region', async () => {
      const NEXT = `query($id: ID!) { match(id: $id) { status nextStatuses } }`;
      const next = async (id: string, token: string) =>
        (await must(api.gql<{ match: { status: string; nextStatuses: string[] } }>(NEXT, { id }, token))).match
          .nextStatuses;
      // Best scores, so both are on the first page of the lists below.
      const id = await makeMatch(ids.needA, ids.seedA, { score: 0.99 });
      expect(await next(id, fx.tokens.coordA)).toEqual(TRANSITIONS[S.SUGGESTED]);
      expect(await next(id, fx.tokens.admin)).toEqual(TRANSITIONS[S.SUGGESTED]);
      // Visible to them (a PUBLIC need), but theirs to move it is not.
      expect(await next(id, fx.tokens.coordB)).toEqual([]);
      expect(await next(id, fx.tokens.managerA)).toEqual([]);

      await must(change(id, S.SHORTLISTED, fx.tokens.coordA));
      await must(change(id, S.SHARED, fx.tokens.coordA));
      expect(await next(id, fx.tokens.coordA)).toEqual(TRANSITIONS[S.SHARED]);
      expect(await next(id, fx.tokens.companyA1)).toEqual([]);
      // What nextStatuses offers is what changeMatchStatus accepts: for the coordinator, each move; for the company, none.
      expect(code(await change(id, TRANSITIONS[S.SHARED][0], fx.tokens.companyA1))).toBe('FORBIDDEN');

      // In a list, one read of the regions for the whole page.
      const other = await makeMatch(ids.needB, ids.seedB, { score: 0.99 });
      const LIST = `{ matchesInMyRegions(first: 50) { edges { node { id status nextStatuses } } } }`;
      type Row = { id: string; status: MatchStatus; nextStatuses: string[] };
      const rows = async (token: string) =>
        (
          await must(api.gql<{ matchesInMyRegions: { edges: { node: Row }[] } }>(LIST, {}, token))
        ).matchesInMyRegions.edges.map((e) => e.node);
      for (const row of await rows(fx.tokens.admin))
        expect([row.id, row.nextStatuses]).toEqual([row.id, TRANSITIONS[row.status]]);
      const ofA = await rows(fx.tokens.coordA);
      expect(ofA.find((r) => r.id === id)?.nextStatuses).toEqual(TRANSITIONS[S.SHARED]);
      expect(ofA.find((r) => r.id === other)).toBeUndefined();
      expect((await rows(fx.tokens.coordB)).find((r) => r.id === other)?.nextStatuses).toEqual(
        TRANSITIONS[S.SUGGESTED],
      );

      await must(change(id, S.DECLINED, fx.tokens.coordA, { declineReason: 'ALREADY_KNOWN' }));
      expect(await next(id, fx.tokens.coordA)).toEqual([]);
      expect(await next(id, fx.tokens.admin)).toEqual([]);
    });

    it('undoableStatuses: of nextStatuses, the moves the workflow lets the caller take straight back', async () => {
      const UNDO = `query($id: ID!) { match(id: $id) { status nextStatuses undoableStatuses } }`;
      type Row = { status: MatchStatus; nextStatuses: MatchStatus[]; undoableStatuses: MatchStatus[] };
      const read = async (id: string, token: string) =>
        (await must(api.gql<{ match: Row }>(UNDO, { id }, token))).match;
      const id = await makeMatch(ids.needA, ids.seedA);
      // Shortlisting and declining have no way back.
      expect(await read(id, fx.tokens.coordA)).toEqual({
        status: S.SUGGESTED,
        nextStatuses: TRANSITIONS[S.SUGGESTED],
        undoableStatuses: [],
      });
      await must(change(id, S.SHORTLISTED, fx.tokens.coordA));
      await must(change(id, S.SHARED, fx.tokens.coordA));
      expect((await read(id, fx.tokens.coordA)).undoableStatuses).toEqual([S.STALLED]);
      expect((await read(id, fx.tokens.admin)).undoableStatuses).toEqual([S.STALLED]);
      // Nothing for those who may not move it.
      expect((await read(id, fx.tokens.companyA1)).undoableStatuses).toEqual([]);
      expect((await read(id, fx.tokens.managerA)).undoableStatuses).toEqual([]);

      // Each undoable move is taken back by changeMatchStatus itself.
      await must(change(id, S.STALLED, fx.tokens.coordA));
      const stalled = await read(id, fx.tokens.coordA);
      expect(stalled.nextStatuses).toContain(S.SHARED);
      expect(stalled.undoableStatuses).toEqual([S.SHARED, S.INTRODUCED, S.MEETING_HELD]);
      expect((await must(change(id, S.SHARED, fx.tokens.coordA))).changeMatchStatus.status).toBe(S.SHARED);

      await must(change(id, S.DECLINED, fx.tokens.coordA, { declineReason: 'ALREADY_KNOWN' }));
      expect(await read(id, fx.tokens.coordA)).toEqual({ status: S.DECLINED, nextStatuses: [], undoableStatuses: [] });
    });

    it('a write that lost the race gets CONFLICT and writes nothing; two at once make exactly one move', async () => {
      const id = await makeMatch(ids.needA, ids.seedA);
      await must(change(id, S.SHORTLISTED, fx.tokens.coordA));
      const before = await snapshot();
      // A request that read SUGGESTED before the move above commits now.
      const repository = api.app.get(MatchReviewRepository);
      await expect(
        repository.changeStatus(
          { matchId: id, expected: S.SUGGESTED, to: S.DECLINED, note: null, declineReason: null, agreementKind: null },
          { userId: 'late', byName: 'Late' },
        ),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await snapshot()).toEqual(before);

      const raced = await makeMatch(ids.needA, ids.seedA);
      const results = await Promise.all([1, 2, 3].map(() => change(raced, S.SHORTLISTED, fx.tokens.coordA)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(code(r));
      expect(await count('MATCH (e:MatchEvent)-[:ON_MATCH]->(:Match {id: $id}) RETURN count(e)', { id: raced })).toBe(
        1,
      );
    });

    it('annotateMatch records a note as an event with from = to, and keeps it on the match', async () => {
      const id = await makeMatch(ids.needA, ids.seedA);
      const noted = (
        await must(
          api.gql<{ annotateMatch: Reviewed }>(
            ANNOTATE,
            { matchId: id, note: '  call the lab first  ' },
            fx.tokens.coordA,
          ),
        )
      ).annotateMatch;
      expect(noted.status).toBe(S.SUGGESTED);
      expect(noted.note).toBe('call the lab first');
      expect(noted.history).toEqual([
        expect.objectContaining({ kind: 'NOTE', from: S.SUGGESTED, to: S.SUGGESTED, note: 'call the lab first' }),
      ]);
      const empty = await api.gql(ANNOTATE, { matchId: id, note: '   ' }, fx.tokens.coordA);
      expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await must(change(id, S.SHORTLISTED, fx.tokens.coordA));
      const history = (await read(id)).history;
      expect(history.map((e) => e.kind)).toEqual(['NOTE', 'STATUS']);
    });
  });

  describe("a coordinator's region list (matchesInMyRegions)", () => {
    const LIST = 'query { matchesInMyRegions(first: 100) { totalCount edges { node { id score status } } } }';
    type Listed = { totalCount: number; edges: { node: { id: string; score: number; status: string } }[] };
    const list = async () =>
      (await must(api.gql<{ matchesInMyRegions: Listed }>(LIST, {}, fx.tokens.coordA))).matchesInMyRegions;
    const find = (listed: Listed, id: string) => listed.edges.find((e) => e.node.id === id)?.node;

    it('is shared among identical reads up to MATCH_LIST_MAX_AGE_MS, and read anew after a review write through the API', async () => {
      const id = await makeMatch(ids.needA, ids.seedB, { score: 0.41 });
      const before = await list();
      expect(find(before, id)).toEqual({ id, score: 0.41, status: S.SUGGESTED });

      // The workers' writes are not announced to the API: an identical read gets the answer kept.
      await driver.executeQuery('MATCH (m:Match {id: $id}) SET m.score = 0.93', { id });
      const kept = await list();
      expect(find(kept, id)?.score).toBe(0.41);
      expect(kept.totalCount).toBe(before.totalCount);
      // Another viewer's read is its own: coordinator B covers region B, where this match is not.
      expect(
        find((await must(api.gql<{ matchesInMyRegions: Listed }>(LIST, {}, fx.tokens.coordB))).matchesInMyRegions, id),
      ).toBeUndefined();

      // A review write through this API drops the lists kept: the next read shows it, and the score.
      await must(change(id, S.SHORTLISTED, fx.tokens.coordA));
      expect(find(await list(), id)).toEqual({ id, score: 0.93, status: S.SHORTLISTED });
    });

    it('keeps ascending and descending reads of the same list apart', async () => {
      const ORDERED =
        'query($direction: SortDirection) { matchesInMyRegions(first: 100, direction: $direction) { edges { node { score } } } }';
      const scores = async (direction: string) =>
        (
          await must(api.gql<{ matchesInMyRegions: Listed }>(ORDERED, { direction }, fx.tokens.coordA))
        ).matchesInMyRegions.edges.map((e) => e.node.score);
      await makeMatch(ids.needA, ids.seedA, { score: 0.12 });
      await makeMatch(ids.needA, ids.seedA, { score: 0.87 });
      // Read one after the other: had they one key, the second would get the first's order.
      const asc = await scores('ASC');
      const desc = await scores('DESC');
      expect(new Set(asc).size).toBeGreaterThan(1);
      expect(asc).toEqual([...asc].sort((a, b) => a - b));
      expect(new Set(desc).size).toBeGreaterThan(1);
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
    });

    it('is read anew after any other write through the API that may change it (here a need deleted)', async () => {
      const needId = randomUUID();
      await driver.executeQuery(
        `MATCH (a1:Organization {id: $companyA1})
         CREATE (:Need {id: $needId, title: 'Short-lived', description: 'x', keywords: [], desiredOutcome: '', timeline: '', budgetBand: 'UNDECIDED',
           confidentiality: 'PUBLIC', status: 'OPEN', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(a1)`,
        { companyA1: fx.ids.companyA1, needId },
      );
      const id = await makeMatch(needId, ids.seedB, { score: 0.55 });
      // A page size no other test reads: a list of its own, read fresh here.
      const list99 = async () =>
        (
          await must(
            api.gql<{ matchesInMyRegions: Listed }>(LIST.replace('first: 100', 'first: 99'), {}, fx.tokens.coordA),
          )
        ).matchesInMyRegions;
      expect(find(await list99(), id)?.score).toBe(0.55);
      // A mutation known to change no match list (a new need) keeps the answer.
      await driver.executeQuery('MATCH (m:Match {id: $id}) SET m.score = 0.56', { id });
      const created = await api.gql(
        'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
        { input: { title: 'Another', description: 'y', keywords: [] } },
        fx.tokens.companyA1,
      );
      expect(created.errors).toBeUndefined();
      expect(find(await list99(), id)?.score).toBe(0.55);

      expect(
        (await api.gql('mutation($id: ID!) { deleteNeed(id: $id) }', { id: needId }, fx.tokens.admin)).errors,
      ).toBeUndefined();
      expect(find(await list99(), id)).toBeUndefined();
    });
  });

  describe('companies see a match once shared, and answer it', () => {
    it("hides it before sharing, shows it after, takes the answer from the need's company only", async () => {
      const id = await makeMatch(ids.needA, ids.seedA);
      await must(change(id, S.SHORTLISTED, fx.tokens.coordA, { note: 'internal: weak lab' }));
      const hidden = await api.gql(MATCH, { id }, fx.tokens.companyA1);
      expect(code(hidden)).toBe('NOT_FOUND');
      const before = await snapshot();
      const early = await api.gql(ANSWER, { matchId: id, interested: true }, fx.tokens.companyA1);
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
      expect(await snapshot()).toEqual(before);

      await must(change(id, S.SHARED, fx.tokens.coordA, { note: 'internal: send to Sato' }));
      const seen = await read(id, fx.tokens.companyA1);
      expect(seen.status).toBe(S.SHARED);
      expect(seen.note).toBeNull();
      // Only the sharing step, without the coordinators' notes.
      expect(seen.history.map((e) => [e.from, e.to, e.note])).toEqual([[S.SHORTLISTED, S.SHARED, null]]);

      const before2 = await snapshot();
      for (const [token, expected] of [
        // Another company cannot even see this company's match (NOT_FOUND, as for what does not exist).
        [fx.tokens.companyA2, 'NOT_FOUND'],
        [fx.tokens.coordA, 'FORBIDDEN'],
        [fx.tokens.managerA, 'FORBIDDEN'],
        [fx.tokens.admin, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        expect(code(await api.gql(ANSWER, { matchId: id, interested: true }, token))).toBe(expected);
      }
      expect(await snapshot()).toEqual(before2);

      const answered = (
        await must(
          api.gql<{ answerMatch: Reviewed }>(
            ANSWER,
            { matchId: id, interested: false, note: 'Not this year' },
            fx.tokens.companyA1,
          ),
        )
      ).answerMatch;
      expect(answered.companyAnswer).toMatchObject({ interested: false, note: 'Not this year', byName: 'CompanyA1' });
      const asCoordinator = await read(id, fx.tokens.coordA);
      expect(asCoordinator.companyAnswer).toMatchObject({ interested: false, note: 'Not this year' });
      expect(asCoordinator.history.map((e) => e.kind)).toEqual(['STATUS', 'STATUS', 'ANSWER']);
      expect(asCoordinator.history[2]).toMatchObject({
        from: S.SHARED,
        to: S.SHARED,
        interested: false,
        byName: 'CompanyA1',
      });
      expect(await count('MATCH (m:Match {id: $id}) WHERE m.companyAnswer = false RETURN count(m)', { id })).toBe(1);

      await must(change(id, S.DECLINED, fx.tokens.coordA, { declineReason: 'COMPANY_NOT_READY' }));
      expect(code(await api.gql(MATCH, { id }, fx.tokens.companyA1))).toBe('NOT_FOUND');
    });
  });

  describe('inbox and assignment', () => {
    it("lists current suggestions of the coordinator's regions, by score then age, one page at a time", async () => {
      await driver.executeQuery("MATCH (m:Match) WHERE m.status = 'SUGGESTED' SET m.current = false");
      const oldHigh = await makeMatch(ids.needA, ids.seedA, { score: 0.9, ageDays: 5 });
      const newHigh = await makeMatch(ids.needA, ids.seedB, { score: 0.9, ageDays: 1 });
      const low = await makeMatch(ids.needAPrivate, ids.seedA, { score: 0.3, ageDays: 9 });
      await makeMatch(ids.needA, ids.seedA, { score: 0.95, current: false });
      await makeMatch(ids.needA, ids.seedA, { score: 0.99, status: S.SHORTLISTED });
      await makeMatch(ids.needA, ids.seedA, { score: 0.99, status: S.DECLINED });
      const inB = await makeMatch(ids.needB, ids.seedB, { score: 0.7 });
      // The matcher writes datetime() with sub-millisecond precision: paging must not repeat a row.
      await driver.executeQuery(
        'MATCH (m:Match) WHERE m.id IN $ids SET m.createdAt = m.createdAt + duration({nanoseconds: 456789})',
        {
          ids: [oldHigh, newHigh, low],
        },
      );

      type Inbox = {
        reviewInbox: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      };
      const first = (await must(api.gql<Inbox>(INBOX, { first: 2 }, fx.tokens.coordA))).reviewInbox;
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((e) => e.node.id)).toEqual([oldHigh, newHigh]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await must(api.gql<Inbox>(INBOX, { first: 2, after: first.pageInfo.endCursor }, fx.tokens.coordA))
      ).reviewInbox;
      expect(second.edges.map((e) => e.node.id)).toEqual([low]);
      expect(second.pageInfo.hasNextPage).toBe(false);

      expect((await must(api.gql<Inbox>(INBOX, {}, fx.tokens.coordB))).reviewInbox.edges.map((e) => e.node.id)).toEqual(
        [inB],
      );
      expect((await must(api.gql<Inbox>(INBOX, {}, fx.tokens.admin))).reviewInbox.edges.map((e) => e.node.id)).toEqual([
        oldHigh,
        newHigh,
        inB,
        low,
      ]);
      for (const [token, expected] of [
        [fx.tokens.companyA1, 'FORBIDDEN'],
        [fx.tokens.managerA, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        expect(code(await api.gql(INBOX, {}, token))).toBe(expected);
      }
      expect(code(await api.gql(INBOX, { after: 'bogus!' }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(INBOX, { first: 0 }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(INBOX, { first: 101 }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
      // A cursor of another list decodes but does not fit the inbox's order.
      const foreign = Buffer.from(JSON.stringify(['0.5', randomUUID()])).toString('base64url');
      expect(code(await api.gql(INBOX, { after: foreign }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
    });

    it('assigns a match or a need to a coordinator of its region, one at a time', async () => {
      const id = await makeMatch(ids.needA, ids.seedA);
      const before = await snapshot();
      const wrongRegion = await api.gql(
        ASSIGN_MATCH,
        { matchId: id, coordinatorId: fx.ids.coordinatorB },
        fx.tokens.coordA,
      );
      expect(wrongRegion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coordinatorId' });
      expect(
        code(await api.gql(ASSIGN_MATCH, { matchId: id, coordinatorId: fx.ids.coordinatorA }, fx.tokens.coordB)),
      ).toBe('FORBIDDEN');
      expect(
        code(await api.gql(ASSIGN_MATCH, { matchId: id, coordinatorId: fx.ids.coordinatorA }, fx.tokens.companyA1)),
      ).toBe('FORBIDDEN');
      expect(
        (await api.gql(ASSIGN_MATCH, { matchId: id, coordinatorId: UNKNOWN_ID }, fx.tokens.coordA)).errors?.[0]
          .extensions,
      ).toMatchObject({ code: 'NOT_FOUND', field: 'coordinatorId' });
      expect(
        (await api.gql(ASSIGN_MATCH, { matchId: UNKNOWN_ID, coordinatorId: fx.ids.coordinatorA }, fx.tokens.coordA))
          .errors?.[0].extensions,
      ).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
      expect(
        code(await api.gql(ASSIGN_NEED, { needId: ids.needA, coordinatorId: fx.ids.coordinatorB }, fx.tokens.admin)),
      ).toBe('BAD_USER_INPUT');
      expect(
        code(await api.gql(ASSIGN_NEED, { needId: ids.needA, coordinatorId: fx.ids.coordinatorA }, fx.tokens.coordB)),
      ).toBe('FORBIDDEN');
      expect(
        (await api.gql(ASSIGN_NEED, { needId: ids.needAPrivate, coordinatorId: fx.ids.coordinatorA }, fx.tokens.coordB))
          .errors?.[0].extensions,
      ).toMatchObject({ code: 'NOT_FOUND', field: 'needId' });
      expect(await snapshot()).toEqual(before);

      const assigned = await must(
        api.gql<{ assignMatch: { assignedCoordinatorId: string } }>(
          ASSIGN_MATCH,
          { matchId: id, coordinatorId: fx.ids.coordinatorA },
          fx.tokens.coordA,
        ),
      );
      expect(assigned.assignMatch.assignedCoordinatorId).toBe(fx.ids.coordinatorA);
      await must(api.gql(ASSIGN_MATCH, { matchId: id, coordinatorId: fx.ids.coordinatorA }, fx.tokens.admin));
      expect(await count('MATCH (:Coordinator)-[a:ASSIGNED]->(:Match {id: $id}) RETURN count(a)', { id })).toBe(1);
      expect(
        (
          await must(
            api.gql<{ assignNeed: boolean }>(
              ASSIGN_NEED,
              { needId: ids.needA, coordinatorId: fx.ids.coordinatorA },
              fx.tokens.coordA,
            ),
          )
        ).assignNeed,
      ).toBe(true);
      expect(
        await count('MATCH (:Coordinator {id: $c})-[a:ASSIGNED]->(:Need {id: $n}) RETURN count(a)', {
          c: fx.ids.coordinatorA,
          n: ids.needA,
        }),
      ).toBe(1);
    });
  });

  describe('stalled detection', () => {
    it('flags follow-up matches idle for MATCH_STALLED_AFTER_DAYS, with a system event, by the given clock', async () => {
      await driver.executeQuery(
        "MATCH (m:Match) WHERE m.status IN ['INTRODUCED', 'MEETING_HELD'] SET m.status = 'AGREED'",
      );
      const now = new Date();
      const idleIntroduced = await makeMatch(ids.needA, ids.seedA, { status: S.INTRODUCED, ageDays: 60 });
      const idleMeeting = await makeMatch(ids.needB, ids.seedB, { status: S.MEETING_HELD, ageDays: 31 });
      const recent = await makeMatch(ids.needA, ids.seedA, { status: S.INTRODUCED, ageDays: 60 });
      const sharedLongAgo = await makeMatch(ids.needA, ids.seedA, { status: S.SHARED, ageDays: 100 });
      const event = (matchId: string, daysAgo: number, seq: number) =>
        driver.executeQuery(
          `MATCH (m:Match {id: $matchId})
           CREATE (:MatchEvent {id: randomUUID(), seq: $seq, at: datetime($at), kind: 'STATUS', byUserId: 'u', byName: 'U',
             from: 'SHARED', to: 'INTRODUCED', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:ON_MATCH]->(m)`,
          { matchId, seq, at: new Date(now.getTime() - daysAgo * DAY).toISOString() },
        );
      await event(idleIntroduced, 40, 1);
      await event(recent, 10, 1);
      const service = api.app.get(MatchReviewService);

      expect((await service.flagStalled(now)).sort()).toEqual([idleIntroduced, idleMeeting].sort());
      const flagged = await read(idleIntroduced, fx.tokens.coordA);
      expect(flagged.status).toBe(S.STALLED);
      expect(flagged.history.map((e) => [e.from, e.to, e.byUserId])).toEqual([
        [S.SHARED, S.INTRODUCED, 'u'],
        [S.INTRODUCED, S.STALLED, 'system'],
      ]);
      expect(flagged.history[1].at).toBe(now.toISOString());
      expect((await read(recent)).status).toBe(S.INTRODUCED);
      expect((await read(sharedLongAgo)).status).toBe(S.SHARED);
      // Run again at the same time: nothing more to flag.
      expect(await service.flagStalled(now)).toEqual([]);
      // 25 days later, the recent one has been idle for 35 days.
      expect(await service.flagStalled(new Date(now.getTime() + 25 * DAY))).toEqual([recent]);

      // A stalled match resumes when follow-up picks up again.
      expect((await must(change(idleIntroduced, S.MEETING_HELD, fx.tokens.coordA))).changeMatchStatus.status).toBe(
        S.MEETING_HELD,
      );
      expect(code(await api.gql('mutation { flagStalledMatches { flagged matchIds } }', {}, fx.tokens.coordA))).toBe(
        'FORBIDDEN',
      );
      const run = await must(
        api.gql<{ flagStalledMatches: { flagged: number } }>(
          'mutation { flagStalledMatches { flagged matchIds } }',
          {},
          fx.tokens.admin,
        ),
      );
      expect(run.flagStalledMatches.flagged).toBe(0);
    });
  });

  describe('program KPIs', () => {
    it("counts a region's period as counted by hand", async () => {
      const c = {
        region: randomUUID(),
        company: randomUUID(),
        university: randomUUID(),
        researcher: randomUUID(),
        program: randomUUID(),
        p1: randomUUID(),
        p2: randomUUID(),
        p3: randomUUID(),
      };
      const from = new Date('2026-04-01T00:00:00Z');
      const to = new Date('2026-07-01T00:00:00Z');
      const inPeriod = (day: number) => new Date(from.getTime() + day * DAY).toISOString();
      const before = new Date(from.getTime() - 10 * DAY).toISOString();
      const after = new Date(to.getTime() + 1 * DAY).toISOString();
      await driver.executeQuery(
        `MATCH (a1:Organization {id: $companyA1})
         CREATE (r:Region {id: $region, code: 'region-c', name: 'Region C', prefectures: [], strategySummary: '', focusFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})
         CREATE (co:Organization {id: $company, name: 'C1', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(r)
         CREATE (u:Organization {id: $university, name: 'C Univ', kind: 'UNIVERSITY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(r)
         CREATE (res:Researcher {id: $researcher, name: 'R', title: '', fields: [], profile: '', invitedCoreResearcher: false, createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(u)
         // seeds: 2 in the period (one held through a researcher), 1 before, 1 in period but in region A
         CREATE (:Seed {id: randomUUID(), title: 's1', visibility: 'PUBLIC', createdAt: datetime($d1), updatedAt: datetime(), createdBy: 'test'})-[:HELD_BY]->(u)
         CREATE (:Seed {id: randomUUID(), title: 's2', visibility: 'PUBLIC', createdAt: datetime($d2), updatedAt: datetime(), createdBy: 'test'})-[:HELD_BY]->(res)
         CREATE (:Seed {id: randomUUID(), title: 's3', visibility: 'PUBLIC', createdAt: datetime($before), updatedAt: datetime(), createdBy: 'test'})-[:HELD_BY]->(u)
         // needs: 2 in the period, 1 after it
         CREATE (n1:Need {id: randomUUID(), title: 'n1', confidentiality: 'PUBLIC', status: 'OPEN', createdAt: datetime($d1), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(co)
         CREATE (:Need {id: randomUUID(), title: 'n2', confidentiality: 'PUBLIC', status: 'OPEN', createdAt: datetime($d2), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(co)
         CREATE (:Need {id: randomUUID(), title: 'n3', confidentiality: 'PUBLIC', status: 'OPEN', createdAt: datetime($after), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(co)
         // HR: 2 people enrolled in the period (one of them twice... in one program, once), 1 before
         CREATE (h:HrProgram {id: $program, title: 'HR', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(u)
         CREATE (p1:Contact {id: $p1, name: 'p1'})-[:ENROLLED_IN {enrolledAt: datetime($d1)}]->(h)
         CREATE (res)-[:ENROLLED_IN {enrolledAt: datetime($d2)}]->(h)
         CREATE (:Contact {id: $p3, name: 'p3'})-[:ENROLLED_IN {enrolledAt: datetime($before)}]->(h)`,
        { ...c, companyA1: fx.ids.companyA1, d1: inPeriod(3), d2: inPeriod(20), before, after },
      );
      const needC = (
        await driver.executeQuery(
          "MATCH (n:Need {title: 'n1'})-[:OF_COMPANY]->(:Organization {id: $company}) RETURN n.id AS id",
          c,
        )
      ).records[0].get('id') as string;
      const seedC = (await driver.executeQuery("MATCH (s:Seed {title: 's1'}) RETURN s.id AS id")).records[0].get(
        'id',
      ) as string;
      // m1: suggested day 5, introduced day 15 (10 days); m2: suggested day 10, introduced day 30, agreed day 50 (20 days);
      // m3: suggested day 12, declined day 13; m4: suggested before the period, shortlisted in it; m5: suggested, untouched.
      const m1 = await makeMatch(needC, seedC, { createdAt: new Date(inPeriod(5)) });
      const m2 = await makeMatch(needC, seedC, { createdAt: new Date(inPeriod(10)) });
      const m3 = await makeMatch(needC, seedC, { createdAt: new Date(inPeriod(12)) });
      const m4 = await makeMatch(needC, seedC, { createdAt: new Date(before) });
      await makeMatch(needC, seedC, { createdAt: new Date(inPeriod(40)) });
      const steps = async (matchId: string, moves: [MatchStatus, MatchStatus, number][]) => {
        let seq = 0;
        for (const [f, t, day] of moves) {
          seq += 1;
          await driver.executeQuery(
            `MATCH (m:Match {id: $matchId})
             CREATE (:MatchEvent {id: randomUUID(), seq: $seq, at: datetime($at), kind: 'STATUS', byUserId: 'u', byName: 'U', from: $f, to: $t,
               createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:ON_MATCH]->(m)
             SET m.status = $t`,
            { matchId, seq, at: inPeriod(day), f, t },
          );
        }
      };
      await steps(m1, [
        [S.SUGGESTED, S.SHORTLISTED, 6],
        [S.SHORTLISTED, S.SHARED, 8],
        [S.SHARED, S.INTRODUCED, 15],
      ]);
      await steps(m2, [
        [S.SUGGESTED, S.SHORTLISTED, 11],
        [S.SHORTLISTED, S.SHARED, 20],
        [S.SHARED, S.INTRODUCED, 30],
        [S.INTRODUCED, S.MEETING_HELD, 40],
        [S.MEETING_HELD, S.AGREED, 50],
      ]);
      await steps(m3, [[S.SUGGESTED, S.DECLINED, 13]]);
      await steps(m4, [[S.SUGGESTED, S.SHORTLISTED, 1]]);
      // Equipment use: r1 created day 2 and approved day 4; r2 created before the period, approved day 1 (after a
      // proposed time); r3 created day 9 and refused; r4 in the period but for equipment in region A; r5 after it.
      // So 2 requested (r1, r3) and 2 approved (r1, r2).
      await driver.executeQuery(
        `MATCH (u:Organization {id: $university}), (ua:Organization {id: $universityA}), (co:Organization {id: $company})
         CREATE (eq:Equipment {id: randomUUID(), name: 'C SEM', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(u)
         CREATE (eqA:Equipment {id: randomUUID(), name: 'A SEM', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(ua)
         WITH eq, eqA, co
         UNWIND [
           {created: $d2, target: 'C', events: [{at: $d4, from: 'REQUESTED', to: 'APPROVED'}]},
           {created: $before, target: 'C', events: [{at: $before, from: 'REQUESTED', to: 'TIME_PROPOSED'}, {at: $d1, from: 'TIME_PROPOSED', to: 'APPROVED'}]},
           {created: $d9, target: 'C', events: [{at: $d9, from: 'REQUESTED', to: 'REFUSED'}]},
           {created: $d2, target: 'A', events: [{at: $d4, from: 'REQUESTED', to: 'APPROVED'}]},
           {created: $after, target: 'C', events: []}
         ] AS r
         WITH r, co, CASE r.target WHEN 'C' THEN eq ELSE eqA END AS target
         CREATE (n:EquipmentUseRequest {id: randomUUID(), status: 'REQUESTED', purpose: 'kpi', createdAt: datetime(r.created), updatedAt: datetime(), createdBy: 'test'})
         CREATE (n)-[:FOR_EQUIPMENT]->(target)
         CREATE (n)-[:REQUESTED_BY]->(co)
         FOREACH (ev IN r.events | CREATE (:EquipmentUseEvent {id: randomUUID(), at: datetime(ev.at), from: ev.from, to: ev.to, byUserId: 'u', byName: 'U'})-[:ON_REQUEST]->(n))`,
        {
          ...c,
          universityA: fx.ids.universityA,
          d1: inPeriod(1),
          d2: inPeriod(2),
          d4: inPeriod(4),
          d9: inPeriod(9),
          before,
          after,
        },
      );

      const args = { regionId: c.region, from: from.toISOString(), to: to.toISOString() };
      const kpis = (await must(api.gql<{ programKpis: Record<string, unknown> }>(KPIS, args, fx.tokens.admin)))
        .programKpis;
      expect(kpis).toEqual({
        regionId: c.region,
        from: from.toISOString(),
        to: to.toISOString(),
        seedsCollected: 2,
        needsSurveyed: 2,
        matchesSuggested: 4,
        matchesReviewed: 4,
        matchesShared: 2,
        matchesIntroduced: 2,
        matchesAgreed: 1,
        medianDaysToIntroduction: 15,
        hrProgramParticipants: 2,
        equipmentUseRequested: 2,
        equipmentUseApproved: 2,
      });
      const csv = (await must(api.gql<{ programKpisCsv: string }>(KPIS_CSV, args, fx.tokens.admin))).programKpisCsv;
      expect(csv.split('\n')).toEqual([
        'regionId,from,to,seedsCollected,needsSurveyed,matchesSuggested,matchesReviewed,matchesShared,matchesIntroduced,matchesAgreed,medianDaysToIntroduction,hrProgramParticipants,equipmentUseRequested,equipmentUseApproved',
        `${c.region},${from.toISOString()},${to.toISOString()},2,2,4,4,2,2,1,15,2,2,2`,
        '',
      ]);

      // Who may read them: admins, the region's coordinators and managers.
      for (const [token, expected] of [
        [fx.tokens.coordA, 'FORBIDDEN'],
        [fx.tokens.managerA, 'FORBIDDEN'],
        [fx.tokens.companyA1, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        expect(code(await api.gql(KPIS, args, token))).toBe(expected);
      }
      const regionA = { ...args, regionId: fx.ids.regionA };
      expect(
        (await must(api.gql<{ programKpis: { regionId: string } }>(KPIS, regionA, fx.tokens.coordA))).programKpis
          .regionId,
      ).toBe(fx.ids.regionA);
      expect(
        (await must(api.gql<{ programKpis: { regionId: string } }>(KPIS, regionA, fx.tokens.managerA))).programKpis
          .regionId,
      ).toBe(fx.ids.regionA);
      expect(code(await api.gql(KPIS, regionA, fx.tokens.coordB))).toBe('FORBIDDEN');
      expect(
        (await api.gql(KPIS, { ...args, regionId: UNKNOWN_ID }, fx.tokens.admin)).errors?.[0].extensions,
      ).toMatchObject({ code: 'NOT_FOUND', field: 'regionId' });
      expect(code(await api.gql(KPIS, { ...args, from: args.to, to: args.from }, fx.tokens.admin))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('recomputation keeps declined pairs declined', () => {
    let worker: INestApplicationContext | undefined;
    afterAll(async () => {
      await worker?.close();
    });

    it('a declined match stays DECLINED with its reason after the matcher runs again, and stays out of the inbox', async () => {
      const needId = randomUUID();
      const seedId = randomUUID();
      await writeSeeds(driver, [{ id: seedId, holderId: fx.ids.universityA, ...SEAWEED_SEED }]);
      await writeNeeds(driver, [{ id: needId, companyId: fx.ids.companyA1, ...SEAWEED_NEED }]);
      worker = await createWorkerApp(config);
      const matcher = worker.get(MatchingService);
      await matcher.matchNeed(needId);
      const found = await driver.executeQuery(
        'MATCH (m:Match {needId: $needId, targetId: $seedId}) RETURN m.id AS id',
        { needId, seedId },
      );
      expect(found.records).toHaveLength(1);
      const id = found.records[0].get('id') as string;

      type Inbox = { reviewInbox: { edges: { node: { id: string } }[] } };
      const inbox = async () =>
        (await must(api.gql<Inbox>(INBOX, { first: 100 }, fx.tokens.coordA))).reviewInbox.edges.map((e) => e.node.id);
      expect(await inbox()).toContain(id);
      await must(
        change(id, S.DECLINED, fx.tokens.coordA, {
          declineReason: 'ALREADY_KNOWN',
          note: 'they already work together',
        }),
      );

      // An edit of the need makes the matcher recompute it for real.
      await driver.executeQuery(
        'MATCH (n:Need {id: $needId}) SET n.description = n.description + " Fast.", n.updatedAt = datetime()',
        { needId },
      );
      await matcher.matchNeed(needId);
      const after = await read(id, fx.tokens.coordA);
      expect(after).toMatchObject({
        status: S.DECLINED,
        declineReason: 'ALREADY_KNOWN',
        note: 'they already work together',
      });
      expect(after.history).toHaveLength(1);
      expect(
        await count('MATCH (m:Match {needId: $needId, targetId: $seedId}) RETURN count(m)', { needId, seedId }),
      ).toBe(1);
      expect(
        await count('MATCH (n:Need {id: $needId}) WHERE n.matchedFrom = n.updatedAt RETURN count(n)', { needId }),
      ).toBe(1);
      expect(await inbox()).not.toContain(id);
    });

    it('the workers schedule the stalled detection and a run of its job flags idle follow-ups', async () => {
      worker ??= await createWorkerApp(config);
      const idle = await makeMatch(ids.needA, ids.seedA, { status: S.MEETING_HELD, ageDays: 45 });
      const queue = new Queue(QueueName.Matching, {
        connection: { url: config.redis.url },
        prefix: config.queue.prefix,
      });
      try {
        const schedulers = await queue.getJobSchedulers();
        expect(schedulers.map((x) => x.key)).toContain('match-stalled');
        await queue.add(JobName.MatchStalled, {});
        const deadline = Date.now() + 30_000;
        while ((await read(idle)).status !== S.STALLED) {
          if (Date.now() > deadline) throw new Error('the stalled job did not flag the idle match');
          await new Promise((r) => setTimeout(r, 200));
        }
      } finally {
        await queue.close();
      }
      const history = (await read(idle, fx.tokens.coordA)).history;
      expect(history).toEqual([
        expect.objectContaining({
          from: S.MEETING_HELD,
          to: S.STALLED,
          byUserId: 'system',
          note: 'No follow-up for 30 days',
        }),
      ]);
    });

    it('a notification job per event tells the coordinators, and the company once the match is shared', async () => {
      worker ??= await createWorkerApp(config);
      const id = await makeMatch(ids.needA, ids.seedA);
      await must(change(id, S.SHORTLISTED, fx.tokens.admin));
      await must(change(id, S.SHARED, fx.tokens.coordA));
      await must(api.gql(ANSWER, { matchId: id, interested: true }, fx.tokens.companyA1));
      const notified = async () =>
        (
          await driver.executeQuery(
            `MATCH (e:MatchEvent)-[:ON_MATCH]->(:Match {id: $id}) RETURN e.seq AS seq, e.notifiedTo AS to, e.notifiedAt IS NOT NULL AS done ORDER BY e.seq`,
            { id },
          )
        ).records.map((r) => ({
          seq: (r.get('seq') as Integer).toNumber(),
          to: r.get('to') as string[] | null,
          done: r.get('done') as boolean,
        }));
      await untilAllNotified(notified);
      expect((await notified()).map((e) => e.to)).toEqual([
        ['coorda@fixture.musubi.example'],
        ['companya1@fixture.musubi.example'],
        ['coorda@fixture.musubi.example'],
      ]);
      // A job delivered twice (at-least-once) sends nothing the second time.
      const eventId = (await read(id)).history[0].id;
      expect(await worker.get(MatchNotificationService).notifyEvent(eventId)).toEqual({
        outcome: 'skipped',
        reason: 'already notified',
      });
    });
  });
});
