import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { TestApi } from '../support/api-client';
import { counter, startApiSuite, stopApiSuite } from '../support/api-suite';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';

const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id code name prefectures focusFields } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name kind region { id code } } }`;

describe('regions and organizations', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;
  const count = (label: string) => counter(driver)(`(n:${label})`);

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it('lets only admins create regions, with a unique code (CONFLICT from the constraint)', async () => {
    const input = { code: 'kita-bay', name: '北湾地域', prefectures: ['北県', ' 北県 '], focusFields: ['marine'] };
    const created = await api.gql<{ createRegion: { prefectures: string[] } }>(
      CREATE_REGION,
      { input },
      f.tokens.admin,
    );
    expect(created.data?.createRegion).toMatchObject({ code: 'kita-bay', prefectures: ['北県'] });
    const again = await api.gql(CREATE_REGION, { input: { ...input, name: 'Other' } }, f.tokens.admin);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'code' } });
    for (const who of ['coordA', 'companyA1', 'managerA'] as const) {
      const refused = await api.gql(
        CREATE_REGION,
        { input: { ...input, code: `x-${who.toLowerCase()}` } },
        f.tokens[who],
      );
      expect([who, refused.errors?.[0].extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    const bad = await api.gql(CREATE_REGION, { input: { ...input, code: 'Bad Code!' } }, f.tokens.admin);
    expect(bad.errors?.[0].extensions?.fields).toEqual(['code']);
    expect(await count('Region')).toBe(3);
  });

  it('updates only the fields sent, and refuses deleting a region that is in use', async () => {
    const updated = await api.gql<{ updateRegion: { name: string; prefectures: string[] } }>(
      'mutation($id: ID!) { updateRegion(id: $id, input: {name: "Region A2"}) { name prefectures } }',
      { id: f.ids.regionA },
      f.tokens.admin,
    );
    expect(updated.data?.updateRegion).toEqual({ name: 'Region A2', prefectures: ['A県'] });
    const inUse = await api.gql('mutation($id: ID!) { deleteRegion(id: $id) }', { id: f.ids.regionA }, f.tokens.admin);
    expect(inUse.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count('Region')).toBe(3);
    const malformed = await api.gql('mutation { deleteRegion(id: "not-a-uuid") }', {}, f.tokens.admin);
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    const missing = await api.gql(
      'mutation($id: ID!) { deleteRegion(id: $id) }',
      { id: '00000000-0000-4000-8000-000000000000' },
      f.tokens.admin,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a coordinator add organizations in its region only', async () => {
    const input = {
      name: 'A3 Robotics',
      kind: 'COMPANY',
      regionId: f.ids.regionA,
      industry: 'robotics',
      size: 'SMALL',
    };
    const ok = await api.gql<{ createOrganization: { region: { id: string } } }>(
      CREATE_ORG,
      { input },
      f.tokens.coordA,
    );
    expect(ok.data?.createOrganization.region.id).toBe(f.ids.regionA);
    const before = await count('Organization');
    expect((await api.gql(CREATE_ORG, { input }, f.tokens.coordB)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(CREATE_ORG, { input }, f.tokens.companyA1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknownRegion = await api.gql(
      CREATE_ORG,
      { input: { ...input, regionId: '00000000-0000-4000-8000-000000000000' } },
      f.tokens.admin,
    );
    expect(unknownRegion.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'regionId' } });
    const badKind = await api.gql(CREATE_ORG, { input: { ...input, kind: 'CLUB' } }, f.tokens.admin);
    expect(badKind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('Organization')).toBe(before);
  });

  it("lets a company edit its own profile but not another's, nor move region", async () => {
    const update = (id: string, input: Record<string, unknown>, token: string) =>
      api.gql<{ updateOrganization: { description: string } }>(
        'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { description } }',
        { id, input },
        token,
      );
    expect(
      (await update(f.ids.companyA1, { description: '海藻加工' }, f.tokens.companyA1)).data?.updateOrganization
        .description,
    ).toBe('海藻加工');
    expect((await update(f.ids.companyA2, { description: 'x' }, f.tokens.companyA1)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await update(f.ids.companyA1, { regionId: f.ids.regionB }, f.tokens.companyA1)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('filters organizations by kind and region, and sorts by name', async () => {
    const response = await api.gql<{ organizations: { totalCount: number; edges: { node: { name: string } }[] } }>(
      'query($r: ID) { organizations(kind: COMPANY, regionId: $r, sort: NAME, direction: ASC) { totalCount edges { node { name } } } }',
      { r: f.ids.regionA },
      f.tokens.managerA,
    );
    expect(response.data?.organizations.edges.map((e) => e.node.name)).toEqual([
      'A1 Foods',
      'A2 Metals',
      'A3 Robotics',
    ]);
  });

  it('refuses deleting an organization that needs or users refer to', async () => {
    const response = await api.gql(
      'mutation($id: ID!) { deleteOrganization(id: $id) }',
      { id: f.ids.companyA1 },
      f.tokens.admin,
    );
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
