import { Connection, PageArgs } from '../../common/graphql/pagination';
import { readNodes, writeNode } from './entity-statements';
import { listPage, SORT_KEYS, SortName } from './keyset-page';
import { Neo4jService } from './neo4j.service';

/**
 * How an entity is read: `match` binds `n` (and whatever `filter` and `node` use), `node` projects
 * a row AS node, `filter` is the list's WHERE over the parameters named in `filterArgs` (a list
 * argument of the same name, null when the client left it out). `byIds` reads the nodes in $ids;
 * by default it is `match` filtered on the id. Lists sort by SORT_KEYS.
 */
export interface EntityQuery<A> {
  match: string;
  node: string;
  filter: string;
  filterArgs: readonly (keyof A & string)[];
  byIds?: string;
}

type ListArgs = PageArgs & { sort: SortName };

/** Reads and writes every entity repository does the same way, with parameters of the caller's. */
abstract class EntityStatements<T, A extends ListArgs> {
  private readonly byIds: string;

  protected constructor(
    protected readonly neo4j: Neo4jService,
    private readonly query: EntityQuery<A>,
  ) {
    this.byIds = query.byIds ?? `${query.match} WHERE n.id IN $ids RETURN ${query.node}`;
  }

  /** A keyset page of the list; `params` are those of `filter` that are not list arguments. */
  protected page(args: A, params: Record<string, unknown>): Promise<Connection<T>> {
    const { match, filter, node, filterArgs } = this.query;
    const filters = Object.fromEntries(filterArgs.map((name) => [name, args[name] ?? null]));
    return listPage<T>(this.neo4j, { match, filter, node }, SORT_KEYS[args.sort], args, { ...filters, ...params });
  }

  protected read(ids: readonly string[], params: Record<string, unknown>): Promise<T[]> {
    return readNodes<T>(this.neo4j, this.byIds, { ...params, ids });
  }

  /** Runs a write returning the node (as `node`), or throws `missing()` when no row came back. */
  protected async writeNode(statement: string, params: Record<string, unknown>, missing: () => Error): Promise<T> {
    const node = await writeNode<T>(this.neo4j, statement, params);
    if (!node) throw missing();
    return node;
  }
}

/** An entity every signed-in user reads: a keyset page of the list, and by ids. */
export abstract class EntityRepository<T, A extends ListArgs> extends EntityStatements<T, A> {
  list(args: A): Promise<Connection<T>> {
    return this.page(args, {});
  }

  findByIds(ids: readonly string[]): Promise<T[]> {
    return this.read(ids, {});
  }

  /**
   * Runs an updateStatement of node `id` that returns the node. When no row comes back, throws what
   * was missing: the node (`missing`), or, the node being there, the new end of the link it was
   * moving (`missingTarget`).
   */
  protected async updateNode(
    statement: string,
    id: string,
    params: Record<string, unknown>,
    missing: () => Error,
    missingTarget?: () => Error,
  ): Promise<T> {
    const node = await writeNode<T>(this.neo4j, statement, { ...params, id });
    if (node) return node;
    throw missingTarget && (await this.findByIds([id])).length ? missingTarget() : missing();
  }
}

/**
 * An entity each viewer sees a part of: `filter` and `byIds` include the visibility clause, whose
 * parameters `visibility` derives from the viewer. What the viewer may not see is never read.
 */
export abstract class VisibleEntityRepository<T, A extends ListArgs, V> extends EntityStatements<T, A> {
  protected constructor(
    neo4j: Neo4jService,
    query: EntityQuery<A>,
    private readonly visibility: (viewer: V) => Record<string, unknown>,
  ) {
    super(neo4j, query);
  }

  list(args: A, viewer: V): Promise<Connection<T>> {
    return this.page(args, this.visibility(viewer));
  }

  /** The entities among `ids` that `viewer` may see. */
  findVisible(ids: readonly string[], viewer: V): Promise<T[]> {
    return this.read(ids, this.visibility(viewer));
  }
}
