import { Neo4jService } from './neo4j.service';
import { toJs } from './neo4j-values';

/*
 * The statement shapes the entity repositories share: read nodes by id, update one, delete one, and
 * link a node to a parent (or unlink it) reporting which end was missing. Labels and relationship types cannot
 * be query parameters, so they are spliced into the text, and only from these fixed lists: the
 * types below admit no other value, and `checked` refuses one at run time too. Variable names and
 * the fragments passed in (a node map, SET clauses) come from the repositories' code, never input.
 */

export const ENTITY_LABELS = [
  'Consortium',
  'Contact',
  'Coordinator',
  'Equipment',
  'HrProgram',
  'Need',
  'Organization',
  'Region',
  'Researcher',
  'Seed',
  'SupportStaff',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const LINK_TYPES = ['ENROLLED_IN', 'IN_REGION', 'KNOWS', 'MEMBER_OF', 'SUPPORTS', 'SURVEYED'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Relationships that make a node in use: it is not deleted while one points at it. */
export const REFERENCE_TYPES = [
  'AFFILIATED_WITH',
  'COVERS',
  'HELD_BY',
  'HOSTED_BY',
  'IN_REGION',
  'OF_COMPANY',
  'REPRESENTS',
  'WORKS_AT',
  'WORKS_FOR',
] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

function checked<T extends string>(value: T, allowed: readonly string[], what: string): T {
  if (!allowed.includes(value)) throw new Error(`${what} ${JSON.stringify(value)} is not in the allow-list`);
  return value;
}

const label = (l: EntityLabel) => checked(l, ENTITY_LABELS, 'Label');
const variable = (v: string) => {
  if (!VARIABLE.test(v)) throw new Error(`Variable ${JSON.stringify(v)} is not a plain name`);
  return v;
};

/** Runs a read whose records carry a `node` column, as JS values. */
export async function readNodes<T>(
  neo4j: Neo4jService,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await neo4j.readOne(statement, params);
  return result.records.map((r) => toJs(r.get('node')) as T);
}

/** Runs a write whose records carry a `node` column: the first node, or null when no row came back. */
export async function writeNode<T>(
  neo4j: Neo4jService,
  statement: string,
  params: Record<string, unknown>,
): Promise<T | null> {
  const result = await neo4j.write((tx) => tx.run(statement, params));
  return result.records.length ? (toJs(result.records[0].get('node')) as T) : null;
}

/** Runs a write: false when it returned no row (what it was to change was not there). */
export async function writeFound(neo4j: Neo4jService, statement: string, params: Record<string, unknown>) {
  const result = await neo4j.write((tx) => tx.run(statement, params));
  return result.records.length > 0;
}

/** Runs a write that always returns one row (such as flags saying what it found), as JS values. */
export async function writeRow<R>(neo4j: Neo4jService, statement: string, params: Record<string, unknown>): Promise<R> {
  const result = await neo4j.write((tx) => tx.run(statement, params));
  return toJs(result.records[0].toObject()) as R;
}

/** A link that an update may move to another node: see updateStatement. */
export interface MovedLink {
  type: LinkType;
  /** The label of the link's other end, and the parameter with the id of its new one. */
  to: EntityLabel;
  param: string;
  /** Which end the relationship starts from. */
  from: 'node' | 'other';
}

/**
 * Sets the properties in $set (only the keys sent) and the updatedAt of the node with that label and
 * $id, then runs `returns` (a RETURN clause over `n`). With `moving`, when its parameter is not null
 * the node's link of that type moves to the node with that id; when there is no such node nothing
 * is written and no row comes back, as when there is no node with $id.
 */
export function updateStatement(l: EntityLabel, returns: string, moving?: MovedLink): string {
  const node = `MATCH (n:${label(l)} {id: $id})`;
  if (!moving) return `${node} SET n += $set, n.updatedAt = datetime() ${returns}`;
  const type = checked(moving.type, LINK_TYPES, 'Relationship type');
  const param = `$${variable(moving.param)}`;
  const link = (rel: string, other: string) =>
    moving.from === 'node' ? `(n)-[${rel}:${type}]->(${other})` : `(${other})-[${rel}:${type}]->(n)`;
  return `
${node}
OPTIONAL MATCH (target:${label(moving.to)} {id: ${param}})
WITH n, target WHERE ${param} IS NULL OR target IS NOT NULL
SET n += $set, n.updatedAt = datetime()
WITH n, target
CALL (n, target) {
  WITH n, target WHERE target IS NOT NULL
  OPTIONAL MATCH ${link('old', `other:${label(moving.to)}`)} WHERE other <> target
  DELETE old
  MERGE ${link('', 'target')}
}
${returns}`;
}

/** Deletes the node with that label and id and its relationships; false when there was none. */
export async function detachDelete(neo4j: Neo4jService, l: EntityLabel, id: string): Promise<boolean> {
  const result = await neo4j.write((tx) =>
    tx.run(`MATCH (n:${label(l)} {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`, { id }),
  );
  return (toJs(result.records[0].get('deleted')) as number) > 0;
}

/**
 * Deletes the node with that label and id unless a relationship of `references` points at it.
 * Returns how many do (0 when deleted), or null when there is no such node.
 */
export async function deleteUnlessReferenced(
  neo4j: Neo4jService,
  l: EntityLabel,
  references: readonly ReferenceType[],
  id: string,
): Promise<number | null> {
  const types = references.map((t) => checked(t, REFERENCE_TYPES, 'Relationship type')).join('|');
  const result = await neo4j.write((tx) =>
    tx.run(
      `MATCH (n:${label(l)} {id: $id})
OPTIONAL MATCH (n)<-[r:${types}]-()
WITH n, count(r) AS uses
CALL (n, uses) { WITH n, uses WHERE uses = 0 DETACH DELETE n }
RETURN uses`,
      { id },
    ),
  );
  return result.records.length ? (toJs(result.records[0].get('uses')) as number) : null;
}

/**
 * A link between a parent node and another node, each looked up by the id in its parameter. The other
 * end may be one of several labels, each looked up through its own label (an index seek each).
 */
export interface LinkShape {
  parent: { label: EntityLabel; param: string; as: string };
  other: { labels: readonly EntityLabel[]; param: string; as: string };
  link: { type: LinkType; as: string; /** Which end the relationship starts from. */ from: 'parent' | 'other' };
}

function ends(shape: LinkShape) {
  const parent = variable(shape.parent.as);
  const other = variable(shape.other.as);
  const rel = variable(shape.link.as);
  const type = checked(shape.link.type, LINK_TYPES, 'Relationship type');
  const pattern = (parentNode: string) =>
    shape.link.from === 'other'
      ? `(${other})-[${rel}:${type}]->${parentNode}`
      : `${parentNode}-[${rel}:${type}]->(${other})`;
  const arrow = pattern(`(${parent})`);
  const found = `${parent} IS NOT NULL AS parentFound, ${other} IS NOT NULL AS otherFound`;
  const candidates = shape.other.labels.map((l) => `${other}${label(l)}`);
  const lookup = [
    `OPTIONAL MATCH (${parent}:${label(shape.parent.label)} {id: $${variable(shape.parent.param)}})`,
    `WITH ${parent}`,
    ...shape.other.labels.map((l, k) => `OPTIONAL MATCH (${candidates[k]}:${l} {id: $${variable(shape.other.param)}})`),
    `WITH ${parent}, coalesce(${candidates.join(', ')}) AS ${other}`,
  ].join('\n');
  return { parent, other, rel, arrow, pattern, found, lookup };
}

/** How a link is merged: see mergeLinkStatement. `returns` is also each item of linksOf. */
export interface MergeClauses {
  lockParent: boolean;
  where?: string;
  onCreate?: string;
  set?: string;
  returns: string;
}

/**
 * MERGE the link when both ends exist; returns `parentFound`, `otherFound` and `item` (the
 * `returns` expression, null when nothing was merged).
 *
 * With `lockParent`, the parent is written first, which takes its lock: two concurrent MERGEs of
 * the same pair serialize and the second finds the first's relationship instead of creating a
 * duplicate. Without it the MERGE between two bound nodes locks both itself (Neo4j's MergeInto);
 * then `onCreate` is where the parent's updatedAt moves, only for a new link.
 */
function mergeLinkStatement(shape: LinkShape, clauses: MergeClauses): string {
  const { parent, other, arrow, found, lookup } = ends(shape);
  return `
${lookup}
OPTIONAL CALL (${parent}, ${other}) {
  WITH ${parent}, ${other} WHERE ${parent} IS NOT NULL AND ${other} IS NOT NULL${clauses.where ? ` AND ${clauses.where}` : ''}
  ${clauses.lockParent ? `SET ${parent}.updatedAt = datetime()\n  ` : ''}MERGE ${arrow}${clauses.onCreate ? `\n  ON CREATE SET ${clauses.onCreate}` : ''}${clauses.set ? `\n  SET ${clauses.set}` : ''}
  RETURN ${clauses.returns} AS item
}
RETURN ${found}, item`;
}

/** Deletes the link when it exists; returns `parentFound`, `otherFound` and `wasLinked`. */
function deleteLinkStatement(shape: LinkShape): string {
  const { parent, other, rel, arrow, found, lookup } = ends(shape);
  return `
${lookup}
OPTIONAL MATCH ${arrow}
WITH ${parent}, ${other}, ${rel}, ${rel} IS NOT NULL AS wasLinked
CALL (${parent}, ${rel}) {
  WITH ${parent}, ${rel} WHERE ${rel} IS NOT NULL
  DELETE ${rel}
  SET ${parent}.updatedAt = datetime()
}
RETURN ${found}, wasLinked`;
}

/** Every link of the parents in $ids, as `{parentId, item}`, ordered by the other end's name. */
function linksOfStatement(shape: LinkShape, item: string): string {
  const { parent, other, pattern } = ends(shape);
  const isOther = shape.other.labels.map((l) => `${other}:${label(l)}`).join(' OR ');
  return `
MATCH ${pattern(`(${parent}:${label(shape.parent.label)})`)}
WHERE ${parent}.id IN $ids AND (${isOther})
RETURN ${parent}.id AS parentId, ${item} AS item
ORDER BY ${other}.name, ${other}.id`;
}

/** The errors for a link statement's missing ends, and for a link its own condition refused. */
export interface LinkErrors {
  parent: () => Error;
  other: () => Error;
  /** When the `where` of mergeLinkStatement refused the link; `other` when not given. */
  refused?: () => Error;
}

function checkEnds(row: { parentFound: boolean; otherFound: boolean }, errors: LinkErrors): void {
  if (!row.parentFound) throw errors.parent();
  if (!row.otherFound) throw errors.other();
}

/** Runs a mergeLinkStatement and returns its item, or throws which end was missing. */
async function mergeLink<T>(
  neo4j: Neo4jService,
  statement: string,
  params: Record<string, unknown>,
  errors: LinkErrors,
): Promise<T> {
  const row = await writeRow<{ parentFound: boolean; otherFound: boolean; item: T | null }>(neo4j, statement, params);
  checkEnds(row, errors);
  if (row.item === null) throw (errors.refused ?? errors.other)();
  return row.item;
}

/** Runs a deleteLinkStatement: false when there was no link; throws which end was missing. */
async function deleteLink(
  neo4j: Neo4jService,
  statement: string,
  params: Record<string, unknown>,
  errors: LinkErrors,
): Promise<boolean> {
  const row = await writeRow<{ parentFound: boolean; otherFound: boolean; wasLinked: boolean }>(
    neo4j,
    statement,
    params,
  );
  checkEnds(row, errors);
  return row.wasLinked;
}

/** Runs a read returning `parentId` and `item` columns, for a nested list field's loader. */
export async function readLinks<T>(
  neo4j: Neo4jService,
  statement: string,
  ids: readonly string[],
): Promise<{ parentId: string; item: T }[]> {
  const result = await neo4j.readOne(statement, { ids });
  return result.records.map((r) => ({ parentId: r.get('parentId') as string, item: toJs(r.get('item')) as T }));
}

/**
 * One kind of link between a parent and another node, with its statements built once: merge it,
 * delete it, and read the links of many parents (as `returns` items). `errors` names a missing end,
 * or a link the merge's own condition refused, from the two ids.
 */
export class Link<T> {
  private readonly mergeStatement: string;
  private readonly deleteStatement: string;
  private readonly linksStatement: string;

  constructor(
    private readonly shape: LinkShape,
    merge: MergeClauses,
    private readonly errors: (parentId: string, otherId: string) => LinkErrors,
  ) {
    this.mergeStatement = mergeLinkStatement(shape, merge);
    this.deleteStatement = deleteLinkStatement(shape);
    this.linksStatement = linksOfStatement(shape, merge.returns);
  }

  /** MERGEs the link and returns its item; `params` are the merge clauses' own parameters. */
  merge(neo4j: Neo4jService, parentId: string, otherId: string, params: Record<string, unknown> = {}): Promise<T> {
    return mergeLink<T>(
      neo4j,
      this.mergeStatement,
      { ...params, ...this.ids(parentId, otherId) },
      this.errors(parentId, otherId),
    );
  }

  /** False when there was no such link. */
  delete(neo4j: Neo4jService, parentId: string, otherId: string): Promise<boolean> {
    return deleteLink(neo4j, this.deleteStatement, this.ids(parentId, otherId), this.errors(parentId, otherId));
  }

  /** Every link of the parents in `parentIds`, for a nested list field's loader. */
  linksOf(neo4j: Neo4jService, parentIds: readonly string[]): Promise<{ parentId: string; item: T }[]> {
    return readLinks<T>(neo4j, this.linksStatement, parentIds);
  }

  private ids(parentId: string, otherId: string): Record<string, string> {
    return { [this.shape.parent.param]: parentId, [this.shape.other.param]: otherId };
  }
}
