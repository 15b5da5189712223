import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { createNeo4jDriver } from '../../src/infra/neo4j/neo4j-driver.factory';
import { QueueName } from '../../src/infra/queue/queue.constants';
import { waitFor } from './processes';

export function testDriver(config: AppConfig): Driver {
  return createNeo4jDriver(config.neo4j);
}

/** The integer in the first column of a query's first row (`RETURN count(n) AS n`), as a number. */
export async function countOf(driver: Driver, cypher: string, params?: Record<string, unknown>): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params);
  return (records[0].get(0) as Integer).toNumber();
}

/** Empties the knowledge network but keeps graph-schema's records, so schema stays applied. */
export async function clearGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock DETACH DELETE n');
}

/** Deletes every Redis key under a test's queue prefix. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/**
 * Waits until the matching queue of `config` has no waiting, active or prioritized job (the
 * reconciliation schedule keeps a delayed one): every need queued so far is matched and notified.
 */
export async function matchingQueueDrained(config: AppConfig, timeoutMs = 60_000): Promise<void> {
  const queue = new Queue(QueueName.Matching, { connection: { url: config.redis.url }, prefix: config.queue.prefix });
  try {
    await waitFor(
      'the matching queue to drain',
      async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
        if (c.waiting + c.active + c.prioritized === 0) return true;
        throw new Error(`still queued: ${JSON.stringify(c)}`);
      },
      timeoutMs,
      250,
    );
  } finally {
    await queue.close();
  }
}
