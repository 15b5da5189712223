import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { JobName, QueueName } from '../../src/infra/queue/queue.constants';
import { MatchIndexService } from '../../src/modules/matching/match-index.service';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { MatchingRepository } from '../../src/modules/matching/matching.repository';
import { knownKey } from '../../src/modules/matching/matching.queries';
import { createWorkerApp } from '../../workers/bootstrap';
import { GraphQLResponse, TestApi, must } from '../support/api-client';
import { startApiSuite } from '../support/api-suite';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { countOf, deleteQueueKeys } from '../support/services';

const MATCH_FIELDS = `id kind needId targetId score lexicalScore regionBoost pathBoost status current stale engineVersion computedAt
  explanation { term surface share } path { nodes { id kind name } relations summary }`;
const FOR_NEED = `query($needId: ID!, $kind: MatchKind, $minScore: Float, $first: Int, $after: String) {
  matchesForNeed(needId: $needId, kind: $kind, minScore: $minScore, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${MATCH_FIELDS} seed { id title } need { id } } } } }`;
const FOR_SEED = `query($seedId: ID!) { matchesForSeed(seedId: $seedId) { totalCount edges { node { id needId score } } } }`;
const IN_REGIONS = `query($regionId: ID) { matchesInMyRegions(regionId: $regionId, first: 100) { totalCount edges { node { id needId } } } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const UPDATE_NEED = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }`;
const CREATE_SEED = `mutation($input: CreateSeedInput!) { createSeed(input: $input) { id } }`;
const DELETE_SEED = `mutation($id: ID!) { deleteSeed(id: $id) }`;

type MatchNode = {
  id: string;
  kind: string;
  needId: string;
  targetId: string;
  score: number;
  lexicalScore: number;
  regionBoost: number;
  pathBoost: number;
  status: string;
  current: boolean;
  stale: boolean;
  engineVersion: string;
  computedAt: string;
  explanation: { term: string; surface: string; share: number }[];
  path: { nodes: { id: string; kind: string; name: string }[]; relations: string[]; summary: string } | null;
  seed: { id: string; title: string } | null;
};
type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: MatchNode }[];
};

const SEAWEED_NEED = {
  title: 'Low-temperature drying of seaweed without losing colour',
  description:
    'Our kombu and wakame lose their green colour and aroma when dried with hot air. We need a drying process at low temperature that keeps colour, flavour and nutrients, for 2 tonnes of seaweed a day.',
  keywords: ['seaweed', 'drying', 'low temperature'],
};

describe('matching engine: workers keep need-to-seed matches current', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let worker: INestApplicationContext;
  let fx: NetworkFixture;
  const seeds = {} as Record<'seaweed' | 'jaDrying' | 'robot' | 'battery' | 'privateB', string>;
  let researcherId: string;
  let contactId: string;

  const code = (r: GraphQLResponse) => r.errors?.[0].extensions?.code;
  const count = async (query: string, params: Record<string, unknown> = {}) => await countOf(driver, query, params);

  const matchesFor = async (needId: string, token = fx.tokens.admin, extra: Record<string, unknown> = {}) =>
    (await must(api.gql<{ matchesForNeed: Connection }>(FOR_NEED, { needId, first: 50, ...extra }, token)))
      .matchesForNeed;

  /** Polls until the need's matches were computed from its latest version (the workers run for real). */
  const settled = async (needId: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const done = await count(
        'MATCH (n:Need {id: $needId}) RETURN CASE WHEN n.matchedFrom = n.updatedAt THEN 1 ELSE 0 END',
        { needId },
      );
      if (done === 1) return;
      if (Date.now() > deadline) throw new Error(`need ${needId} was not matched within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /** Waits until the matching queue has no waiting or active job (the reconciliation schedule keeps one delayed). */
  const drained = async (timeoutMs = 30_000) => {
    const queue = new Queue(QueueName.Matching, { connection: { url: config.redis.url }, prefix: config.queue.prefix });
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
        if (c.waiting + c.active + c.prioritized === 0) return;
        if (Date.now() > deadline) throw new Error(`queue not drained: ${JSON.stringify(c)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await queue.close();
    }
  };
  const createNeed = async (input: Record<string, unknown>, token = fx.tokens.companyA1) =>
    (await must(api.gql<{ createNeed: { id: string } }>(CREATE_NEED, { input }, token))).createNeed.id;
  /** A PUBLIC PROTOTYPE seed unless `input` says otherwise, created by the admin. */
  const createSeed = async (input: Record<string, unknown>) =>
    (
      await must(
        api.gql<{ createSeed: { id: string } }>(
          CREATE_SEED,
          { input: { visibility: 'PUBLIC', stage: 'PROTOTYPE', ...input } },
          fx.tokens.admin,
        ),
      )
    ).createSeed.id;

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite({ MATCH_RECONCILE_INTERVAL_MS: '3600000' }));
    fx = await buildNetworkFixture(api, driver);
    worker = await createWorkerApp(config);

    researcherId = randomUUID();
    contactId = randomUUID();
    const universityB = randomUUID();
    await driver.executeQuery(
      `MATCH (ua:Organization {id: $universityA}), (a1:Organization {id: $companyA1}), (rb:Region {id: $regionB})
       MATCH (ca:Coordinator {id: $coordinatorA})
       CREATE (r:Researcher {id: $researcherId, name: 'Prof. Haruka Suzuki', title: 'Professor', fields: ['food engineering'],
         profile: 'Food process engineering: vacuum and heat-pump drying of marine products.', invitedCoreResearcher: true,
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(ua)
       CREATE (c:Contact {id: $contactId, name: 'Kenji Sato', title: 'Plant manager', email: 'sato@a1.example',
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(a1)
       CREATE (ca)-[:KNOWS {note: 'met at the fisheries fair'}]->(c)
       CREATE (ca)-[:KNOWS {note: 'advisor on drying'}]->(r)
       CREATE (ub:Organization {id: $universityB, name: 'B University', kind: 'UNIVERSITY', description: '',
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)`,
      { ...fx.ids, researcherId, contactId, universityB },
    );
    seeds.seaweed = await createSeed({
      title: 'Heat-pump drying of seaweed at low temperature',
      summary:
        'A heat-pump dryer that dries kombu, wakame and other seaweed at 30-40 °C keeps the green colour, aroma and nutrients that hot-air drying destroys. Proven on 500 kg a day.',
      keywords: ['seaweed', 'drying', 'heat pump'],
      field: 'food engineering',
      holderResearcherIds: [researcherId],
    });
    seeds.jaDrying = await createSeed({
      title: '海藻の低温乾燥技術',
      summary:
        '昆布やワカメなどの海藻を低温で乾燥させ、色と香りを保つ技術。ヒートポンプを用いて省エネルギーで乾燥する。',
      keywords: ['海藻', '乾燥', '低温'],
      field: '食品工学',
      holderOrganizationId: fx.ids.universityA,
    });
    seeds.robot = await createSeed({
      title: 'Care robot arm for lifting patients',
      summary: 'A soft robot arm that helps caregivers lift elderly patients from bed to wheelchair.',
      keywords: ['robotics', 'elderly care'],
      field: 'robotics',
      holderOrganizationId: fx.ids.universityA,
    });
    seeds.battery = await createSeed({
      title: 'Solid-state battery electrolyte',
      summary: 'A sulfide electrolyte for solid-state lithium batteries with high ionic conductivity.',
      keywords: ['battery', 'electrolyte'],
      field: 'materials',
      holderOrganizationId: universityB,
    });
    seeds.privateB = await createSeed({
      title: 'Seaweed drying tunnel with infrared heating',
      summary: 'Infrared tunnel drying of seaweed, private to region B.',
      keywords: ['seaweed', 'drying'],
      field: 'food engineering',
      holderOrganizationId: universityB,
      visibility: 'PRIVATE',
    });
    await drained();
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await driver?.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('matches a new need to the seed that answers it, first, with an explanation in the words of the need', async () => {
    const needId = await createNeed(SEAWEED_NEED);
    await settled(needId);
    const computed = await must(
      api.gql<{ need: { matchesComputedAt: string | null } }>(
        'query($id: ID!) { need(id: $id) { matchesComputedAt } }',
        { id: needId },
        fx.tokens.companyA1,
      ),
    );
    expect(Date.parse(computed.need.matchesComputedAt ?? '')).toBeGreaterThan(Date.now() - 120_000);
    const page = await matchesFor(needId);
    const seedMatches = page.edges.map((e) => e.node).filter((m) => m.kind === 'SEED');
    expect(seedMatches[0].targetId).toBe(seeds.seaweed);
    expect(seedMatches.map((m) => m.targetId)).not.toContain(seeds.robot);
    expect(seedMatches.map((m) => m.targetId)).not.toContain(seeds.battery);
    const best = seedMatches[0];
    expect(best.score).toBeGreaterThan(0);
    expect(best.score).toBeLessThanOrEqual(1);
    expect(best.seed?.title).toMatch(/Heat-pump drying/);
    // Surface forms as the need wrote them (not stems), with shares that sum to 1.
    const surfaces = best.explanation.map((t) => t.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['seaweed', 'drying']));
    expect(best.explanation.find((t) => t.surface === 'drying')?.term).toBe('dry');
    // A phrase term's surface is its two words as written (stopwords between them dropped).
    const written = `${SEAWEED_NEED.title} ${SEAWEED_NEED.description} ${SEAWEED_NEED.keywords.join(' ')}`;
    for (const word of surfaces.flatMap((s) => s.split(' '))) expect(written).toContain(word);
    const shares = best.explanation.reduce((sum, t) => sum + t.share, 0);
    expect(shares).toBeGreaterThan(0.5);
    expect(shares).toBeLessThanOrEqual(1.0001);
    // Sorted best first.
    const scores = page.edges.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('adds the region boost and shows the introduction path "company — contact — coordinator — researcher"', async () => {
    const needId = await createNeed({ ...SEAWEED_NEED, title: 'Seaweed drying line' });
    await settled(needId);
    const best = (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges[0].node;
    expect(best.targetId).toBe(seeds.seaweed);
    expect(best.regionBoost).toBeCloseTo(config.matching.regionBoost, 6);
    expect(best.pathBoost).toBeCloseTo(config.matching.pathBoost, 6);
    expect(best.score).toBeCloseTo(Math.min(1, best.lexicalScore + best.regionBoost + best.pathBoost), 5);
    expect(best.path?.nodes.map((n) => n.id)).toEqual([fx.ids.companyA1, contactId, fx.ids.coordinatorA, researcherId]);
    expect(best.path?.relations).toEqual(['WORKS_AT', 'KNOWS', 'KNOWS']);
    expect(best.path?.summary).toBe(
      'A1 Foods — WORKS_AT — Kenji Sato — KNOWS — Coordinator A — KNOWS — Prof. Haruka Suzuki',
    );
    // The region-B seed on the same topic gets neither boost.
    const other = (await matchesFor(needId)).edges.map((e) => e.node).find((m) => m.targetId === seeds.privateB);
    expect(other?.regionBoost).toBe(0);
    expect(other?.pathBoost).toBe(0);
  });

  it('matches Japanese text through kuromoji, and a researcher profile as a target', async () => {
    const needId = await createNeed({
      title: 'ワカメの乾燥工程の改善',
      description: '熱風乾燥でワカメの色が落ちる。低温で乾燥し、色と香りを保ちたい。',
      keywords: ['乾燥', '海藻'],
    });
    await settled(needId);
    const all = (await matchesFor(needId)).edges.map((e) => e.node);
    const seedMatch = all.find((m) => m.kind === 'SEED');
    expect(seedMatch?.targetId).toBe(seeds.jaDrying);
    expect(seedMatch?.explanation.map((t) => t.surface)).toEqual(expect.arrayContaining(['乾燥', '低温']));

    const enNeed = await createNeed({
      title: 'Vacuum drying of marine products',
      description: 'We process marine products and need drying know-how.',
    });
    await settled(enNeed);
    const researcherMatch = (await matchesFor(enNeed, fx.tokens.admin, { kind: 'RESEARCHER' })).edges[0]?.node;
    expect(researcherMatch?.targetId).toBe(researcherId);
  });

  it('matches a need to shared equipment once the equipment is registered', async () => {
    const needId = await createNeed({
      title: 'Measuring moisture in dried kelp',
      description: 'We need to measure residual moisture of dried kelp precisely.',
    });
    await settled(needId);
    const equipmentId = (
      await must(
        api.gql<{ createEquipment: { id: string } }>(
          'mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }',
          {
            input: {
              name: 'Karl Fischer moisture analyzer',
              category: 'analytical instrument',
              description: 'Measures residual moisture of dried foods such as kelp, to 10 ppm.',
              hostId: fx.ids.universityA,
            },
          },
          fx.tokens.admin,
        ),
      )
    ).createEquipment.id;
    await drained();
    const rows = await must(
      api.gql<{ matchesForNeed: { edges: { node: { targetId: string; equipment: { name: string } | null } }[] } }>(
        'query($needId: ID!) { matchesForNeed(needId: $needId, kind: EQUIPMENT) { edges { node { targetId equipment { name } } } } }',
        { needId },
        fx.tokens.admin,
      ),
    );
    expect(rows.matchesForNeed.edges[0].node).toEqual({
      targetId: equipmentId,
      equipment: { name: 'Karl Fischer moisture analyzer' },
    });
  });

  it("keeps a coordinator's decision and note when the need is edited and matched again", async () => {
    const needId = await createNeed(SEAWEED_NEED);
    await settled(needId);
    const before = (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges[0].node;
    await driver.executeQuery(`MATCH (m:Match {id: $id}) SET m.status = 'SHORTLISTED', m.note = 'call Prof. Suzuki'`, {
      id: before.id,
    });

    await must(
      api.gql(
        UPDATE_NEED,
        { id: needId, input: { description: `${SEAWEED_NEED.description} Energy cost matters: we want a heat pump.` } },
        fx.tokens.companyA1,
      ),
    );
    await settled(needId);
    const after = (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges.find(
      (e) => e.node.id === before.id,
    )!.node;
    expect(after.status).toBe('SHORTLISTED');
    expect(Date.parse(after.computedAt)).toBeGreaterThan(Date.parse(before.computedAt));
    expect(after.explanation.some((t) => t.surface.includes('heat'))).toBe(true);
    expect(await count('MATCH (m:Match {id: $id}) RETURN count(m.note)', { id: before.id })).toBe(1);

    // Rewritten to another topic: the untouched suggestions go, the shortlisted one stays, no longer current.
    await must(
      api.gql(
        UPDATE_NEED,
        {
          id: needId,
          input: {
            title: 'Solid-state battery electrolyte supply',
            description: 'We need a sulfide electrolyte for batteries.',
            keywords: ['battery'],
          },
        },
        fx.tokens.companyA1,
      ),
    );
    await settled(needId);
    const rows = (await matchesFor(needId)).edges.map((e) => e.node);
    expect(rows.find((m) => m.id === before.id)).toMatchObject({ status: 'SHORTLISTED', current: false });
    expect(rows.filter((m) => m.status === 'SUGGESTED').map((m) => m.targetId)).toEqual([seeds.battery]);
  });

  it('re-matches the needs a new seed answers, and drops or marks stale the matches of a deleted seed', async () => {
    const needId = await createNeed({
      title: 'Sorting fish by freshness with a sensor',
      description: 'We need a sensor that measures fish freshness on the line.',
      keywords: ['fish freshness'],
    });
    await settled(needId);
    expect(
      (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges.map((e) => e.node.targetId),
    ).not.toContain('x');

    const sensorSeed = await createSeed({
      title: 'Fish freshness sensor',
      summary: 'An impedance sensor that measures fish freshness in one second.',
      keywords: ['fish freshness', 'sensor'],
      field: 'sensing',
      holderOrganizationId: fx.ids.universityA,
    });
    await drained();
    const seedMatches = (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges.map((e) => e.node);
    expect(seedMatches[0].targetId).toBe(sensorSeed);
    const forSeed = (
      await must(
        api.gql<{ matchesForSeed: { totalCount: number; edges: { node: { needId: string } }[] } }>(
          FOR_SEED,
          { seedId: sensorSeed },
          fx.tokens.admin,
        ),
      )
    ).matchesForSeed;
    expect(forSeed.edges.map((e) => e.node.needId)).toContain(needId);

    // Two needs on it: one match acted on, one untouched; then the seed is deleted.
    const second = await createNeed({
      title: 'Fish freshness check',
      description: 'Fish freshness measured by a sensor.',
    });
    await settled(second);
    const acted = seedMatches[0].id;
    await driver.executeQuery(`MATCH (m:Match {id: $id}) SET m.status = 'SHARED'`, { id: acted });
    expect(
      await count('MATCH (m:Match {targetId: $id}) WHERE m.needId IN $needs RETURN count(m)', {
        id: sensorSeed,
        needs: [needId, second],
      }),
    ).toBe(2);
    expect(
      await count("MATCH (m:Match {targetId: $id}) WHERE m.status = 'SUGGESTED' RETURN count(m)", { id: sensorSeed }),
    ).toBeGreaterThanOrEqual(1);
    await must(api.gql(DELETE_SEED, { id: sensorSeed }, fx.tokens.admin));
    await drained();
    expect(await count('MATCH (m:Match {targetId: $id}) RETURN count(m)', { id: sensorSeed })).toBe(1);
    expect(await count('MATCH (m:Match {id: $id}) WHERE m.stale = true RETURN count(m)', { id: acted })).toBe(1);
  });

  it('matches a need written while the queue was down once reconciliation runs', async () => {
    // The need is written straight to the graph, as a mutation whose enqueue failed leaves it.
    const needId = randomUUID();
    await driver.executeQuery(
      `MATCH (a1:Organization {id: $companyA1})
       CREATE (n:Need {id: $needId, title: 'Drying seaweed gently', description: 'Low temperature seaweed drying keeps colour.', keywords: [],
         desiredOutcome: '', timeline: '', budgetBand: 'UNDECIDED', confidentiality: 'PRIVATE', status: 'OPEN',
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(a1)`,
      { companyA1: fx.ids.companyA1, needId },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await count('MATCH (m:Match {needId: $needId}) RETURN count(m)', { needId })).toBe(0);
    const result = await worker.get(MatchingService).reconcile();
    expect(result.needs).toBeGreaterThanOrEqual(1);
    await settled(needId);
    expect((await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges[0].node.targetId).toBe(seeds.seaweed);
  });

  describe('edits the incremental sync misses (committed more than its 2 s overlap after their updatedAt was taken)', () => {
    /** Brings the index's watermark past every version written so far, with no full check due for 30 s. */
    const syncedPastNow = async (index: MatchIndexService) => {
      await new Promise((r) => setTimeout(r, 2_500));
      await index.fullCheck();
      await index.sync();
    };
    /** Rewrites a node's text straight in the graph, stamped 1 ms after its version: behind the watermark. */
    const editBehindWatermark = (label: 'Need' | 'Seed', id: string, set: string) =>
      driver.executeQuery(
        `MATCH (n:${label} {id: $id}) SET ${set}, n.updatedAt = n.updatedAt + duration({milliseconds: 1})`,
        { id },
      );

    it('a need: the job finds the index copy old when it writes, reads the need from the graph and matches its latest text', async () => {
      const index = worker.get(MatchIndexService);
      const needId = await createNeed({
        title: 'Robot arm for lifting patients',
        description: 'A soft robot arm that helps lift elderly patients.',
        keywords: ['robotics'],
      });
      await settled(needId);
      await syncedPastNow(index);
      await editBehindWatermark(
        'Need',
        needId,
        "n.title = 'Seaweed drying at low temperature', n.description = 'Drying kombu and wakame gently keeps the green colour.', n.keywords = ['seaweed', 'drying']",
      );
      await index.sync();
      expect(index.needText(needId)!.title).toBe('Robot arm for lifting patients');

      expect(await worker.get(MatchingService).matchNeed(needId)).toMatchObject({ outcome: 'written', passes: 2 });
      await settled(needId, 1_000);
      expect((await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges[0].node.targetId).toBe(seeds.seaweed);
      expect(index.needText(needId)!.title).toBe('Seaweed drying at low temperature');
    });

    it('a seed: the periodic full check re-reads it, and needs are matched against its latest text', async () => {
      const index = worker.get(MatchIndexService);
      const seedId = await createSeed({
        title: 'Fish bone removal by water jet',
        summary: 'A water jet that removes pin bones from fish fillets.',
        keywords: ['fish bones'],
        field: 'food machinery',
        holderOrganizationId: fx.ids.universityA,
      });
      await drained();
      await syncedPastNow(index);
      await editBehindWatermark(
        'Seed',
        seedId,
        "n.title = 'Kelp fermentation into biogas', n.summary = 'Anaerobic fermentation turns kelp residue into biogas.', n.keywords = ['kelp', 'biogas']",
      );
      const needId = await createNeed({
        title: 'Biogas from kelp residue',
        description: 'We want to turn our kelp residue into biogas by fermentation.',
        keywords: ['kelp', 'biogas'],
      });
      await settled(needId);
      const targets = async () =>
        (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges.map((e) => e.node.targetId);
      expect(await targets()).not.toContain(seedId);

      await index.fullCheck();
      await worker.get(MatchingService).matchNeed(needId);
      expect((await targets())[0]).toBe(seedId);
    });
  });

  it('syncs without reading again the texts the index holds: only versions it lacks come back', async () => {
    const index = worker.get(MatchIndexService);
    const repository = worker.get(MatchingRepository);
    const since = new Date(Date.now() - 60_000).toISOString();
    const first = await createNeed({
      title: 'Ultrasonic cleaning of fishing nets',
      description: 'Nets foul with algae.',
      keywords: ['nets'],
    });
    const second = await createNeed({
      title: 'Ice slurry for fresh fish',
      description: 'Keep the catch cold.',
      keywords: ['ice'],
    });
    const version = async (id: string) =>
      (await driver.executeQuery('MATCH (n:Need {id: $id}) RETURN toString(n.updatedAt) AS v', { id })).records[0].get(
        'v',
      ) as string;
    const ids = async (known: string[]) => (await repository.changesSince(since, known)).changed.map((t) => t.id);

    expect(await ids([])).toEqual(expect.arrayContaining([first, second]));
    const held = await ids([knownKey('NEED', first, await version(first))]);
    expect(held).toContain(second);
    expect(held).not.toContain(first);
    // Another version of a held text is not the one held: it comes back.
    expect(await ids([knownKey('NEED', first, '2001-01-01T00:00:00Z')])).toContain(first);

    // The index names what it took in inside its overlap, and gets back only what it lacks. The need
    // is stamped 20 s ahead, so it stays inside the overlap however slow the machine.
    const third = randomUUID();
    await driver.executeQuery(
      `MATCH (c:Organization {id: $company})
       CREATE (:Need {id: $id, title: 'Drying squid without smell', description: 'Odour control when drying squid.', keywords: ['squid'],
         confidentiality: 'PUBLIC', status: 'OPEN', createdAt: datetime(), updatedAt: datetime() + duration({seconds: 20}), createdBy: 'test'})-[:OF_COMPANY]->(c)`,
      { id: third, company: fx.ids.companyA1 },
    );
    const spy = jest.spyOn(repository, 'changesSince');
    try {
      await index.sync();
      expect(index.needText(third)?.title).toBe('Drying squid without smell');
      await index.sync();
      const last = spy.mock.calls.length - 1;
      expect(spy.mock.calls[last][1]).toContain(knownKey('NEED', third, await version(third)));
      const returned = (await (spy.mock.results[last].value as ReturnType<typeof repository.changesSince>)).changed.map(
        (t) => t.id,
      );
      expect(returned).not.toContain(third);
    } finally {
      spy.mockRestore();
      await driver.executeQuery('MATCH (n:Need {id: $id}) DETACH DELETE n', { id: third });
      index.forget('NEED', third);
    }
  });

  it('creates no duplicate match when two workers race on the same needs', async () => {
    const second = await createWorkerApp(config);
    try {
      const service = worker.get(MatchingService);
      await Promise.all([service.rebuild(), second.get(MatchingService).rebuild(), service.rebuild()]);
      const needIds = (await driver.executeQuery('MATCH (n:Need) RETURN collect(n.id) AS ids')).records[0].get(
        'ids',
      ) as string[];
      await Promise.all(needIds.flatMap((id) => [service.matchNeed(id), second.get(MatchingService).matchNeed(id)]));
      await drained();
    } finally {
      await second.close();
    }
    expect(await count('MATCH (m:Match) WITH m.pairKey AS k, count(*) AS c WHERE c > 1 RETURN count(k)')).toBe(0);
    expect(await count('MATCH (m:Match) WITH m, COUNT { (m)-[:FOR_NEED]->() } AS c WHERE c > 1 RETURN count(m)')).toBe(
      0,
    );
    expect(await count('MATCH (m:Match) WITH m, COUNT { (m)-[:SUGGESTS]->() } AS c WHERE c > 1 RETURN count(m)')).toBe(
      0,
    );
  });

  it('rejects a malformed job payload at once, without retries, and goes on with the rest', async () => {
    const queue = new Queue(QueueName.Matching, { connection: { url: config.redis.url }, prefix: config.queue.prefix });
    try {
      const bad = await queue.add(JobName.MatchNeed, { needId: 'not-a-uuid' }, { attempts: 5 });
      const badKind = await queue.add(
        JobName.TargetChanged,
        { kind: 'PLANET', targetId: randomUUID() },
        { attempts: 5 },
      );
      const gone = await queue.add(JobName.MatchNeed, { needId: randomUUID() }, { attempts: 5 });
      await drained();
      const badJob = await queue.getJob(bad.id!);
      expect(await badJob?.getState()).toBe('failed');
      expect(badJob?.attemptsMade).toBe(1);
      expect(badJob?.failedReason).toBe('payload.needId must be a UUID');
      expect((await queue.getJob(badKind.id!))?.failedReason).toBe(
        'payload.kind must be one of SEED, EQUIPMENT, RESEARCHER',
      );
      const goneJob = await queue.getJob(gone.id!);
      expect(await goneJob?.getState()).toBe('completed');
      expect(goneJob?.returnvalue).toEqual({ outcome: 'skipped', reason: 'the need no longer exists' });
      const status = await must(
        api.gql<{ matchingQueue: { counts: { failed: number }; failed: { id: string; failedReason: string }[] } }>(
          '{ matchingQueue { counts { failed } failed { id failedReason } } }',
          undefined,
          fx.tokens.admin,
        ),
      );
      expect(status.matchingQueue.failed.map((j) => j.id)).toEqual(expect.arrayContaining([bad.id, badKind.id]));
    } finally {
      await queue.close();
    }
  });

  it('gives no suggestion for a need with no analysable text, and does not crash on emoji or huge text', async () => {
    const emoji = await createNeed({ title: '😀😀😀', description: '🚀🚀 12345' });
    const huge = await createNeed({ title: 'Seaweed', description: 'seaweed drying '.repeat(1_300) });
    await settled(emoji);
    await settled(huge);
    expect((await matchesFor(emoji)).totalCount).toBe(0);
    // Only "seaweed drying" is said, so either seaweed-drying seed may lead; nothing else qualifies first.
    expect([seeds.seaweed, seeds.privateB]).toContain(
      (await matchesFor(huge, fx.tokens.admin, { kind: 'SEED' })).edges[0].node.targetId,
    );
  });

  describe('who sees which matches', () => {
    let needId: string;
    beforeAll(async () => {
      needId = await createNeed(SEAWEED_NEED);
      await settled(needId);
    });

    it("shows a private need's matches to its region's coordinator, never to another company or region", async () => {
      expect((await matchesFor(needId, fx.tokens.coordA)).totalCount).toBeGreaterThan(0);
      expect(code(await api.gql(FOR_NEED, { needId }, fx.tokens.companyA2))).toBe('NOT_FOUND');
      expect(code(await api.gql(FOR_NEED, { needId }, fx.tokens.coordB))).toBe('NOT_FOUND');
      expect(code(await api.gql(FOR_NEED, { needId }, fx.tokens.managerA))).toBe('NOT_FOUND');
      expect(code(await api.gql(FOR_NEED, { needId }))).toBe('UNAUTHENTICATED');
    });

    it('hides a seed the viewer may not see: region A coordinators never see the private region-B seed', async () => {
      const admins = (await matchesFor(needId)).edges.map((e) => e.node.targetId);
      const coords = (await matchesFor(needId, fx.tokens.coordA)).edges.map((e) => e.node.targetId);
      expect(admins).toContain(seeds.privateB);
      expect(coords).not.toContain(seeds.privateB);
    });

    it('shows a company its matches only once a coordinator has shared them', async () => {
      expect((await matchesFor(needId, fx.tokens.companyA1)).totalCount).toBe(0);
      const first = (await matchesFor(needId, fx.tokens.coordA)).edges[0].node;
      await driver.executeQuery(`MATCH (m:Match {id: $id}) SET m.status = 'SHARED'`, { id: first.id });
      const seen = await matchesFor(needId, fx.tokens.companyA1);
      expect(seen.edges.map((e) => e.node.id)).toEqual([first.id]);
      // Another company may read a PUBLIC need, never its matches, shared or not.
      const { records } = await driver.executeQuery(
        `MATCH (n:Need {id: $id}) WITH n, n.confidentiality AS was SET n.confidentiality = 'PUBLIC' RETURN was`,
        { id: needId },
      );
      try {
        expect((await matchesFor(needId, fx.tokens.companyA2)).totalCount).toBe(0);
        const byId = await api.gql(`query($id: ID!) { match(id: $id) { id } }`, { id: first.id }, fx.tokens.companyA2);
        expect(code(byId)).toBe('NOT_FOUND');
      } finally {
        await driver.executeQuery(`MATCH (n:Need {id: $id}) SET n.confidentiality = $was`, {
          id: needId,
          was: records[0].get('was') as string,
        });
      }
    });

    it("lists a coordinator's regions only, and refuses another region", async () => {
      const mine = (
        await must(
          api.gql<{ matchesInMyRegions: { edges: { node: { needId: string } }[] } }>(IN_REGIONS, {}, fx.tokens.coordA),
        )
      ).matchesInMyRegions;
      expect(mine.edges.length).toBeGreaterThan(0);
      expect(
        (await must(api.gql<{ matchesInMyRegions: { totalCount: number } }>(IN_REGIONS, {}, fx.tokens.coordB)))
          .matchesInMyRegions.totalCount,
      ).toBe(0);
      expect(code(await api.gql(IN_REGIONS, { regionId: fx.ids.regionA }, fx.tokens.coordB))).toBe('FORBIDDEN');
      expect(code(await api.gql(IN_REGIONS, {}, fx.tokens.companyA1))).toBe('FORBIDDEN');
    });

    it('lets coordinators of the region rematch, and no one else', async () => {
      const rematch = 'mutation($needId: ID!) { rematch(needId: $needId) }';
      expect((await must(api.gql<{ rematch: boolean }>(rematch, { needId }, fx.tokens.coordA))).rematch).toBe(true);
      expect(code(await api.gql(rematch, { needId }, fx.tokens.coordB))).toBe('NOT_FOUND');
      expect(code(await api.gql(rematch, { needId }, fx.tokens.companyA1))).toBe('FORBIDDEN');
      expect(code(await api.gql(rematch, { needId: 'nope' }, fx.tokens.coordA))).toBe('BAD_USER_INPUT');
      await drained();
    });

    it('pages by score with cursors, and validates its arguments', async () => {
      const all = await matchesFor(needId, fx.tokens.admin);
      expect(all.totalCount).toBeGreaterThanOrEqual(2);
      const first = await matchesFor(needId, fx.tokens.admin, { first: 1 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(all.totalCount);
      const next = await matchesFor(needId, fx.tokens.admin, { first: 1, after: first.pageInfo.endCursor });
      expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(
        all.edges.slice(0, 2).map((e) => e.node.id),
      );
      const bad = await api.gql(FOR_NEED, { needId, minScore: 2 }, fx.tokens.admin);
      expect(code(bad)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.errors)).toMatch(/minScore must be between 0 and 1/);
      expect(code(await api.gql(FOR_NEED, { needId: 'x' }, fx.tokens.admin))).toBe('BAD_USER_INPUT');
      const unknown = await api.gql(FOR_NEED, { needId: randomUUID() }, fx.tokens.admin);
      expect(code(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0].extensions?.field).toBe('needId');
    });
  });

  it('re-matches the needs nearby when an acquaintance or a consortium membership changes, so paths stay current', async () => {
    const needId = await createNeed({ ...SEAWEED_NEED, title: 'Seaweed drying through the network' });
    await settled(needId);
    /** Polls the need's seaweed match until its path relations are `want` (null: no path); the workers run for real. */
    const pathBecomes = async (want: string[] | null) => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const match = (await matchesFor(needId, fx.tokens.admin, { kind: 'SEED' })).edges
          .map((e) => e.node)
          .find((m) => m.targetId === seeds.seaweed);
        const relations = match?.path?.relations ?? null;
        if (JSON.stringify(relations) === JSON.stringify(want)) return match!;
        if (Date.now() > deadline)
          throw new Error(
            `path of the seaweed match is ${JSON.stringify(relations)}, expected ${JSON.stringify(want)}`,
          );
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const acquaintance = { coordinatorId: fx.ids.coordinatorA, personId: researcherId };
    const member = (memberId: string) => ({ consortiumId: fx.ids.consortiumA, memberId });
    const before = await pathBecomes(['WORKS_AT', 'KNOWS', 'KNOWS']);
    expect(before.pathBoost).toBeCloseTo(config.matching.pathBoost, 6);

    // The coordinator no longer knows the researcher: no path, no path boost; the need's text is unchanged.
    await must(
      api.gql(
        'mutation($coordinatorId: ID!, $personId: ID!) { forgetAcquaintance(coordinatorId: $coordinatorId, personId: $personId) }',
        acquaintance,
        fx.tokens.coordA,
      ),
    );
    const cut = await pathBecomes(null);
    expect(cut.pathBoost).toBe(0);
    expect(cut.id).toBe(before.id); // the same match, recomputed

    // Company and researcher join the same consortium: a shorter path through it.
    const join =
      'mutation($consortiumId: ID!, $memberId: ID!) { addConsortiumMember(consortiumId: $consortiumId, memberId: $memberId, role: "member") { __typename } }';
    await must(api.gql(join, member(fx.ids.companyA1), fx.tokens.admin));
    await must(api.gql(join, member(researcherId), fx.tokens.admin));
    const viaConsortium = await pathBecomes(['MEMBER_OF', 'MEMBER_OF']);
    expect(viaConsortium.path?.nodes.map((n) => n.id)).toEqual([fx.ids.companyA1, fx.ids.consortiumA, researcherId]);
    expect(viaConsortium.pathBoost).toBeCloseTo(config.matching.pathBoost, 6);

    // Back as it was: memberships removed, the acquaintance recorded again.
    const leave =
      'mutation($consortiumId: ID!, $memberId: ID!) { removeConsortiumMember(consortiumId: $consortiumId, memberId: $memberId) }';
    await must(api.gql(leave, member(researcherId), fx.tokens.admin));
    await must(api.gql(leave, member(fx.ids.companyA1), fx.tokens.admin));
    await pathBecomes(null);
    await must(
      api.gql(
        'mutation($coordinatorId: ID!, $personId: ID!) { recordAcquaintance(coordinatorId: $coordinatorId, personId: $personId) { personId } }',
        acquaintance,
        fx.tokens.coordA,
      ),
    );
    await pathBecomes(['WORKS_AT', 'KNOWS', 'KNOWS']);
    await drained();
  }, 120_000);
});
