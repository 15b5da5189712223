import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { loadDemoIfEmpty } from '../../src/modules/demo/load-demo';
import { UsersService } from '../../src/modules/users/users.service';
import { GraphQLResponse, TestApi, must } from '../support/api-client';
import { startApiSuite } from '../support/api-suite';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { clearGraph, deleteQueueKeys } from '../support/services';
import { TEST_ADMIN, UNKNOWN_ID } from '../support/test-env';

const NODE = 'id kind label regionIds degree';
const GRAPH = `nodes { ${NODE} } edges { id type source target } truncated omittedNodes`;
const NEIGHBOURHOOD = `query($nodeId: ID!, $depth: Int, $nodeKinds: [NetworkNodeKind!], $relationshipTypes: [String!], $limit: Int) {
  networkNeighbourhood(nodeId: $nodeId, depth: $depth, nodeKinds: $nodeKinds, relationshipTypes: $relationshipTypes, limit: $limit) { ${GRAPH} } }`;
const REGION_NETWORK = `query($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {
  regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) { ${GRAPH} } }`;
const PATH = `query($fromId: ID!, $toId: ID!, $maxLength: Int) {
  introductionPath(fromId: $fromId, toId: $toId, maxLength: $maxLength) { nodes { ${NODE} } edges { id type source target } length steps } }`;
const FIGURES = `query($regionId: ID!, $minScore: Float, $top: Int) {
  regionFigures(regionId: $regionId, minScore: $minScore, top: $top) {
    regionId countsByKind { kind count }
    topOrganizations { degree node { ${NODE} } } topResearchers { degree node { ${NODE} } }
    unmetNeeds { id title } orphanSeeds { id title } unmetNeedClusters { terms needs { id } } } }`;

type Node = { id: string; kind: string; label: string; regionIds: string[]; degree: number };
type Edge = { id: string; type: string; source: string; target: string };
type Graph = { nodes: Node[]; edges: Edge[]; truncated: boolean; omittedNodes: number };
type Path = { nodes: Node[]; edges: Edge[]; length: number; steps: string[] } | null;
type Figures = {
  regionId: string;
  countsByKind: { kind: string; count: number }[];
  topOrganizations: { degree: number; node: Node }[];
  topResearchers: { degree: number; node: Node }[];
  unmetNeeds: { id: string; title: string }[];
  orphanSeeds: { id: string; title: string }[];
  unmetNeedClusters: { terms: string[]; needs: { id: string }[] }[];
};
type Token = keyof NetworkFixture['tokens'];

/** The fixture's nodes plus ours; see the hand count in the comment of beforeAll. */
const my = {
  bank: randomUUID(),
  sato: randomUUID(),
  kimura: randomUUID(),
  ito: randomUUID(),
  mori: randomUUID(),
  dryer: randomUUID(),
  endo: randomUUID(),
  school: randomUUID(),
  n1: randomUUID(),
  n2: randomUUID(),
  n3: randomUUID(),
  n4: randomUUID(),
  n5: randomUUID(),
  n6: randomUUID(),
  n7: randomUUID(),
  s1: randomUUID(),
  s2: randomUUID(),
  s3: randomUUID(),
  s4: randomUUID(),
  m1: randomUUID(),
  m2: randomUUID(),
  m3: randomUUID(),
};

describe('network explorer queries', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;

  const code = (response: GraphQLResponse) => response.errors?.[0].extensions?.code;
  const neighbourhood = (variables: Record<string, unknown>, token: Token = 'admin') =>
    api.gql<{ networkNeighbourhood: Graph }>(NEIGHBOURHOOD, variables, f.tokens[token]);
  const regionNetwork = (variables: Record<string, unknown>, token: Token = 'admin') =>
    api.gql<{ regionNetwork: Graph }>(REGION_NETWORK, variables, f.tokens[token]);
  const path = (variables: Record<string, unknown>, token: Token = 'admin') =>
    api.gql<{ introductionPath: Path }>(PATH, variables, f.tokens[token]);
  const figures = (variables: Record<string, unknown>, token: Token = 'admin') =>
    api.gql<{ regionFigures: Figures }>(FIGURES, variables, f.tokens[token]);
  const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();
  const sorted = (...list: string[]) => [...list].sort();
  const degreeOf = (graph: Graph, id: string) => graph.nodes.find((n) => n.id === id)?.degree;
  /** Edges only between returned nodes: the invariant of every graph answer. */
  const expectClosed = (graph: Graph) => {
    const returned = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect(returned.has(e.source) && returned.has(e.target)).toBe(true);
  };

  /*
   * Region A (admin's view), hand-counted: REGION 1 (A); ORGANIZATION 4 (A1, A2, University A, the
   * bank); COORDINATOR 1; CONSORTIUM 1; RESEARCHER 2 (Sato, Kimura); CONTACT 1 (Ito); EQUIPMENT 1
   * (dryer); SUPPORT_STAFF 1 (Endo); HR_PROGRAM 1 (school); NEED 7 (n1-n7); SEED 4 (s1-s4) = 24.
   * Manager A does not see n2 (PRIVATE) nor s3 (PRIVATE seed): 22.
   * Degrees (admin): A 6, A1 5, A2 6, University A 8, bank 1, Coordinator A 5, Sato 5, Kimura 2.
   * Matches: m1 n4->s1 0.5 current; m2 n1->s4 0.02 current; m3 n3->s2 0.9 NOT current.
   */
  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
    const node = `createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'`;
    const need = (key: string, company: string, title: string, confidentiality: string, status = 'OPEN') =>
      `CREATE (${key}:Need {id: $${key}, title: '${title}', description: '${title}.', keywords: [], desiredOutcome: '', timeline: '',
         budgetBand: 'UNDECIDED', confidentiality: '${confidentiality}', status: '${status}', ${node}})-[:OF_COMPANY]->(${company})`;
    const seed = (key: string, holder: string, title: string, visibility: string) =>
      `CREATE (${key}:Seed {id: $${key}, title: '${title}', summary: '${title}.', keywords: [], field: 'food', stage: 'PROTOTYPE',
         ipStatus: 'NONE', ipNumbers: [], visibility: '${visibility}', ${node}})-[:HELD_BY]->(${holder})`;
    const match = (key: string, from: string, to: string, score: number, current: boolean) =>
      `CREATE (${key}:Match {id: $${key}, needId: ${from}.id, targetId: ${to}.id, kind: 'SEED', pairKey: $${key}, score: ${score},
         current: ${current}, stale: false, status: 'SUGGESTED', ${node}})
       CREATE (${key})-[:FOR_NEED]->(${from}) CREATE (${key})-[:SUGGESTS]->(${to})`;
    await driver.executeQuery(
      `MATCH (ra:Region {id: $regionA}), (a1:Organization {id: $companyA1}), (a2:Organization {id: $companyA2}),
             (b1:Organization {id: $companyB1}), (ua:Organization {id: $universityA}),
             (ca:Coordinator {id: $coordinatorA}), (cb:Coordinator {id: $coordinatorB}), (cons:Consortium {id: $consortiumA})
       CREATE (bank:Organization {id: $bank, name: 'A Lonely Bank', kind: 'FINANCIAL_INSTITUTION', description: '', ${node}})-[:IN_REGION]->(ra)
       CREATE (sato:Researcher {id: $sato, name: 'Researcher Sato', title: '', fields: [], profile: '', invitedCoreResearcher: false, ${node}})-[:AFFILIATED_WITH]->(ua)
       CREATE (kimura:Researcher {id: $kimura, name: 'Researcher Kimura', title: '', fields: [], profile: '', invitedCoreResearcher: false, ${node}})-[:AFFILIATED_WITH]->(ua)
       CREATE (sato)-[:MEMBER_OF {role: 'member'}]->(cons)
       CREATE (a2)-[:MEMBER_OF {role: 'member'}]->(cons)
       CREATE (ito:Contact {id: $ito, name: 'Contact Ito', title: '', email: '', ${node}})-[:WORKS_AT]->(a1)
       CREATE (mori:Contact {id: $mori, name: 'Contact Mori', title: '', email: '', ${node}})-[:WORKS_AT]->(b1)
       CREATE (ca)-[:KNOWS {note: ''}]->(ito)
       CREATE (ca)-[:KNOWS {note: ''}]->(sato)
       CREATE (cb)-[:KNOWS {note: ''}]->(mori)
       CREATE (cb)-[:KNOWS {note: ''}]->(sato)
       CREATE (dryer:Equipment {id: $dryer, name: 'Freeze Dryer', category: '', description: '', specifications: '', conditions: '', fees: '', availability: 'AVAILABLE', ${node}})-[:HOSTED_BY]->(ua)
       CREATE (endo:SupportStaff {id: $endo, name: 'Staff Endo', title: '', skills: [], ${node}})-[:WORKS_AT]->(ua)
       CREATE (endo)-[:SUPPORTS]->(dryer)
       CREATE (school:HrProgram {id: $school, title: 'Food Tech School', targetSkills: [], description: '', startDate: '2026-04-01', endDate: '2026-09-30', ${node}})-[:HOSTED_BY]->(ua)
       CREATE (ito)-[:ENROLLED_IN {enrolledAt: datetime()}]->(school)
       ${need('n1', 'a1', 'Seaweed drying with less energy', 'PUBLIC')}
       ${need('n2', 'a1', 'Seaweed drying by heat pump', 'PRIVATE')}
       ${need('n3', 'a2', 'Seaweed drying humidity control', 'REGION')}
       ${need('n4', 'a2', 'Titanium jig', 'PUBLIC')}
       ${need('n5', 'a2', 'Solved packaging question', 'PUBLIC', 'SOLVED')}
       ${need('n6', 'a1', 'Titanium laser welding', 'PUBLIC')}
       ${need('n7', 'a2', 'Laser welding of titanium frames', 'PUBLIC', 'IN_DISCUSSION')}
       CREATE (ca)-[:SURVEYED]->(n2)
       ${seed('s1', 'sato', 'Jig design', 'PUBLIC')}
       ${seed('s2', 'ua', 'Heat pump drying', 'PUBLIC')}
       ${seed('s3', 'ua', 'Secret alloy', 'PRIVATE')}
       ${seed('s4', 'kimura', 'Humidity sensing', 'REGION')}
       CREATE (ca)-[:COLLECTED]->(s2)
       ${match('m1', 'n4', 's1', 0.5, true)}
       ${match('m2', 'n1', 's4', 0.02, true)}
       ${match('m3', 'n3', 's2', 0.9, false)}`,
      { ...f.ids, ...my },
    );
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await clearGraph(driver);
    await driver?.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  describe('networkNeighbourhood', () => {
    it('depth 1: the direct neighbours, with degrees, no users or matches', async () => {
      const g = (await must(neighbourhood({ nodeId: f.ids.coordinatorA }))).networkNeighbourhood;
      expect(ids(g.nodes)).toEqual(sorted(f.ids.coordinatorA, f.ids.regionA, my.ito, my.sato, my.n2, my.s2));
      expect(g.nodes[0]).toEqual({
        id: f.ids.coordinatorA,
        kind: 'COORDINATOR',
        label: 'Coordinator A',
        regionIds: [f.ids.regionA],
        degree: 5,
      });
      expect(g.edges.map((e) => e.type).sort()).toEqual(['COLLECTED', 'COVERS', 'KNOWS', 'KNOWS', 'SURVEYED']);
      expect(g.edges).toContainEqual({
        id: `KNOWS:${f.ids.coordinatorA}->${my.ito}`,
        type: 'KNOWS',
        source: f.ids.coordinatorA,
        target: my.ito,
      });
      expect(g).toMatchObject({ truncated: false, omittedNodes: 0 });
      expectClosed(g);

      // A need's neighbourhood holds its company, not the Match nodes pointing at it.
      const n1 = (await must(neighbourhood({ nodeId: my.n1 }))).networkNeighbourhood;
      expect(ids(n1.nodes)).toEqual(sorted(my.n1, f.ids.companyA1));
    });

    it('depth 2 and 3 with kind filters walk only the chosen kinds', async () => {
      const kinds = ['CONTACT', 'COORDINATOR', 'RESEARCHER'];
      const d2 = (await must(neighbourhood({ nodeId: my.ito, depth: 2, nodeKinds: kinds }))).networkNeighbourhood;
      expect(ids(d2.nodes)).toEqual(sorted(my.ito, f.ids.coordinatorA, my.sato));
      expect(d2.edges).toHaveLength(2);
      const d3 = (await must(neighbourhood({ nodeId: my.ito, depth: 3, nodeKinds: kinds }))).networkNeighbourhood;
      expect(ids(d3.nodes)).toEqual(sorted(my.ito, f.ids.coordinatorA, my.sato, f.ids.coordinatorB));
      expect(d3.nodes.map((n) => n.kind)).toEqual(['CONTACT', 'COORDINATOR', 'RESEARCHER', 'COORDINATOR']);
      const universityOnly = (await must(neighbourhood({ nodeId: f.ids.universityA, nodeKinds: ['EQUIPMENT'] })))
        .networkNeighbourhood;
      expect(ids(universityOnly.nodes)).toEqual(sorted(f.ids.universityA, my.dryer));
    });

    it('relationship types restrict the walk and the edges', async () => {
      const g = (await must(neighbourhood({ nodeId: my.ito, depth: 3, relationshipTypes: ['KNOWS', 'WORKS_AT'] })))
        .networkNeighbourhood;
      expect(ids(g.nodes)).toEqual(sorted(my.ito, f.ids.companyA1, f.ids.coordinatorA, my.sato, f.ids.coordinatorB));
      expect(g.edges.map((e) => e.type).sort()).toEqual(['KNOWS', 'KNOWS', 'KNOWS', 'WORKS_AT']);
      expectClosed(g);
    });

    it('truncates nearest first (hops, then degree, then label) and says how much was cut', async () => {
      // University A, depth 2: 1 + 8 neighbours + 9 at two hops = 18 nodes for the admin.
      const all = (await must(neighbourhood({ nodeId: f.ids.universityA, depth: 2, limit: 18 }))).networkNeighbourhood;
      expect(all.nodes).toHaveLength(18);
      expect(all).toMatchObject({ truncated: false, omittedNodes: 0 });
      const cut = (await must(neighbourhood({ nodeId: f.ids.universityA, depth: 2, limit: 17 }))).networkNeighbourhood;
      expect(cut).toMatchObject({ truncated: true, omittedNodes: 1 });
      const five = (await must(neighbourhood({ nodeId: f.ids.universityA, depth: 2, limit: 5 }))).networkNeighbourhood;
      expect(five.nodes.map((n) => n.label)).toEqual([
        'A University',
        'Region A',
        'Researcher Sato',
        'Food Tech School',
        'Freeze Dryer',
      ]);
      expect(five.nodes.map((n) => n.degree)).toEqual([8, 6, 5, 2, 2]);
      expect(five).toMatchObject({ truncated: true, omittedNodes: 13 });
      expect(five.edges.map((e) => e.type).sort()).toEqual(['AFFILIATED_WITH', 'HOSTED_BY', 'HOSTED_BY', 'IN_REGION']);
      expectClosed(five);
      // The manager does not see the PRIVATE seed s3: one node fewer, and it is not counted.
      const manager = (await must(neighbourhood({ nodeId: f.ids.universityA, depth: 2, limit: 5 }, 'managerA')))
        .networkNeighbourhood;
      expect(manager).toMatchObject({ truncated: true, omittedNodes: 12 });
      expect(manager.nodes[0].degree).toBe(7);
    });
  });

  describe('regionNetwork', () => {
    it("returns the region's nodes, the region first, and only edges between them", async () => {
      const g = (await must(regionNetwork({ regionId: f.ids.regionA }))).regionNetwork;
      expect(g.nodes).toHaveLength(24);
      expect(g.nodes[0].id).toBe(f.ids.regionA);
      expect(g.nodes.map((n) => n.id)).not.toContain(f.ids.companyB1);
      expect(g).toMatchObject({ truncated: false, omittedNodes: 0 });
      // Every network relationship of the fixture whose both ends are in region A: 36 minus the
      // 5 that touch region B's nodes (B1 IN_REGION, Coordinator B COVERS and 2 KNOWS, Mori WORKS_AT).
      expect(g.edges).toHaveLength(31);
      expectClosed(g);
    });

    it('cuts to limit nearest first and filters kinds', async () => {
      const six = (await must(regionNetwork({ regionId: f.ids.regionA, limit: 6 }))).regionNetwork;
      expect(six.nodes.map((n) => n.label)).toEqual([
        'Region A',
        'A University',
        'A2 Metals',
        'A1 Foods',
        'Coordinator A',
        'A Consortium',
      ]);
      expect(six).toMatchObject({ truncated: true, omittedNodes: 18 });
      expect(six.edges).toHaveLength(6);
      const orgs = (await must(regionNetwork({ regionId: f.ids.regionA, nodeKinds: ['ORGANIZATION', 'CONSORTIUM'] })))
        .regionNetwork;
      expect(ids(orgs.nodes)).toEqual(
        sorted(f.ids.universityA, f.ids.companyA1, f.ids.companyA2, my.bank, f.ids.consortiumA),
      );
      expect(orgs.edges.map((e) => e.type)).toEqual(['MEMBER_OF']);
    });
  });

  describe('introductionPath', () => {
    it('finds the shortest path through people and memberships, with readable steps', async () => {
      const p = (await must(path({ fromId: f.ids.companyB1, toId: f.ids.companyA1 }))).introductionPath;
      expect(p?.length).toBe(6);
      expect(p?.nodes.map((n) => n.label)).toEqual([
        'B1 Marine',
        'Contact Mori',
        'Coordinator B',
        'Researcher Sato',
        'Coordinator A',
        'Contact Ito',
        'A1 Foods',
      ]);
      expect(p?.steps).toEqual([
        'Contact Mori works at B1 Marine',
        'Coordinator B knows Contact Mori',
        'Coordinator B knows Researcher Sato',
        'Coordinator A knows Researcher Sato',
        'Coordinator A knows Contact Ito',
        'Contact Ito works at A1 Foods',
      ]);
      expect(p?.edges.map((e) => e.type)).toEqual(['WORKS_AT', 'KNOWS', 'KNOWS', 'KNOWS', 'KNOWS', 'WORKS_AT']);
      // Through consortium membership: A2 Metals and Sato are both members of A Consortium.
      const consortium = (await must(path({ fromId: f.ids.companyA2, toId: my.sato }, 'managerA'))).introductionPath;
      expect(consortium?.steps).toEqual([
        'A2 Metals is a member of A Consortium',
        'Researcher Sato is a member of A Consortium',
      ]);
    });

    it('is null when no path is short enough or none exists', async () => {
      expect(
        (await must(path({ fromId: f.ids.companyB1, toId: f.ids.companyA1, maxLength: 5 }))).introductionPath,
      ).toBeNull();
      // Sharing a region is no introduction: the bank has nothing but IN_REGION.
      expect((await must(path({ fromId: my.bank, toId: f.ids.companyA1, maxLength: 8 }))).introductionPath).toBeNull();
    });

    it('starts from a need its coordinator surveyed; a node to itself is a path of length 0', async () => {
      const p = (await must(path({ fromId: my.n2, toId: my.sato }, 'coordA'))).introductionPath;
      expect(p?.steps).toEqual([
        'Coordinator A surveyed Seaweed drying by heat pump',
        'Coordinator A knows Researcher Sato',
      ]);
      const self = (await must(path({ fromId: my.sato, toId: my.sato }))).introductionPath;
      expect(self).toMatchObject({ length: 0, steps: [], edges: [] });
      expect(self?.nodes.map((n) => n.id)).toEqual([my.sato]);
    });
  });

  describe('regionFigures', () => {
    const count = (fig: Figures) => Object.fromEntries(fig.countsByKind.map((c) => [c.kind, c.count]));

    it('matches the hand count for the admin (default minScore 0.05)', async () => {
      const fig = (await must(figures({ regionId: f.ids.regionA }))).regionFigures;
      expect(fig.regionId).toBe(f.ids.regionA);
      expect(count(fig)).toEqual({
        REGION: 1,
        ORGANIZATION: 4,
        RESEARCHER: 2,
        SEED: 4,
        NEED: 7,
        COORDINATOR: 1,
        CONTACT: 1,
        CONSORTIUM: 1,
        EQUIPMENT: 1,
        SUPPORT_STAFF: 1,
        HR_PROGRAM: 1,
      });
      expect(fig.topOrganizations.map((r) => [r.node.label, r.degree])).toEqual([
        ['A University', 8],
        ['A2 Metals', 6],
        ['A1 Foods', 5],
        ['A Lonely Bank', 1],
      ]);
      expect(fig.topResearchers.map((r) => [r.node.label, r.degree])).toEqual([
        ['Researcher Sato', 5],
        ['Researcher Kimura', 2],
      ]);
      // n4 has a current match at 0.5; n1's only match (0.02) is under the threshold; n3's 0.9 is
      // not current; n5 is SOLVED.
      expect(ids(fig.unmetNeeds)).toEqual(sorted(my.n1, my.n2, my.n3, my.n6, my.n7));
      expect(ids(fig.orphanSeeds)).toEqual(sorted(my.s2, my.s3, my.s4));
      expect(fig.unmetNeedClusters.map((c) => ids(c.needs))).toEqual([
        sorted(my.n1, my.n2, my.n3),
        sorted(my.n6, my.n7),
      ]);
      const lower = (terms: string[]) => terms.map((t) => t.toLowerCase());
      expect(lower(fig.unmetNeedClusters[0].terms)).toEqual(expect.arrayContaining(['seaweed', 'drying']));
      expect(lower(fig.unmetNeedClusters[1].terms)).toEqual(expect.arrayContaining(['titanium', 'laser', 'welding']));
    });

    it('honours minScore and top', async () => {
      const fig = (await must(figures({ regionId: f.ids.regionA, minScore: 0.01, top: 2 }))).regionFigures;
      expect(ids(fig.unmetNeeds)).toEqual(sorted(my.n2, my.n3, my.n6, my.n7));
      expect(ids(fig.orphanSeeds)).toEqual(sorted(my.s2, my.s3));
      expect(fig.topOrganizations.map((r) => r.node.label)).toEqual(['A University', 'A2 Metals']);
      expect(fig.topResearchers).toHaveLength(2);
      const strict = (await must(figures({ regionId: f.ids.regionA, minScore: 1 }))).regionFigures;
      expect(ids(strict.unmetNeeds)).toEqual(sorted(my.n1, my.n2, my.n3, my.n4, my.n6, my.n7));
      expect(ids(strict.orphanSeeds)).toEqual(sorted(my.s1, my.s2, my.s3, my.s4));
    });

    it('never shows or counts what a manager may not see (PRIVATE need and seed)', async () => {
      const fig = (await must(figures({ regionId: f.ids.regionA }, 'managerA'))).regionFigures;
      expect(count(fig)).toMatchObject({ NEED: 6, SEED: 3 });
      expect(fig.topOrganizations.map((r) => [r.node.label, r.degree])).toEqual([
        ['A University', 7],
        ['A2 Metals', 6],
        ['A1 Foods', 4],
        ['A Lonely Bank', 1],
      ]);
      expect(ids(fig.unmetNeeds)).toEqual(sorted(my.n1, my.n3, my.n6, my.n7));
      expect(ids(fig.orphanSeeds)).toEqual(sorted(my.s2, my.s4));
      expect(fig.unmetNeedClusters.map((c) => ids(c.needs))).toEqual([sorted(my.n1, my.n3), sorted(my.n6, my.n7)]);
    });
  });

  describe('access', () => {
    it('managers never get a PRIVATE need or seed from any query', async () => {
      const region = (await must(regionNetwork({ regionId: f.ids.regionA }, 'managerA'))).regionNetwork;
      expect(region.nodes).toHaveLength(22);
      const hidden = [my.n2, my.s3];
      for (const id of hidden) {
        expect(region.nodes.map((n) => n.id)).not.toContain(id);
        expect(region.edges.flatMap((e) => [e.source, e.target])).not.toContain(id);
      }
      const around = (await must(neighbourhood({ nodeId: f.ids.coordinatorA, depth: 3 }, 'managerA')))
        .networkNeighbourhood;
      expect(around.nodes.map((n) => n.id)).not.toContain(my.n2);
      expect(around.nodes.map((n) => n.id)).not.toContain(my.s3);
      expect(degreeOf(around, f.ids.coordinatorA)).toBe(4);
      // A hidden node answers as if it did not exist.
      for (const r of [
        await neighbourhood({ nodeId: my.n2 }, 'managerA'),
        await path({ fromId: my.n2, toId: my.sato }, 'managerA'),
      ]) {
        expect(code(r)).toBe('NOT_FOUND');
      }
      expect((await neighbourhood({ nodeId: my.n2 }, 'managerA')).errors?.[0].extensions?.field).toBe('nodeId');
      expect((await path({ fromId: my.sato, toId: my.s3 }, 'managerA')).errors?.[0].extensions?.field).toBe('toId');
      // The region's coordinator sees both.
      const coord = (await must(regionNetwork({ regionId: f.ids.regionA }, 'coordA'))).regionNetwork;
      expect(coord.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(hidden));
    });

    it('each role explores only where it may', async () => {
      // Companies do not explore.
      expect(code(await regionNetwork({ regionId: f.ids.regionA }, 'companyA1'))).toBe('FORBIDDEN');
      expect(code(await figures({ regionId: f.ids.regionA }, 'companyA1'))).toBe('FORBIDDEN');
      expect(code(await neighbourhood({ nodeId: f.ids.companyA1 }, 'companyA1'))).toBe('FORBIDDEN');
      expect(code(await path({ fromId: f.ids.companyA1, toId: my.sato }, 'companyA2'))).toBe('FORBIDDEN');
      // Coordinators and managers: their regions only.
      expect(code(await regionNetwork({ regionId: f.ids.regionA }, 'coordB'))).toBe('FORBIDDEN');
      expect(code(await figures({ regionId: f.ids.regionB }, 'managerA'))).toBe('FORBIDDEN');
      expect(code(await neighbourhood({ nodeId: f.ids.companyB1 }, 'coordA'))).toBe('FORBIDDEN');
      expect(code(await neighbourhood({ nodeId: f.ids.companyB1 }, 'managerA'))).toBe('FORBIDDEN');
      expect(code(await path({ fromId: f.ids.companyA1, toId: f.ids.companyA2 }, 'coordB'))).toBe('FORBIDDEN');
      await must(neighbourhood({ nodeId: f.ids.companyB1 }, 'coordB'));
      await must(figures({ regionId: f.ids.regionB }, 'coordB'));
      // One end in your region is enough for a path.
      expect(
        (await must(path({ fromId: f.ids.companyB1, toId: f.ids.companyA1 }, 'coordA'))).introductionPath?.length,
      ).toBe(6);
      expect(
        (await must(path({ fromId: f.ids.companyB1, toId: f.ids.companyA1 }, 'coordB'))).introductionPath?.length,
      ).toBe(6);
      // No token.
      expect(code(await api.gql(REGION_NETWORK, { regionId: f.ids.regionA }))).toBe('UNAUTHENTICATED');
    });

    it('unknown ids answer NOT_FOUND naming the argument', async () => {
      const field = (r: GraphQLResponse) => [code(r), r.errors?.[0].extensions?.field];
      expect(field(await neighbourhood({ nodeId: UNKNOWN_ID }))).toEqual(['NOT_FOUND', 'nodeId']);
      expect(field(await path({ fromId: UNKNOWN_ID, toId: my.sato }))).toEqual(['NOT_FOUND', 'fromId']);
      expect(field(await path({ fromId: my.sato, toId: UNKNOWN_ID }))).toEqual(['NOT_FOUND', 'toId']);
      expect(field(await regionNetwork({ regionId: UNKNOWN_ID }))).toEqual(['NOT_FOUND', 'regionId']);
      expect(field(await figures({ regionId: UNKNOWN_ID }))).toEqual(['NOT_FOUND', 'regionId']);
      // A Match node has an id too, but is no network node.
      expect(field(await neighbourhood({ nodeId: my.m1 }))).toEqual(['NOT_FOUND', 'nodeId']);
    });
  });

  describe('bad arguments', () => {
    const rejects = async (response: Promise<GraphQLResponse>, field: string, rule: RegExp) => {
      const r = await response;
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.fields).toEqual([field]);
      expect(r.errors?.[0].message).toMatch(rule);
    };

    it.each([
      ['depth', 0, /depth must be an integer from 1 to 3/],
      ['depth', 4, /depth must be an integer from 1 to 3/],
      ['depth', null, /depth must be an integer from 1 to 3/],
      ['limit', 0, /limit must be an integer from 1 to 1000/],
      ['limit', 1001, /limit must be an integer from 1 to 1000/],
      ['nodeKinds', [], /nodeKinds must not be empty/],
      ['relationshipTypes', [], /relationshipTypes must not be empty/],
      ['relationshipTypes', ['ACTS_AS'], /relationshipTypes must each be one of IN_REGION, .*ENROLLED_IN/],
      ['relationshipTypes', ['KNOWS]-() DETACH DELETE a //'], /relationshipTypes must each be one of/],
      ['nodeId', 'not-a-uuid', /nodeId must be a UUID/],
    ])('networkNeighbourhood %s = %j', async (name, value, rule) => {
      await rejects(neighbourhood({ nodeId: f.ids.coordinatorA, [name]: value }), name, rule);
    });

    it('rejects bad arguments of the other queries', async () => {
      await rejects(
        regionNetwork({ regionId: f.ids.regionA, limit: 0 }),
        'limit',
        /limit must be an integer from 1 to 1000/,
      );
      await rejects(
        regionNetwork({ regionId: f.ids.regionA, limit: 5000 }),
        'limit',
        /limit must be an integer from 1 to 1000/,
      );
      await rejects(regionNetwork({ regionId: 'region-a' }), 'regionId', /regionId must be a UUID/);
      await rejects(regionNetwork({ regionId: f.ids.regionA, nodeKinds: [] }), 'nodeKinds', /must not be empty/);
      await rejects(
        path({ fromId: my.sato, toId: my.ito, maxLength: 0 }),
        'maxLength',
        /maxLength must be an integer from 1 to 8/,
      );
      await rejects(
        path({ fromId: my.sato, toId: my.ito, maxLength: 9 }),
        'maxLength',
        /maxLength must be an integer from 1 to 8/,
      );
      await rejects(path({ fromId: 'x', toId: my.ito }), 'fromId', /fromId must be a UUID/);
      await rejects(path({ fromId: my.sato, toId: 'x' }), 'toId', /toId must be a UUID/);
      await rejects(figures({ regionId: f.ids.regionA, top: 0 }), 'top', /top must be an integer from 1 to 50/);
      await rejects(figures({ regionId: f.ids.regionA, top: 51 }), 'top', /top must be an integer from 1 to 50/);
      await rejects(
        figures({ regionId: f.ids.regionA, minScore: -0.1 }),
        'minScore',
        /minScore must be between 0 and 1/,
      );
      await rejects(
        figures({ regionId: f.ids.regionA, minScore: 1.5 }),
        'minScore',
        /minScore must be between 0 and 1/,
      );
      // An unknown kind is refused by GraphQL itself, before any resolver.
      expect(code(await neighbourhood({ nodeId: my.sato, nodeKinds: ['USER'] }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('on the demo region', () => {
    // Timings are printed, not asserted (speed belongs in benchmarks, never in test assertions).
    it('answers every query on the demo region, and prints its timings', async () => {
      await clearGraph(driver);
      const report = await loadDemoIfEmpty(config);
      expect(report.loaded).toBe(true);
      await api.app.get(UsersService).ensureFirstAdmin();
      const admin = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
      const manager = await api.signIn('manager@demo.musubi.example', 'musubi-demo-manager');
      const row = (
        await driver.executeQuery(
          `MATCH (r:Region {code: 'shiomi-bay'})
         MATCH (o:Organization)-[:IN_REGION]->(r) WITH r, o ORDER BY COUNT { (o)--() } DESC LIMIT 1
         MATCH (x:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r)
         RETURN r.id AS region, o.id AS org, collect(x.id)[0] AS researcher, collect(x.id)[-1] AS other`,
        )
      ).records[0].toObject() as Record<string, string>;
      /** Best of six warm runs (after a first one that also plans the query), for the printed figures. */
      const timed = async (name: string, query: string, variables: Record<string, unknown>, token: string) => {
        const runs: number[] = [];
        for (let i = 0; i < 7; i++) {
          const started = performance.now();
          const r = await api.gql(query, variables, token);
          runs.push(performance.now() - started);
          expect(r.errors).toBeUndefined();
        }
        return [name, Math.round(Math.min(...runs.slice(1))), Math.round(runs[0])] as const;
      };
      const times = [
        await timed('regionNetwork (300, manager)', REGION_NETWORK, { regionId: row.region }, manager),
        await timed('regionNetwork (1000, admin)', REGION_NETWORK, { regionId: row.region, limit: 1000 }, admin),
        await timed(
          'networkNeighbourhood depth 3 of the region',
          NEIGHBOURHOOD,
          { nodeId: row.region, depth: 3, limit: 1000 },
          admin,
        ),
        await timed('networkNeighbourhood depth 2 (manager)', NEIGHBOURHOOD, { nodeId: row.org, depth: 2 }, manager),
        await timed('introductionPath maxLength 8', PATH, { fromId: row.org, toId: row.other, maxLength: 8 }, manager),
        await timed('regionFigures (manager)', FIGURES, { regionId: row.region }, manager),
      ];
      console.log(
        `network queries on the demo region, best warm run (first run) in ms: ${times.map(([n, best, first]) => `${n} ${best} (${first})`).join('; ')}`,
      );
      const fig = (await must(api.gql<{ regionFigures: Figures }>(FIGURES, { regionId: row.region }, manager)))
        .regionFigures;
      console.log(
        `demo region figures (manager): ${fig.countsByKind.map((c) => `${c.kind} ${c.count}`).join(', ')}; ` +
          `unmet needs ${fig.unmetNeeds.length}, orphan seeds ${fig.orphanSeeds.length}, ` +
          `clusters ${fig.unmetNeedClusters.map((c) => `[${c.terms.join(' ')}: ${c.needs.length}]`).join(' ')}`,
      );
    }, 300_000);
  });
});
