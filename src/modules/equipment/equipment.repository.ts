import { Injectable } from '@nestjs/common';
import {
  detachDelete,
  Link,
  readLinks,
  updateStatement,
  writeFound,
  writeRow,
} from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined } from '../../infra/neo4j/neo4j-values';
import { CreateEquipmentInput, EQUIPMENT_DEFAULTS, EquipmentsArgs, UpdateEquipmentInput } from './dto/equipment.inputs';
import { Equipment, EQUIPMENT_HOST_KINDS } from './models/equipment.model';
import {
  EquipmentNotFoundError,
  HostNotFoundError,
  NotAnEquipmentHostError,
  StaffNotAtHostError,
  SupportStaffNotFoundError,
} from './equipment.exception';

const SCOPE = `MATCH (n:Equipment)-[:HOSTED_BY]->(host:Organization)`;

const NODE_MAP = `n {.*, hostId: host.id,
  regionId: head([(host)-[:IN_REGION]->(hostRegion:Region) | hostRegion.id])}`;
const NODE = `${NODE_MAP} AS node`;

const FILTER = `($hostId IS NULL OR host.id = $hostId)
  AND ($regionId IS NULL OR EXISTS { (host)-[:IN_REGION]->(:Region {id: $regionId}) })
  AND ($category IS NULL OR toLower(n.category) = toLower($category))
  AND ($availability IS NULL OR n.availability = $availability)
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR toLower(n.description) CONTAINS toLower($keyword)
       OR toLower(n.specifications) CONTAINS toLower($keyword))`;

// The host's kind is checked again here, in the same statement as the CREATE, so a host changed
// between the service's check and this write still cannot end up hosting equipment.
const CREATE = `
OPTIONAL MATCH (host:Organization {id: $hostId})
WITH host
OPTIONAL CALL (host) {
  WITH host WHERE host IS NOT NULL AND host.kind IN $hostKinds
  CREATE (n:Equipment {id: randomUUID(), name: $input.name, category: $input.category,
    description: $input.description, specifications: $input.specifications, conditions: $input.conditions,
    fees: $input.fees, availability: $input.availability,
    createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:HOSTED_BY]->(host)
  RETURN n
}
RETURN n.id AS id, host IS NOT NULL AS hostFound, host.kind AS hostKind`;

const UPDATE = updateStatement('Equipment', 'RETURN n.id AS id');

// The person must work at the equipment's host, checked in the same statement as the MERGE.
const SUPPORT = new Link<true>(
  {
    parent: { label: 'Equipment', param: 'equipmentId', as: 'e' },
    other: { labels: ['SupportStaff'], param: 'staffId', as: 's' },
    link: { type: 'SUPPORTS', as: 'link', from: 'other' },
  },
  { lockParent: true, where: 'EXISTS { (s)-[:WORKS_AT]->(:Organization)<-[:HOSTED_BY]-(e) }', returns: 'true' },
  (equipmentId, staffId) => ({
    parent: () => new EquipmentNotFoundError(equipmentId, 'equipmentId'),
    other: () => new SupportStaffNotFoundError(staffId, 'staffId'),
    refused: () => new StaffNotAtHostError(staffId, equipmentId),
  }),
);

const EQUIPMENT_OF_STAFF = `
MATCH (staff:SupportStaff)-[:SUPPORTS]->(n:Equipment)-[:HOSTED_BY]->(host:Organization)
WHERE staff.id IN $ids
RETURN staff.id AS parentId, ${NODE_MAP} AS item
ORDER BY n.name, n.id`;

@Injectable()
export class EquipmentRepository extends EntityRepository<Equipment, EquipmentsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: SCOPE,
      node: NODE,
      filter: FILTER,
      filterArgs: ['hostId', 'regionId', 'category', 'availability', 'keyword'],
    });
  }

  /** Returns the new equipment's id. */
  async create(input: CreateEquipmentInput, userId: string): Promise<string> {
    const { hostId, ...fields } = input;
    const row = await writeRow<{ id: string | null; hostFound: boolean; hostKind: string | null }>(this.neo4j, CREATE, {
      hostId,
      hostKinds: [...EQUIPMENT_HOST_KINDS],
      input: { ...EQUIPMENT_DEFAULTS, ...defined(fields) },
      userId,
    });
    if (row.id) return row.id;
    if (!row.hostFound) throw new HostNotFoundError(hostId);
    throw new NotAnEquipmentHostError(hostId, String(row.hostKind));
  }

  async update(id: string, input: UpdateEquipmentInput): Promise<void> {
    if (!(await writeFound(this.neo4j, UPDATE, { id, set: defined(input) }))) throw new EquipmentNotFoundError(id);
  }

  /** Its HOSTED_BY and the staff's SUPPORTS links go with it; hosts and staff stay. */
  async delete(id: string): Promise<void> {
    if (!(await detachDelete(this.neo4j, 'Equipment', id))) throw new EquipmentNotFoundError(id);
  }

  async assign(equipmentId: string, staffId: string): Promise<void> {
    await SUPPORT.merge(this.neo4j, equipmentId, staffId);
  }

  /** False when the person did not support that equipment. */
  unassign(equipmentId: string, staffId: string): Promise<boolean> {
    return SUPPORT.delete(this.neo4j, equipmentId, staffId);
  }

  /** The equipment each person supports, by name: for the nested `SupportStaff.equipment` field. */
  equipmentOf(staffIds: readonly string[]): Promise<{ parentId: string; item: Equipment }[]> {
    return readLinks<Equipment>(this.neo4j, EQUIPMENT_OF_STAFF, staffIds);
  }
}
