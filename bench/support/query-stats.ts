import neo4j, { Driver } from 'neo4j-driver';

/** Time Neo4j spent on one query text over a measured period, summed over its invocations. */
export interface QueryCost {
  query: string;
  invocations: number;
  totalMs: number;
  meanMs: number;
}

/**
 * Neo4j's own query collection (db.stats.collect / retrieve, section QUERIES): which statements the
 * server spent its time on while a benchmark measured, summed per query text.
 */
export class QueryStats {
  constructor(private readonly driver: Driver) {}

  async start(): Promise<void> {
    await this.driver.executeQuery("CALL db.stats.clear('QUERIES')");
    await this.driver.executeQuery("CALL db.stats.collect('QUERIES', {durationSeconds: 3600, numberOfInvocations: 100000})");
  }

  async stop(top = 12): Promise<QueryCost[]> {
    await this.driver.executeQuery("CALL db.stats.stop('QUERIES')");
    const { records } = await this.driver.executeQuery("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
    const costs: QueryCost[] = [];
    for (const record of records) {
      const data = record.get('data') as { query: string; invocations?: { elapsedExecutionTimeInUs?: unknown; elapsedCompileTimeInUs?: unknown }[] };
      const invocations = data.invocations ?? [];
      let us = 0;
      for (const inv of invocations) us += toNumber(inv.elapsedExecutionTimeInUs) + toNumber(inv.elapsedCompileTimeInUs);
      costs.push({ query: data.query, invocations: invocations.length, totalMs: us / 1000, meanMs: invocations.length ? us / 1000 / invocations.length : 0 });
    }
    return costs.sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  }
}

const toNumber = (x: unknown) => (neo4j.isInt(x) ? (x as { toNumber(): number }).toNumber() : Number(x ?? 0));
