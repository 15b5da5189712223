import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { ConsortiumsRepository } from '../../src/modules/consortiums/consortiums.repository';
import { TestApi, must } from '../support/api-client';
import {
  apiFactories,
  buildCoastRegions,
  counter,
  errorCode,
  startApiSuite,
  stopApiSuite,
  userIdOf,
  writePeople,
} from '../support/api-suite';
import { changedBy, countEach } from '../support/graph-counts';
import { TEST_ADMIN, UNKNOWN_ID } from '../support/test-env';

const CONSORTIUM_FIELDS = 'id name theme description createdBy memberCount region { id code }';
const CREATE = `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { ${CONSORTIUM_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateConsortiumInput!) { updateConsortium(id: $id, input: $input) { ${CONSORTIUM_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteConsortium(id: $id) }';
const ADD = `mutation($c: ID!, $m: ID!, $role: String!) {
  addConsortiumMember(consortiumId: $c, memberId: $m, role: $role) { memberId name kind role since } }`;
const REMOVE = 'mutation($c: ID!, $m: ID!) { removeConsortiumMember(consortiumId: $c, memberId: $m) }';
const LIST = `query($regionId: ID, $keyword: String, $first: Int, $after: String) {
  consortiums(regionId: $regionId, keyword: $keyword, first: $first, after: $after, sort: NAME, direction: ASC) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name memberCount region { code } } } } }`;

type ConsortiumResult = {
  id: string;
  name: string;
  theme: string;
  description: string;
  createdBy: string;
  memberCount: number;
  region: { id: string; code: string } | null;
};
type Member = { memberId: string; name: string; kind: string; role: string; since: string | null };

describe('consortiums', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let admin: string;
  let adminId: string;
  const ids = {} as Record<
    'north' | 'south' | 'coordOrg' | 'university' | 'company' | 'researcher' | 'coordNorth' | 'coordSouth',
    string
  >;
  const cons = {} as Record<'a' | 'b', string>;
  const tokens = {} as Record<'coordNorth' | 'coordSouth' | 'company' | 'managerA' | 'managerB', string>;

  const count = (pattern: string) => counter(driver)(pattern);
  const graphSize = () =>
    countEach(driver, {
      consortiums: '(n:Consortium)',
      inRegion: '(:Consortium)-[:IN_REGION]->()',
      members: '()-[:MEMBER_OF]->()',
      manages: '()-[:MANAGES]->()',
    });
  const code = errorCode;
  const create = (input: Record<string, unknown>, token: string | undefined = admin) =>
    api.gql<{ createConsortium: ConsortiumResult }>(CREATE, { input }, token);
  const update = (id: string, input: Record<string, unknown>, token?: string) =>
    api.gql<{ updateConsortium: ConsortiumResult }>(UPDATE, { id, input }, token);
  const add = (c: string, m: string, role: string, token?: string) =>
    api.gql<{ addConsortiumMember: Member }>(ADD, { c, m, role }, token);
  const remove = (c: string, m: string, token?: string) =>
    api.gql<{ removeConsortiumMember: boolean }>(REMOVE, { c, m }, token);

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    admin = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    adminId = await userIdOf(api, admin);

    const make = apiFactories(api, admin);
    Object.assign(ids, await buildCoastRegions(make));
    ids.coordNorth = await make.coordinator('Aoi North', ids.coordOrg, [ids.north]);
    ids.coordSouth = await make.coordinator('Bunta South', ids.coordOrg, [ids.south]);

    // Researchers belong to another module: written directly.
    [ids.researcher] = (
      await writePeople(driver, {
        researchers: [
          { name: '海野 蒼', title: 'Professor', fields: ['marine biology'], affiliationId: ids.university },
        ],
      })
    ).researchers;

    cons.a = (
      await must(create({ name: 'Alpha Seaweed Consortium', theme: '海藻の高付加価値化', regionId: ids.north }))
    ).createConsortium.id;
    cons.b = (
      await must(create({ name: 'Beta Robotics Consortium', theme: 'robotics for fisheries', regionId: ids.north }))
    ).createConsortium.id;

    const user = (name: string, role: string, linkId: string) =>
      make.user(name, role, linkId, 'consortiums.test.example');
    tokens.coordNorth = await user('coord-north', 'COORDINATOR', ids.coordNorth);
    tokens.coordSouth = await user('coord-south', 'COORDINATOR', ids.coordSouth);
    tokens.company = await user('company', 'COMPANY', ids.company);
    tokens.managerA = await user('manager-a', 'CONSORTIUM_MANAGER', cons.a);
    tokens.managerB = await user('manager-b', 'CONSORTIUM_MANAGER', cons.b);
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it('lets admins create anywhere and coordinators in the regions they cover', async () => {
    const byAdmin = await create({
      name: 'South Ocean Energy',
      theme: 'tidal power',
      description: '潮力発電',
      regionId: ids.south,
    });
    expect(byAdmin.data?.createConsortium).toMatchObject({
      name: 'South Ocean Energy',
      theme: 'tidal power',
      description: '潮力発電',
      createdBy: adminId,
      memberCount: 0,
      region: { id: ids.south, code: 'south-bay' },
    });
    const byCoordinator = await create(
      { name: ' Gamma Foods ', theme: 'food safety', regionId: ids.north },
      tokens.coordNorth,
    );
    expect(byCoordinator.data?.createConsortium).toMatchObject({
      name: 'Gamma Foods',
      description: '',
      region: { code: 'north-coast' },
    });
    const stored = await driver.executeQuery(
      'MATCH (n:Consortium {id: $id}) RETURN n.createdBy AS by, n.updatedAt IS :: ZONED DATETIME AS dated',
      { id: byCoordinator.data!.createConsortium.id },
    );
    expect(stored.records[0].get('dated')).toBe(true);
    expect(stored.records[0].get('by')).not.toBe(adminId);

    const before = await graphSize();
    const input = { name: 'Refused', theme: 'x', regionId: ids.south };
    expect(code(await create(input, tokens.coordNorth))).toBe('FORBIDDEN');
    for (const who of ['managerA', 'company'] as const) {
      expect([who, code(await create({ ...input, regionId: ids.north }, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(code(await api.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(await graphSize()).toEqual(before);
  });

  it('refuses bad input and an unknown region, naming the field, and writes nothing', async () => {
    const before = await graphSize();
    const invalid = await create({ name: '', theme: ' ', description: 'a\u0000b', regionId: 'north' });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['name', 'theme', 'description', 'regionId'],
    });
    const unknownRegion = await create({ name: 'Lost', theme: 'x', regionId: UNKNOWN_ID });
    expect(unknownRegion.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'regionId' });
    const extra = await create({ name: 'Extra', theme: 'x', regionId: ids.north, managerId: UNKNOWN_ID });
    expect(code(extra)).toBe('BAD_USER_INPUT');
    expect(await graphSize()).toEqual(before);
  });

  it('lists consortiums for every signed-in role, by region and keyword, two pages with a cursor', async () => {
    type Page = {
      consortiums: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: string; region: { code: string } } }[];
      };
    };
    for (const token of [admin, tokens.coordSouth, tokens.company, tokens.managerB]) {
      const first = await must(api.gql<Page>(LIST, { regionId: ids.north, first: 2 }, token));
      expect(first.consortiums.totalCount).toBe(3);
      expect(first.consortiums.edges.map((e) => e.node.name)).toEqual([
        'Alpha Seaweed Consortium',
        'Beta Robotics Consortium',
      ]);
      expect(first.consortiums.pageInfo.hasNextPage).toBe(true);
      const second = await must(
        api.gql<Page>(LIST, { regionId: ids.north, first: 2, after: first.consortiums.pageInfo.endCursor }, token),
      );
      expect(second.consortiums.edges.map((e) => [e.node.name, e.node.region.code])).toEqual([
        ['Gamma Foods', 'north-coast'],
      ]);
      expect(second.consortiums.pageInfo.hasNextPage).toBe(false);
    }
    const byTheme = await must(api.gql<Page>(LIST, { keyword: '海藻' }, tokens.company));
    expect(byTheme.consortiums.edges.map((e) => e.node.name)).toEqual(['Alpha Seaweed Consortium']);
    expect(code(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(LIST, { after: 'not a cursor!' }, admin))).toBe('BAD_USER_INPUT');

    const one = await api.gql<{ consortium: ConsortiumResult }>(
      `query($id: ID!) { consortium(id: $id) { ${CONSORTIUM_FIELDS} } }`,
      { id: cons.a },
      tokens.company,
    );
    expect(one.data?.consortium).toMatchObject({ name: 'Alpha Seaweed Consortium', region: { id: ids.north } });
    const unknown = await api.gql('query($id: ID!) { consortium(id: $id) { id } }', { id: UNKNOWN_ID }, tokens.company);
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it("lets a consortium's manager update it but not move it, and not another's", async () => {
    const own = await update(
      cons.a,
      { description: '幹事: North Coast University', regionId: ids.north },
      tokens.managerA,
    );
    expect(own.data?.updateConsortium).toMatchObject({
      name: 'Alpha Seaweed Consortium',
      description: '幹事: North Coast University',
      region: { id: ids.north },
    });
    expect(code(await update(cons.a, { regionId: ids.south }, tokens.managerA))).toBe('FORBIDDEN');
    expect(code(await update(cons.a, { name: 'Hijacked' }, tokens.managerB))).toBe('FORBIDDEN');
    expect(code(await update(cons.a, { name: 'Hijacked' }, tokens.company))).toBe('FORBIDDEN');
    expect(code(await update(cons.a, { name: 'Hijacked' }))).toBe('UNAUTHENTICATED');
    const bad = await update(cons.a, { theme: '' }, tokens.managerA);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['theme'] });
    const stored = await driver.executeQuery(
      'MATCH (n:Consortium {id: $id})-[:IN_REGION]->(r) RETURN n.name AS name, n.theme AS theme, r.id AS region',
      { id: cons.a },
    );
    expect(stored.records[0].toObject()).toEqual({
      name: 'Alpha Seaweed Consortium',
      theme: '海藻の高付加価値化',
      region: ids.north,
    });
  });

  it('lets coordinators update consortiums in their regions, and admins move them', async () => {
    expect((await update(cons.b, { theme: 'fishing robots' }, tokens.coordNorth)).data?.updateConsortium.theme).toBe(
      'fishing robots',
    );
    expect(code(await update(cons.b, { theme: 'x' }, tokens.coordSouth))).toBe('FORBIDDEN');
    expect(code(await update(cons.b, { regionId: ids.south }, tokens.coordNorth))).toBe('FORBIDDEN');

    const unknownRegion = await update(cons.b, { name: 'Moved nowhere', regionId: UNKNOWN_ID }, admin);
    expect(unknownRegion.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'regionId' });
    expect(await count('(:Consortium {name: "Moved nowhere"})')).toBe(0);
    const unknownId = await update(UNKNOWN_ID, { name: 'Ghost' }, admin);
    expect(unknownId.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });

    const moved = await update(cons.b, { regionId: ids.south }, admin);
    expect(moved.data?.updateConsortium.region).toEqual({ id: ids.south, code: 'south-bay' });
    expect(await count('(:Consortium)-[:IN_REGION]->()')).toBe(await count('(:Consortium)'));
    // Now in the south: its southern coordinator writes it, the northern one no longer does.
    expect(code(await update(cons.b, { theme: 'x' }, tokens.coordNorth))).toBe('FORBIDDEN');
    expect(code(await update(cons.b, { theme: 'robots at sea' }, tokens.coordSouth))).toBeUndefined();
    expect((await update(cons.b, { regionId: ids.north }, admin)).data?.updateConsortium.region?.id).toBe(ids.north);
  });

  it('adds and removes members for the manager, the coordinator and admins; MERGE updates the role', async () => {
    const lead = await add(cons.a, ids.university, '幹事機関 / lead', tokens.managerA);
    expect(lead.data?.addConsortiumMember).toMatchObject({
      memberId: ids.university,
      name: 'North Coast University',
      kind: 'ORGANIZATION',
      role: '幹事機関 / lead',
    });
    const since = lead.data!.addConsortiumMember.since;
    expect(Number.isNaN(Date.parse(since!))).toBe(false);
    const researcher = await add(cons.a, ids.researcher, 'member', tokens.coordNorth);
    expect(researcher.data?.addConsortiumMember).toMatchObject({ name: '海野 蒼', kind: 'RESEARCHER', role: 'member' });
    const company = await add(cons.a, ids.company, 'member', admin);
    expect(company.data?.addConsortiumMember.kind).toBe('ORGANIZATION');

    const promoted = await add(cons.a, ids.researcher, '  advisor ', tokens.managerA);
    expect(promoted.data?.addConsortiumMember).toMatchObject({
      role: 'advisor',
      since: researcher.data!.addConsortiumMember.since,
    });
    expect(await count('()-[:MEMBER_OF]->()')).toBe(3);

    const before = await graphSize();
    for (const [who, token] of [
      ['managerB', tokens.managerB],
      ['coordSouth', tokens.coordSouth],
      ['company', tokens.company],
    ] as const) {
      expect([who, code(await add(cons.a, ids.company, 'lead', token))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await remove(cons.a, ids.company, token))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(code(await add(cons.a, ids.company, 'lead'))).toBe('UNAUTHENTICATED');
    expect((await add(cons.a, UNKNOWN_ID, 'member', tokens.managerA)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'memberId',
    });
    expect((await add(cons.a, ids.coordNorth, 'member', admin)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'memberId',
    });
    expect((await add(UNKNOWN_ID, ids.company, 'member', admin)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'consortiumId',
    });
    expect((await add(cons.a, ids.company, ' ', tokens.managerA)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['role'],
    });
    expect((await add(cons.a, 'x', 'member', tokens.managerA)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['memberId'],
    });
    expect((await remove(cons.a, UNKNOWN_ID, admin)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'memberId',
    });
    expect((await remove(UNKNOWN_ID, ids.company, admin)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'consortiumId',
    });
    expect((await remove('x', ids.company, admin)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'consortiumId',
    });
    expect(await graphSize()).toEqual(before);
    const role = await driver.executeQuery('MATCH (:Organization {id: $id})-[m:MEMBER_OF]->() RETURN m.role AS role', {
      id: ids.company,
    });
    expect(role.records.map((r) => r.get('role') as string)).toEqual(['member']);

    expect((await remove(cons.a, ids.company, tokens.managerA)).data).toEqual({ removeConsortiumMember: true });
    expect((await remove(cons.a, ids.company, tokens.managerA)).data).toEqual({ removeConsortiumMember: false });
    expect(await count('(:Organization {id: "' + ids.company + '"})')).toBe(1);
    await must(add(cons.b, ids.university, 'member', tokens.managerB));
  });

  it('resolves region, members and memberCount, batched across a list', async () => {
    const query = `query($r: ID) { consortiums(regionId: $r, sort: NAME, direction: ASC) {
      edges { node { name memberCount region { code } members { memberId name kind role } } } } }`;
    type Result = {
      consortiums: { edges: { node: { name: string; memberCount: number; members: Omit<Member, 'since'>[] } }[] };
    };
    const membersOf = jest.spyOn(api.app.get(ConsortiumsRepository), 'membersOf');
    const result = await must(api.gql<Result>(query, { r: ids.north }, tokens.company));
    expect(membersOf).toHaveBeenCalledTimes(1);
    expect(membersOf.mock.calls[0][0]).toHaveLength(3);
    membersOf.mockRestore();
    expect(result.consortiums.edges.map((e) => e.node)).toEqual([
      {
        name: 'Alpha Seaweed Consortium',
        memberCount: 2,
        region: { code: 'north-coast' },
        members: [
          { memberId: ids.university, name: 'North Coast University', kind: 'ORGANIZATION', role: '幹事機関 / lead' },
          { memberId: ids.researcher, name: '海野 蒼', kind: 'RESEARCHER', role: 'advisor' },
        ],
      },
      {
        name: 'Beta Robotics Consortium',
        memberCount: 1,
        region: { code: 'north-coast' },
        members: [{ memberId: ids.university, name: 'North Coast University', kind: 'ORGANIZATION', role: 'member' }],
      },
      { name: 'Gamma Foods', memberCount: 0, region: { code: 'north-coast' }, members: [] },
    ]);
  });

  it('deletes for admins and covering coordinators only, taking members and managers links with it', async () => {
    const del = (id: string, token?: string) => api.gql<{ deleteConsortium: boolean }>(DELETE, { id }, token);
    expect(code(await del(cons.b, tokens.managerB))).toBe('FORBIDDEN');
    expect(code(await del(cons.b, tokens.coordSouth))).toBe('FORBIDDEN');
    expect(code(await del(cons.b, tokens.company))).toBe('FORBIDDEN');
    expect(code(await del(cons.b))).toBe('UNAUTHENTICATED');
    expect((await del(UNKNOWN_ID, admin)).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });

    const before = await graphSize();
    expect((await del(cons.b, tokens.coordNorth)).data).toEqual({ deleteConsortium: true });
    expect(await graphSize()).toEqual(changedBy(before, { consortiums: -1, inRegion: -1, members: -1, manages: -1 }));
    expect(await count('(:User {email: "manager-b@consortiums.test.example"})')).toBe(1);
    expect(await count('(:Organization {name: "North Coast University"})')).toBe(1);
    // The former manager now manages nothing: updating the deleted consortium is NOT_FOUND, another FORBIDDEN.
    expect(code(await update(cons.b, { name: 'x' }, tokens.managerB))).toBe('NOT_FOUND');
    expect(code(await update(cons.a, { name: 'x' }, tokens.managerB))).toBe('FORBIDDEN');
  });
});
