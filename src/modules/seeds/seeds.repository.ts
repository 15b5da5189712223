import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { keepPlan } from '../../infra/neo4j/kept-plan';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { keysetPage, readPage, SortKey } from '../../infra/neo4j/keyset-page';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { seedVisible, visibilityParams } from '../auth/visibility';
import { Principal } from '../auth/principal';
import { CreateSeedInput, SEED_DEFAULTS, SeedSort, SeedsArgs, UpdateSeedInput } from './dto/seed.inputs';
import { Seed } from './models/seed.model';
import { SeedNotFoundError } from './seeds.exception';

const SORT_KEYS: Record<SeedSort, SortKey> = {
  [SeedSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
  [SeedSort.UPDATED_AT]: { property: 'updatedAt', type: 'datetime' },
  [SeedSort.TITLE]: { property: 'title', type: 'string' },
};

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

// Holders and collector are matched first; when any is missing nothing is created and the flags
// say which.
/** The seeds among $ids that the viewer may see (starts from the id index). */
export const FIND_VISIBLE = keepPlan(`${scope(true)} WHERE ${SEED_VISIBLE} RETURN ${NODE}`);

const CREATE = `
OPTIONAL MATCH (org:Organization {id: $holderOrganizationId})
WITH org
OPTIONAL MATCH (x:Researcher) WHERE x.id IN $holderResearcherIds
WITH org, collect(x) AS researchers
OPTIONAL MATCH (collector:Coordinator {id: $collectedById})
WITH org, researchers, collector
OPTIONAL CALL (org, researchers, collector) {
  WITH org, researchers, collector
  WHERE ($holderOrganizationId IS NULL OR org IS NOT NULL)
    AND size(researchers) = size($holderResearcherIds)
    AND ($collectedById IS NULL OR collector IS NOT NULL)
  CREATE (n:Seed {id: randomUUID(), title: $input.title, summary: $input.summary, keywords: $input.keywords,
    field: $input.field, stage: $input.stage, ipStatus: $input.ipStatus, ipNumbers: $input.ipNumbers,
    visibility: $input.visibility, createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})
  FOREACH (o IN CASE WHEN org IS NULL THEN [] ELSE [org] END | CREATE (n)-[:HELD_BY]->(o))
  FOREACH (r IN researchers | CREATE (n)-[:HELD_BY]->(r))
  FOREACH (c IN CASE WHEN collector IS NULL THEN [] ELSE [collector] END | CREATE (c)-[:COLLECTED]->(n))
  RETURN n
}
RETURN n.id AS id, org IS NOT NULL AS organizationFound, [r IN researchers | r.id] AS researchersFound,
       collector IS NOT NULL AS collectorFound`;

const UPDATE = `MATCH (n:Seed {id: $id}) SET n += $set, n.updatedAt = datetime() RETURN n.id AS id`;
const DELETE = `MATCH (n:Seed {id: $id}) DETACH DELETE n`;


@Injectable()
export class SeedsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(args: SeedsArgs, viewer: Principal) {
    const page = keysetPage(SORT_KEYS[args.sort], args.direction, args.first, args.after);
    const params = {
      stage: args.stage ?? null,
      field: args.field ?? null,
      regionId: args.regionId ?? null,
      holderId: args.holderId ?? null,
      keyword: args.keyword ?? null,
      ...visibilityParams(viewer),
      ...page.params,
    };
    return this.neo4j.read((tx) =>
      readPage<Seed>(tx, { match: SCOPE, filter: `${SEED_VISIBLE} AND ${FILTER}`, node: NODE }, page, params, args.first),
    );
  }

  async findVisible(ids: readonly string[], viewer: Principal): Promise<Seed[]> {
    const result = await this.neo4j.readOne(FIND_VISIBLE, { ids, ...visibilityParams(viewer) });
    return result.records.map((r) => toJs(r.get('node')) as Seed);
  }

  async create(input: CreateSeedInput, userId: string): Promise<string> {
    const researcherIds = [...new Set(input.holderResearcherIds ?? [])];
    const result = await this.neo4j.write((tx) =>
      tx.run(CREATE, {
        holderOrganizationId: input.holderOrganizationId ?? null,
        holderResearcherIds: researcherIds,
        collectedById: input.collectedById ?? null,
        input: { ...SEED_DEFAULTS, ...defined(input) },
        userId,
      }),
    );
    const row = toJs(result.records[0].toObject()) as {
      id: string | null;
      organizationFound: boolean;
      researchersFound: string[];
      collectorFound: boolean;
    };
    if (row.id) return row.id;
    if (input.holderOrganizationId && !row.organizationFound) {
      throw new AppError(ErrorCode.NotFound, `No organization with id ${input.holderOrganizationId}`, { field: 'holderOrganizationId' });
    }
    const missing = researcherIds.filter((id) => !row.researchersFound.includes(id));
    if (missing.length) {
      throw new AppError(ErrorCode.NotFound, `No researcher with id ${missing.join(', ')}`, { field: 'holderResearcherIds' });
    }
    throw new AppError(ErrorCode.NotFound, `No coordinator with id ${input.collectedById}`, { field: 'collectedById' });
  }

  async update(id: string, input: UpdateSeedInput): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(UPDATE, { id, set: defined(input) }));
    if (result.records.length === 0) throw new SeedNotFoundError(id);
  }

  async delete(id: string): Promise<void> {
    await this.neo4j.write((tx) => tx.run(DELETE, { id }));
  }
}
