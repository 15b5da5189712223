import { ManagedTransaction } from 'neo4j-driver';
import { Connection, CursorPosition, decodeCursor, encodeCursor, SortDirection } from '../../common/graphql/pagination';
import { Neo4jService } from './neo4j.service';
import { int, toJs } from './neo4j-values';

/** A sortable property of a node, from a fixed allow-list (Cypher cannot take it as a parameter). */
export interface SortKey {
  property: string;
  type: 'string' | 'datetime';
}

/**
 * The sort key of each value of the lists' sort enums: a list offers the ones its enum declares,
 * and each sorts by the same property wherever it appears.
 */
export const SORT_KEYS = {
  NAME: { property: 'name', type: 'string' },
  TITLE: { property: 'title', type: 'string' },
  CREATED_AT: { property: 'createdAt', type: 'datetime' },
  UPDATED_AT: { property: 'updatedAt', type: 'datetime' },
  // Stored as a YYYY-MM-DD string, which sorts in date order as a string.
  START_DATE: { property: 'startDate', type: 'string' },
} as const satisfies Record<string, SortKey>;

export type SortName = keyof typeof SORT_KEYS;

/**
 * Keyset pagination over `n`: ORDER BY the sort key then id, and continue strictly after the
 * cursor's (value, id). Returns Cypher fragments built only from the allow-listed SortKey, plus
 * parameters; nothing from the client is ever interpolated.
 */
export function keysetPage(key: SortKey, direction: SortDirection, first: number, after?: string) {
  const position: CursorPosition | null = decodeCursor(after);
  const cmp = direction === SortDirection.ASC ? '>' : '<';
  const dir = direction === SortDirection.ASC ? 'ASC' : 'DESC';
  const prop = `n.${key.property}`;
  const value = key.type === 'datetime' ? 'datetime($afterValue)' : '$afterValue';
  return {
    where: position ? `(${prop} ${cmp} ${value} OR (${prop} = ${value} AND n.id ${cmp} $afterId))` : 'true',
    orderBy: `ORDER BY ${prop} ${dir}, n.id ${dir}`,
    // One extra row tells whether a next page exists.
    limit: 'LIMIT $limitPlusOne',
    params: { afterValue: position?.value ?? null, afterId: position?.id ?? null, limitPlusOne: int(first + 1) },
    cursorOf: (node: Record<string, unknown>) => {
      const raw = node[key.property] as string | Date | null | undefined;
      return encodeCursor({ value: raw instanceof Date ? raw.toISOString() : String(raw ?? ''), id: String(node.id) });
    },
  };
}

/** Turns first+1 rows into a connection page. */
export function toConnection<T extends Record<string, unknown>>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (node: T) => string,
) {
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
    totalCount,
  };
}

/**
 * One page of a list and its total across pages, read in one transaction: `match` binds `n` (and
 * whatever `filter` and `node` use), `filter` is the list's WHERE, `node` projects a row AS node.
 */
export async function readPage<T>(
  tx: ManagedTransaction,
  query: { match: string; filter: string; node: string },
  page: ReturnType<typeof keysetPage>,
  params: Record<string, unknown>,
  first: number,
): Promise<Connection<T>> {
  const { match, filter, node } = query;
  const rows = await tx.run(
    `${match} WHERE ${filter} AND ${page.where} RETURN ${node} ${page.orderBy} ${page.limit}`,
    params,
  );
  const total = await tx.run(`${match} WHERE ${filter} RETURN count(n) AS total`, params);
  return toConnection(
    rows.records.map((r) => toJs(r.get('node')) as Record<string, unknown>),
    first,
    toJs(total.records[0].get('total')) as number,
    page.cursorOf,
  ) as unknown as Connection<T>;
}

/**
 * A list's page as `readPage` reads it, in a read transaction of its own: `key` is the allow-listed
 * sort key, `args` the client's page arguments, `filters` the parameters `query.filter` uses.
 */
export async function listPage<T>(
  neo4j: Neo4jService,
  query: { match: string; filter: string; node: string },
  key: SortKey,
  args: { direction: SortDirection; first: number; after?: string },
  filters: Record<string, unknown>,
): Promise<Connection<T>> {
  const page = keysetPage(key, args.direction, args.first, args.after);
  return neo4j.read((tx) => readPage<T>(tx, query, page, { ...filters, ...page.params }, args.first));
}
