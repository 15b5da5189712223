import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import {
  ensureLauncherBuilt,
  freePort,
  PrerequisiteError,
  startLocalNeo4j,
} from '../../src/infra/neo4j/local/neo4j-local.launcher';
import { redisAnswers } from '../../src/infra/redis/redis-connections';
import { ensureRedis } from '../../src/infra/redis/redis-local';

describe('local Neo4j launcher', () => {
  it('keeps committed data across a SIGTERM stop and a restart on the same folder', async () => {
    const home = mkdtempSync(join(tmpdir(), 'musubi-neo4j-persist-'));
    try {
      const first = await startLocalNeo4j({ home, port: 0, heap: '256m', pageCache: '32m' });
      let driver = neo4j.driver(first.uri);
      await driver.executeQuery("CREATE (:Probe {id: 'kept'})");
      await driver.close();
      await first.stop();
      expect(first.stoppedCleanly()).toBe(true);

      const second = await startLocalNeo4j({ home, port: 0, heap: '256m', pageCache: '32m' });
      driver = neo4j.driver(second.uri);
      const result = await driver.executeQuery('MATCH (p:Probe) RETURN p.id AS id');
      await driver.close();
      await second.stop();
      expect(result.records.map((r) => r.get('id') as string)).toEqual(['kept']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('local Neo4j prerequisites', () => {
  it('names Java 17, how to install it and the alternatives when java is missing', () => {
    const failure = (() => {
      try {
        ensureLauncherBuilt(undefined, { PATH: '/nonexistent' });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(PrerequisiteError);
    expect((failure as Error).message).toMatch(/Java was not found on the PATH.*Java 17 or newer/);
    expect((failure as Error).message).toMatch(/NEO4J_URI=bolt:\/\/host:7687.*docker compose up/s);
  });
});

describe('local Redis', () => {
  it('starts redis-server on loopback when nothing answers, and stops it', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    expect(await redisAnswers(url)).toBe(false);
    const redis = await ensureRedis(url);
    expect(redis.started).toBe(true);
    expect(await redisAnswers(url)).toBe(true);
    await redis.stop();
    expect(await redisAnswers(url)).toBe(false);
  });

  it('uses a Redis that already answers without starting another', async () => {
    const redis = await ensureRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    expect(redis.started).toBe(false);
  });
});
