import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { toJs } from '../../infra/neo4j/neo4j-values';

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
  email: string;
}

/** A seed row with every reference resolved to an id. */
export interface SeedWrite {
  line: number;
  props: Record<string, unknown>;
  holderOrganizationId: string | null;
  holderResearcherIds: string[];
  collectedById: string | null;
}

export interface NeedWrite {
  line: number;
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
MATCH (c:Coordinator) WHERE toLower(c.email) IN $emails
RETURN c.id AS id, toLower(c.email) AS email`;

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

export class ImportChangedError extends AppError {
  constructor(expected: number, written: number) {
    super(
      ErrorCode.Conflict,
      `The network changed during the import (${expected - written} rows lost a referenced node); nothing was written, run it again`,
    );
  }
}

@Injectable()
export class ImportRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async organizations(refs: string[]): Promise<OrganizationRef[]> {
    return this.readAll(FIND_ORGANIZATIONS, { refs }) as Promise<OrganizationRef[]>;
  }

  async researchers(refs: string[]): Promise<ResearcherRef[]> {
    return this.readAll(FIND_RESEARCHERS, { refs }) as Promise<ResearcherRef[]>;
  }

  async coordinators(emails: string[]): Promise<CoordinatorRef[]> {
    return this.readAll(FIND_COORDINATORS, { emails: emails.map((e) => e.toLowerCase()) }) as Promise<CoordinatorRef[]>;
  }

  /** All rows in one transaction: every row is written, or none. */
  async writeSeeds(rows: SeedWrite[], userId: string): Promise<string[]> {
    return this.writeAll(WRITE_SEEDS, rows, userId);
  }

  async writeNeeds(rows: NeedWrite[], userId: string): Promise<string[]> {
    return this.writeAll(WRITE_NEEDS, rows, userId);
  }

  private async writeAll(query: string, rows: { line: number }[], userId: string): Promise<string[]> {
    if (rows.length === 0) return [];
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(query, { rows, userId });
      if (result.records.length !== rows.length) {
        // Throwing inside the transaction function rolls the transaction back.
        throw new ImportChangedError(rows.length, result.records.length);
      }
      return result.records.map((r) => r.get('id') as string);
    });
  }

  private async readAll(query: string, params: Record<string, unknown>): Promise<unknown[]> {
    const result = await this.neo4j.read((tx) => tx.run(query, params));
    return result.records.map((r) => toJs(r.toObject()));
  }
}
