import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { keysetPage, readPage, SortKey } from '../../infra/neo4j/keyset-page';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import {
  CreateEquipmentInput,
  EQUIPMENT_DEFAULTS,
  EquipmentSort,
  EquipmentsArgs,
  UpdateEquipmentInput,
} from './dto/equipment.inputs';
import { Equipment, EQUIPMENT_HOST_KINDS } from './models/equipment.model';
import {
  EquipmentNotFoundError,
  HostNotFoundError,
  NotAnEquipmentHostError,
  StaffNotAtHostError,
  SupportStaffNotFoundError,
} from './equipment.exception';

const SORT_KEYS: Record<EquipmentSort, SortKey> = {
  [EquipmentSort.NAME]: { property: 'name', type: 'string' },
  [EquipmentSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
  [EquipmentSort.UPDATED_AT]: { property: 'updatedAt', type: 'datetime' },
};

const SCOPE = `MATCH (n:Equipment)-[:HOSTED_BY]->(host:Organization)`;

const NODE = `n {.*, hostId: host.id,
  regionId: head([(host)-[:IN_REGION]->(hostRegion:Region) | hostRegion.id])} AS node`;

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

const UPDATE = `MATCH (n:Equipment {id: $id}) SET n += $set, n.updatedAt = datetime() RETURN n.id AS id`;

// Its HOSTED_BY and the staff's SUPPORTS links go with it (DETACH); hosts and staff stay.
const DELETE = `MATCH (n:Equipment {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`;

// Writing the equipment first takes its lock, so two concurrent assigns of the same person
// serialize and the second MERGE finds the first's relationship instead of creating another.
// The person must work at the equipment's host, checked in the same statement as the MERGE.
const ASSIGN = `
OPTIONAL MATCH (e:Equipment {id: $equipmentId})
OPTIONAL MATCH (s:SupportStaff {id: $staffId})
WITH e, s
OPTIONAL CALL (e, s) {
  WITH e, s WHERE e IS NOT NULL AND s IS NOT NULL
    AND EXISTS { (s)-[:WORKS_AT]->(:Organization)<-[:HOSTED_BY]-(e) }
  SET e.updatedAt = datetime()
  MERGE (s)-[:SUPPORTS]->(e)
  RETURN true AS assigned
}
RETURN e IS NOT NULL AS equipmentFound, s IS NOT NULL AS staffFound, coalesce(assigned, false) AS assigned`;

const UNASSIGN = `
OPTIONAL MATCH (e:Equipment {id: $equipmentId})
OPTIONAL MATCH (s:SupportStaff {id: $staffId})
OPTIONAL MATCH (s)-[link:SUPPORTS]->(e)
WITH e, s, link, link IS NOT NULL AS wasAssigned
CALL (e, link) {
  WITH e, link WHERE link IS NOT NULL
  DELETE link
  SET e.updatedAt = datetime()
}
RETURN e IS NOT NULL AS equipmentFound, s IS NOT NULL AS staffFound, wasAssigned`;

const EQUIPMENT_OF_STAFF = `
MATCH (staff:SupportStaff)-[:SUPPORTS]->(n:Equipment)-[:HOSTED_BY]->(host:Organization)
WHERE staff.id IN $ids
RETURN staff.id AS parentId, ${NODE}
ORDER BY n.name, n.id`;


@Injectable()
export class EquipmentRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(args: EquipmentsArgs) {
    const page = keysetPage(SORT_KEYS[args.sort], args.direction, args.first, args.after);
    const params = {
      hostId: args.hostId ?? null,
      regionId: args.regionId ?? null,
      category: args.category ?? null,
      availability: args.availability ?? null,
      keyword: args.keyword ?? null,
      ...page.params,
    };
    return this.neo4j.read((tx) =>
      readPage<Equipment>(tx, { match: SCOPE, filter: FILTER, node: NODE }, page, params, args.first),
    );
  }

  async findByIds(ids: readonly string[]): Promise<Equipment[]> {
    const result = await this.neo4j.readOne(`${SCOPE} WHERE n.id IN $ids RETURN ${NODE}`, { ids });
    return result.records.map((r) => toJs(r.get('node')) as Equipment);
  }

  /** Returns the new equipment's id. */
  async create(input: CreateEquipmentInput, userId: string): Promise<string> {
    const { hostId, ...fields } = input;
    const result = await this.neo4j.write((tx) =>
      tx.run(CREATE, {
        hostId,
        hostKinds: [...EQUIPMENT_HOST_KINDS],
        input: { ...EQUIPMENT_DEFAULTS, ...defined(fields) },
        userId,
      }),
    );
    const row = toJs(result.records[0].toObject()) as { id: string | null; hostFound: boolean; hostKind: string | null };
    if (row.id) return row.id;
    if (!row.hostFound) throw new HostNotFoundError(hostId);
    throw new NotAnEquipmentHostError(hostId, String(row.hostKind));
  }

  async update(id: string, input: UpdateEquipmentInput): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(UPDATE, { id, set: defined(input) }));
    if (result.records.length === 0) throw new EquipmentNotFoundError(id);
  }

  async delete(id: string): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(DELETE, { id }));
    if ((toJs(result.records[0].get('deleted')) as number) === 0) throw new EquipmentNotFoundError(id);
  }

  async assign(equipmentId: string, staffId: string): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(ASSIGN, { equipmentId, staffId }));
    const row = toJs(result.records[0].toObject()) as { equipmentFound: boolean; staffFound: boolean; assigned: boolean };
    if (!row.equipmentFound) throw new EquipmentNotFoundError(equipmentId, 'equipmentId');
    if (!row.staffFound) throw new SupportStaffNotFoundError(staffId, 'staffId');
    if (!row.assigned) throw new StaffNotAtHostError(staffId, equipmentId);
  }

  /** False when the person did not support that equipment. */
  async unassign(equipmentId: string, staffId: string): Promise<boolean> {
    const result = await this.neo4j.write((tx) => tx.run(UNASSIGN, { equipmentId, staffId }));
    const row = toJs(result.records[0].toObject()) as { equipmentFound: boolean; staffFound: boolean; wasAssigned: boolean };
    if (!row.equipmentFound) throw new EquipmentNotFoundError(equipmentId, 'equipmentId');
    if (!row.staffFound) throw new SupportStaffNotFoundError(staffId, 'staffId');
    return row.wasAssigned;
  }

  /** The equipment each person supports, by name: for the nested `SupportStaff.equipment` field. */
  async equipmentOf(staffIds: readonly string[]): Promise<{ parentId: string; item: Equipment }[]> {
    const result = await this.neo4j.readOne(EQUIPMENT_OF_STAFF, { ids: staffIds });
    return result.records.map((r) => ({ parentId: r.get('parentId') as string, item: toJs(r.get('node')) as Equipment }));
  }
}
