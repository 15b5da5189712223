import { Injectable, Logger } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { isConstraintViolation } from '../../infra/neo4j/neo4j-errors';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { toJs } from '../../infra/neo4j/neo4j-values';
import { Principal } from '../auth/principal';
import { NewNeed, NeedsRepository } from '../needs/needs.repository';
import { CreateSeedInput } from '../seeds/dto/seed.inputs';
import { SeedsRepository } from '../seeds/seeds.repository';
import { ImportChangedError, ImportConstraintError } from './import.exception';
import { RowPosition } from './import-rows';

export interface OrganizationRef {
  id: string;
  name: string;
  kind: string;
  regionId: string | null;
}

export interface ResearcherRef {
  id: string;
  name: string;
  regionIds: string[];
}

export interface CoordinatorRef {
  id: string;
  name: string;
  /** Lower-cased; null when the coordinator has none. */
  email: string | null;
}

/** A seed row with every reference resolved to an id: the input the API would take. */
export interface SeedWrite extends RowPosition {
  input: CreateSeedInput;
}

export interface NeedWrite extends RowPosition, NewNeed {}

const FIND_ORGANIZATIONS = `
MATCH (o:Organization) WHERE o.id IN $refs OR o.name IN $refs
RETURN o.id AS id, o.name AS name, o.kind AS kind, head([(o)-[:IN_REGION]->(r:Region) | r.id]) AS regionId`;

const FIND_RESEARCHERS = `
MATCH (x:Researcher) WHERE x.id IN $refs OR x.name IN $refs
RETURN x.id AS id, x.name AS name,
       [(x)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) | r.id] AS regionIds`;

const FIND_COORDINATORS = `
MATCH (c:Coordinator) WHERE c.id IN $refs OR toLower(c.email) IN $refs
RETURN c.id AS id, c.name AS name, toLower(c.email) AS email`;

type RowWriter<R> = (tx: ManagedTransaction, rows: R[]) => Promise<(string | null)[]>;

/** Thrown inside a transaction function only to roll it back, carrying what the replay found. */
class ReplayOutcome extends Error {
  constructor(readonly row: RowPosition | null) {
    super('replay outcome');
  }
}

@Injectable()
export class ImportRepository {
  private readonly logger = new Logger(ImportRepository.name);

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly seeds: SeedsRepository,
    private readonly needs: NeedsRepository,
  ) {}

  async organizations(refs: string[]): Promise<OrganizationRef[]> {
    return this.readAll(FIND_ORGANIZATIONS, { refs }) as Promise<OrganizationRef[]>;
  }

  async researchers(refs: string[]): Promise<ResearcherRef[]> {
    return this.readAll(FIND_RESEARCHERS, { refs }) as Promise<ResearcherRef[]>;
  }

  /** Coordinators by id or e-mail address (both compared lower-cased). */
  async coordinators(refs: string[]): Promise<CoordinatorRef[]> {
    return this.readAll(FIND_COORDINATORS, { refs: refs.map((e) => e.toLowerCase()) }) as Promise<CoordinatorRef[]>;
  }

  /**
   * All rows in one transaction, through the repositories' own create statements: every row is
   * written, or none. Throws ImportChangedError when a referenced node vanished since it was
   * resolved, ImportConstraintError when the graph refuses a row; either way the transaction is
   * rolled back.
   */
  async writeSeeds(rows: SeedWrite[], userId: string): Promise<string[]> {
    return this.writeAll(rows, async (tx, batch) =>
      (
        await this.seeds.createIn(
          tx,
          batch.map((r) => r.input),
          userId,
        )
      ).map((o) => o.id),
    );
  }

  async writeNeeds(rows: NeedWrite[], importer: Principal): Promise<string[]> {
    return this.writeAll(rows, async (tx, batch) => (await this.needs.createIn(tx, batch, importer)).map((o) => o.id));
  }

  /** `write` returns each row's new id, or null where a row's referenced node is gone. */
  private async writeAll<R extends RowPosition>(rows: R[], write: RowWriter<R>): Promise<string[]> {
    if (rows.length === 0) return [];
    try {
      return await this.neo4j.write(async (tx) => {
        const ids = await write(tx, rows);
        const written = ids.filter((id): id is string => id !== null);
        // Throwing inside the transaction function rolls the transaction back.
        if (written.length !== rows.length) throw new ImportChangedError(rows.length, written.length);
        return written;
      });
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      // One UNWIND statement cannot say which row failed, and Neo4j's message is not to be parsed:
      // replay the rows one at a time in a transaction that is always rolled back to find it. This
      // costs a round trip per row, paid only when an import has already failed.
      const row = await this.firstRefusedRow(rows, write);
      this.logger.warn(
        `Import of ${rows.length} rows rolled back: a constraint refused the row at line ${row?.line ?? '?'}`,
      );
      throw new ImportConstraintError(row, { cause: error });
    }
  }

  private async firstRefusedRow<R extends RowPosition>(rows: R[], write: RowWriter<R>): Promise<RowPosition | null> {
    try {
      await this.neo4j.write(async (tx) => {
        for (const row of rows) {
          try {
            await write(tx, [row]);
          } catch (error) {
            if (isConstraintViolation(error)) throw new ReplayOutcome({ line: row.line, record: row.record });
            throw error;
          }
        }
        throw new ReplayOutcome(null);
      });
    } catch (outcome) {
      if (outcome instanceof ReplayOutcome) return outcome.row;
      throw outcome;
    }
    return null;
  }

  private async readAll(query: string, params: Record<string, unknown>): Promise<unknown[]> {
    const result = await this.neo4j.readOne(query, params);
    return result.records.map((r) => toJs(r.toObject()));
  }
}
