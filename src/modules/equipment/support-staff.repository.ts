import { Injectable } from '@nestjs/common';
import { detachDelete, readLinks, updateStatement } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined } from '../../infra/neo4j/neo4j-values';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import {
  CreateSupportStaffInput,
  SUPPORT_STAFF_DEFAULTS,
  SupportStaffMembersArgs,
  UpdateSupportStaffInput,
} from './dto/support-staff.inputs';
import { SupportStaff } from './models/support-staff.model';
import { SupportStaffNotFoundError } from './equipment.exception';

const SCOPE = `MATCH (n:SupportStaff)-[:WORKS_AT]->(org:Organization)`;

const NODE_MAP = `n {.*, organizationId: org.id,
  regionId: head([(org)-[:IN_REGION]->(orgRegion:Region) | orgRegion.id])}`;
const NODE = `${NODE_MAP} AS node`;

const FILTER = `($organizationId IS NULL OR org.id = $organizationId)
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR toLower(n.title) CONTAINS toLower($keyword)
       OR any(skill IN n.skills WHERE toLower(skill) CONTAINS toLower($keyword)))`;

const CREATE = `
MATCH (org:Organization {id: $organizationId})
CREATE (n:SupportStaff {id: randomUUID(), name: $input.name, title: $input.title, skills: $input.skills,
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:WORKS_AT]->(org)
RETURN ${NODE}`;

const UPDATE = updateStatement('SupportStaff', `WITH n MATCH (n)-[:WORKS_AT]->(org:Organization) RETURN ${NODE}`);

const STAFF_OF_EQUIPMENT = `
MATCH (n:SupportStaff)-[:SUPPORTS]->(e:Equipment)
WHERE e.id IN $ids
MATCH (n)-[:WORKS_AT]->(org:Organization)
RETURN e.id AS parentId, ${NODE_MAP} AS item
ORDER BY n.name, n.id`;

@Injectable()
export class SupportStaffRepository extends EntityRepository<SupportStaff, SupportStaffMembersArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: SCOPE,
      node: NODE,
      filter: FILTER,
      filterArgs: ['organizationId', 'keyword'],
    });
  }

  create(input: CreateSupportStaffInput, userId: string): Promise<SupportStaff> {
    const { organizationId, ...fields } = input;
    return this.writeNode(
      CREATE,
      { organizationId, input: { ...SUPPORT_STAFF_DEFAULTS, ...defined(fields) }, userId },
      () => new OrganizationNotFoundError(organizationId, 'organizationId'),
    );
  }

  update(id: string, input: UpdateSupportStaffInput): Promise<SupportStaff> {
    return this.updateNode(UPDATE, id, { set: defined(input) }, () => new SupportStaffNotFoundError(id));
  }

  /** WORKS_AT, SUPPORTS and program enrolments go with the person. */
  async delete(id: string): Promise<void> {
    if (!(await detachDelete(this.neo4j, 'SupportStaff', id))) throw new SupportStaffNotFoundError(id);
  }

  /** The staff supporting each equipment, by name: for the nested `Equipment.supportStaff` field. */
  staffOf(equipmentIds: readonly string[]): Promise<{ parentId: string; item: SupportStaff }[]> {
    return readLinks<SupportStaff>(this.neo4j, STAFF_OF_EQUIPMENT, equipmentIds);
  }
}
