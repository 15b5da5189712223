import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '../../config/app-config';
import { ConfigModule } from '../../config/config.module';
import { createAppLogger } from '../../common/logging/app-logger';
import { SchemaMigrator } from '../../infra/neo4j/migrations/schema-migrator';
import { Neo4jModule } from '../../infra/neo4j/neo4j.module';
import { DemoLoadReport, DemoLoader } from './demo.loader';
import { DemoModule } from './demo.module';

export { describeDemoLoad } from './demo.loader';
export type { DemoLoadReport } from './demo.loader';

/**
 * Loads the demo region into the Neo4j of `config` when its network is empty; otherwise reports
 * "skipped: graph not empty". Applies graph-schema first (idempotent, under the migrator's lock),
 * so the id and region-code constraints guard the load even on a fresh database. Never loads
 * with NODE_ENV=production: the demo sign-ins have published passwords.
 */
export async function loadDemoIfEmpty(config: AppConfig): Promise<DemoLoadReport> {
  if (config.env === 'production') {
    return { loaded: false, reason: 'NODE_ENV is production (the demo sign-ins have published passwords)' };
  }
  @Module({ imports: [ConfigModule.forRoot(config), Neo4jModule, DemoModule] })
  class DemoContextModule {}
  const app = await NestFactory.createApplicationContext(DemoContextModule, {
    logger: createAppLogger({ ...config.log, level: 'warn' }),
  });
  try {
    await app.get(SchemaMigrator).migrate();
    return await app.get(DemoLoader).loadIfEmpty();
  } finally {
    await app.close();
  }
}
