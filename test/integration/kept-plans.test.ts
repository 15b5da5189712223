import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver, Integer } from 'neo4j-driver';
import { KEEP_PLAN } from '../../src/infra/neo4j/kept-plan';
import { LocalNeo4j, startLocalNeo4j } from '../../src/infra/neo4j/local/neo4j-local.launcher';
import { SchemaMigrator } from '../../src/infra/neo4j/migrations/schema-migrator';
import { MATCH_TARGET_KINDS, MatchTargetKind } from '../../src/modules/matching/engine/match-target-kind';
import { FIND_ONE, listStatement } from '../../src/modules/matches/reads/match-reads.repository';
import * as Q from '../../src/modules/matching/matching.queries';
import { CREATE as CREATE_NEED, FIND_VISIBLE as FIND_VISIBLE_NEEDS } from '../../src/modules/needs/needs.repository';
import { FIND_VISIBLE as FIND_VISIBLE_SEEDS } from '../../src/modules/seeds/seeds.repository';
import { PRINCIPAL } from '../../src/modules/users/users.repository';
import { testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

interface PlanNode {
  operatorType: string;
  arguments: { Details?: string };
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

/** The plan as indented text, for the log of a failure. */
function planText(plan: PlanNode, depth = 0): string {
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')} ${(plan.arguments.Details ?? '').slice(0, 140)}`;
  return [line, ...plan.children.map((child) => planText(child, depth + 1))].join('\n');
}

/** Every non-empty set of target kinds, in the order the repository passes them to networkFacts. */
const kindSets: MatchTargetKind[][] = [1, 2, 3, 4, 5, 6, 7].map((bits) =>
  MATCH_TARGET_KINDS.filter((_, i) => bits & (1 << i)),
);

/** Every statement given keepPlan (src/infra/neo4j/kept-plan.ts), by name. */
const KEPT: [string, string][] = [
  ['the workers index sync (CHANGES_SINCE)', Q.CHANGES_SINCE],
  ['a need text (NEED_TEXT)', Q.NEED_TEXT],
  ['the need lock (LOCK_NEED)', Q.LOCK_NEED],
  ['the match write (WRITE_MATCHES)', Q.WRITE_MATCHES],
  ['the network facts with no candidate', Q.networkFacts([])],
  ...kindSets.map((kinds): [string, string] => [`the network facts of ${kinds.join(', ')}`, Q.networkFacts(kinds)]),
  ['a need by id', FIND_VISIBLE_NEEDS],
  ['a seed by id', FIND_VISIBLE_SEEDS],
  ['createNeed', CREATE_NEED],
  ['a principal', PRINCIPAL],
  ['a match by id', FIND_ONE],
  ...(['need', 'seed'] as const).flatMap((start) =>
    [true, false].map((desc): [string, string] => [
      `the matches of a ${start} (${desc ? 'DESC' : 'ASC'})`,
      listStatement(start, desc),
    ]),
  ),
];

/**
 * A kept plan (CYPHER replan=skip) is used however the graph grows, and it may have been made on an
 * empty graph, where every count is 0 and a scan of all Match nodes costs nothing. So each kept
 * statement is planned here on an empty graph with graph-schema applied, on a Neo4j of this suite's
 * own, and must start from index seeks (unique ids, or indexes named by hints), with no scan.
 */
describe('statements that keep their plan are planned right on an empty graph', () => {
  const home = mkdtempSync(join(tmpdir(), 'musubi-kept-plans-'));
  let neo4j: LocalNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    neo4j = await startLocalNeo4j({ home, port: 0, heap: '384m', pageCache: '64m', startTimeoutMs: 300_000 });
    const config = await testConfig({ NEO4J_URI: neo4j.uri });
    driver = testDriver(config);
    await new SchemaMigrator(driver, config).migrate();
    await driver.executeQuery('CALL db.awaitIndexes(60)');
  }, 360_000);

  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('the graph holds nothing but graph-schema records', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock RETURN count(n) AS n',
    );
    expect((records[0].get('n') as Integer).toNumber()).toBe(0);
  });

  it.each(KEPT)('%s keeps its plan, and that plan seeks and never scans', async (name, statement) => {
    expect(statement.startsWith(`${KEEP_PLAN}\n`)).toBe(true);
    const explained = statement.replace(KEEP_PLAN, `${KEEP_PLAN} EXPLAIN`);
    const { summary } = await driver.executeQuery(explained);
    const plan = summary.plan as unknown as PlanNode;
    const ops = operators(plan);
    if (ops.some((op) => /Scan/.test(op))) console.log(`${name}: plan on an empty graph:\n${planText(plan)}`);
    expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
    expect(ops.some((op) => /Seek/.test(op))).toBe(true);
  });
});
