import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { CoordinatorsRepository } from '../../src/modules/coordinators/coordinators.repository';
import { RegionsRepository } from '../../src/modules/regions/regions.repository';
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

const COORDINATOR_FIELDS = `id name specialtyFields email createdBy createdAt updatedAt
  organization { id kind } regions { id code }`;
const CREATE = `mutation($input: CreateCoordinatorInput!) { createCoordinator(input: $input) { ${COORDINATOR_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCoordinatorInput!) { updateCoordinator(id: $id, input: $input) { ${COORDINATOR_FIELDS} } }`;
const RECORD = `mutation($c: ID!, $p: ID!, $note: String) {
  recordAcquaintance(coordinatorId: $c, personId: $p, note: $note) { personId name kind note since } }`;
const FORGET = 'mutation($c: ID!, $p: ID!) { forgetAcquaintance(coordinatorId: $c, personId: $p) }';
const LIST = `query($regionId: ID, $keyword: String, $first: Int, $after: String) {
  coordinators(regionId: $regionId, keyword: $keyword, first: $first, after: $after, sort: NAME, direction: ASC) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name regions { code } } } } }`;

type CoordinatorResult = {
  id: string;
  name: string;
  specialtyFields: string[];
  email: string | null;
  createdBy: string;
  organization: { id: string; kind: string } | null;
  regions: { id: string; code: string }[];
};
type Acquaintance = { personId: string; name: string; kind: string; note: string; since: string | null };

describe('coordinators', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let admin: string;
  let adminId: string;
  const ids = {} as Record<
    'north' | 'south' | 'coordOrg' | 'university' | 'company' | 'researcher' | 'contact',
    string
  >;
  const coord = {} as Record<'north' | 'south', string>;
  const tokens = {} as Record<'coordNorth' | 'coordSouth' | 'company' | 'manager', string>;

  const count = (pattern: string) => counter(driver)(pattern);
  const graphSize = () =>
    countEach(driver, {
      coordinators: '(n:Coordinator)',
      covers: '()-[:COVERS]->()',
      worksFor: '()-[:WORKS_FOR]->()',
      knows: '()-[:KNOWS]->()',
    });
  const code = errorCode;
  const createCoordinator = (input: Record<string, unknown>, token: string | undefined = admin) =>
    api.gql<{ createCoordinator: CoordinatorResult }>(CREATE, { input }, token);

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    admin = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    adminId = await userIdOf(api, admin);

    const make = apiFactories(api, admin);
    Object.assign(ids, await buildCoastRegions(make));

    // Researchers and contacts belong to other modules: written directly.
    const people = await writePeople(driver, {
      researchers: [{ name: '海野 蒼', title: 'Professor', fields: ['marine biology'], affiliationId: ids.university }],
      contacts: [{ name: 'Kenji Sato', title: 'CTO', email: 'sato@north-foods.example', organizationId: ids.company }],
    });
    [ids.researcher] = people.researchers;
    [ids.contact] = people.contacts;

    const north = await must(
      createCoordinator({
        name: 'Aoi North',
        specialtyFields: [' marine ', 'food', 'marine'],
        email: 'aoi@coord.example',
        organizationId: ids.coordOrg,
        regionIds: [ids.north],
      }),
    );
    coord.north = north.createCoordinator.id;
    coord.south = (
      await must(
        createCoordinator({
          name: 'Bunta South',
          organizationId: ids.coordOrg,
          regionIds: [ids.south],
        }),
      )
    ).createCoordinator.id;
    const consortium = (
      await must(
        api.gql<{ createConsortium: { id: string } }>(
          'mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }',
          { input: { name: 'Coast Consortium', theme: 'seaweed', regionId: ids.north } },
          admin,
        ),
      )
    ).createConsortium.id;

    const user = (name: string, role: string, linkId: string) =>
      make.user(name, role, linkId, 'coordinators.test.example');
    tokens.coordNorth = await user('coord-north', 'COORDINATOR', coord.north);
    tokens.coordSouth = await user('coord-south', 'COORDINATOR', coord.south);
    tokens.company = await user('company', 'COMPANY', ids.company);
    tokens.manager = await user('manager', 'CONSORTIUM_MANAGER', consortium);
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it('creates a coordinator working for a coordinating organization and covering regions', async () => {
    const created = await createCoordinator({
      name: '  Chika Both ',
      specialtyFields: ['robotics'],
      organizationId: ids.coordOrg,
      regionIds: [ids.north, ids.south, ids.north],
    });
    expect(created.errors).toBeUndefined();
    const c = created.data!.createCoordinator;
    expect(c).toMatchObject({
      name: 'Chika Both',
      specialtyFields: ['robotics'],
      email: null,
      createdBy: adminId,
      organization: { id: ids.coordOrg, kind: 'COORDINATING_ORGANIZATION' },
    });
    expect(c.regions.map((r) => r.code).sort()).toEqual(['north-coast', 'south-bay']);
    const stored = await driver.executeQuery(
      'MATCH (n:Coordinator {id: $id}) RETURN n.createdAt IS :: ZONED DATETIME AS dated, COUNT { (n)-[:COVERS]->() } AS covers',
      { id: c.id },
    );
    expect(stored.records[0].get('dated')).toBe(true);
    expect((stored.records[0].get('covers') as Integer).toNumber()).toBe(2);
    const north = await must(
      api.gql<{ coordinator: CoordinatorResult }>(
        `query($id: ID!) { coordinator(id: $id) { ${COORDINATOR_FIELDS} } }`,
        { id: coord.north },
        tokens.company,
      ),
    );
    expect(north.coordinator).toMatchObject({
      name: 'Aoi North',
      specialtyFields: ['marine', 'food'],
      email: 'aoi@coord.example',
    });
  });

  it('lets only admins create coordinators', async () => {
    const before = await graphSize();
    const input = { name: 'Nobody', organizationId: ids.coordOrg, regionIds: [ids.north] };
    for (const who of ['coordNorth', 'company', 'manager'] as const) {
      expect([who, code(await createCoordinator(input, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(code(await api.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(await graphSize()).toEqual(before);
  });

  it('refuses bad input and unknown ids, naming the field, and writes nothing', async () => {
    const before = await graphSize();
    const valid = { name: 'Dai', organizationId: ids.coordOrg, regionIds: [ids.north] };

    const invalid = await createCoordinator({ ...valid, name: ' ', email: 'not-an-email', regionIds: [] });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['name', 'email', 'regionIds'],
    });
    const malformed = await createCoordinator({ ...valid, organizationId: 'nope', regionIds: ['also-nope'] });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['organizationId', 'regionIds'],
    });

    const university = await createCoordinator({ ...valid, organizationId: ids.university });
    expect(university.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'organizationId' });
    const unknownOrg = await createCoordinator({ ...valid, organizationId: UNKNOWN_ID });
    expect(unknownOrg.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'organizationId' });
    const unknownRegion = await createCoordinator({ ...valid, regionIds: [ids.north, UNKNOWN_ID] });
    expect(unknownRegion.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'regionIds' });
    expect(unknownRegion.errors?.[0].message).toContain(UNKNOWN_ID);

    expect(await graphSize()).toEqual(before);
  });

  it('lists coordinators by region and keyword, two pages with a cursor', async () => {
    await must(
      createCoordinator({
        name: 'Eri North',
        specialtyFields: ['Seaweed processing'],
        organizationId: ids.coordOrg,
        regionIds: [ids.north],
      }),
    );
    type Page = {
      coordinators: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: string; regions: { code: string }[] } }[];
      };
    };
    const first = await must(api.gql<Page>(LIST, { regionId: ids.north, first: 2 }, tokens.manager));
    expect(first.coordinators.totalCount).toBe(3);
    expect(first.coordinators.edges.map((e) => e.node.name)).toEqual(['Aoi North', 'Chika Both']);
    expect(first.coordinators.pageInfo.hasNextPage).toBe(true);
    const second = await must(
      api.gql<Page>(
        LIST,
        { regionId: ids.north, first: 2, after: first.coordinators.pageInfo.endCursor },
        tokens.manager,
      ),
    );
    expect(second.coordinators.edges.map((e) => e.node.name)).toEqual(['Eri North']);
    expect(second.coordinators.pageInfo.hasNextPage).toBe(false);
    expect(second.coordinators.edges[0].node.regions).toEqual([{ code: 'north-coast' }]);

    const bySpecialty = await must(api.gql<Page>(LIST, { keyword: 'SEAWEED' }, tokens.company));
    expect(bySpecialty.coordinators.edges.map((e) => e.node.name)).toEqual(['Eri North']);
    const south = await must(api.gql<Page>(LIST, { regionId: ids.south }, tokens.coordNorth));
    expect(south.coordinators.edges.map((e) => e.node.name)).toEqual(['Bunta South', 'Chika Both']);

    expect(code(await api.gql(LIST, { first: 0 }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown coordinator and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await api.gql(
      'query($id: ID!) { coordinator(id: $id) { id } }',
      { id: UNKNOWN_ID },
      tokens.company,
    );
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const malformed = await api.gql('{ coordinator(id: "x") { id } }', undefined, tokens.company);
    expect(malformed.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lets a coordinator edit its own profile but not its regions, nor another coordinator', async () => {
    const update = (id: string, input: Record<string, unknown>, token: string) =>
      api.gql<{ updateCoordinator: CoordinatorResult }>(UPDATE, { id, input }, token);

    const own = await update(
      coord.north,
      { name: 'Aoi Kita', specialtyFields: ['marine'], email: 'kita@coord.example' },
      tokens.coordNorth,
    );
    expect(own.data?.updateCoordinator).toMatchObject({
      name: 'Aoi Kita',
      specialtyFields: ['marine'],
      email: 'kita@coord.example',
    });
    expect(own.data?.updateCoordinator.regions.map((r) => r.code)).toEqual(['north-coast']);
    const cleared = await update(coord.north, { email: null }, tokens.coordNorth);
    expect(cleared.data?.updateCoordinator).toMatchObject({ name: 'Aoi Kita', email: null });
    const sameRegions = await update(coord.north, { regionIds: [ids.north] }, tokens.coordNorth);
    expect(sameRegions.errors).toBeUndefined();

    const covers = await count('()-[:COVERS]->()');
    expect(code(await update(coord.north, { regionIds: [ids.north, ids.south] }, tokens.coordNorth))).toBe('FORBIDDEN');
    expect(code(await update(coord.north, { name: 'Taken over' }, tokens.coordSouth))).toBe('FORBIDDEN');
    expect(code(await update(coord.north, { name: 'Taken over' }, tokens.company))).toBe('FORBIDDEN');
    expect(code(await update(coord.north, { name: 'Taken over' }, tokens.manager))).toBe('FORBIDDEN');
    expect(code(await api.gql(UPDATE, { id: coord.north, input: { name: 'Taken over' } }))).toBe('UNAUTHENTICATED');
    const bad = await update(coord.north, { email: 'nope' }, tokens.coordNorth);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['email'] });
    expect(covers).toBe(await count('()-[:COVERS]->()'));
    const stored = await driver.executeQuery(
      'MATCH (n:Coordinator {id: $id}) RETURN n.name AS name, n.email AS email',
      { id: coord.north },
    );
    expect(stored.records[0].toObject()).toEqual({ name: 'Aoi Kita', email: null });
  });

  it('lets an admin replace the regions a coordinator covers, all or nothing', async () => {
    const unknown = await api.gql(
      UPDATE,
      { id: coord.south, input: { name: 'Half', regionIds: [ids.north, UNKNOWN_ID] } },
      admin,
    );
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'regionIds' });
    const unchanged = await driver.executeQuery(
      'MATCH (n:Coordinator {id: $id}) RETURN n.name AS name, [(n)-[:COVERS]->(r) | r.id] AS regions',
      { id: coord.south },
    );
    expect(unchanged.records[0].toObject()).toEqual({ name: 'Bunta South', regions: [ids.south] });

    const moved = await api.gql<{ updateCoordinator: CoordinatorResult }>(
      UPDATE,
      { id: coord.south, input: { regionIds: [ids.north] } },
      admin,
    );
    expect(moved.data?.updateCoordinator.regions).toEqual([{ id: ids.north, code: 'north-coast' }]);
    const back = await api.gql<{ updateCoordinator: CoordinatorResult }>(
      UPDATE,
      { id: coord.south, input: { regionIds: [ids.south] } },
      admin,
    );
    expect(back.data?.updateCoordinator.regions).toEqual([{ id: ids.south, code: 'south-bay' }]);

    const missing = await api.gql(UPDATE, { id: UNKNOWN_ID, input: { name: 'Ghost' } }, admin);
    expect(missing.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it('records acquaintances for a coordinator itself or by an admin, and refuses others', async () => {
    const record = (c: string, p: string, note: string | undefined, token: string) =>
      api.gql<{ recordAcquaintance: Acquaintance }>(RECORD, { c, p, note }, token);

    const researcher = await record(coord.north, ids.researcher, '共同研究の相談 2024', tokens.coordNorth);
    expect(researcher.data?.recordAcquaintance).toMatchObject({
      personId: ids.researcher,
      name: '海野 蒼',
      kind: 'RESEARCHER',
      note: '共同研究の相談 2024',
    });
    const since = researcher.data!.recordAcquaintance.since;
    expect(Number.isNaN(Date.parse(since!))).toBe(false);
    const contact = await record(coord.north, ids.contact, undefined, tokens.coordNorth);
    expect(contact.data?.recordAcquaintance).toMatchObject({ personId: ids.contact, kind: 'CONTACT', note: '' });

    const again = await record(coord.north, ids.researcher, 'met at the expo', tokens.coordNorth);
    expect(again.data?.recordAcquaintance).toMatchObject({ note: 'met at the expo', since });
    expect(await count('(:Coordinator {name: "Aoi Kita"})-[:KNOWS]->()')).toBe(2);

    const byAdmin = await record(coord.south, ids.contact, 'introduced by admin', admin);
    expect(byAdmin.data?.recordAcquaintance.kind).toBe('CONTACT');

    const before = await graphSize();
    expect(code(await record(coord.north, ids.contact, 'x', tokens.coordSouth))).toBe('FORBIDDEN');
    expect(code(await record(coord.north, ids.contact, 'x', tokens.company))).toBe('FORBIDDEN');
    expect(code(await record(coord.north, ids.contact, 'x', tokens.manager))).toBe('FORBIDDEN');
    expect(code(await api.gql(RECORD, { c: coord.north, p: ids.contact }))).toBe('UNAUTHENTICATED');

    const unknownPerson = await record(coord.north, UNKNOWN_ID, 'x', tokens.coordNorth);
    expect(unknownPerson.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'personId' });
    const organizationAsPerson = await record(coord.north, ids.university, 'x', tokens.coordNorth);
    expect(organizationAsPerson.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'personId' });
    const unknownCoordinator = await record(UNKNOWN_ID, ids.contact, 'x', admin);
    expect(unknownCoordinator.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'coordinatorId' });
    const tooLong = await record(coord.north, ids.contact, 'x'.repeat(1001), tokens.coordNorth);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['note'] });
    const malformed = await record('c', ids.contact, 'x', admin);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['coordinatorId'] });
    expect(await graphSize()).toEqual(before);
  });

  it('shows acquaintances to admins and coordinators only, batched across a list', async () => {
    const query = `query($r: ID) { coordinators(regionId: $r, sort: NAME, direction: ASC) {
      edges { node { name organization { kind } regions { code } acquaintances { name kind note } } } } }`;
    type Result = {
      coordinators: {
        edges: {
          node: {
            name: string;
            organization: { kind: string };
            acquaintances: { name: string; kind: string; note: string }[] | null;
          };
        }[];
      };
    };

    // The API runs in this process: count repository calls to see one query per level, not per coordinator.
    const acquaintancesOf = jest.spyOn(api.app.get(CoordinatorsRepository), 'acquaintancesOf');
    const regionsByIds = jest.spyOn(api.app.get(RegionsRepository), 'findByIds');
    for (const who of ['admin', 'coordSouth'] as const) {
      acquaintancesOf.mockClear();
      regionsByIds.mockClear();
      const seen = await api.gql<Result>(query, { r: ids.north }, who === 'admin' ? admin : tokens[who]);
      expect(seen.errors).toBeUndefined();
      expect(acquaintancesOf).toHaveBeenCalledTimes(1);
      expect(acquaintancesOf.mock.calls[0][0]).toHaveLength(3);
      expect(regionsByIds).toHaveBeenCalledTimes(1);
      const aoi = seen.data!.coordinators.edges.find((e) => e.node.name === 'Aoi Kita')!.node;
      expect(aoi.organization.kind).toBe('COORDINATING_ORGANIZATION');
      expect(aoi.acquaintances).toEqual([
        { name: 'Kenji Sato', kind: 'CONTACT', note: '' },
        { name: '海野 蒼', kind: 'RESEARCHER', note: 'met at the expo' },
      ]);
      expect(seen.data!.coordinators.edges.find((e) => e.node.name === 'Eri North')!.node.acquaintances).toEqual([]);
    }

    for (const who of ['company', 'manager'] as const) {
      const hidden = await api.gql<Result>(query, { r: ids.north }, tokens[who]);
      expect(hidden.errors?.length).toBeGreaterThan(0);
      expect(
        hidden.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.at(-1) === 'acquaintances'),
      ).toBe(true);
      expect(hidden.data!.coordinators.edges.map((e) => [e.node.name, e.node.acquaintances])).toEqual([
        ['Aoi Kita', null],
        ['Chika Both', null],
        ['Eri North', null],
      ]);
      const single = await api.gql<{ coordinator: { name: string; acquaintances: unknown } }>(
        'query($id: ID!) { coordinator(id: $id) { name acquaintances { name } } }',
        { id: coord.north },
        tokens[who],
      );
      expect(code(single)).toBe('FORBIDDEN');
      expect(single.data?.coordinator).toEqual({ name: 'Aoi Kita', acquaintances: null });
    }
    expect(acquaintancesOf).toHaveBeenCalledTimes(1);
    acquaintancesOf.mockRestore();
    regionsByIds.mockRestore();
  });

  it('forgets an acquaintance for the coordinator itself or an admin only', async () => {
    const forget = (c: string, p: string, token?: string) =>
      api.gql<{ forgetAcquaintance: boolean }>(FORGET, { c, p }, token);
    expect(code(await forget(coord.north, ids.contact, tokens.coordSouth))).toBe('FORBIDDEN');
    expect(code(await forget(coord.north, ids.contact, tokens.company))).toBe('FORBIDDEN');
    expect(code(await forget(coord.north, ids.contact))).toBe('UNAUTHENTICATED');
    expect((await forget(coord.north, UNKNOWN_ID, tokens.coordNorth)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'personId',
    });
    expect((await forget(UNKNOWN_ID, ids.contact, admin)).errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'coordinatorId',
    });
    expect((await forget('bad', ids.contact, admin)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'coordinatorId',
    });
    expect(await count('()-[:KNOWS]->()')).toBe(3);

    expect((await forget(coord.north, ids.contact, tokens.coordNorth)).data).toEqual({ forgetAcquaintance: true });
    expect((await forget(coord.north, ids.contact, tokens.coordNorth)).data).toEqual({ forgetAcquaintance: false });
    expect((await forget(coord.south, ids.contact, admin)).data).toEqual({ forgetAcquaintance: true });
    expect(await count('()-[:KNOWS]->()')).toBe(1);
    expect(await count('(:Contact)')).toBe(1);
  });

  it('lets only admins delete a coordinator, taking its links with it', async () => {
    const temp = (
      await must(createCoordinator({ name: 'Temp', organizationId: ids.coordOrg, regionIds: [ids.north, ids.south] }))
    ).createCoordinator.id;
    await must(api.gql(RECORD, { c: temp, p: ids.researcher, note: 'temp' }, admin));
    const del = (id: string, token?: string) =>
      api.gql<{ deleteCoordinator: boolean }>('mutation($id: ID!) { deleteCoordinator(id: $id) }', { id }, token);

    expect(code(await del(temp, tokens.coordNorth))).toBe('FORBIDDEN');
    expect(code(await del(coord.north, tokens.coordNorth))).toBe('FORBIDDEN');
    expect(code(await del(temp, tokens.company))).toBe('FORBIDDEN');
    expect(code(await del(temp))).toBe('UNAUTHENTICATED');
    expect((await del(UNKNOWN_ID, admin)).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });

    const before = await graphSize();
    expect((await del(temp, admin)).data).toEqual({ deleteCoordinator: true });
    expect(await graphSize()).toEqual(changedBy(before, { coordinators: -1, covers: -2, worksFor: -1, knows: -1 }));
    expect(await count('(:Researcher)')).toBe(1);
    expect(await count('(:Region)')).toBe(2);
    const gone = await api.gql('query($id: ID!) { coordinator(id: $id) { id } }', { id: temp }, admin);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
