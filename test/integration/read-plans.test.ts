import { randomUUID } from 'node:crypto';
import { Driver, ResultSummary } from 'neo4j-driver';
import { KEEP_PLAN } from '../../src/infra/neo4j/kept-plan';
import { SchemaMigrator } from '../../src/infra/neo4j/migrations/schema-migrator';
import { FIND_VISIBLE as FIND_VISIBLE_NEEDS } from '../../src/modules/needs/needs.repository';
import { FIND_VISIBLE as FIND_VISIBLE_SEEDS } from '../../src/modules/seeds/seeds.repository';
import { testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

interface ProfiledPlan {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: { Details?: string };
  children: ProfiledPlan[];
}

/** Database hits of a profiled statement, every operator's summed, and the plan as text. */
function profiled(summary: ResultSummary): { hits: number; plan: string } {
  let hits = 0;
  const lines: string[] = [];
  const walk = (plan: ProfiledPlan, depth: number) => {
    hits += plan.dbHits;
    lines.push(
      `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${(plan.arguments.Details ?? '').slice(0, 120)}`,
    );
    for (const child of plan.children) walk(child, depth + 1);
  };
  walk(summary.profile as unknown as ProfiledPlan, 0);
  return { hits, plan: lines.join('\n') };
}

/**
 * A read by id costs the same however many needs and seeds the graph holds. Every `need(id)`,
 * `seed(id)` and match's need or seed goes through these statements; they used to filter by id
 * after a WITH that the planner does not push filters through, so each read expanded every need
 * (12,000 db hits at 1,500 needs) or computed the regions of every seed (200,000 at 10,000).
 */
describe('reads by id start from the id index', () => {
  let driver: Driver;
  const tag = randomUUID();
  const COUNT = 400;
  const viewer = {
    viewerIsAdmin: false,
    viewerCompanyId: null,
    viewerCoordinatorRegionIds: [],
    viewerRegionIds: [],
    viewerSeedRegionIds: [],
  };

  beforeAll(async () => {
    const config = await testConfig();
    driver = testDriver(config);
    // The id indexes come from graph-schema (applied by whichever suite booted the API first).
    await new SchemaMigrator(driver, config).migrate();
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    await driver.executeQuery(
      `CREATE (r:Region {id: $tag + '-region', name: 'Plans'})
       CREATE (company:Organization {id: $tag + '-company', name: 'Plans Co', kind: 'COMPANY'})-[:IN_REGION]->(r)
       CREATE (university:Organization {id: $tag + '-university', name: 'Plans University', kind: 'UNIVERSITY'})-[:IN_REGION]->(r)
       WITH company, university
       UNWIND range(1, $count) AS i
       CREATE (:Need {id: $tag + '-need-' + i, title: 'need ' + i, confidentiality: CASE WHEN i % 2 = 0 THEN 'PUBLIC' ELSE 'PRIVATE' END,
         status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:OF_COMPANY]->(company)
       CREATE (:Seed {id: $tag + '-seed-' + i, title: 'seed ' + i, visibility: CASE WHEN i % 2 = 0 THEN 'PUBLIC' ELSE 'PRIVATE' END,
         createdAt: datetime(), updatedAt: datetime()})-[:HELD_BY]->(university)`,
      { tag, count: COUNT },
    );
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $tag DETACH DELETE n', { tag });
    await driver.close();
  });

  it.each([
    ['needs', FIND_VISIBLE_NEEDS, 'need'],
    ['seeds', FIND_VISIBLE_SEEDS, 'seed'],
  ])('%s: the visible one of two ids, in under 150 db hits among 400 of one holder', async (_kind, query, noun) => {
    const visible = `${tag}-${noun}-2`;
    const hidden = `${tag}-${noun}-3`;
    // Both keep their plan (CYPHER replan=skip, then the statement): PROFILE goes after the options.
    const { records, summary } = await driver.executeQuery(query.replace(KEEP_PLAN, `${KEEP_PLAN} PROFILE`), {
      ids: [visible, hidden],
      ...viewer,
    });
    const { hits, plan } = profiled(summary);
    console.log(
      `${noun} read by 2 ids among ${COUNT} of one holder: ${hits} db hits${hits < 150 ? '' : `; plan:\n${plan}`}`,
    );
    expect(records.map((r) => (r.get('node') as { id: string }).id)).toEqual([visible]);
    // A scan would cost several db hits per need or seed of the holder (over 1,000 here).
    expect(hits).toBeLessThan(150);
  });
});
