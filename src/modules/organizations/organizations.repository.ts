import { Injectable } from '@nestjs/common';
import { deleteUnlessReferenced, ReferenceType, updateStatement } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { sent } from '../../infra/neo4j/neo4j-values';
import { RegionNotFoundError } from '../regions/regions.exception';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs';
import { Organization } from './models/organization.model';
import { OrganizationInUseError, OrganizationNotFoundError } from './organizations.exception';

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

// With $regionId the organization moves, when that region exists.
const UPDATE = updateStatement('Organization', `RETURN ${NODE}`, {
  type: 'IN_REGION',
  to: 'Region',
  param: 'regionId',
  from: 'node',
});

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
    });
  }

  create(input: CreateOrganizationInput, userId: string): Promise<Organization> {
    return this.writeNode(
      CREATE,
      { input: { industry: null, size: null, description: null, ...input }, userId },
      () => new RegionNotFoundError(input.regionId, 'regionId'),
    );
  }

  update(id: string, input: UpdateOrganizationInput): Promise<Organization> {
    const { regionId, ...rest } = input;
    return this.updateNode(
      UPDATE,
      id,
      { set: sent(rest), regionId: regionId ?? null },
      () => new OrganizationNotFoundError(id),
      () => new RegionNotFoundError(String(regionId), 'regionId'),
    );
  }

  async delete(id: string): Promise<void> {
    const uses = await deleteUnlessReferenced(this.neo4j, 'Organization', IN_USE_BY, id);
    if (uses === null) throw new OrganizationNotFoundError(id);
    if (uses > 0) throw new OrganizationInUseError(id, uses);
  }
}
