import { Injectable, Logger } from '@nestjs/common';
import { isConstraintViolation } from '../../infra/neo4j/neo4j-errors';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { toJs } from '../../infra/neo4j/neo4j-values';
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

/** A seed row with every reference resolved to an id. */
export interface SeedWrite extends RowPosition {
  props: Record<string, unknown>;
  holderOrganizationId: string | null;
  holderResearcherIds: string[];
  collectedById: string | null;
}

export interface NeedWrite extends RowPosition {
  props: Record<string, unknown>;
  companyId: string;
  surveyedById: string | null;
}

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

// Every row's endpoints are matched inside the write; a row whose endpoint vanished since the
// references were resolved yields no row here, and the caller rolls the whole import back.
const WRITE_SEEDS = `
UNWIND $rows AS row
OPTIONAL MATCH (org:Organization {id: row.holderOrganizationId})
OPTIONAL MATCH (collector:Coordinator {id: row.collectedById})
WITH row, org, collector, COLLECT { MATCH (x:Researcher) WHERE x.id IN row.holderResearcherIds RETURN x } AS researchers
WHERE (row.holderOrganizationId IS NULL OR org IS NOT NULL)
  AND size(researchers) = size(row.holderResearcherIds)
  AND (row.collectedById IS NULL OR collector IS NOT NULL)
CREATE (n:Seed {id: randomUUID(), createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})
SET n += row.props
FOREACH (o IN CASE WHEN org IS NULL THEN [] ELSE [org] END | CREATE (n)-[:HELD_BY]->(o))
FOREACH (r IN researchers | CREATE (n)-[:HELD_BY]->(r))
FOREACH (c IN CASE WHEN collector IS NULL THEN [] ELSE [collector] END | CREATE (c)-[:COLLECTED]->(n))
RETURN row.line AS line, n.id AS id`;

const WRITE_NEEDS = `
UNWIND $rows AS row
MATCH (company:Organization {id: row.companyId, kind: 'COMPANY'})
OPTIONAL MATCH (surveyor:Coordinator {id: row.surveyedById})
WITH row, company, surveyor WHERE row.surveyedById IS NULL OR surveyor IS NOT NULL
CREATE (n:Need {id: randomUUID(), createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:OF_COMPANY]->(company)
SET n += row.props
FOREACH (c IN CASE WHEN surveyor IS NULL THEN [] ELSE [surveyor] END | CREATE (c)-[:SURVEYED]->(n))
RETURN row.line AS line, n.id AS id`;

/** Thrown inside a transaction function only to roll it back, carrying what the replay found. */
class ReplayOutcome {
  constructor(readonly row: RowPosition | null) {}
}

@Injectable()
export class ImportRepository {
  private readonly logger = new Logger(ImportRepository.name);

  constructor(private readonly neo4j: Neo4jService) {}

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
   * All rows in one transaction: every row is written, or none. Throws ImportChangedError when a
   * referenced node vanished since it was resolved, ImportConstraintError when the graph refuses a
   * row; either way the transaction is rolled back.
   */
  async writeSeeds(rows: SeedWrite[], userId: string): Promise<string[]> {
    return this.writeAll(WRITE_SEEDS, rows, userId);
  }

  async writeNeeds(rows: NeedWrite[], userId: string): Promise<string[]> {
    return this.writeAll(WRITE_NEEDS, rows, userId);
  }

  private async writeAll(query: string, rows: RowPosition[], userId: string): Promise<string[]> {
    if (rows.length === 0) return [];
    try {
      return await this.neo4j.write(async (tx) => {
        const result = await tx.run(query, { rows, userId });
        if (result.records.length !== rows.length) {
          // Throwing inside the transaction function rolls the transaction back.
          throw new ImportChangedError(rows.length, result.records.length);
        }
        return result.records.map((r) => r.get('id') as string);
      });
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      // One UNWIND statement cannot say which row failed, and Neo4j's message is not to be parsed:
      // replay the rows one at a time in a transaction that is always rolled back to find it. This
      // costs a round trip per row, paid only when an import has already failed.
      const row = await this.firstRefusedRow(query, rows, userId);
      this.logger.warn(`Import of ${rows.length} rows rolled back: a constraint refused the row at line ${row?.line ?? '?'}`);
      throw new ImportConstraintError(row, { cause: error });
    }
  }

  private async firstRefusedRow(query: string, rows: RowPosition[], userId: string): Promise<RowPosition | null> {
    try {
      await this.neo4j.write(async (tx) => {
        for (const row of rows) {
          try {
            await tx.run(query, { rows: [row], userId });
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
