import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { must, TestApi } from '../support/api-client';
import { counter, Level, LEVELS, onePerLevel, startApiSuite, stopApiSuite } from '../support/api-suite';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';

const CREATE_RESEARCHER = `mutation($input: CreateResearcherInput!) {
  createResearcher(input: $input) { id name fields affiliations { id name } } }`;
const CREATE_SEED = `mutation($input: CreateSeedInput!) {
  createSeed(input: $input) { id title visibility ipStatus regionIds holderResearchers { id name } holderOrganizations { id } } }`;
const SEEDS = `query($keyword: String, $first: Int) { seeds(keyword: $keyword, first: $first) { totalCount edges { node { id visibility } } } }`;

describe('researchers and seeds: visibility per role, writes per region, bad input', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;
  let researcherId: string;
  const seed: Record<'private' | 'region' | 'public', string> = { private: '', region: '', public: '' };
  const count = (label: string) => counter(driver)(`(n:${label})`);

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
    const created = await api.gql<{ createResearcher: { id: string } }>(
      CREATE_RESEARCHER,
      {
        input: {
          name: '山田 花子',
          title: '教授',
          fields: ['食品工学', 'drying'],
          profile: '海藻の低温乾燥を研究',
          affiliationId: f.ids.universityA,
        },
      },
      f.tokens.coordA,
    );
    expect(created.errors).toBeUndefined();
    researcherId = created.data!.createResearcher.id;
    const seedOf = async (level: Level) => {
      const input = {
        title: `${level} seed: 低温真空乾燥`,
        summary: 'Low-temperature vacuum drying keeps the colour and nutrients of seaweed.',
        stage: 'PROTOTYPE',
        visibility: level.toUpperCase(),
        holderResearcherIds: [researcherId],
        collectedById: f.ids.coordinatorA,
      };
      return (await must(api.gql<{ createSeed: { id: string } }>(CREATE_SEED, { input }, f.tokens.coordA))).createSeed
        .id;
    };
    Object.assign(seed, await onePerLevel(seedOf));
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it("derives a seed's region from its researcher's affiliation and resolves holders", async () => {
    const response = await api.gql<{
      seed: { regionIds: string[]; holderResearchers: { name: string; affiliations: { name: string }[] }[] };
    }>(
      'query($id: ID!) { seed(id: $id) { regionIds holderResearchers { name affiliations { name } } } }',
      { id: seed.private },
      f.tokens.admin,
    );
    expect(response.data?.seed).toEqual({
      regionIds: [f.ids.regionA],
      holderResearchers: [{ name: '山田 花子', affiliations: [{ name: 'A University' }] }],
    });
  });

  it.each([
    ['admin', ['private', 'region', 'public']],
    ['coordA', ['private', 'region', 'public']],
    ['coordB', ['public']],
    ['companyA1', ['region', 'public']],
    ['companyA2', ['region', 'public']],
    ['managerA', ['region', 'public']],
  ] as const)('lists seeds for %s exactly %j', async (who, expected) => {
    const response = await api.gql<{ seeds: { edges: { node: { id: string } }[] } }>(
      SEEDS,
      { first: 100 },
      f.tokens[who],
    );
    expect(response.errors).toBeUndefined();
    const ids = response.data!.seeds.edges.map((e) => e.node.id);
    expect(LEVELS.filter((level) => ids.includes(seed[level]))).toEqual(expected);
  });

  it('hides a private seed from a company as NOT_FOUND', async () => {
    const response = await api.gql(
      'query($id: ID!) { seed(id: $id) { id } }',
      { id: seed.private },
      f.tokens.companyA1,
    );
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses seed writes from coordinators outside the region, companies and managers', async () => {
    const input = { title: 't', summary: 's', stage: 'PROTOTYPE', holderResearcherIds: [researcherId] };
    const before = await count('Seed');
    expect((await api.gql(CREATE_SEED, { input }, f.tokens.coordB)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(CREATE_SEED, { input }, f.tokens.companyA1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(CREATE_SEED, { input }, f.tokens.managerA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const update = await api.gql(
      'mutation($id: ID!) { updateSeed(id: $id, input: {title: "x"}) { id } }',
      { id: seed.public },
      f.tokens.coordB,
    );
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count('Seed')).toBe(before);
  });

  it('refuses bad seed input naming the field, writing nothing', async () => {
    const before = await count('Seed');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: 't', summary: 's', stage: 'PROTOTYPE' }, 'BAD_USER_INPUT', 'holderOrganizationId'],
      [
        { title: 't', summary: 's', stage: 'PROTOTYPE', ipStatus: 'GRANTED', holderResearcherIds: [researcherId] },
        'BAD_USER_INPUT',
        'ipNumbers',
      ],
      [
        { title: 't', summary: 's', stage: 'PROTOTYPE', holderResearcherIds: ['00000000-0000-4000-8000-000000000009'] },
        'NOT_FOUND',
        'holderResearcherIds',
      ],
      [
        { title: 't', summary: 's', stage: 'PROTOTYPE', holderOrganizationId: '00000000-0000-4000-8000-000000000009' },
        'NOT_FOUND',
        'holderOrganizationId',
      ],
      [
        {
          title: 't',
          summary: 's',
          stage: 'PROTOTYPE',
          holderResearcherIds: [researcherId],
          collectedById: '00000000-0000-4000-8000-000000000009',
        },
        'NOT_FOUND',
        'collectedById',
      ],
    ];
    for (const [input, code, field] of cases) {
      const response = await api.gql(CREATE_SEED, { input }, f.tokens.admin);
      expect([field, response.errors?.[0].extensions?.code, response.errors?.[0].extensions?.field]).toEqual([
        field,
        code,
        field,
      ]);
    }
    const invalid = await api.gql(
      CREATE_SEED,
      { input: { title: '', summary: '', stage: 'PROTOTYPE', holderResearcherIds: ['nope'] } },
      f.tokens.admin,
    );
    expect(invalid.errors?.[0].extensions?.fields).toEqual(['title', 'summary', 'holderResearcherIds']);
    expect(await count('Seed')).toBe(before);
  });

  it('filters seeds by keyword in Japanese', async () => {
    const response = await api.gql<{ seeds: { totalCount: number } }>(SEEDS, { keyword: '真空乾燥' }, f.tokens.admin);
    expect(response.data?.seeds.totalCount).toBe(3);
  });

  it("affiliates a researcher within the coordinator's region, keeps the last affiliation, refuses outsiders", async () => {
    const affiliate = (organizationId: string, token: string) =>
      api.gql<{ affiliateResearcher: { affiliations: { id: string }[] } }>(
        'mutation($r: ID!, $o: ID!) { affiliateResearcher(researcherId: $r, organizationId: $o) { affiliations { id } } }',
        { r: researcherId, o: organizationId },
        token,
      );
    expect((await affiliate(f.ids.companyA1, f.tokens.coordA)).data?.affiliateResearcher.affiliations).toHaveLength(2);
    expect((await affiliate(f.ids.companyA1, f.tokens.coordA)).data?.affiliateResearcher.affiliations).toHaveLength(2);
    expect((await affiliate(f.ids.companyB1, f.tokens.coordA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await affiliate(f.ids.companyA1, f.tokens.coordB)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const remove = (organizationId: string) =>
      api.gql(
        'mutation($r: ID!, $o: ID!) { removeResearcherAffiliation(researcherId: $r, organizationId: $o) { id } }',
        { r: researcherId, o: organizationId },
        f.tokens.coordA,
      );
    expect((await remove(f.ids.companyA1)).errors).toBeUndefined();
    const last = await remove(f.ids.universityA);
    expect(last.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'organizationId' } });
  });

  it('lists researchers by field and region, readable by any signed-in role', async () => {
    const query =
      'query($field: String, $regionId: ID) { researchers(field: $field, regionId: $regionId) { totalCount edges { node { name } } } }';
    const byField = await api.gql<{ researchers: { totalCount: number } }>(
      query,
      { field: 'DRYING' },
      f.tokens.companyA2,
    );
    expect(byField.data?.researchers.totalCount).toBe(1);
    const otherRegion = await api.gql<{ researchers: { totalCount: number } }>(
      query,
      { regionId: f.ids.regionB },
      f.tokens.managerA,
    );
    expect(otherRegion.data?.researchers.totalCount).toBe(0);
    const create = await api.gql(
      CREATE_RESEARCHER,
      { input: { name: 'x', affiliationId: f.ids.universityA } },
      f.tokens.companyA1,
    );
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
