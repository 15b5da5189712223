import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { NEO4J_DRIVER } from './neo4j.constants';

/**
 * Transaction helpers for repositories. Both run transaction functions, which the driver retries on
 * transient errors: the work passed in may run more than once, so it must only touch the graph
 * (never enqueue jobs or call out).
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);

  constructor(
    @Inject(NEO4J_DRIVER) private readonly driver: Driver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** Readiness probe: true when the server answers a trivial query within the connection timeout. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.config.neo4j.database });
      return true;
    } catch (error) {
      this.logger.warn(`Neo4j ping failed: ${(error as Error).message}`);
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
