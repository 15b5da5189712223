import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Driver, isRetryableError, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { NEO4J_DRIVER } from './neo4j.constants';
import { TRANSACTION_RETRY_MS } from './neo4j-driver.factory';

/**
 * Transaction helpers for repositories. Both run transaction functions, which the driver retries on
 * transient errors: the work passed in may run more than once, so it must only touch the graph
 * (never enqueue jobs or call out). Each transaction carries the configured timeout
 * (NEO4J_TRANSACTION_TIMEOUT_MS): the server ends one that runs or waits for a lock longer.
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
      return await session.executeRead(work, { timeout: this.config.neo4j.transactionTimeoutMs });
    } finally {
      await session.close();
    }
  }

  /**
   * One read statement as an auto-commit transaction: one message to the server and one answer,
   * where a transaction function costs three of each (BEGIN, RUN, COMMIT): under load, BEGINs and
   * COMMITs around single reads are a large share of what the API writes to the socket. Retried like a transaction function on errors the driver calls
   * retryable (a statement that only reads is safe to run again), for up to the driver's retry time.
   */
  async readOne<R extends RecordShape = RecordShape>(
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    const deadline = Date.now() + TRANSACTION_RETRY_MS;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: 'READ' });
      try {
        return await session.run<R>(query, params, { timeout: this.config.neo4j.transactionTimeoutMs });
      } catch (error) {
        if (!isRetryableError(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(1_000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4)),
        );
      } finally {
        await session.close();
      }
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work, { timeout: this.config.neo4j.transactionTimeoutMs });
    } finally {
      await session.close();
    }
  }

  /**
   * Readiness probe: true when the server answers a trivial query within the connection timeout.
   * An auto-commit query, not executeQuery: executeQuery retries for the driver's whole retry budget
   * (15 s), so with Neo4j down /health/ready hung instead of answering "not ready" (fault tests).
   */
  async ping(): Promise<boolean> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.config.neo4j.connectionTimeoutMs} ms`)),
        this.config.neo4j.connectionTimeoutMs,
      );
    });
    try {
      await Promise.race([session.run('RETURN 1'), timeout]);
      return true;
    } catch (error) {
      this.logger.warn(`Neo4j ping failed: ${(error as Error).message}`);
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
