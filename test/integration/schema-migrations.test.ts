import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Driver, Integer } from 'neo4j-driver';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { MigrationError, SchemaMigrator } from '../../src/infra/neo4j/migrations/schema-migrator';
import { Neo4jModule } from '../../src/infra/neo4j/neo4j.module';
import { testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

async function migratorContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(config), Neo4jModule] })
  class M {}
  return NestFactory.createApplicationContext(M, { logger: false });
}

async function schemaObjects(driver: Driver): Promise<string[]> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  return [...constraints.records, ...indexes.records].map((r) => r.get('name') as string).sort();
}

async function dropAllSchema(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE n:SchemaMigration OR n:SchemaMigrationLock DELETE n');
  for (const r of (await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name')).records) {
    await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`);
  }
  for (const r of (await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    .records) {
    await driver.executeQuery(`DROP INDEX \`${r.get('name')}\` IF EXISTS`);
  }
}

async function recorded(driver: Driver): Promise<{ id: string; copies: number }[]> {
  const result = await driver.executeQuery(
    'MATCH (m:SchemaMigration) RETURN m.id AS id, count(*) AS copies ORDER BY id',
  );
  return result.records.map((r) => ({ id: r.get('id') as string, copies: (r.get('copies') as Integer).toNumber() }));
}

describe('graph-schema migrations on a real Neo4j', () => {
  let config: AppConfig;
  let driver: Driver;
  let a: INestApplicationContext;
  let b: INestApplicationContext;
  const files = () =>
    readdirSync(config.graphSchema.dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();

  beforeAll(async () => {
    config = await testConfig();
    driver = testDriver(config);
    a = await migratorContext(config);
    b = await migratorContext(config);
  });
  afterAll(async () => {
    // Leave the database as every other suite expects it: the real schema applied.
    await a.get(SchemaMigrator).migrate();
    await Promise.all([a.close(), b.close()]);
    await driver.close();
  });

  it('applies every file once, and a second run is a no-op', async () => {
    await dropAllSchema(driver);
    const first = await a.get(SchemaMigrator).migrate();
    expect(first.applied).toEqual(files());
    const objectsAfterFirst = await schemaObjects(driver);
    expect(objectsAfterFirst).toEqual(expect.arrayContaining(['need_id', 'seed_id', 'user_email', 'match_pair']));

    const second = await a.get(SchemaMigrator).migrate();
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(files());
    expect(await schemaObjects(driver)).toEqual(objectsAfterFirst);
    expect((await recorded(driver)).map((r) => r.copies)).toEqual(files().map(() => 1));
  });

  it('never applies a file twice when two processes start at once', async () => {
    await dropAllSchema(driver);
    const [first, second] = await Promise.all([a.get(SchemaMigrator).migrate(), b.get(SchemaMigrator).migrate()]);
    const appliedTwice = first.applied.filter((f) => second.applied.includes(f));
    expect(appliedTwice).toEqual([]);
    expect([...first.applied, ...second.applied].sort()).toEqual(files());
    expect(await recorded(driver)).toEqual(files().map((id) => ({ id, copies: 1 })));
  });

  it("stops on a failing file, naming it and Neo4j's error, and records nothing for it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'musubi-bad-schema-'));
    writeFileSync(join(dir, '0001_ok.cypher'), 'CREATE INDEX test_ok IF NOT EXISTS FOR (n:TestOnly) ON (n.x);\n');
    writeFileSync(
      join(dir, '0002_broken.cypher'),
      'CREATE INDEX test_ok2 IF NOT EXISTS FOR (n:TestOnly) ON (n.y);\nCREAT NONSENSE;\n',
    );
    await dropAllSchema(driver);

    const failure = await a
      .get(SchemaMigrator)
      .migrate(dir)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toMatch(/graph-schema\/0002_broken\.cypher statement 2 failed/);
    expect((failure as MigrationError).neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    expect((await recorded(driver)).map((r) => r.id)).toEqual(['0001_ok.cypher']);
    await dropAllSchema(driver);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file changed after it was applied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'musubi-changed-schema-'));
    writeFileSync(join(dir, '0001_first.cypher'), 'CREATE INDEX test_first IF NOT EXISTS FOR (n:TestOnly) ON (n.a);\n');
    await dropAllSchema(driver);
    await a.get(SchemaMigrator).migrate(dir);
    writeFileSync(join(dir, '0001_first.cypher'), 'CREATE INDEX test_first IF NOT EXISTS FOR (n:TestOnly) ON (n.b);\n');
    await expect(a.get(SchemaMigrator).migrate(dir)).rejects.toThrow(
      /0001_first\.cypher was changed after it was applied/,
    );
    await dropAllSchema(driver);
    rmSync(dir, { recursive: true, force: true });
  });
});
