import { Injectable } from '@nestjs/common';
import { deleteUnlessReferenced } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { SortKey } from '../../infra/neo4j/keyset-page';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { isConstraintViolation } from '../../infra/neo4j/neo4j-errors';
import { toJs } from '../../infra/neo4j/neo4j-values';
import { CreateRegionInput, RegionSort, RegionsArgs, UpdateRegionInput } from './dto/region.inputs';
import { Region } from './models/region.model';
import { RegionCodeTakenError, RegionInUseError, RegionNotFoundError } from './regions.exception';

const SORT_KEYS: Record<RegionSort, SortKey> = {
  [RegionSort.NAME]: { property: 'name', type: 'string' },
  [RegionSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
};

const FILTER = `($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
  OR toLower(n.code) CONTAINS toLower($keyword) OR toLower(n.strategySummary) CONTAINS toLower($keyword))`;

const CREATE = `
CREATE (n:Region {id: randomUUID(), code: $input.code, name: $input.name, prefectures: coalesce($input.prefectures, []),
  strategySummary: coalesce($input.strategySummary, ''), focusFields: coalesce($input.focusFields, []),
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})
RETURN n {.*} AS node`;

// Only the properties given are changed: $set holds just those keys.
const UPDATE = `MATCH (n:Region {id: $id}) SET n += $set, n.updatedAt = datetime() RETURN n {.*} AS node`;

const NODE = 'n {.*} AS node';

@Injectable()
export class RegionsRepository extends EntityRepository<Region, RegionsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Region)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['keyword'],
      sortKeys: SORT_KEYS,
    });
  }

  async create(input: CreateRegionInput, userId: string): Promise<Region> {
    try {
      const result = await this.neo4j.write((tx) =>
        tx.run(CREATE, { input: { prefectures: null, strategySummary: null, focusFields: null, ...input }, userId }),
      );
      return toJs(result.records[0].get('node')) as Region;
    } catch (error) {
      if (isConstraintViolation(error)) throw new RegionCodeTakenError(input.code, error);
      throw error;
    }
  }

  async update(id: string, input: UpdateRegionInput): Promise<Region> {
    const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    try {
      const result = await this.neo4j.write((tx) => tx.run(UPDATE, { id, set }));
      if (result.records.length === 0) throw new RegionNotFoundError(id);
      return toJs(result.records[0].get('node')) as Region;
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
