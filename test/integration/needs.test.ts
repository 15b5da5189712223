import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { must, TestApi } from '../support/api-client';
import { Level, LEVELS, onePerLevel, startApiSuite, stopApiSuite } from '../support/api-suite';
import { countOf } from '../support/services';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id title confidentiality status companyId regionId } }`;
const LIST = `query($first: Int, $after: String, $keyword: String, $sort: NeedSort, $direction: SortDirection) {
  needs(first: $first, after: $after, keyword: $keyword, sort: $sort, direction: $direction) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title company { name } region { code } } } } }`;

describe('needs: confidentiality per role, writes per role, bad input', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;
  const need: Record<'private' | 'region' | 'public', string> = { private: '', region: '', public: '' };

  const countNeeds = async () => await countOf(driver, 'MATCH (n:Need) RETURN count(n) AS n');

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
    const needOf = async (level: Level) => {
      const input = {
        title: `${level} need: 低温で乾燥できる技術`,
        description: `A1 Foods needs a ${level} low-temperature drying process for seaweed.`,
        keywords: ['乾燥', 'drying', ' drying '],
        confidentiality: level.toUpperCase(),
      };
      return (await must(api.gql<{ createNeed: { id: string } }>(CREATE, { input }, f.tokens.companyA1))).createNeed.id;
    };
    Object.assign(need, await onePerLevel(needOf));
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it('stores what the company wrote, with defaults, trimmed and de-duplicated keywords', async () => {
    const response = await api.gql<{ need: Record<string, unknown> }>(
      `query($id: ID!) { need(id: $id) { title keywords status budgetBand confidentiality company { id kind } region { id } createdBy } }`,
      { id: need.private },
      f.tokens.companyA1,
    );
    expect(response.data?.need).toMatchObject({
      title: 'private need: 低温で乾燥できる技術',
      keywords: ['乾燥', 'drying'],
      status: 'OPEN',
      budgetBand: 'UNDECIDED',
      confidentiality: 'PRIVATE',
      company: { id: f.ids.companyA1, kind: 'COMPANY' },
      region: { id: f.ids.regionA },
    });
  });

  const visibleTo = async (token: string) => {
    const response = await api.gql<{ needs: { edges: { node: { id: string } }[] } }>(LIST, { first: 100 }, token);
    expect(response.errors).toBeUndefined();
    const ids = response.data!.needs.edges.map((e) => e.node.id);
    return LEVELS.filter((level) => ids.includes(need[level]));
  };

  it.each([
    ['admin', ['private', 'region', 'public']],
    ['coordA', ['private', 'region', 'public']],
    ['coordB', ['public']],
    ['companyA1', ['private', 'region', 'public']],
    ['companyA2', ['public']],
    ['managerA', ['region', 'public']],
  ] as const)('lists for %s exactly %j', async (who, expected) => {
    expect(await visibleTo(f.tokens[who])).toEqual(expected);
  });

  it('answers NOT_FOUND for a need hidden from the caller, and the same for one that does not exist', async () => {
    const hidden = await api.gql('query($id: ID!) { need(id: $id) { id } }', { id: need.private }, f.tokens.companyA2);
    const missing = await api.gql(
      'query($id: ID!) { need(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      f.tokens.companyA2,
    );
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message.replace(need.private, 'X')).toBe(
      missing.errors?.[0].message.replace('00000000-0000-4000-8000-000000000000', 'X'),
    );
  });

  it('needs a token', async () => {
    expect((await api.gql(LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a coordinator register a need for a company in its region, not outside it', async () => {
    const input = { companyId: f.ids.companyA1, title: 'Coordinator survey', description: 'Surveyed need.' };
    const FIELDS =
      'id title description keywords confidentiality status companyId regionId surveyedById createdBy matchesComputedAt';
    const ok = await api.gql<{ createNeed: Record<string, unknown> }>(
      `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${FIELDS} } }`,
      { input: { ...input, surveyedById: f.ids.coordinatorA } },
      f.tokens.coordA,
    );
    expect(ok.errors).toBeUndefined();
    // The mutation answers with the need as a read of it shows it (it is returned by the create statement).
    const read = await api.gql<{ need: Record<string, unknown> }>(
      `query($id: ID!) { need(id: $id) { ${FIELDS} } }`,
      { id: ok.data!.createNeed.id },
      f.tokens.coordA,
    );
    expect(ok.data!.createNeed).toEqual(read.data!.need);
    expect(ok.data!.createNeed).toMatchObject({
      surveyedById: f.ids.coordinatorA,
      regionId: f.ids.regionA,
      companyId: f.ids.companyA1,
    });
    const before = await countNeeds();
    const refused = await api.gql(CREATE, { input }, f.tokens.coordB);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countNeeds()).toBe(before);
  });

  it('refuses a company registering for another company, and a manager registering at all', async () => {
    const input = { companyId: f.ids.companyA1, title: 'Not mine', description: 'x' };
    expect((await api.gql(CREATE, { input }, f.tokens.companyA2)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(CREATE, { input }, f.tokens.managerA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the company and its coordinator update, refuses others, hides private needs from them', async () => {
    const update = (id: string, token: string, status = 'IN_DISCUSSION') =>
      api.gql<{ updateNeed: { status: string } }>(
        'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { status title } }',
        { id, input: { status } },
        token,
      );
    expect((await update(need.public, f.tokens.companyA1)).data?.updateNeed.status).toBe('IN_DISCUSSION');
    expect((await update(need.public, f.tokens.coordA, 'OPEN')).data?.updateNeed.status).toBe('OPEN');
    expect((await update(need.public, f.tokens.companyA2)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update(need.public, f.tokens.coordB)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update(need.private, f.tokens.companyA2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const title = await driver.executeQuery('MATCH (n:Need {id: $id}) RETURN n.status AS s', { id: need.public });
    expect(title.records[0].get('s')).toBe('OPEN');
  });

  it.each([
    [{ title: '', description: 'x' }, 'title'],
    [{ title: 'x', description: 'd'.repeat(20_001) }, 'description'],
    [{ title: 'bad\u0000title', description: 'x' }, 'title'],
    [
      {
        title: 'x',
        description: 'x',
        keywords: Array(51)
          .fill('k')
          .map((k, i) => `${k}${i}`),
      },
      'keywords',
    ],
  ])('refuses %#: BAD_USER_INPUT naming the field, nothing written', async (input, field) => {
    const before = await countNeeds();
    const response = await api.gql(CREATE, { input }, f.tokens.companyA1);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toEqual([field]);
    expect(await countNeeds()).toBe(before);
  });

  it('refuses an unknown enum value, an unknown company and a non-company', async () => {
    const badEnum = await api.gql(
      CREATE,
      { input: { title: 'x', description: 'x', status: 'DONE' } },
      f.tokens.companyA1,
    );
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(
      CREATE,
      { input: { companyId: '00000000-0000-4000-8000-000000000001', title: 'x', description: 'x' } },
      f.tokens.admin,
    );
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'companyId' } });
    const university = await api.gql(
      CREATE,
      { input: { companyId: f.ids.universityA, title: 'x', description: 'x' } },
      f.tokens.admin,
    );
    expect(university.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'companyId' } });
    const surveyor = await api.gql(
      CREATE,
      {
        input: {
          companyId: f.ids.companyA1,
          title: 'x',
          description: 'x',
          surveyedById: '00000000-0000-4000-8000-000000000002',
        },
      },
      f.tokens.admin,
    );
    expect(surveyor.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'surveyedById' } });
  });

  it('pages with cursors, filters by keyword, and resolves nested fields', async () => {
    const first = await api.gql<{
      needs: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; company: { name: string }; region: { code: string } } }[];
      };
    }>(LIST, { first: 2, sort: 'TITLE', direction: 'ASC' }, f.tokens.admin);
    const total = first.data!.needs.totalCount;
    expect(total).toBeGreaterThanOrEqual(4);
    expect(first.data!.needs.edges).toHaveLength(2);
    expect(first.data!.needs.pageInfo.hasNextPage).toBe(true);
    expect(first.data!.needs.edges[0].node.company.name).toBe('A1 Foods');
    expect(first.data!.needs.edges[0].node.region.code).toBe('region-a');
    const seen = new Set(first.data!.needs.edges.map((e) => e.node.id));
    let after: string | null = first.data!.needs.pageInfo.endCursor;
    while (after) {
      const next: {
        data?: { needs: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
      } = await api.gql(LIST, { first: 2, after, sort: 'TITLE', direction: 'ASC' }, f.tokens.admin);
      for (const e of next.data!.needs.edges) {
        expect(seen.has(e.node.id)).toBe(false);
        seen.add(e.node.id);
      }
      after = next.data!.needs.pageInfo.hasNextPage ? next.data!.needs.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(total);

    const keyword = await api.gql<{ needs: { totalCount: number } }>(LIST, { keyword: 'SEAWEED' }, f.tokens.admin);
    expect(keyword.data?.needs.totalCount).toBe(3);
    const badCursor = await api.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, f.tokens.admin);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await api.gql(LIST, { first: 101 }, f.tokens.admin);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets the company delete its need; others may not', async () => {
    const del = (id: string, token: string) => api.gql('mutation($id: ID!) { deleteNeed(id: $id) }', { id }, token);
    expect((await del(need.region, f.tokens.companyA2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await del(need.region, f.tokens.managerA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await del(need.region, f.tokens.companyA1)).data).toEqual({ deleteNeed: true });
    expect((await del(need.region, f.tokens.companyA1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
