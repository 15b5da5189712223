import { PageArgs, SortDirection } from '../../common/graphql/pagination';
import { EntityRepository } from './entity-repository';
import { Neo4jService } from './neo4j.service';

enum ThingSort {
  NAME = 'NAME',
}

class ThingsArgs extends PageArgs {
  regionId?: string;
  keyword?: string;
  sort: ThingSort = ThingSort.NAME;
}

class ThingsRepository extends EntityRepository<{ id: string }, ThingsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Thing)',
      node: 'n {.*} AS node',
      filter: '($regionId IS NULL OR n.regionId = $regionId)',
      filterArgs: ['regionId', 'keyword'],
    });
  }
}

function fakeNeo4j() {
  const runs: { statement: string; params: Record<string, unknown> }[] = [];
  const record = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });
  const run = (statement: string, params: Record<string, unknown>) => {
    runs.push({ statement, params });
    return Promise.resolve({
      records: statement.includes('count(n)') ? [record({ total: 0 })] : [record({ node: { id: 'a' } })],
    });
  };
  const neo4j = {
    readOne: run,
    read: (work: (tx: { run: typeof run }) => unknown) => work({ run }),
  } as unknown as Neo4jService;
  return { neo4j, runs };
}

describe('EntityRepository', () => {
  it('reads by ids through the match and node projection', async () => {
    const { neo4j, runs } = fakeNeo4j();
    await expect(new ThingsRepository(neo4j).findByIds(['a'])).resolves.toEqual([{ id: 'a' }]);
    expect(runs).toEqual([
      { statement: 'MATCH (n:Thing) WHERE n.id IN $ids RETURN n {.*} AS node', params: { ids: ['a'] } },
    ]);
  });

  it('lists with every filter argument as a parameter, null when left out, sorted by the sort key', async () => {
    const { neo4j, runs } = fakeNeo4j();
    const args = Object.assign(new ThingsArgs(), { regionId: 'r1', first: 5, direction: SortDirection.ASC });
    const page = await new ThingsRepository(neo4j).list(args);
    expect(page.edges.map((e) => e.node)).toEqual([{ id: 'a' }]);
    expect(runs[0].statement).toContain('ORDER BY n.name ASC, n.id ASC');
    expect(runs[0].params).toMatchObject({ regionId: 'r1', keyword: null });
  });
});
