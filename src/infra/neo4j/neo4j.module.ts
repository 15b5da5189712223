import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { NEO4J_DRIVER } from './neo4j.constants';
import { createNeo4jDriver, waitForNeo4j } from './neo4j-driver.factory';
import { Neo4jService } from './neo4j.service';
import { SchemaMigrator } from './migrations/schema-migrator';

@Global()
@Module({
  providers: [
    {
      provide: NEO4J_DRIVER,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const driver = createNeo4jDriver(config.neo4j);
        const logger = new Logger('Neo4j');
        try {
          // Fail boot early, with the URI in the message, rather than on the first request.
          await waitForNeo4j(driver, config.neo4j.database, config.neo4j.connectionTimeoutMs * 6);
        } catch (error) {
          await driver.close();
          throw new Error(`Cannot reach Neo4j at ${config.neo4j.uri}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        logger.log(`Connected to Neo4j at ${config.neo4j.uri} (database ${config.neo4j.database})`);
        return driver;
      },
    },
    Neo4jService,
    SchemaMigrator,
  ],
  exports: [NEO4J_DRIVER, Neo4jService, SchemaMigrator],
})
export class Neo4jModule {}
