import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../common/errors/app-error';
import { keepPlan } from '../../infra/neo4j/kept-plan';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { VisibleEntityRepository } from '../../infra/neo4j/entity-repository';
import { detachDelete, updateStatement, writeFound } from '../../infra/neo4j/entity-statements';
import { defined } from '../../infra/neo4j/neo4j-values';
import { runRowBatches } from '../../infra/neo4j/row-batches';
import { seedVisible, visibilityParams } from '../auth/visibility';
import { Principal } from '../auth/principal';
import { CoordinatorNotFoundError } from '../coordinators/coordinators.exception';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import { ResearcherNotFoundError } from '../researchers/researchers.exception';
import { CreateSeedInput, SEED_DEFAULTS, SeedsArgs, UpdateSeedInput } from './dto/seed.inputs';
import { Seed } from './models/seed.model';
import { SeedNotFoundError } from './seeds.exception';

/**
 * Seeds with their regions: their holder organizations' and their holder researchers'
 * affiliations'. `byIds` starts from the seeds in $ids by a seek of the id index, forced (on a
 * young graph the planner's statistics made a scan of the whole index look cheaper). A filter on
 * ids after the WITH is not pushed through it: a read by id written as SCOPE + WHERE computed the
 * regions of every seed (200,000 db hits at 10,000 seeds).
 */
const scope = (byIds = false) => `MATCH (n:Seed)${byIds ? ' USING INDEX SEEK n:Seed(id) WHERE n.id IN $ids' : ''}
WITH n, [(n)-[:HELD_BY]->(:Organization)-[:IN_REGION]->(r:Region) | r.id]
      + [(n)-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) | r.id] AS regionIds`;

const SCOPE = scope();

export const SEED_VISIBLE = seedVisible('n', 'regionIds');

const NODE = `n {.*,
  holderOrganizationIds: [(n)-[:HELD_BY]->(holderOrg:Organization) | holderOrg.id],
  holderResearcherIds: [(n)-[:HELD_BY]->(holderResearcher:Researcher) | holderResearcher.id],
  collectedById: head([(collectedBy:Coordinator)-[:COLLECTED]->(n) | collectedBy.id]),
  regionIds: reduce(acc = [], r IN regionIds | CASE WHEN r IN acc THEN acc ELSE acc + r END)} AS node`;

const FILTER = `($stage IS NULL OR n.stage = $stage)
  AND ($field IS NULL OR toLower(n.field) = toLower($field))
  AND ($regionId IS NULL OR $regionId IN regionIds)
  AND ($holderId IS NULL OR EXISTS { (n)-[:HELD_BY]->({id: $holderId}) })
  AND ($keyword IS NULL OR toLower(n.title) CONTAINS toLower($keyword)
       OR toLower(n.summary) CONTAINS toLower($keyword)
       OR any(k IN n.keywords WHERE toLower(k) CONTAINS toLower($keyword)))`;

/** The seeds among $ids that the viewer may see (starts from the id index). */
export const FIND_VISIBLE = keepPlan(`${scope(true)} WHERE ${SEED_VISIBLE} RETURN ${NODE}`);

// Each row's holders and collector are matched first; when any is missing nothing of that row is
// created and the flags say which.
const CREATE = `
UNWIND $rows AS row
OPTIONAL MATCH (org:Organization {id: row.holderOrganizationId})
OPTIONAL MATCH (collector:Coordinator {id: row.collectedById})
WITH row, org, collector, COLLECT { MATCH (x:Researcher) WHERE x.id IN row.holderResearcherIds RETURN x } AS researchers
OPTIONAL CALL (row, org, researchers, collector) {
  WITH row, org, researchers, collector
  WHERE (row.holderOrganizationId IS NULL OR org IS NOT NULL)
    AND size(researchers) = size(row.holderResearcherIds)
    AND (row.collectedById IS NULL OR collector IS NOT NULL)
  CREATE (n:Seed {id: randomUUID(), title: row.input.title, summary: row.input.summary, keywords: row.input.keywords,
    field: row.input.field, stage: row.input.stage, ipStatus: row.input.ipStatus, ipNumbers: row.input.ipNumbers,
    visibility: row.input.visibility, createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})
  FOREACH (o IN CASE WHEN org IS NULL THEN [] ELSE [org] END | CREATE (n)-[:HELD_BY]->(o))
  FOREACH (r IN researchers | CREATE (n)-[:HELD_BY]->(r))
  FOREACH (c IN CASE WHEN collector IS NULL THEN [] ELSE [collector] END | CREATE (c)-[:COLLECTED]->(n))
  RETURN n
}
RETURN row.i AS i, n.id AS id, org IS NOT NULL AS organizationFound, [r IN researchers | r.id] AS researchersFound,
       collector IS NOT NULL AS collectorFound`;

/** What CREATE did with one row: `id` is null when nothing was written, and the flags say why. */
export interface SeedCreation {
  id: string | null;
  organizationFound: boolean;
  researchersFound: string[];
  collectorFound: boolean;
}

const holderResearcherIds = (input: CreateSeedInput) => [...new Set(input.holderResearcherIds ?? [])];

/** Why a seed could not be created, as the API reports it. */
function refusal(input: CreateSeedInput, outcome: SeedCreation): AppError {
  if (input.holderOrganizationId && !outcome.organizationFound) {
    return new OrganizationNotFoundError(input.holderOrganizationId, 'holderOrganizationId');
  }
  const missing = holderResearcherIds(input).filter((id) => !outcome.researchersFound.includes(id));
  if (missing.length) return new ResearcherNotFoundError(missing.join(', '), 'holderResearcherIds');
  return new CoordinatorNotFoundError(String(input.collectedById), 'collectedById');
}

const UPDATE = updateStatement('Seed', 'RETURN n.id AS id');

@Injectable()
export class SeedsRepository extends VisibleEntityRepository<Seed, SeedsArgs, Principal> {
  constructor(neo4j: Neo4jService) {
    super(
      neo4j,
      {
        match: SCOPE,
        node: NODE,
        filter: `${SEED_VISIBLE} AND ${FILTER}`,
        filterArgs: ['stage', 'field', 'regionId', 'holderId', 'keyword'],
        byIds: FIND_VISIBLE,
      },
      visibilityParams,
    );
  }

  /**
   * Runs CREATE for `inputs` inside `tx`, in batches; one outcome per input, in order. An input
   * whose holders or collector are missing is not written; the others are.
   */
  async createIn(tx: ManagedTransaction, inputs: readonly CreateSeedInput[], userId: string): Promise<SeedCreation[]> {
    const rows = inputs.map((input) => ({
      holderOrganizationId: input.holderOrganizationId ?? null,
      holderResearcherIds: holderResearcherIds(input),
      collectedById: input.collectedById ?? null,
      input: { ...SEED_DEFAULTS, ...defined(input) },
    }));
    return runRowBatches<SeedCreation>(tx, CREATE, rows, { userId });
  }

  /** Creates every seed or none, in one transaction; throws the first refused input's error. */
  async createMany(inputs: readonly CreateSeedInput[], userId: string): Promise<string[]> {
    return this.neo4j.write(async (tx) => {
      const outcomes = await this.createIn(tx, inputs, userId);
      const refused = outcomes.findIndex((o) => !o.id);
      // Throwing inside the transaction function rolls the seeds already written back.
      if (refused >= 0) throw refusal(inputs[refused], outcomes[refused]);
      return outcomes.map((o) => o.id!);
    });
  }

  async create(input: CreateSeedInput, userId: string): Promise<string> {
    return (await this.createMany([input], userId))[0];
  }

  async update(id: string, input: UpdateSeedInput): Promise<void> {
    if (!(await writeFound(this.neo4j, UPDATE, { id, set: defined(input) }))) throw new SeedNotFoundError(id);
  }

  async delete(id: string): Promise<void> {
    await detachDelete(this.neo4j, 'Seed', id);
  }
}
