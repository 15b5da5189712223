import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import { APP_CONFIG } from '../../../config/config.module';
import { AppConfig } from '../../../config/app-config';
import { NEO4J_DRIVER } from '../neo4j.constants';
import { MigrationFile, readMigrationFiles } from './migration-file';

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const LOCK_ID = 'graph-schema';
const LEASE_SECONDS = 120;

// The bookkeeping constraints exist before any file runs, so that the lock and the records are
// unique even when two processes start at the same moment on an empty database.
const BOOTSTRAP = [
  'CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE',
  'CREATE CONSTRAINT schema_migration_lock_id IF NOT EXISTS FOR (l:SchemaMigrationLock) REQUIRE l.id IS UNIQUE',
];

// Taking the node's write lock first (SET touchedAt) serialises competing callers; only then is
// the owner read, so two callers can never both see the lock free.
const ACQUIRE_LOCK = `
MERGE (l:SchemaMigrationLock {id: $id})
SET l.touchedAt = datetime()
WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < datetime()) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expiresAt = CASE WHEN free THEN datetime() + duration({seconds: $lease}) ELSE l.expiresAt END
RETURN l.owner = $owner AS acquired`;

const RELEASE_LOCK = `
MATCH (l:SchemaMigrationLock {id: $id, owner: $owner})
SET l.owner = null, l.expiresAt = null`;

const APPLIED = `MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum`;

const RECORD = `
CREATE (:SchemaMigration {id: $id, checksum: $checksum, statements: $statements, appliedAt: datetime()})`;

/**
 * Applies graph-schema/*.cypher in order, once each, recording (:SchemaMigration {id}) per file.
 * Schema commands cannot share a transaction with data writes in Neo4j, so each statement runs on
 * its own and the file is recorded after its last statement; the files use IF NOT EXISTS, so a
 * file interrupted half-way is safely re-run as a whole.
 */
@Injectable()
export class SchemaMigrator {
  private readonly logger = new Logger(SchemaMigrator.name);

  constructor(
    @Inject(NEO4J_DRIVER) private readonly driver: Driver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async migrate(dir = this.config.graphSchema.dir, waitForLockMs = 120_000): Promise<MigrationReport> {
    const files = readMigrationFiles(dir);
    await this.bootstrap();
    const owner = randomUUID();
    await this.acquireLock(owner, waitForLockMs);
    try {
      const applied = await this.appliedChecksums();
      const report: MigrationReport = { applied: [], alreadyApplied: [] };
      for (const file of files) {
        const recorded = applied.get(file.id);
        if (recorded !== undefined) {
          if (recorded !== file.checksum) {
            throw new MigrationError(
              `graph-schema/${file.id} was changed after it was applied; add a new file instead`,
              file.id,
            );
          }
          report.alreadyApplied.push(file.id);
          continue;
        }
        await this.apply(file);
        report.applied.push(file.id);
        await this.renewLock(owner);
      }
      return report;
    } finally {
      await this.run(RELEASE_LOCK, { id: LOCK_ID, owner }).catch((error) =>
        this.logger.warn(`Could not release the graph-schema lock: ${(error as Error).message}`),
      );
    }
  }

  /**
   * The graph-schema files not recorded as applied, or recorded with another checksum: empty when
   * the graph's schema is what this code expects. A read only: it takes no lock.
   */
  async pending(dir = this.config.graphSchema.dir): Promise<string[]> {
    const files = readMigrationFiles(dir);
    const applied = await this.appliedChecksums();
    return files.filter((file) => applied.get(file.id) !== file.checksum).map((file) => file.id);
  }

  private async apply(file: MigrationFile): Promise<void> {
    const started = Date.now();
    for (const [index, statement] of file.statements.entries()) {
      try {
        await this.run(statement);
      } catch (error) {
        const code = error instanceof Neo4jError ? error.code : undefined;
        throw new MigrationError(
          `graph-schema/${file.id} statement ${index + 1} failed: ${code ?? 'error'}: ${(error as Error).message}`,
          file.id,
          code,
          { cause: error },
        );
      }
    }
    await this.run(RECORD, { id: file.id, checksum: file.checksum, statements: neo4j.int(file.statements.length) });
    this.logger.log(
      `Applied graph-schema/${file.id} (${file.statements.length} statements, ${Date.now() - started} ms)`,
    );
  }

  private async bootstrap(): Promise<void> {
    for (const statement of BOOTSTRAP) {
      // Two processes creating the same constraint at once: the loser sees it already exists.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.run(statement);
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          await sleep(100 * attempt);
        }
      }
    }
  }

  private async acquireLock(owner: string, waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const records = await this.run(ACQUIRE_LOCK, { id: LOCK_ID, owner, lease: neo4j.int(LEASE_SECONDS) });
      if (records[0]?.get('acquired') === true) return;
      if (Date.now() > deadline) {
        throw new MigrationError(
          `Another process has held the graph-schema lock for over ${waitMs} ms; retry when it finishes`,
        );
      }
      await sleep(250);
    }
  }

  private async renewLock(owner: string): Promise<void> {
    await this.run(ACQUIRE_LOCK, { id: LOCK_ID, owner, lease: neo4j.int(LEASE_SECONDS) });
  }

  private async appliedChecksums(): Promise<Map<string, string>> {
    const records = await this.run(APPLIED);
    return new Map(records.map((r) => [r.get('id') as string, r.get('checksum') as string]));
  }

  private async run(query: string, params: Record<string, unknown> = {}) {
    const result = await this.driver.executeQuery(query, params, { database: this.config.neo4j.database });
    return result.records;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
