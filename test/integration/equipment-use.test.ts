import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { EquipmentUseNotificationService } from '../../src/modules/equipment-use/equipment-use-notification.service';
import { EquipmentUseRepository } from '../../src/modules/equipment-use/equipment-use.repository';
import { EquipmentUseStatus } from '../../src/modules/equipment-use/models/equipment-use.model';
import { createWorkerApp } from '../../workers/bootstrap';
import { TestApi, must } from '../support/api-client';
import { errorCode, startApiSuite, stopApiSuite } from '../support/api-suite';
import { writeNeeds, writeSeeds } from '../support/graph-nodes';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { untilAllNotified } from '../support/notified';
import { countOf } from '../support/services';
import { TEST_ADMIN, UNKNOWN_ID } from '../support/test-env';

const S = EquipmentUseStatus;
const ALL = Object.values(EquipmentUseStatus);
const DAY = 24 * 3600 * 1000;

/** The workflow written out by hand: who takes each allowed step. */
const HOST = 'HOST';
const COMPANY = 'COMPANY';
const ALLOWED: Record<EquipmentUseStatus, Partial<Record<EquipmentUseStatus, string>>> = {
  [S.REQUESTED]: { [S.APPROVED]: HOST, [S.TIME_PROPOSED]: HOST, [S.REFUSED]: HOST, [S.CANCELLED]: COMPANY },
  [S.TIME_PROPOSED]: { [S.APPROVED]: COMPANY, [S.REQUESTED]: COMPANY, [S.REFUSED]: HOST, [S.CANCELLED]: COMPANY },
  [S.APPROVED]: { [S.CANCELLED]: COMPANY },
  [S.REFUSED]: {},
  [S.CANCELLED]: {},
};

const EVENT = 'id at byUserId byName from to note proposedFrom proposedTo reason';
const FIELDS = `id status equipmentId companyId hostId matchId purpose wishedFrom wishedTo proposedFrom proposedTo refusalReason
  statusChangedAt createdBy history { ${EVENT} }`;
const REQUEST = `mutation($input: RequestEquipmentUseInput!) { requestEquipmentUse(input: $input) { ${FIELDS} } }`;
const CHANGE = `mutation($requestId: ID!, $to: EquipmentUseStatus!, $note: String, $proposedFrom: DateTime, $proposedTo: DateTime, $refusalReason: String) {
  changeEquipmentUseStatus(requestId: $requestId, to: $to, note: $note, proposedFrom: $proposedFrom, proposedTo: $proposedTo, refusalReason: $refusalReason) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { equipmentUseRequest(id: $id) { ${FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $status: EquipmentUseStatus, $equipmentId: ID) {
  equipmentUseRequests(first: $first, after: $after, status: $status, equipmentId: $equipmentId) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;

type Event = {
  id: string;
  at: string;
  byUserId: string;
  byName: string;
  from: string | null;
  to: string;
  note: string | null;
  proposedFrom: string | null;
  proposedTo: string | null;
  reason: string | null;
};
type UseRequest = {
  id: string;
  status: string;
  equipmentId: string;
  companyId: string;
  hostId: string;
  matchId: string | null;
  purpose: string;
  wishedFrom: string;
  wishedTo: string;
  proposedFrom: string | null;
  proposedTo: string | null;
  refusalReason: string | null;
  statusChangedAt: string;
  createdBy: string;
  history: Event[];
};

// Several servers (API, worker, Neo4j) on a shared machine: allow slow steps rather than flake.
jest.setTimeout(180_000);

describe('equipment use requests', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let fx: NetworkFixture;
  const ids = {} as Record<
    'universityB' | 'eqA' | 'eqA2' | 'eqB' | 'staff1' | 'staff2' | 'staffB' | 'need' | 'seed',
    string
  >;
  const tokens = {} as Record<'staff1' | 'staff2' | 'staffB', string>;

  const code = errorCode;
  const count = async (query: string, params: Record<string, unknown> = {}) => await countOf(driver, query, params);
  /** Everything a use request write can touch, to assert a refused one wrote nothing. */
  const snapshot = async () =>
    (
      await driver.executeQuery(
        `OPTIONAL MATCH (n:EquipmentUseRequest) OPTIONAL MATCH (e:EquipmentUseEvent)-[:ON_REQUEST]->(n)
       WITH n, count(e) AS events ORDER BY n.id
       RETURN collect([n.id, n.status, toString(n.updatedAt), n.proposedFrom, n.refusalReason, events]) AS rows,
         COUNT { (:EquipmentUseEvent) } AS allEvents`,
      )
    ).records[0].toObject();

  const later = (days: number, hours = 9) =>
    new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + hours * 3600_000).toISOString();
  const ask = (token: string, input: Record<string, unknown> = {}) =>
    api.gql<{ requestEquipmentUse: UseRequest }>(
      REQUEST,
      {
        input: {
          equipmentId: ids.eqA,
          purpose: 'SEM imaging of dried seaweed',
          wishedFrom: later(10),
          wishedTo: later(10, 17),
          ...input,
        },
      },
      token,
    );
  const newRequest = async (input: Record<string, unknown> = {}) =>
    (await must(ask(fx.tokens.companyA1, input))).requestEquipmentUse;
  const change = (requestId: string, to: string, token: string | undefined, more: Record<string, unknown> = {}) =>
    api.gql<{ changeEquipmentUseStatus: UseRequest }>(CHANGE, { requestId, to, ...more }, token);
  const extras = (to: EquipmentUseStatus) => ({
    proposedFrom: to === S.TIME_PROPOSED ? later(12) : undefined,
    proposedTo: to === S.TIME_PROPOSED ? later(12, 12) : undefined,
    refusalReason: to === S.REFUSED ? 'Booked out that week' : undefined,
  });
  const setStatus = (id: string, status: EquipmentUseStatus) =>
    driver.executeQuery('MATCH (n:EquipmentUseRequest {id: $id}) SET n.status = $status', { id, status });

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite({ MATCH_RECONCILE_INTERVAL_MS: '3600000' }));
    fx = await buildNetworkFixture(api, driver);
    Object.assign(ids, {
      universityB: randomUUID(),
      eqA: randomUUID(),
      eqA2: randomUUID(),
      eqB: randomUUID(),
      staff1: randomUUID(),
      staff2: randomUUID(),
      staffB: randomUUID(),
      need: randomUUID(),
      seed: randomUUID(),
    });
    // eqA is supported by staff1; eqA2 (same host) by staff2 only; eqB is in region B, supported by staffB.
    await driver.executeQuery(
      `MATCH (ua:Organization {id: $universityA}), (rb:Region {id: $regionB})
       CREATE (ub:Organization {id: $universityB, name: 'B University', kind: 'UNIVERSITY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)
       CREATE (eqA:Equipment {id: $eqA, name: 'Scanning electron microscope', category: 'microscopy', description: '', specifications: '', conditions: '', fees: '',
         availability: 'AVAILABLE', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(ua)
       CREATE (eqA2:Equipment {id: $eqA2, name: 'X-ray diffractometer', category: 'analysis', description: '', specifications: '', conditions: '', fees: '',
         availability: 'AVAILABLE', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(ua)
       CREATE (eqB:Equipment {id: $eqB, name: 'Wave tank', category: 'marine', description: '', specifications: '', conditions: '', fees: '',
         availability: 'AVAILABLE', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HOSTED_BY]->(ub)
       CREATE (s1:SupportStaff {id: $staff1, name: 'Sato', title: '技術職員', skills: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(ua)
       CREATE (s2:SupportStaff {id: $staff2, name: 'Suzuki', title: '技術職員', skills: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(ua)
       CREATE (sb:SupportStaff {id: $staffB, name: 'Takahashi', title: '技術職員', skills: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(ub)
       CREATE (s1)-[:SUPPORTS]->(eqA) CREATE (s2)-[:SUPPORTS]->(eqA2) CREATE (sb)-[:SUPPORTS]->(eqB)`,
      { ...fx.ids, ...ids },
    );
    await writeSeeds(driver, [
      { id: ids.seed, holderId: fx.ids.universityA, title: 'Seed', summary: '', keywords: [], field: 'food' },
    ]);
    await writeNeeds(driver, [
      { id: ids.need, companyId: fx.ids.companyA1, title: 'Need A', description: 'Imaging', keywords: [] },
    ]);
    const admin = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    for (const name of ['staff1', 'staff2', 'staffB'] as const) {
      const email = `${name}@fixture.musubi.example`;
      const password = `${name}-password-123`;
      await must(
        api.gql(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: { email, password, role: 'SUPPORT_STAFF', displayName: `Staff ${name}`, linkId: ids[name] },
          },
          admin,
        ),
      );
      tokens[name] = await api.signIn(email, password);
    }
  }, 180_000);

  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it('a SUPPORT_STAFF user must be linked to an existing support staff member', async () => {
    const input = {
      email: 'nobody@fixture.musubi.example',
      password: 'nobody-password-123',
      role: 'SUPPORT_STAFF',
      displayName: 'Nobody',
    };
    const create = (linkId?: string) =>
      api.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id linkedId } }',
        { input: { ...input, linkId } },
        fx.tokens.admin,
      );
    expect((await create()).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'linkId' });
    expect((await create(fx.ids.coordinatorA)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'linkId',
    });
    expect((await create(UNKNOWN_ID)).errors?.[0].message).toContain('No support staff member with id');
    const me = await must(
      api.gql<{ users: { email: string; role: string; linkedId: string }[] }>(
        '{ users { email role linkedId } }',
        {},
        fx.tokens.admin,
      ),
    );
    expect(me.users.find((u) => u.email === 'staff1@fixture.musubi.example')).toEqual({
      email: 'staff1@fixture.musubi.example',
      role: 'SUPPORT_STAFF',
      linkedId: ids.staff1,
    });
  });

  it('walks ask -> propose -> decline -> propose -> accept -> cancel, with the history read back in order', async () => {
    const created = await newRequest({ purpose: '  SEM imaging of dried seaweed  ' });
    expect(created).toMatchObject({
      status: S.REQUESTED,
      equipmentId: ids.eqA,
      companyId: fx.ids.companyA1,
      hostId: fx.ids.universityA,
      matchId: null,
      purpose: 'SEM imaging of dried seaweed',
      wishedFrom: later(10),
      wishedTo: later(10, 17),
      proposedFrom: null,
      refusalReason: null,
    });
    expect(created.history).toEqual([expect.objectContaining({ from: null, to: S.REQUESTED, byName: 'CompanyA1' })]);
    const id = created.id;

    const proposed = (
      await must(
        change(id, S.TIME_PROPOSED, tokens.staff1, {
          proposedFrom: later(12),
          proposedTo: later(12, 12),
          note: 'Only mornings',
        }),
      )
    ).changeEquipmentUseStatus;
    expect(proposed).toMatchObject({ status: S.TIME_PROPOSED, proposedFrom: later(12), proposedTo: later(12, 12) });
    await must(change(id, S.REQUESTED, fx.tokens.companyA1, { note: 'We need a full day' }));
    await must(change(id, S.TIME_PROPOSED, fx.tokens.coordA, { proposedFrom: later(14), proposedTo: later(14, 17) }));
    const accepted = (await must(change(id, S.APPROVED, fx.tokens.companyA1))).changeEquipmentUseStatus;
    expect(accepted).toMatchObject({ status: S.APPROVED, proposedFrom: later(14), proposedTo: later(14, 17) });
    const cancelled = (await must(change(id, S.CANCELLED, fx.tokens.companyA1, { note: 'Project postponed' })))
      .changeEquipmentUseStatus;

    expect(cancelled.history.map((e) => [e.from, e.to, e.byName, e.note, e.proposedFrom])).toEqual([
      [null, S.REQUESTED, 'CompanyA1', null, null],
      [S.REQUESTED, S.TIME_PROPOSED, 'Staff staff1', 'Only mornings', later(12)],
      [S.TIME_PROPOSED, S.REQUESTED, 'CompanyA1', 'We need a full day', null],
      [S.REQUESTED, S.TIME_PROPOSED, 'CoordA', null, later(14)],
      [S.TIME_PROPOSED, S.APPROVED, 'CompanyA1', null, null],
      [S.APPROVED, S.CANCELLED, 'CompanyA1', 'Project postponed', null],
    ]);
    const times = cancelled.history.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // Every viewer who sees the request reads the same history.
    expect(
      (await must(api.gql<{ equipmentUseRequest: UseRequest }>(ONE, { id }, tokens.staff1))).equipmentUseRequest
        .history,
    ).toEqual(cancelled.history);

    const final = await change(id, S.APPROVED, fx.tokens.companyA1);
    expect(final.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
      currentStatus: S.CANCELLED,
      requestedStatus: S.APPROVED,
    });
    expect(final.errors?.[0].message).toContain('CANCELLED is final');
  });

  it('tests every transition for each side: allowed for its side, FORBIDDEN for the other, BAD_USER_INPUT when not in the workflow', async () => {
    const id = (await newRequest()).id;
    for (const from of ALL) {
      for (const to of ALL) {
        const side = ALLOWED[from][to];
        for (const [who, token, tokenSide] of [
          ['staff1', tokens.staff1, HOST],
          ['companyA1', fx.tokens.companyA1, COMPANY],
        ] as const) {
          await setStatus(id, from);
          const before = await snapshot();
          const r = await change(id, to, token, extras(to));
          const label = `${who}: ${from} -> ${to}`;
          if (!side) {
            expect([label, r.errors?.[0].extensions]).toEqual([
              label,
              expect.objectContaining({ code: 'BAD_USER_INPUT', currentStatus: from, requestedStatus: to }),
            ]);
          } else if (side !== tokenSide) {
            expect([label, r.errors?.[0].extensions]).toEqual([
              label,
              expect.objectContaining({ code: 'FORBIDDEN', currentStatus: from, requestedStatus: to }),
            ]);
          } else {
            expect([label, r.errors, r.data?.changeEquipmentUseStatus.status]).toEqual([label, undefined, to]);
            continue;
          }
          expect([label, await snapshot()]).toEqual([label, before]);
        }
      }
    }
    // The host side also includes the host region's coordinators and admins; the requesting company is one company.
    await setStatus(id, S.REQUESTED);
    expect((await must(change(id, S.APPROVED, fx.tokens.admin))).changeEquipmentUseStatus.status).toBe(S.APPROVED);
    await setStatus(id, S.REQUESTED);
    expect(
      (await must(change(id, S.REFUSED, fx.tokens.coordA, { refusalReason: 'Broken' }))).changeEquipmentUseStatus
        .refusalReason,
    ).toBe('Broken');
  }, 300_000);

  it('hides a request from whoever may not see it (NOT_FOUND), writing nothing', async () => {
    const id = (await newRequest()).id;
    const before = await snapshot();
    const cases: [string | undefined, string, string][] = [
      [tokens.staff2, 'NOT_FOUND', 'staff of another equipment at the same host'],
      [tokens.staffB, 'NOT_FOUND', 'staff in another region'],
      [fx.tokens.coordB, 'NOT_FOUND', 'coordinator of another region'],
      [fx.tokens.companyA2, 'NOT_FOUND', 'another company'],
      [fx.tokens.managerA, 'FORBIDDEN', 'consortium manager'],
      [undefined, 'UNAUTHENTICATED', 'no token'],
    ];
    for (const [token, expected, who] of cases) {
      expect([who, code(await change(id, S.APPROVED, token))]).toEqual([who, expected]);
      expect([who, code(await change(id, S.CANCELLED, token))]).toEqual([who, expected]);
      expect([who, code(await api.gql(ONE, { id }, token))]).toEqual([who, expected]);
    }
    expect(await snapshot()).toEqual(before);
    expect(code(await api.gql(ONE, { id: UNKNOWN_ID }, fx.tokens.admin))).toBe('NOT_FOUND');
    // Only companies ask.
    expect(code(await ask(tokens.staff1))).toBe('FORBIDDEN');
    expect(code(await ask(fx.tokens.coordA))).toBe('FORBIDDEN');
  });

  it('lists each viewer only what it may see', async () => {
    await driver.executeQuery('MATCH (n:EquipmentUseRequest) DETACH DELETE n');
    await driver.executeQuery('MATCH (n:EquipmentUseEvent) DETACH DELETE n');
    const a1 = await newRequest();
    const a1second = await newRequest({ equipmentId: ids.eqA2 });
    const a2 = (await must(ask(fx.tokens.companyA2))).requestEquipmentUse;
    const b = (await must(ask(fx.tokens.companyA1, { equipmentId: ids.eqB }))).requestEquipmentUse;
    await must(change(a1.id, S.APPROVED, tokens.staff1));
    type List = {
      equipmentUseRequests: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; status: string } }[];
      };
    };
    const seen = async (token: string, vars: Record<string, unknown> = {}) =>
      (await must(api.gql<List>(LIST, { first: 100, ...vars }, token))).equipmentUseRequests.edges
        .map((e) => e.node.id)
        .sort();
    const sorted = (...xs: { id: string }[]) => xs.map((x) => x.id).sort();
    expect(await seen(fx.tokens.admin)).toEqual(sorted(a1, a1second, a2, b));
    expect(await seen(fx.tokens.companyA1)).toEqual(sorted(a1, a1second, b));
    expect(await seen(fx.tokens.companyA2)).toEqual(sorted(a2));
    expect(await seen(tokens.staff1)).toEqual(sorted(a1, a2));
    expect(await seen(tokens.staff2)).toEqual(sorted(a1second));
    expect(await seen(tokens.staffB)).toEqual(sorted(b));
    expect(await seen(fx.tokens.coordA)).toEqual(sorted(a1, a1second, a2));
    expect(await seen(fx.tokens.coordB)).toEqual(sorted(b));
    expect(await seen(fx.tokens.admin, { status: S.APPROVED })).toEqual(sorted(a1));
    expect(await seen(fx.tokens.admin, { equipmentId: ids.eqA })).toEqual(sorted(a1, a2));
    // Pages: two then two, newest first, no repeats.
    const page1 = (await must(api.gql<List>(LIST, { first: 2 }, fx.tokens.admin))).equipmentUseRequests;
    const page2 = (await must(api.gql<List>(LIST, { first: 2, after: page1.pageInfo.endCursor }, fx.tokens.admin)))
      .equipmentUseRequests;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual([b, a2, a1second, a1].map((x) => x.id));
  });

  it('validates the request: period, purpose, equipment, and the match it follows', async () => {
    const before = await snapshot();
    const bad = async (input: Record<string, unknown>, expected: Record<string, unknown>) => {
      const r = await ask(fx.tokens.companyA1, input);
      expect([input, r.errors?.[0].extensions]).toEqual([input, expect.objectContaining(expected)]);
    };
    await bad({ wishedFrom: later(10, 17), wishedTo: later(10, 9) }, { code: 'BAD_USER_INPUT', field: 'wishedTo' });
    await bad({ wishedFrom: later(-3), wishedTo: later(-2) }, { code: 'BAD_USER_INPUT', field: 'wishedTo' });
    await bad({ purpose: '   ' }, { code: 'BAD_USER_INPUT' });
    await bad({ purpose: 'x'.repeat(1001) }, { code: 'BAD_USER_INPUT' });
    await bad({ wishedFrom: 'tomorrow' }, { code: 'BAD_USER_INPUT' });
    await bad({ equipmentId: UNKNOWN_ID }, { code: 'NOT_FOUND', field: 'equipmentId' });
    await bad({ equipmentId: 'not-a-uuid' }, { code: 'BAD_USER_INPUT' });

    const makeMatch = async (kind: string, targetId: string, status: string) => {
      const id = randomUUID();
      await driver.executeQuery(
        `MATCH (n:Need {id: $need}), (t {id: $targetId})
         CREATE (m:Match {id: $id, pairKey: $id, needId: $need, targetId: $targetId, kind: $kind, score: 0.5, lexicalScore: 0.5, regionBoost: 0.0,
           pathBoost: 0.0, explanation: '[]', status: $status, current: true, stale: false, engineVersion: 'test', computedAt: datetime(),
           createdAt: datetime(), updatedAt: datetime(), createdBy: 'matcher'})-[:FOR_NEED]->(n)
         CREATE (m)-[:SUGGESTS]->(t)`,
        { id, need: ids.need, targetId, kind, status },
      );
      return id;
    };
    const unshared = await makeMatch('EQUIPMENT', ids.eqA, 'SHORTLISTED');
    const seedMatch = await makeMatch('SEED', ids.seed, 'SHARED');
    const otherEquipment = await makeMatch('EQUIPMENT', ids.eqA2, 'SHARED');
    const shared = await makeMatch('EQUIPMENT', ids.eqA, 'INTRODUCED');
    await bad({ matchId: unshared }, { code: 'NOT_FOUND', field: 'matchId' });
    await bad({ matchId: UNKNOWN_ID }, { code: 'NOT_FOUND', field: 'matchId' });
    await bad({ matchId: seedMatch }, { code: 'BAD_USER_INPUT', field: 'matchId' });
    await bad({ matchId: otherEquipment }, { code: 'BAD_USER_INPUT', field: 'matchId' });
    // Company A2 cannot see A1's shared match at all (a company reads only its own needs' matches).
    const r = await ask(fx.tokens.companyA2, { matchId: shared });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'matchId' } });
    expect(await snapshot()).toEqual(before);

    const fromMatch = (await must(ask(fx.tokens.companyA1, { matchId: shared }))).requestEquipmentUse;
    expect(fromMatch.matchId).toBe(shared);
    expect(
      await count('MATCH (:EquipmentUseRequest {id: $id})-[:FROM_MATCH]->(:Match {id: $shared}) RETURN count(*)', {
        id: fromMatch.id,
        shared,
      }),
    ).toBe(1);

    // Transition arguments.
    const id = fromMatch.id;
    const after = await snapshot();
    expect((await change(id, S.TIME_PROPOSED, tokens.staff1)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'proposedFrom',
      currentStatus: S.REQUESTED,
    });
    expect(
      (await change(id, S.TIME_PROPOSED, tokens.staff1, { proposedFrom: later(5, 12), proposedTo: later(5, 9) }))
        .errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposedTo' });
    expect((await change(id, S.REFUSED, tokens.staff1)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'refusalReason',
    });
    expect((await change(id, S.APPROVED, tokens.staff1, { refusalReason: 'no' })).errors?.[0].extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'refusalReason' },
    );
    expect(code(await change(id, 'LATER', tokens.staff1))).toBe('BAD_USER_INPUT');
    expect(code(await change('nope', S.APPROVED, tokens.staff1))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(after);
  });

  it('a write that lost the race gets CONFLICT and writes nothing; two at once make exactly one move', async () => {
    const id = (await newRequest()).id;
    await must(change(id, S.APPROVED, tokens.staff1));
    const before = await snapshot();
    const repository = api.app.get(EquipmentUseRepository);
    await expect(
      repository.changeStatus(
        {
          requestId: id,
          expected: S.REQUESTED,
          to: S.REFUSED,
          note: null,
          proposedFrom: null,
          proposedTo: null,
          refusalReason: 'late',
        },
        { userId: 'late', byName: 'Late' },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { currentStatus: S.APPROVED } });
    expect(await snapshot()).toEqual(before);

    const raced = (await newRequest()).id;
    const results = await Promise.all(
      [tokens.staff1, fx.tokens.coordA, fx.tokens.admin].map((t) => change(raced, S.APPROVED, t)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(code(r));
    expect(
      await count('MATCH (e:EquipmentUseEvent)-[:ON_REQUEST]->(:EquipmentUseRequest {id: $id}) RETURN count(e)', {
        id: raced,
      }),
    ).toBe(2);
  });

  describe('notifications', () => {
    let worker: INestApplicationContext | undefined;
    afterAll(async () => {
      await worker?.close();
    });

    it('a job per event tells both sides (company, equipment staff, host region coordinators), never the author', async () => {
      worker = await createWorkerApp(config);
      const id = (await newRequest()).id;
      await must(change(id, S.TIME_PROPOSED, tokens.staff1, { proposedFrom: later(20), proposedTo: later(20, 12) }));
      const notified = async () =>
        (
          await driver.executeQuery(
            `MATCH (e:EquipmentUseEvent)-[:ON_REQUEST]->(:EquipmentUseRequest {id: $id})
           RETURN e.id AS id, e.notifiedTo AS to, e.notifiedAt IS NOT NULL AS done ORDER BY e.seq`,
            { id },
          )
        ).records.map((r) => ({
          id: r.get('id') as string,
          to: r.get('to') as string[] | null,
          done: r.get('done') as boolean,
        }));
      await untilAllNotified(notified);
      const events = await notified();
      expect(events.map((e) => e.to)).toEqual([
        ['coorda@fixture.musubi.example', 'staff1@fixture.musubi.example'],
        ['companya1@fixture.musubi.example', 'coorda@fixture.musubi.example'],
      ]);
      // A job delivered twice (at-least-once) sends nothing the second time.
      expect(await worker.get(EquipmentUseNotificationService).notifyEvent(events[0].id)).toEqual({
        outcome: 'skipped',
        reason: 'already notified',
      });
    });
  });
});
