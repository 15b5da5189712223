import { Connection, PageArgs } from '../../common/graphql/pagination';
import { readNodes } from './entity-statements';
import { listPage, SortKey } from './keyset-page';
import { Neo4jService } from './neo4j.service';

/**
 * How an entity is read: `match` binds `n` (and whatever `filter` and `node` use), `node` projects
 * a row AS node, `filter` is the list's WHERE over the parameters named in `filterArgs` (a list
 * argument of the same name, null when the client left it out), `sortKeys` the allow-listed
 * sort property of each sort the list offers.
 */
export interface EntityQuery<A extends PageArgs & { sort: string }> {
  match: string;
  node: string;
  filter: string;
  filterArgs: readonly (keyof A & string)[];
  sortKeys: Record<A['sort'], SortKey>;
}

/** The reads every entity repository does the same way: a keyset page of the list, and by ids. */
export abstract class EntityRepository<T, A extends PageArgs & { sort: string }> {
  private readonly byIds: string;

  protected constructor(
    protected readonly neo4j: Neo4jService,
    private readonly query: EntityQuery<A>,
  ) {
    this.byIds = `${query.match} WHERE n.id IN $ids RETURN ${query.node}`;
  }

  list(args: A): Promise<Connection<T>> {
    const { match, filter, node, filterArgs, sortKeys } = this.query;
    const filters = Object.fromEntries(filterArgs.map((name) => [name, args[name] ?? null]));
    return listPage<T>(this.neo4j, { match, filter, node }, sortKeys[args.sort as A['sort']], args, filters);
  }

  findByIds(ids: readonly string[]): Promise<T[]> {
    return readNodes<T>(this.neo4j, this.byIds, { ids });
  }
}
