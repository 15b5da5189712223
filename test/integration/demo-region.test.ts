import { Driver, Integer, isDate, isDateTime } from 'neo4j-driver';
import { LIMITS } from '../../src/common/validation/limits';
import { AppConfig } from '../../src/config/app-config';
import { Role } from '../../src/modules/auth/role.enum';
import { demoId } from '../../src/modules/demo/demo-id';
import { DEMO_REGION } from '../../src/modules/demo/demo-region.data';
import { DemoLoadReport, loadDemoIfEmpty } from '../../src/modules/demo/load-demo';
import { Confidentiality } from '../../src/modules/needs/models/need.model';
import { SeedVisibility } from '../../src/modules/seeds/models/seed.model';
import { startTestApi, TestApi, must } from '../support/api-client';
import { clearGraph, countOf, deleteQueueKeys, testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Which limit each text property falls under (docs/api.md "Limits"); a text property not listed fails the test. */
const TEXT_CLASS: Record<string, 'name' | 'long' | 'short' | 'email' | 'code' | 'date'> = {
  name: 'name',
  title: 'name',
  code: 'name',
  displayName: 'name',
  category: 'name',
  summary: 'long',
  description: 'long',
  profile: 'long',
  strategySummary: 'long',
  desiredOutcome: 'short',
  timeline: 'short',
  field: 'short',
  industry: 'short',
  theme: 'short',
  conditions: 'short',
  fees: 'short',
  specifications: 'short',
  note: 'short',
  role: 'short',
  email: 'email',
  startDate: 'date',
  endDate: 'date',
  // Ids, enum values and hashes: checked for being non-empty only.
  id: 'code',
  kind: 'code',
  size: 'code',
  stage: 'code',
  ipStatus: 'code',
  visibility: 'code',
  budgetBand: 'code',
  confidentiality: 'code',
  status: 'code',
  availability: 'code',
  createdBy: 'code',
  passwordHash: 'code',
};
const MAX = {
  name: LIMITS.name.max,
  long: LIMITS.longText.max,
  short: LIMITS.shortText.max,
  email: LIMITS.email.max,
  code: LIMITS.name.max,
  date: 10,
};
// Lists that may be empty: a seed without IP has no IP numbers.
const MAY_BE_EMPTY = new Set(['ipNumbers']);

const demoUser = (role: Role) => DEMO_REGION.users.find((u) => u.role === role)!;
const need = (key: string) => DEMO_REGION.needs.find((n) => n.key === key)!;

describe('demo region', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let first: DemoLoadReport;

  const count = async (query: string, params: Record<string, unknown> = {}) => await countOf(driver, query, params);
  /** Node counts by label and relationship counts by type, plus the newest update: any write shows. */
  const snapshot = async () => {
    const nodes = await driver.executeQuery(
      'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n, toString(max(n.updatedAt)) AS latest ORDER BY label',
    );
    const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    return {
      nodes: nodes.records.map((r) => `${r.get('label')}:${r.get('n')}:${r.get('latest')}`),
      relationships: rels.records.map((r) => `${r.get('type')}:${r.get('n')}`),
    };
  };

  beforeAll(async () => {
    config = await testConfig();
    driver = testDriver(config);
    await clearGraph(driver);
    first = await loadDemoIfEmpty(config);
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await api?.close();
    await clearGraph(driver);
    await driver.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('loads into an empty graph and meets every minimum', async () => {
    expect(first).toMatchObject({ loaded: true, users: DEMO_REGION.users.map((u) => u.email) });

    expect(
      await count(`MATCH (r:Region) WHERE size(r.prefectures) > 0 AND size(r.focusFields) > 0
      AND size(r.strategySummary) > 0 RETURN count(r) AS n`),
    ).toBeGreaterThanOrEqual(2);
    const kinds = await driver.executeQuery(
      'MATCH (o:Organization)-[:IN_REGION]->(:Region) RETURN o.kind AS kind, count(*) AS n',
    );
    const byKind = Object.fromEntries(
      kinds.records.map((r) => [r.get('kind') as string, (r.get('n') as Integer).toNumber()]),
    );
    expect(byKind.UNIVERSITY).toBeGreaterThanOrEqual(3);
    expect(byKind.RESEARCH_INSTITUTE).toBeGreaterThanOrEqual(1);
    expect(byKind.COORDINATING_ORGANIZATION).toBeGreaterThanOrEqual(1);
    expect(byKind.LOCAL_GOVERNMENT).toBeGreaterThanOrEqual(1);
    expect(byKind.FINANCIAL_INSTITUTION).toBeGreaterThanOrEqual(1);
    expect(
      await count(`MATCH (c:Organization {kind: 'COMPANY'}) WHERE c.industry <> '' AND c.size IN ['SMALL', 'MEDIUM', 'LARGE']
      AND EXISTS { (:Need)-[:OF_COMPANY]->(c) } RETURN count(c) AS n`),
    ).toBeGreaterThanOrEqual(15);
    expect(
      await count(`MATCH (n:Need)-[:OF_COMPANY]->(:Organization {kind: 'COMPANY'})
      WHERE EXISTS { (:Coordinator)-[:SURVEYED]->(n) } RETURN count(n) AS n`),
    ).toBeGreaterThanOrEqual(25);

    expect(
      await count(`MATCH (r:Researcher)-[:AFFILIATED_WITH]->(:Organization {kind: 'UNIVERSITY'})
      RETURN count(DISTINCT r) AS n`),
    ).toBeGreaterThanOrEqual(10);
    expect(
      await count('MATCH (r:Researcher {invitedCoreResearcher: true}) RETURN count(r) AS n'),
    ).toBeGreaterThanOrEqual(1);

    expect(
      await count(`MATCH (s:Seed) WHERE EXISTS { (s)-[:HELD_BY]->(:Researcher|Organization) }
      AND EXISTS { (:Coordinator)-[:COLLECTED]->(s) }
      AND (s.ipStatus = 'NONE') = (size(s.ipNumbers) = 0) RETURN count(s) AS n`),
    ).toBeGreaterThanOrEqual(40);
    expect(
      await count(`MATCH (s:Seed) WHERE s.ipStatus IN ['GRANTED', 'PENDING'] RETURN count(DISTINCT s.ipStatus) AS n`),
    ).toBe(2);
    expect(await count('MATCH (s:Seed) RETURN count(DISTINCT s.visibility) AS n')).toBe(3);

    expect(
      await count(`MATCH (c:Coordinator)-[:WORKS_FOR]->(:Organization {kind: 'COORDINATING_ORGANIZATION'})
      WHERE EXISTS { (c)-[:COVERS]->(:Region) }
        AND EXISTS { MATCH (c)-[k:KNOWS]->(:Researcher) WHERE k.note <> '' AND k.since IS NOT NULL }
        AND EXISTS { MATCH (c)-[k:KNOWS]->(:Contact)-[:WORKS_AT]->(:Organization {kind: 'COMPANY'}) WHERE k.note <> '' }
      RETURN count(c) AS n`),
    ).toBeGreaterThanOrEqual(3);

    expect(
      await count(`MATCH (c:Consortium)-[:IN_REGION]->(:Region)
      WHERE EXISTS { MATCH (:Organization)-[m:MEMBER_OF]->(c) WHERE m.role <> '' }
        AND EXISTS { MATCH (:Researcher)-[m:MEMBER_OF]->(c) WHERE m.role <> '' }
      RETURN count(c) AS n`),
    ).toBeGreaterThanOrEqual(1);

    // Each piece of equipment at a university has support staff who work at that university.
    expect(
      await count(`MATCH (e:Equipment)-[:HOSTED_BY]->(u:Organization {kind: 'UNIVERSITY'})
      WHERE e.availability IN ['AVAILABLE', 'LIMITED', 'UNAVAILABLE']
        AND EXISTS { MATCH (s:SupportStaff)-[:SUPPORTS]->(e) WHERE (s)-[:WORKS_AT]->(u) }
      RETURN count(e) AS n`),
    ).toBeGreaterThanOrEqual(10);

    expect(
      await count(`MATCH (p:HrProgram)-[:HOSTED_BY]->(:Organization)
      WHERE p.startDate < p.endDate AND EXISTS { MATCH (:Researcher|Contact|SupportStaff)-[e:ENROLLED_IN]->(p) WHERE e.enrolledAt IS NOT NULL }
      RETURN count(p) AS n`),
    ).toBeGreaterThanOrEqual(1);

    expect(
      await count(`MATCH (u:User) WHERE (u.role = 'COORDINATOR' AND (u)-[:ACTS_AS]->(:Coordinator))
      OR (u.role = 'COMPANY' AND (u)-[:REPRESENTS]->(:Organization {kind: 'COMPANY'}))
      OR (u.role = 'CONSORTIUM_MANAGER' AND (u)-[:MANAGES]->(:Consortium)) RETURN count(u) AS n`),
    ).toBe(3);

    // Every node: a UUID, datetimes, and 'system' as its creator.
    const malformed = await driver.executeQuery(
      `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock
         AND NOT (n.createdBy = 'system' AND n.createdAt IS :: ZONED DATETIME AND n.updatedAt IS :: ZONED DATETIME)
       RETURN labels(n) AS labels, n.id AS id`,
    );
    expect(malformed.records.map((r) => r.toObject())).toEqual([]);
    const ids = await driver.executeQuery(
      'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock RETURN collect(n.id) AS ids',
    );
    const all = ids.records[0].get('ids') as string[];
    expect(all.filter((id) => !UUID.test(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('loading again changes nothing and says it skipped', async () => {
    const before = await snapshot();
    const again = await loadDemoIfEmpty(config);
    expect(again).toEqual({ loaded: false, reason: 'graph not empty' });
    expect(await snapshot()).toEqual(before);
  });

  it('lets the demo coordinator read needs, seeds and the consortium through GraphQL', async () => {
    const coordinator = demoUser(Role.COORDINATOR);
    const token = await api.signIn(coordinator.email, coordinator.password);
    const me = await must(
      api.gql<{ me: { role: string; linkedId: string } }>('{ me { role linkedId } }', undefined, token),
    );
    expect(me.me).toEqual({ role: 'COORDINATOR', linkedId: demoId(coordinator.link) });
    /** The coordinator's first 100 of `list` (asking for `fields` too) are exactly `expected`, by demo key. */
    const expectListed = async (list: 'needs' | 'seeds', fields: string, expected: { key: string }[]) => {
      const page = (
        await must(
          api.gql<Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>(
            `query { ${list}(first: 100) { totalCount edges { node { id ${fields} } } } }`,
            undefined,
            token,
          ),
        )
      )[list];
      expect(page.totalCount).toBe(expected.length);
      expect(page.edges.map((e) => e.node.id).sort()).toEqual(expected.map((x) => demoId(x.key)).sort());
    };
    /** What `query` answers for the demo record `key` (its id as $id), read by the coordinator. */
    const readOne = async (query: string, key: string) =>
      Object.values(await must(api.gql<Record<string, Record<string, unknown>>>(query, { id: demoId(key) }, token)))[0];

    // The coordinator covers Shiomi Bay only: all of its needs, and other regions' PUBLIC ones.
    const regionOf = new Map(DEMO_REGION.organizations.map((o) => [o.key, o.region]));
    const covered = DEMO_REGION.coordinators.find((c) => c.key === coordinator.link)!.covers;
    const visibleNeeds = DEMO_REGION.needs.filter(
      (n) => covered.includes(regionOf.get(n.company)!) || n.confidentiality === Confidentiality.PUBLIC,
    );
    await expectListed('needs', 'title company { name } region { code }', visibleNeeds);

    const drying = await readOne(
      'query($id: ID!) { need(id: $id) { title keywords confidentiality surveyedById company { name } region { code } } }',
      'need-wakame-drying',
    );
    expect(drying).toMatchObject({
      title: need('need-wakame-drying').title,
      keywords: need('need-wakame-drying').keywords,
      surveyedById: demoId('coord-aoki'),
      region: { code: 'shiomi-bay' },
    });
    // A Kasumi Valley need that is not PUBLIC stays hidden from a Shiomi Bay coordinator.
    const hidden = await api.gql(
      'query($id: ID!) { need(id: $id) { id } }',
      { id: demoId('need-carbon-cycle') },
      token,
    );
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const seedRegions = (holders: string[]) => {
      const researchers = new Map(DEMO_REGION.researchers.map((r) => [r.key, r.affiliations]));
      return holders.flatMap((h) => (researchers.get(h) ?? [h]).map((o) => regionOf.get(o)!));
    };
    const visibleSeeds = DEMO_REGION.seeds.filter(
      (s) => s.visibility === SeedVisibility.PUBLIC || seedRegions(s.heldBy).some((r) => covered.includes(r)),
    );
    await expectListed('seeds', 'title ipStatus ipNumbers holderResearcherIds', visibleSeeds);
    const buoy = await readOne(
      'query($id: ID!) { seed(id: $id) { title ipStatus ipNumbers collectedById holderResearcherIds holderOrganizationIds regionIds } }',
      'seed-lpwa-buoy',
    );
    expect(buoy).toMatchObject({
      ipStatus: 'GRANTED',
      ipNumbers: ['JP7204418B2'],
      collectedById: demoId('coord-morita'),
      holderResearcherIds: [demoId('res-nakamura')],
      holderOrganizationIds: [demoId('org-kitaura-tech')],
      regionIds: [demoId('region-shiomi')],
    });

    const consortium = DEMO_REGION.consortiums[0];
    const read = await must(
      api.gql<{
        consortium: {
          name: string;
          memberCount: number;
          region: { code: string };
          members: { memberId: string; kind: string; role: string; since: string }[];
        };
      }>(
        'query($id: ID!) { consortium(id: $id) { name memberCount region { code } members { memberId name kind role since } } }',
        { id: demoId(consortium.key) },
        token,
      ),
    );
    expect(read.consortium).toMatchObject({
      name: consortium.name,
      memberCount: consortium.members.length,
      region: { code: 'shiomi-bay' },
    });
    const tanaka = read.consortium.members.find((m) => m.memberId === demoId('res-tanaka'));
    expect(tanaka).toMatchObject({ kind: 'RESEARCHER', role: '研究代表者 / principal investigator' });
    expect(new Date(tanaka!.since).toISOString()).toBe('2022-04-01T00:00:00.000Z');

    const acquaintances = await must(
      api.gql<{ coordinator: { acquaintances: { personId: string; kind: string; note: string }[] } }>(
        'query($id: ID!) { coordinator(id: $id) { acquaintances { personId kind note since } } }',
        { id: demoId(coordinator.link) },
        token,
      ),
    );
    expect(acquaintances.coordinator.acquaintances).toHaveLength(DEMO_REGION.coordinators[0].knows.length);
    expect(new Set(acquaintances.coordinator.acquaintances.map((a) => a.kind))).toEqual(
      new Set(['RESEARCHER', 'CONTACT']),
    );

    const dryer = await readOne(
      'query($id: ID!) { equipment(id: $id) { name availability host { id } supportStaff { id } } }',
      'eq-drying-pilot',
    );
    expect(dryer).toMatchObject({
      availability: 'AVAILABLE',
      host: { id: demoId('org-shiomi-univ') },
      supportStaff: [{ id: demoId('staff-oikawa') }],
    });
    const program = DEMO_REGION.hrPrograms[0];
    const hr = await must(
      api.gql<{ hrProgram: { startDate: string; endDate: string; participants: { kind: string }[] } }>(
        'query($id: ID!) { hrProgram(id: $id) { startDate endDate participantCount participants { personId kind enrolledAt } } }',
        { id: demoId(program.key) },
        token,
      ),
    );
    expect(hr.hrProgram).toMatchObject({
      startDate: program.startDate,
      endDate: program.endDate,
      participantCount: program.participants.length,
    });
    expect(new Set(hr.hrProgram.participants.map((p) => p.kind))).toEqual(
      new Set(['CONTACT', 'SUPPORT_STAFF', 'RESEARCHER']),
    );
  });

  it('shows the demo company its own private need but not another company’s', async () => {
    const company = demoUser(Role.COMPANY);
    const token = await api.signIn(company.email, company.password);
    const own = need('need-wakame-foreign');
    const other = need('need-oyster-norovirus');
    expect([own.confidentiality, own.company, other.confidentiality]).toEqual(['PRIVATE', company.link, 'PRIVATE']);

    const mine = await must(
      api.gql<{ need: { title: string; confidentiality: string } }>(
        'query($id: ID!) { need(id: $id) { title confidentiality } }',
        { id: demoId(own.key) },
        token,
      ),
    );
    expect(mine.need).toEqual({ title: own.title, confidentiality: 'PRIVATE' });
    const theirs = await api.gql('query($id: ID!) { need(id: $id) { id } }', { id: demoId(other.key) }, token);
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const listed = await must(
      api.gql<{ needs: { edges: { node: { id: string } }[] } }>(
        'query { needs(first: 100) { edges { node { id } } } }',
        undefined,
        token,
      ),
    );
    const ids = listed.needs.edges.map((e) => e.node.id);
    expect(ids).toContain(demoId(own.key));
    expect(ids).not.toContain(demoId(other.key));
    // Other companies' needs that are not PUBLIC never reach a company.
    const expected = DEMO_REGION.needs.filter(
      (n) => n.company === company.link || n.confidentiality === Confidentiality.PUBLIC,
    );
    expect(ids.sort()).toEqual(expected.map((n) => demoId(n.key)).sort());
  });

  it('lets the demo consortium manager sign in and read its consortium', async () => {
    const manager = demoUser(Role.CONSORTIUM_MANAGER);
    const token = await api.signIn(manager.email, manager.password);
    const read = await must(
      api.gql<{ consortium: { name: string } }>(
        'query($id: ID!) { consortium(id: $id) { name } }',
        { id: demoId(manager.link) },
        token,
      ),
    );
    expect(read.consortium.name).toBe(DEMO_REGION.consortiums[0].name);
    const hidden = await api.gql(
      'query($id: ID!) { need(id: $id) { id } }',
      { id: demoId('need-wakame-foreign') },
      token,
    );
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps every text non-empty, trimmed and within LIMITS', async () => {
    const nodes = await driver.executeQuery(
      `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock RETURN labels(n)[0] AS owner, properties(n) AS props
       UNION ALL MATCH ()-[r]->() RETURN type(r) AS owner, properties(r) AS props`,
    );
    const problems: string[] = [];
    let texts = 0;
    for (const record of nodes.records) {
      const owner = record.get('owner') as string;
      const props = record.get('props') as Record<string, unknown>;
      for (const [key, value] of Object.entries(props)) {
        const label = (props.id ?? props.email ?? props.name ?? '') as string;
        const where = `${owner}.${key} (${label})`;
        if (isDateTime(value as object) || isDate(value as object) || typeof value === 'boolean') continue;
        if (Array.isArray(value)) {
          if (value.length === 0 && !MAY_BE_EMPTY.has(key)) problems.push(`${where} is an empty list`);
          if (value.length > LIMITS.list.maxItems) problems.push(`${where} has ${value.length} items`);
          if (new Set(value).size !== value.length) problems.push(`${where} repeats an item`);
          for (const item of value as unknown[]) {
            texts++;
            const n = typeof item === 'string' ? [...item].length : -1;
            if (
              typeof item !== 'string' ||
              n < 1 ||
              n > LIMITS.list.itemMax ||
              item !== item.trim() ||
              CONTROL.test(item)
            ) {
              problems.push(`${where} item "${String(item)}"`);
            }
          }
          continue;
        }
        const cls = TEXT_CLASS[key];
        if (!cls || typeof value !== 'string') {
          problems.push(`${where}: unexpected ${typeof value} property`);
          continue;
        }
        texts++;
        const n = [...value].length;
        if (n < 1 || n > MAX[cls]) problems.push(`${where} is ${n} characters`);
        if (value !== value.trim()) problems.push(`${where} has leading or trailing blanks`);
        if (CONTROL.test(value)) problems.push(`${where} has a control character`);
        if (cls === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${where} is not YYYY-MM-DD`);
      }
    }
    expect(problems).toEqual([]);
    expect(texts).toBeGreaterThan(1000);
  });
});
