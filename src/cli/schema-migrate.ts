import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { ConfigError, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { Neo4jModule } from '../infra/neo4j/neo4j.module';
import { SchemaMigrator } from '../infra/neo4j/migrations/schema-migrator';
import { createAppLogger } from '../common/logging/app-logger';

/** `npm run schema:migrate`: applies graph-schema/ to the Neo4j at NEO4J_URI and reports. */
async function main(): Promise<void> {
  const config = loadConfig({ LOG_FORMAT: 'text', ...process.env });
  @Module({ imports: [ConfigModule.forRoot(config), Neo4jModule] })
  class MigrateModule {}
  const app = await NestFactory.createApplicationContext(MigrateModule, { logger: createAppLogger(config.log) });
  try {
    const report = await app.get(SchemaMigrator).migrate();
    console.log(
      `graph-schema at ${config.neo4j.uri}: applied ${report.applied.length} (${report.applied.join(', ') || 'none'}), ` +
        `${report.alreadyApplied.length} already applied`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
});
