import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { MatchStatus } from '../../src/modules/matches/models/match.model';
import { GraphQLResponse, must, TestApi } from '../support/api-client';
import { ApiSuite, errorCode, startApiSuite, stopApiSuite } from '../support/api-suite';
import { writeMatch, writeNeeds, writeSeeds } from '../support/graph-nodes';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';

const S = MatchStatus;
const DAY = 24 * 3600 * 1000;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const PIPELINE = `query($filter: MatchPipelineFilter, $sort: MatchPipelineSort, $direction: SortDirection, $first: Int, $after: String) {
  matchPipeline(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status score needId kind } } } }`;
const COUNTS = `query($filter: MatchPipelineFilter) { matchPipelineCounts(filter: $filter) { status count } }`;
const CHANGE = `mutation($matchId: ID!, $to: MatchStatus!) { changeMatchStatus(matchId: $matchId, to: $to) { id status } }`;

type Row = { id: string; status: MatchStatus; score: number; needId: string; kind: string };
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Row }[];
};

/** What the test knows of each match it wrote, to compute the expected order and filters itself. */
interface Known {
  id: string;
  needId: string;
  regionOf: 'A' | 'B';
  companyId: string;
  kind: string;
  status: MatchStatus;
  score: number;
  createdAt: Date;
  /** The time of its latest event, when the test gave it one. */
  lastEventAt?: Date;
  /** Hidden from coordinator A (a PRIVATE seed held in region B). */
  hiddenFromA?: boolean;
  /** Not listed: a SUGGESTED match the matcher no longer ranks. */
  notCurrent?: boolean;
  targetTitle: string;
  needTitle: string;
}

describe("the coordinator's pipeline (matchPipeline, matchPipelineCounts)", () => {
  let suite: ApiSuite;
  let api: TestApi;
  let driver: Driver;
  let fx: NetworkFixture;
  const known: Known[] = [];
  const ids = {} as Record<
    | 'seedDry'
    | 'seedJa'
    | 'seedPrivateB'
    | 'equipment'
    | 'researcher'
    | 'needDry'
    | 'needJa'
    | 'needA2'
    | 'needB'
    | 'needPrivateB'
    | 'companyB2',
    string
  >;
  const titles: Record<string, string> = {};

  const page = async (variables: Record<string, unknown>, token: string) =>
    (await must(api.gql<{ matchPipeline: Page }>(PIPELINE, variables, token))).matchPipeline;

  /** Every page of a read, first: `first`, from the first to the last, and what each page said. */
  const walk = async (variables: Record<string, unknown>, token: string, first = 3) => {
    const rows: Row[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const p = await page({ ...variables, first, after }, token);
      rows.push(...p.edges.map((e) => e.node));
      totals.push(p.totalCount);
      expect(p.edges.length).toBeLessThanOrEqual(first);
      if (p.edges.length) expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
      if (!p.pageInfo.hasNextPage) return { rows, totals };
      after = p.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  };

  const lastActivity = (k: Known) => k.lastEventAt ?? k.createdAt;
  const byId = (a: Known, b: Known) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const keyOf: Record<string, (k: Known) => number> = {
    SCORE: (k) => k.score,
    NEWEST: (k) => k.createdAt.getTime(),
    LAST_ACTIVITY: (k) => lastActivity(k).getTime(),
  };
  /** The order the API must give, computed here from what the test wrote. */
  const expectedOrder = (list: Known[], sort: string, direction: string) => {
    const sign = direction === 'ASC' ? 1 : -1;
    return [...list].sort((a, b) => sign * (keyOf[sort](a) - keyOf[sort](b) || byId(a, b))).map((k) => k.id);
  };
  const visibleToA = () => known.filter((k) => k.regionOf === 'A' && !k.hiddenFromA && !k.notCurrent);

  const make = async (
    need: 'needDry' | 'needJa' | 'needA2' | 'needB' | 'needPrivateB',
    target: 'seedDry' | 'seedJa' | 'seedPrivateB' | 'equipment' | 'researcher',
    opts: { status?: MatchStatus; score: number; ageDays: number; current?: boolean },
  ) => {
    const kind = target === 'equipment' ? 'EQUIPMENT' : target === 'researcher' ? 'RESEARCHER' : 'SEED';
    // A sub-millisecond part, as the matcher's datetime() writes: paging must neither skip nor repeat.
    const createdAt = new Date(Date.now() - opts.ageDays * DAY);
    const id = await writeMatch(driver, {
      needId: ids[need],
      targetId: ids[target],
      kind,
      status: opts.status,
      score: opts.score,
      current: opts.current,
      createdAt,
    });
    await driver.executeQuery(
      'MATCH (m:Match {id: $id}) SET m.createdAt = m.createdAt + duration({nanoseconds: 123456})',
      { id },
    );
    known.push({
      id,
      needId: ids[need],
      regionOf: need === 'needB' || need === 'needPrivateB' ? 'B' : 'A',
      companyId: need === 'needA2' ? fx.ids.companyA2 : need.endsWith('B') ? fx.ids.companyB1 : fx.ids.companyA1,
      kind,
      status: opts.status ?? S.SUGGESTED,
      score: opts.score,
      createdAt,
      hiddenFromA: target === 'seedPrivateB',
      notCurrent: opts.current === false && (opts.status ?? S.SUGGESTED) === S.SUGGESTED,
      targetTitle: titles[target],
      needTitle: titles[need],
    });
    return id;
  };

  /** A history event `daysAgo`, as the review workflow writes one. */
  const event = async (matchId: string, daysAgo: number) => {
    const at = new Date(Date.now() - daysAgo * DAY);
    await driver.executeQuery(
      `MATCH (m:Match {id: $matchId})
       CREATE (:MatchEvent {id: randomUUID(), seq: 1, at: datetime($at), kind: 'NOTE', byUserId: 'u', byName: 'U',
         from: m.status, to: m.status, note: 'call', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:ON_MATCH]->(m)`,
      { matchId, at: at.toISOString() },
    );
    known.find((k) => k.id === matchId)!.lastEventAt = at;
  };

  beforeAll(async () => {
    suite = await startApiSuite({ MATCH_RECONCILE_INTERVAL_MS: '3600000', MATCH_STALLED_AFTER_DAYS: '30' });
    ({ api, driver } = suite);
    fx = await buildNetworkFixture(api, driver);
    for (const key of Object.keys({
      seedDry: 1,
      seedJa: 1,
      seedPrivateB: 1,
      equipment: 1,
      researcher: 1,
      needDry: 1,
      needJa: 1,
      needA2: 1,
      needB: 1,
      needPrivateB: 1,
      companyB2: 1,
    }))
      ids[key as keyof typeof ids] = randomUUID();
    Object.assign(titles, {
      seedDry: 'Heat-pump drying of SEAWEED at low temperature',
      seedJa: '海藻の低温乾燥装置',
      seedPrivateB: 'Secret seaweed enzyme',
      equipment: 'Freeze dryer FD-200',
      researcher: 'Sato Hanako',
      needDry: 'Keep kombu green when drying',
      needJa: '昆布の色を保つ乾燥方法',
      needA2: 'Robot arm for fish processing',
      needB: 'Marine robots',
      needPrivateB: 'Confidential B need',
    });
    await driver.executeQuery(
      `MATCH (rb:Region {id: $regionB}), (ua:Organization {id: $universityA})
       CREATE (:Organization {id: $companyB2, name: 'B2 Labs', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)
       CREATE (:Equipment {id: $equipment, name: $equipmentName, category: 'dryer', description: 'x', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(ua)
       CREATE (:Researcher {id: $researcher, name: $researcherName, title: 'Prof.', fields: [], profile: '', invitedCoreResearcher: false,
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(ua)`,
      {
        ...fx.ids,
        companyB2: ids.companyB2,
        equipment: ids.equipment,
        researcher: ids.researcher,
        equipmentName: titles.equipment,
        researcherName: titles.researcher,
      },
    );
    const seed = (id: string, title: string, holderId: string, visibility?: string) => ({
      id,
      holderId,
      title,
      summary: title,
      keywords: [],
      field: 'food',
      visibility,
    });
    await writeSeeds(driver, [
      seed(ids.seedDry, titles.seedDry, fx.ids.universityA),
      seed(ids.seedJa, titles.seedJa, fx.ids.universityA),
      seed(ids.seedPrivateB, titles.seedPrivateB, ids.companyB2, 'PRIVATE'),
    ]);
    const need = (id: string, title: string, companyId: string, confidentiality?: string) => ({
      id,
      companyId,
      title,
      description: title,
      keywords: [],
      confidentiality,
    });
    await writeNeeds(driver, [
      need(ids.needDry, titles.needDry, fx.ids.companyA1),
      need(ids.needJa, titles.needJa, fx.ids.companyA1),
      need(ids.needA2, titles.needA2, fx.ids.companyA2),
      need(ids.needB, titles.needB, fx.ids.companyB1),
      need(ids.needPrivateB, titles.needPrivateB, fx.ids.companyB1, 'PRIVATE'),
    ]);
    // Scores tie in threes (0.7) and twos (0.5) so the id breaks ties across page ends.
    await make('needDry', 'seedDry', { score: 0.91, ageDays: 3 });
    await make('needDry', 'seedJa', { score: 0.7, ageDays: 10 });
    await make('needDry', 'equipment', { score: 0.7, ageDays: 2, status: S.SHORTLISTED });
    await make('needDry', 'researcher', { score: 0.7, ageDays: 40, status: S.INTRODUCED });
    await make('needDry', 'seedPrivateB', { score: 0.95, ageDays: 1 });
    await make('needJa', 'seedJa', { score: 0.83, ageDays: 5, status: S.SHARED });
    await make('needJa', 'seedDry', { score: 0.5, ageDays: 50, status: S.MEETING_HELD });
    await make('needJa', 'equipment', { score: 0.5, ageDays: 7, status: S.STALLED });
    await make('needJa', 'researcher', { score: 0.2, ageDays: 9, status: S.DECLINED });
    await make('needJa', 'seedDry', { score: 0.99, ageDays: 4, current: false });
    await make('needA2', 'researcher', { score: 0.33, ageDays: 6 });
    await make('needA2', 'seedDry', { score: 0.61, ageDays: 8, status: S.AGREED, current: false });
    await make('needB', 'seedDry', { score: 0.8, ageDays: 2 });
    await make('needB', 'equipment', { score: 0.4, ageDays: 12, status: S.SHORTLISTED });
    await make('needPrivateB', 'seedPrivateB', { score: 0.66, ageDays: 3 });
    // Activity: the oldest match was acted on yesterday; the MEETING_HELD one 35 days ago (idle, stalled).
    const introduced = known.find((k) => k.status === S.INTRODUCED)!;
    await event(introduced.id, 1);
    await event(known.find((k) => k.status === S.MEETING_HELD)!.id, 35);
    // The INTRODUCED one without that event would be idle for 40 days; with it, it is not stalled.
  }, 180_000);

  afterAll(async () => {
    if (suite) await stopApiSuite(suite);
  });

  describe('scope and order', () => {
    it.each([
      ['SCORE', 'DESC'],
      ['SCORE', 'ASC'],
      ['NEWEST', 'DESC'],
      ['NEWEST', 'ASC'],
      ['LAST_ACTIVITY', 'DESC'],
      ['LAST_ACTIVITY', 'ASC'],
    ])('pages through every match coordinator A may act on, by %s %s, to the last one', async (sort, direction) => {
      const { rows, totals } = await walk({ sort, direction }, fx.tokens.coordA);
      const expected = expectedOrder(visibleToA(), sort, direction);
      expect(rows.map((r) => r.id)).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([expected.length]));
    });

    it('an admin sees every region (the PRIVATE target included); coordinator B only region B', async () => {
      const all = known.filter((k) => !k.notCurrent);
      expect((await walk({}, fx.tokens.admin, 4)).rows.map((r) => r.id)).toEqual(expectedOrder(all, 'SCORE', 'DESC'));
      const ofB = known.filter((k) => k.regionOf === 'B');
      expect((await walk({}, fx.tokens.coordB)).rows.map((r) => r.id)).toEqual(expectedOrder(ofB, 'SCORE', 'DESC'));
    });

    it('shows a match moved since, and orders by its new activity', async () => {
      const suggested = visibleToA().find((k) => k.kind === 'SEED' && k.status === S.SUGGESTED && k.score === 0.7)!;
      await must(api.gql(CHANGE, { matchId: suggested.id, to: S.SHORTLISTED }, fx.tokens.coordA));
      suggested.status = S.SHORTLISTED;
      suggested.lastEventAt = new Date();
      const first = await page({ sort: 'LAST_ACTIVITY', first: 1 }, fx.tokens.coordA);
      expect(first.edges[0].node).toMatchObject({ id: suggested.id, status: S.SHORTLISTED });
    });

    it('the existing matchesInMyRegions still answers as before', async () => {
      const listed = await must(
        api.gql<{ matchesInMyRegions: { totalCount: number } }>(
          '{ matchesInMyRegions(first: 100) { totalCount } }',
          {},
          fx.tokens.coordA,
        ),
      );
      // That list has no rule on SUGGESTED matches the matcher no longer ranks: it shows them too.
      expect(listed.matchesInMyRegions.totalCount).toBe(
        known.filter((k) => k.regionOf === 'A' && !k.hiddenFromA).length,
      );
    });
  });

  describe('filters, and counts per status for the same filters', () => {
    const ids$ = (list: Known[]) => expectedOrder(list, 'SCORE', 'DESC');
    const cases: [string, () => Record<string, unknown>, (k: Known) => boolean][] = [
      ['regionId', () => ({ regionId: fx.ids.regionA }), () => true],
      ['needId', () => ({ needId: ids.needJa }), (k) => k.needId === ids.needJa],
      ['companyId', () => ({ companyId: fx.ids.companyA2 }), (k) => k.companyId === fx.ids.companyA2],
      ['kind', () => ({ kind: 'EQUIPMENT' }), (k) => k.kind === 'EQUIPMENT'],
      ['minScore', () => ({ minScore: 0.7 }), (k) => k.score >= 0.7],
      ['one status', () => ({ statuses: ['SHORTLISTED'] }), (k) => k.status === S.SHORTLISTED],
      [
        'several statuses',
        () => ({ statuses: ['SHARED', 'STALLED', 'DECLINED'] }),
        (k) => ([S.SHARED, S.STALLED, S.DECLINED] as MatchStatus[]).includes(k.status),
      ],
      // STALLED, and the MEETING_HELD match idle for 35 days; not the INTRODUCED one acted on yesterday.
      ['stalledOnly', () => ({ stalledOnly: true }), (k) => k.status === S.STALLED || k.status === S.MEETING_HELD],
      [
        'search, English, any case',
        () => ({ search: 'seaWEED' }),
        (k) => /seaweed/i.test(k.targetTitle) || /seaweed/i.test(k.needTitle),
      ],
      [
        'search, full-width letters',
        () => ({ search: 'ＳＥＡＷＥＥＤ' }),
        (k) => /seaweed/i.test(k.targetTitle) || /seaweed/i.test(k.needTitle),
      ],
      [
        'search, Japanese in the need or the target',
        () => ({ search: '乾燥' }),
        (k) => k.targetTitle.includes('乾燥') || k.needTitle.includes('乾燥'),
      ],
      ['search, a researcher by name', () => ({ search: 'hanako' }), (k) => k.targetTitle === 'Sato Hanako'],
      [
        'several filters together',
        () => ({ needId: ids.needDry, kind: 'SEED', minScore: 0.6 }),
        (k) => k.needId === ids.needDry && k.kind === 'SEED' && k.score >= 0.6,
      ],
    ];

    it.each(cases)('%s', async (_name, filter, keep) => {
      const expected = visibleToA().filter(keep);
      // Each case must select some and leave out some, or it would test nothing.
      expect(expected.length).toBeGreaterThan(0);
      const { rows } = await walk({ filter: filter() }, fx.tokens.coordA, 2);
      expect(rows.map((r) => r.id)).toEqual(ids$(expected));
      const counts = (
        await must(
          api.gql<{ matchPipelineCounts: { status: string; count: number }[] }>(
            COUNTS,
            { filter: filter() },
            fx.tokens.coordA,
          ),
        )
      ).matchPipelineCounts;
      const statuses = (filter().statuses as MatchStatus[] | undefined) ?? Object.values(MatchStatus);
      expect(counts).toEqual(
        statuses.map((status) => ({ status, count: expected.filter((k) => k.status === status).length })),
      );
    });

    it('every case above leaves some matches out', () => {
      for (const [name, , keep] of cases) {
        if (name === 'regionId') continue;
        expect([name, visibleToA().filter((k) => !keep(k)).length > 0]).toEqual([name, true]);
      }
    });

    it('counts every status in workflow order, each as the list of that status counts it', async () => {
      const counts = (
        await must(api.gql<{ matchPipelineCounts: { status: string; count: number }[] }>(COUNTS, {}, fx.tokens.coordA))
      ).matchPipelineCounts;
      expect(counts.map((c) => c.status)).toEqual(Object.values(MatchStatus));
      for (const { status, count } of counts) {
        const listed = await page({ filter: { statuses: [status] }, first: 100 }, fx.tokens.coordA);
        expect([status, listed.totalCount]).toEqual([status, count]);
      }
    });

    it('assigneeId and assignedToMe: the matches assigned to a coordinator', async () => {
      const [one, two] = visibleToA().slice(0, 2);
      for (const k of [one, two]) {
        await must(
          api.gql(
            'mutation($m: ID!, $c: ID!) { assignMatch(matchId: $m, coordinatorId: $c) { id } }',
            { m: k.id, c: fx.ids.coordinatorA },
            fx.tokens.admin,
          ),
        );
      }
      const expected = ids$([one, two]);
      expect((await walk({ filter: { assignedToMe: true } }, fx.tokens.coordA)).rows.map((r) => r.id)).toEqual(
        expected,
      );
      expect(
        (await walk({ filter: { assigneeId: fx.ids.coordinatorA } }, fx.tokens.admin)).rows.map((r) => r.id),
      ).toEqual(expected);
      expect((await page({ filter: { assignedToMe: true } }, fx.tokens.coordB)).totalCount).toBe(0);
    });
  });

  describe('arguments are checked, each error naming its field', () => {
    const refused = async (variables: Record<string, unknown>, token: string, query = PIPELINE) => {
      const r: GraphQLResponse = await api.gql(query, variables, token);
      expect(r.data?.matchPipeline ?? r.data?.matchPipelineCounts ?? null).toBeNull();
      return r.errors?.[0];
    };

    it.each([
      [{ filter: { minScore: 1.5 } }, 'filter.minScore', /minScore must be between 0 and 1/],
      [{ filter: { minScore: -0.1 } }, 'filter.minScore', /minScore/],
      [{ filter: { statuses: [] } }, 'filter.statuses', /at least one status/],
      [{ filter: { statuses: ['SHARED', 'SHARED'] } }, 'filter.statuses', /each status once/],
      [{ filter: { regionId: 'region-a' } }, 'filter.regionId', /regionId must be a UUID/],
      [{ filter: { needId: 'x' } }, 'filter.needId', /needId must be a UUID/],
      [{ filter: { companyId: '1' } }, 'filter.companyId', /companyId must be a UUID/],
      [{ filter: { assigneeId: 'me' } }, 'filter.assigneeId', /assigneeId must be a UUID/],
      [{ filter: { search: '   ' } }, 'filter.search', /search must be 1-200 characters/],
      [{ filter: { search: 'x'.repeat(201) } }, 'filter.search', /search must be 1-200/],
      [{ first: 0 }, 'first', /first must be between 1 and 100/],
      [{ first: 101 }, 'first', /first must be between 1 and 100/],
    ])('%j: BAD_USER_INPUT naming %s', async (variables, field, rule) => {
      const error = await refused(variables, fx.tokens.coordA);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.fields).toEqual([field]);
      expect(error?.message).toMatch(rule);
      // The counts take the same filter and the same rules.
      if ('filter' in variables) {
        const counted = await refused(variables, fx.tokens.coordA, COUNTS);
        expect([counted?.extensions?.code, counted?.extensions?.fields]).toEqual(['BAD_USER_INPUT', [field]]);
      }
    });

    it('refuses unknown enum values before any resolver runs', async () => {
      for (const variables of [{ sort: 'OLDEST' }, { direction: 'UP' }, { filter: { kind: 'PATENT' } }]) {
        expect(errorCode(await api.gql(PIPELINE, variables, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
      }
    });

    it('a cursor serves only the order it came from, and a forged one is refused', async () => {
      const bySCORE = await page({ first: 1 }, fx.tokens.coordA);
      const after = bySCORE.pageInfo.endCursor;
      for (const variables of [
        { sort: 'NEWEST', after },
        { direction: 'ASC', after },
        { after: 'not a cursor!' },
        { after: Buffer.from(JSON.stringify(['0.5', randomUUID()])).toString('base64url') },
        {
          after: Buffer.from(JSON.stringify([JSON.stringify(['SCORE', 'DESC', 'NaN']), randomUUID()])).toString(
            'base64url',
          ),
        },
        {
          sort: 'NEWEST',
          after: Buffer.from(
            JSON.stringify([JSON.stringify(['NEWEST', 'DESC', "x') RETURN 1 //"]), randomUUID()]),
          ).toString('base64url'),
        },
      ]) {
        const error = await refused(variables, fx.tokens.coordA);
        expect([JSON.stringify(variables), error?.extensions?.code, error?.extensions?.fields]).toEqual([
          JSON.stringify(variables),
          'BAD_USER_INPUT',
          ['after'],
        ]);
      }
    });

    it('assignedToMe: not with assigneeId, and only for coordinators', async () => {
      const both = await refused({ filter: { assignedToMe: true, assigneeId: fx.ids.coordinatorA } }, fx.tokens.coordA);
      expect(both?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.assignedToMe' });
      const admin = await refused({ filter: { assignedToMe: true } }, fx.tokens.admin);
      expect(admin?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.assignedToMe' });
    });

    it('what a filter names must exist, be visible, and lie in your regions', async () => {
      const cases: [Record<string, unknown>, string, string, string][] = [
        [{ regionId: fx.ids.regionB }, fx.tokens.coordA, 'FORBIDDEN', 'filter.regionId'],
        [{ regionId: UNKNOWN }, fx.tokens.coordA, 'FORBIDDEN', 'filter.regionId'],
        [{ regionId: UNKNOWN }, fx.tokens.admin, 'NOT_FOUND', 'filter.regionId'],
        [{ needId: ids.needB }, fx.tokens.coordA, 'FORBIDDEN', 'filter.needId'],
        // A PRIVATE need of region B: coordinator A may not see it, so it is as if it did not exist.
        [{ needId: ids.needPrivateB }, fx.tokens.coordA, 'NOT_FOUND', 'filter.needId'],
        [{ needId: UNKNOWN }, fx.tokens.admin, 'NOT_FOUND', 'filter.needId'],
        [{ companyId: fx.ids.companyB1 }, fx.tokens.coordA, 'FORBIDDEN', 'filter.companyId'],
        [{ companyId: fx.ids.universityA }, fx.tokens.coordA, 'BAD_USER_INPUT', 'filter.companyId'],
        [{ companyId: UNKNOWN }, fx.tokens.coordA, 'NOT_FOUND', 'filter.companyId'],
        [{ assigneeId: UNKNOWN }, fx.tokens.coordA, 'NOT_FOUND', 'filter.assigneeId'],
      ];
      for (const [filter, token, code, field] of cases) {
        for (const query of [PIPELINE, COUNTS]) {
          const error = await refused({ filter }, token, query);
          expect([filter, error?.extensions?.code, error?.extensions?.field]).toEqual([filter, code, field]);
        }
      }
      // Allowed: the admin names any region, need or company.
      expect((await page({ filter: { needId: ids.needPrivateB } }, fx.tokens.admin)).totalCount).toBe(1);
      expect((await page({ filter: { regionId: fx.ids.regionB } }, fx.tokens.admin)).totalCount).toBe(3);
    });

    it('is for admins and coordinators only', async () => {
      for (const [token, code] of [
        [fx.tokens.companyA1, 'FORBIDDEN'],
        [fx.tokens.managerA, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        expect(errorCode(await api.gql(PIPELINE, {}, token))).toBe(code);
        expect(errorCode(await api.gql(COUNTS, {}, token))).toBe(code);
      }
    });
  });
});
