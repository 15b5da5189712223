import neo4j, { Driver } from 'neo4j-driver';
import { AppConfig } from '../../config/app-config';

/**
 * How long a failed transaction function is retried. A request makes two reads (principal, then its
 * work), so with Neo4j down it failed only after 2 x 15 s (the driver's default), past clients'
 * timeouts (fault tests); 5 s still covers deadlock retries. Neo4jService.readOne retries as long.
 */
export const TRANSACTION_RETRY_MS = 5_000;

/** One driver per process; callers own closing it. */
export function createNeo4jDriver(config: AppConfig['neo4j']): Driver {
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs * 2,
    maxTransactionRetryTime: TRANSACTION_RETRY_MS,
    // The service reads no notifications (hints such as "this label does not exist yet"); without
    // them the server skips computing and sending them for every statement (a few per cent of
    // Neo4j's CPU under a write-heavy load).
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    // Integers stay lossless Integer objects; repositories convert them to JS numbers.
    disableLosslessIntegers: false,
    logging: { level: 'warn', logger: (level, message) => console.warn(`[neo4j-driver ${level}] ${message}`) },
  });
}

/** Polls until the server answers a query on the given database, or the deadline passes. */
export async function waitForNeo4j(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Neo4j did not answer within ${timeoutMs} ms: ${(lastError as Error)?.message ?? 'no answer'}`, {
    cause: lastError,
  });
}
