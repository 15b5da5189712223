import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j } from '../../src/infra/neo4j/local/neo4j-local.launcher';
import { ensureRedis } from '../../src/infra/redis/redis-local';
import { TEST_ENV } from './test-env';

/**
 * One throwaway Neo4j for the whole run (tests wipe its graph), unless TEST_NEO4J_URI names one.
 * NEO4J_URI is deliberately not used here: a developer's exported NEO4J_URI must never be wiped.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  if (!process.env.TEST_NEO4J_URI) {
    const home = mkdtempSync(join(tmpdir(), 'musubi-neo4j-test-'));
    const neo4j = await startLocalNeo4j({ home, port: 0, heap: '768m', pageCache: '128m' });
    process.env[TEST_ENV.neo4jUri] = neo4j.uri;
    globalThis.__MUSUBI_TEST_NEO4J__ = { stop: () => neo4j.stop(), home };
    console.log(`\n[test] throwaway Neo4j at ${neo4j.uri} (${home}) ready in ${neo4j.startupMs} ms`);
  } else {
    process.env[TEST_ENV.neo4jUri] = process.env.TEST_NEO4J_URI;
  }
  const redis = await ensureRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  globalThis.__MUSUBI_TEST_REDIS__ = redis;
  console.log(`[test] services ready in ${Date.now() - started} ms`);
}

declare global {
  var __MUSUBI_TEST_NEO4J__: { stop: () => Promise<void>; home: string } | undefined;
  var __MUSUBI_TEST_REDIS__: { stop: () => Promise<void>; started: boolean } | undefined;
}
