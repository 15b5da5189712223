import { Injectable } from '@nestjs/common';
import { deleteUnlessReferenced, ReferenceType } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { SortKey } from '../../infra/neo4j/keyset-page';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { toJs } from '../../infra/neo4j/neo4j-values';
import { RegionNotFoundError } from '../regions/regions.exception';
import {
  CreateOrganizationInput,
  OrganizationSort,
  OrganizationsArgs,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import { Organization } from './models/organization.model';
import { OrganizationInUseError, OrganizationNotFoundError } from './organizations.exception';

const SORT_KEYS: Record<OrganizationSort, SortKey> = {
  [OrganizationSort.NAME]: { property: 'name', type: 'string' },
  [OrganizationSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
};

const NODE = `n {.*, regionId: head([(n)-[:IN_REGION]->(inRegion:Region) | inRegion.id])} AS node`;

const FILTER = `($kind IS NULL OR n.kind = $kind)
  AND ($regionId IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $regionId}) })
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR toLower(coalesce(n.industry, '')) CONTAINS toLower($keyword)
       OR toLower(n.description) CONTAINS toLower($keyword))`;

const CREATE = `
MATCH (r:Region {id: $input.regionId})
CREATE (n:Organization {id: randomUUID(), name: $input.name, kind: $input.kind, industry: $input.industry,
  size: $input.size, description: coalesce($input.description, ''),
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:IN_REGION]->(r)
RETURN ${NODE}`;

const UPDATE = `
MATCH (n:Organization {id: $id})
OPTIONAL MATCH (newRegion:Region {id: $regionId})
WITH n, newRegion WHERE $regionId IS NULL OR newRegion IS NOT NULL
SET n += $set, n.updatedAt = datetime()
WITH n, newRegion
CALL (n, newRegion) {
  WITH n, newRegion WHERE newRegion IS NOT NULL
  OPTIONAL MATCH (n)-[old:IN_REGION]->()
  DELETE old
  MERGE (n)-[:IN_REGION]->(newRegion)
}
RETURN ${NODE}`;

/** What makes an organization in use: a need, seed, program, equipment, user or person pointing at it. */
const IN_USE_BY: ReferenceType[] = [
  'OF_COMPANY',
  'HELD_BY',
  'HOSTED_BY',
  'REPRESENTS',
  'AFFILIATED_WITH',
  'WORKS_AT',
  'WORKS_FOR',
];

@Injectable()
export class OrganizationsRepository extends EntityRepository<Organization, OrganizationsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Organization)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['kind', 'regionId', 'keyword'],
      sortKeys: SORT_KEYS,
    });
  }

  async create(input: CreateOrganizationInput, userId: string): Promise<Organization> {
    const result = await this.neo4j.write((tx) =>
      tx.run(CREATE, { input: { industry: null, size: null, description: null, ...input }, userId }),
    );
    if (result.records.length === 0) throw new RegionNotFoundError(input.regionId, 'regionId');
    return toJs(result.records[0].get('node')) as Organization;
  }

  async update(id: string, input: UpdateOrganizationInput): Promise<Organization> {
    const { regionId, ...rest } = input;
    const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const result = await this.neo4j.write((tx) => tx.run(UPDATE, { id, set, regionId: regionId ?? null }));
    if (result.records.length === 0) {
      const exists = await this.findByIds([id]);
      throw exists.length ? new RegionNotFoundError(String(regionId), 'regionId') : new OrganizationNotFoundError(id);
    }
    return toJs(result.records[0].get('node')) as Organization;
  }

  async delete(id: string): Promise<void> {
    const uses = await deleteUnlessReferenced(this.neo4j, 'Organization', IN_USE_BY, id);
    if (uses === null) throw new OrganizationNotFoundError(id);
    if (uses > 0) throw new OrganizationInUseError(id, uses);
  }
}
