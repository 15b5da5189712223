import neo4j, { Driver } from 'neo4j-driver';

/** Time Neo4j spent on one query text over a measured period, summed over its invocations. */
export interface QueryCost {
  query: string;
  /** The plan's operators, root first: one query text planned twice (a re-plan) is two entries. */
  plan: string;
  invocations: number;
  totalMs: number;
  meanMs: number;
  /** Of meanMs, the part spent looking up or compiling the plan. */
  meanCompileMs: number;
  /** The longest of those, and how many invocations took more than 5 ms to get their plan. */
  maxCompileMs: number;
  slowCompiles: number;
}

interface PlanNode {
  operator?: string;
  lhs?: PlanNode;
  rhs?: PlanNode;
}

/** A plan tree as one line, root first: `ProduceResults < Projection < NodeIndexSeek`, branches in brackets. */
function planLine(node: PlanNode | undefined): string {
  if (!node) return '';
  const below = [node.lhs, node.rhs].filter(Boolean).map((child) => planLine(child));
  if (below.length === 0) return node.operator ?? '?';
  return `${node.operator ?? '?'} < ${below.length === 1 ? below[0] : `[${below.join(' | ')}]`}`;
}

/**
 * Neo4j's own query collection (db.stats.collect / retrieve, section QUERIES): which statements the
 * server spent its time on while a benchmark measured, summed per query text.
 */
export class QueryStats {
  constructor(private readonly driver: Driver) {}

  async start(): Promise<void> {
    await this.driver.executeQuery("CALL db.stats.clear('QUERIES')");
    await this.driver.executeQuery(
      "CALL db.stats.collect('QUERIES', {durationSeconds: 3600, numberOfInvocations: 100000})",
    );
  }

  async stop(top = 12): Promise<QueryCost[]> {
    await this.driver.executeQuery("CALL db.stats.stop('QUERIES')");
    const { records } = await this.driver.executeQuery("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
    const costs: QueryCost[] = [];
    for (const record of records) {
      const data = record.get('data') as {
        query: string;
        queryExecutionPlan?: PlanNode;
        invocations?: { elapsedExecutionTimeInUs?: unknown; elapsedCompileTimeInUs?: unknown }[];
      };
      const invocations = data.invocations ?? [];
      let us = 0;
      let compileUs = 0;
      let maxCompileUs = 0;
      let slowCompiles = 0;
      for (const inv of invocations) {
        const compile = toNumber(inv.elapsedCompileTimeInUs);
        compileUs += compile;
        maxCompileUs = Math.max(maxCompileUs, compile);
        if (compile > 5_000) slowCompiles++;
        us += toNumber(inv.elapsedExecutionTimeInUs) + toNumber(inv.elapsedCompileTimeInUs);
      }
      const n = Math.max(invocations.length, 1);
      costs.push({
        query: data.query,
        plan: planLine(data.queryExecutionPlan),
        invocations: invocations.length,
        totalMs: us / 1000,
        meanMs: us / 1000 / n,
        meanCompileMs: compileUs / 1000 / n,
        maxCompileMs: maxCompileUs / 1000,
        slowCompiles,
      });
    }
    return costs.sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  }
}

const toNumber = (x: unknown) => (neo4j.isInt(x) ? (x as { toNumber(): number }).toNumber() : Number(x ?? 0));
