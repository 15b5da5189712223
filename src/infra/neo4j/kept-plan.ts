/**
 * The statements on the hot paths (a need created, matched and read; a caller's principal) keep the
 * plan Neo4j gave them first: Cypher's `replan=skip` query option.
 *
 * Neo4j plans a statement again once the counts its plan was based on have drifted past
 * `dbms.cypher.statistics_divergence_threshold` (checked at most every
 * `dbms.cypher.min_replan_interval`, 10 s), and every caller of that statement waits while it does.
 * These statements take hundreds of milliseconds to plan (the match write and a need's match list
 * the most), seconds under load, and a young graph drifts fast: while the graph doubles within
 * minutes, every drift re-plans them, and those re-plans stall the requests waiting on them.
 *
 * A plan kept must stay right however the graph grows, because it may have been made on an empty
 * one. So every statement given to `keepPlan` starts from a lookup of a unique id, or from an index
 * named by a hint (`USING INDEX`), never from a choice the counts decide; test/integration/kept-plans.test.ts
 * plans each on an empty graph and fails on a scan. Statements whose best start depends on the data
 * (a region's matches, searches, lists) are left to the planner.
 */
export const KEEP_PLAN = 'CYPHER replan=skip';

export function keepPlan(statement: string): string {
  return `${KEEP_PLAN}\n${statement.trim()}`;
}
