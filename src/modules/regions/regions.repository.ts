import { Injectable } from '@nestjs/common';
import { deleteUnlessReferenced, updateStatement, writeRow } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { isConstraintViolation } from '../../infra/neo4j/neo4j-errors';
import { defined } from '../../infra/neo4j/neo4j-values';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './dto/region.inputs';
import { Region } from './models/region.model';
import { RegionCodeTakenError, RegionInUseError, RegionNotFoundError } from './regions.exception';

const FILTER = `($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
  OR toLower(n.code) CONTAINS toLower($keyword) OR toLower(n.strategySummary) CONTAINS toLower($keyword))`;

const NODE = 'n {.*} AS node';

const CREATE = `
CREATE (n:Region {id: randomUUID(), code: $input.code, name: $input.name, prefectures: coalesce($input.prefectures, []),
  strategySummary: coalesce($input.strategySummary, ''), focusFields: coalesce($input.focusFields, []),
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})
RETURN ${NODE}`;

const UPDATE = updateStatement('Region', `RETURN ${NODE}`);

@Injectable()
export class RegionsRepository extends EntityRepository<Region, RegionsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Region)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['keyword'],
    });
  }

  async create(input: CreateRegionInput, userId: string): Promise<Region> {
    const defaults = { prefectures: null, strategySummary: null, focusFields: null };
    try {
      return (await writeRow<{ node: Region }>(this.neo4j, CREATE, { input: { ...defaults, ...input }, userId })).node;
    } catch (error) {
      if (isConstraintViolation(error)) throw new RegionCodeTakenError(input.code, error);
      throw error;
    }
  }

  async update(id: string, input: UpdateRegionInput): Promise<Region> {
    try {
      return await this.updateNode(UPDATE, id, { set: defined(input) }, () => new RegionNotFoundError(id));
    } catch (error) {
      if (isConstraintViolation(error)) throw new RegionCodeTakenError(String(input.code), error);
      throw error;
    }
  }

  /** Refused while an organization, consortium or coordinator is in the region. */
  async delete(id: string): Promise<void> {
    const uses = await deleteUnlessReferenced(this.neo4j, 'Region', ['IN_REGION', 'COVERS'], id);
    if (uses === null) throw new RegionNotFoundError(id);
    if (uses > 0) throw new RegionInUseError(id, uses);
  }
}
