import type { ConnectionOptions } from 'bullmq';
import IORedis, { Redis, RedisOptions } from 'ioredis';

/**
 * Producer-side client (API requests, health checks): with no offline queue, a command fails at once
 * while Redis is down instead of hanging the request that issued it.
 */
export function createProducerRedis(url: string, name = 'musubi-producer'): Redis {
  return new IORedis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    lazyConnect: true,
  } satisfies RedisOptions);
}

/**
 * Connection options (not a client) for BullMQ Workers and QueueEvents: given options, BullMQ owns
 * the connection and closes it with the Worker; a client passed in would be left open. Blocking
 * connections need maxRetriesPerRequest null.
 */
export function workerRedisOptions(url: string, name = 'musubi-worker'): ConnectionOptions {
  return { url, connectionName: name, maxRetriesPerRequest: null, connectTimeout: 5_000 };
}

/** Answers true when a PING comes back within timeoutMs; never throws, never retries. */
export async function redisAnswers(url: string, timeoutMs = 1_000): Promise<boolean> {
  const client = new IORedis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
