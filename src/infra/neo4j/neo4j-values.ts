import neo4j, { isDate, isDateTime, isInt } from 'neo4j-driver';

/** Neo4j values to plain JS, for repositories: Integer -> number, DateTime -> Date, lists and maps deep. */
export function toJs(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.toNumber();
  if (isDateTime(value)) return new Date(value.toString());
  if (isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toJs);
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJs(v)]));
  }
  return value;
}

/** A JS whole number as a Cypher Integer (SKIP/LIMIT and integer properties need it). */
export const int = (n: number) => neo4j.int(n);

/**
 * The fields of an input that were sent (neither undefined nor null), for `SET n += $set`: a field
 * the client left out must not overwrite the stored value.
 */
export const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/**
 * The fields of an input that were sent, null included, for `SET n += $set` where null clears a
 * property (Neo4j removes a property set to null); a field left out stays as stored.
 */
export const sent = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
