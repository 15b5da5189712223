import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { keysetPage, readPage, SortKey } from '../../infra/neo4j/keyset-page';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import { RegionNotFoundError } from '../regions/regions.exception';
import {
  CoordinatorSort,
  CoordinatorsArgs,
  CreateCoordinatorInput,
  RecordAcquaintanceArgs,
  UpdateCoordinatorInput,
} from './dto/coordinator.inputs';
import { Acquaintance, Coordinator } from './models/coordinator.model';
import {
  CoordinatorNotFoundError,
  NotACoordinatingOrganizationError,
  PersonNotFoundError,
} from './coordinators.exception';

const SORT_KEYS: Record<CoordinatorSort, SortKey> = {
  [CoordinatorSort.NAME]: { property: 'name', type: 'string' },
  [CoordinatorSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
};

const NODE = `n {.*,
  organizationId: head([(n)-[:WORKS_FOR]->(worksFor:Organization) | worksFor.id]),
  regionIds: [(n)-[:COVERS]->(covered:Region) | covered.id]} AS node`;

const FILTER = `($regionId IS NULL OR EXISTS { (n)-[:COVERS]->(:Region {id: $regionId}) })
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR any(f IN n.specialtyFields WHERE toLower(f) CONTAINS toLower($keyword)))`;

// The organization and every region are matched first: when one is missing (or the organization
// is not a coordinating one) nothing is created, and the returned flags say which.
const CREATE = `
OPTIONAL MATCH (org:Organization {id: $organizationId})
WITH org
OPTIONAL MATCH (region:Region) WHERE region.id IN $regionIds
WITH org, collect(region) AS regions
OPTIONAL CALL (org, regions) {
  WITH org, regions
  WHERE org IS NOT NULL AND org.kind = 'COORDINATING_ORGANIZATION' AND size(regions) = size($regionIds)
  CREATE (n:Coordinator {id: randomUUID(), name: $input.name, specialtyFields: $input.specialtyFields,
    email: $input.email, createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:WORKS_FOR]->(org)
  FOREACH (r IN regions | CREATE (n)-[:COVERS]->(r))
  RETURN n
}
RETURN n.id AS id, org IS NOT NULL AS organizationFound, org.kind AS organizationKind,
       [r IN regions | r.id] AS regionsFound`;

// $set holds only the properties sent. When $regionIds is given, every region must exist, and the
// covered regions become exactly those (links to others are removed, existing ones kept).
const UPDATE = `
OPTIONAL MATCH (n:Coordinator {id: $id})
WITH n
OPTIONAL MATCH (region:Region) WHERE region.id IN coalesce($regionIds, [])
WITH n, collect(region) AS regions
CALL (n, regions) {
  WITH n, regions WHERE n IS NOT NULL AND ($regionIds IS NULL OR size(regions) = size($regionIds))
  SET n += $set, n.updatedAt = datetime()
  WITH n, regions WHERE $regionIds IS NOT NULL
  OPTIONAL MATCH (n)-[old:COVERS]->(covered:Region) WHERE NOT covered IN regions
  DELETE old
  WITH DISTINCT n, regions
  FOREACH (r IN regions | MERGE (n)-[:COVERS]->(r))
}
RETURN n IS NOT NULL AS found, [r IN regions | r.id] AS regionsFound`;

// Users acting as the coordinator lose that link with it (DETACH).
const DELETE = `MATCH (n:Coordinator {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`;

// Researcher and Contact ids are looked up through their own labels, so each lookup is an index seek.
const PERSON = `
OPTIONAL MATCH (researcher:Researcher {id: $personId})
OPTIONAL MATCH (contact:Contact {id: $personId})
WITH c, coalesce(researcher, contact) AS p`;

const ACQUAINTANCE = `{personId: p.id, name: p.name, kind: CASE WHEN p:Researcher THEN 'RESEARCHER' ELSE 'CONTACT' END,
  note: coalesce(k.note, ''), since: k.since}`;

// Writing the coordinator first takes its lock, so two concurrent MERGEs of the same pair
// serialize and the second sees the first's relationship instead of creating a duplicate.
const RECORD_ACQUAINTANCE = `
OPTIONAL MATCH (c:Coordinator {id: $coordinatorId})
WITH c
${PERSON}
OPTIONAL CALL (c, p) {
  WITH c, p WHERE c IS NOT NULL AND p IS NOT NULL
  SET c.updatedAt = datetime()
  MERGE (c)-[k:KNOWS]->(p)
  ON CREATE SET k.since = datetime()
  SET k.note = $note
  RETURN ${ACQUAINTANCE} AS acquaintance
}
RETURN c IS NOT NULL AS coordinatorFound, p IS NOT NULL AS personFound, acquaintance`;

const FORGET_ACQUAINTANCE = `
OPTIONAL MATCH (c:Coordinator {id: $coordinatorId})
WITH c
${PERSON}
OPTIONAL MATCH (c)-[k:KNOWS]->(p)
WITH c, p, k, k IS NOT NULL AS known
CALL (c, k) {
  WITH c, k WHERE k IS NOT NULL
  DELETE k
  SET c.updatedAt = datetime()
}
RETURN c IS NOT NULL AS coordinatorFound, p IS NOT NULL AS personFound, known`;

const ACQUAINTANCES = `
MATCH (c:Coordinator)-[k:KNOWS]->(p) WHERE c.id IN $ids AND (p:Researcher OR p:Contact)
RETURN c.id AS parentId, ${ACQUAINTANCE} AS item
ORDER BY p.name, p.id`;


@Injectable()
export class CoordinatorsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(args: CoordinatorsArgs) {
    const page = keysetPage(SORT_KEYS[args.sort], args.direction, args.first, args.after);
    const params = { regionId: args.regionId ?? null, keyword: args.keyword ?? null, ...page.params };
    return this.neo4j.read((tx) =>
      readPage<Coordinator>(tx, { match: 'MATCH (n:Coordinator)', filter: FILTER, node: NODE }, page, params, args.first),
    );
  }

  async findByIds(ids: readonly string[]): Promise<Coordinator[]> {
    const result = await this.neo4j.readOne(`MATCH (n:Coordinator) WHERE n.id IN $ids RETURN ${NODE}`, { ids });
    return result.records.map((r) => toJs(r.get('node')) as Coordinator);
  }

  async create(input: CreateCoordinatorInput, userId: string): Promise<string> {
    const regionIds = [...new Set(input.regionIds)];
    const result = await this.neo4j.write((tx) =>
      tx.run(CREATE, {
        organizationId: input.organizationId,
        regionIds,
        input: { name: input.name, specialtyFields: input.specialtyFields ?? [], email: input.email ?? null },
        userId,
      }),
    );
    const row = toJs(result.records[0].toObject()) as {
      id: string | null;
      organizationFound: boolean;
      organizationKind: string | null;
      regionsFound: string[];
    };
    if (row.id) return row.id;
    if (!row.organizationFound) throw new OrganizationNotFoundError(input.organizationId, 'organizationId');
    if (row.organizationKind !== 'COORDINATING_ORGANIZATION') {
      throw new NotACoordinatingOrganizationError(input.organizationId, String(row.organizationKind));
    }
    throw this.missingRegions(regionIds, row.regionsFound);
  }

  async update(id: string, input: UpdateCoordinatorInput): Promise<void> {
    const { regionIds, email, ...rest } = input;
    // null clears the e-mail (SET n += {email: null} removes the property); other nulls mean "unchanged".
    const set = { ...defined(rest), ...(email !== undefined ? { email } : {}) };
    const wanted = regionIds ? [...new Set(regionIds)] : null;
    const result = await this.neo4j.write((tx) => tx.run(UPDATE, { id, set, regionIds: wanted }));
    const row = toJs(result.records[0].toObject()) as { found: boolean; regionsFound: string[] };
    if (!row.found) throw new CoordinatorNotFoundError(id);
    if (wanted && row.regionsFound.length !== wanted.length) throw this.missingRegions(wanted, row.regionsFound);
  }

  async delete(id: string): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(DELETE, { id }));
    if ((toJs(result.records[0].get('deleted')) as number) === 0) throw new CoordinatorNotFoundError(id);
  }

  async recordAcquaintance(args: RecordAcquaintanceArgs): Promise<Acquaintance> {
    const result = await this.neo4j.write((tx) =>
      tx.run(RECORD_ACQUAINTANCE, { coordinatorId: args.coordinatorId, personId: args.personId, note: args.note ?? '' }),
    );
    const row = toJs(result.records[0].toObject()) as {
      coordinatorFound: boolean;
      personFound: boolean;
      acquaintance: Acquaintance | null;
    };
    if (!row.coordinatorFound) throw new CoordinatorNotFoundError(args.coordinatorId, 'coordinatorId');
    if (!row.personFound || !row.acquaintance) throw new PersonNotFoundError(args.personId);
    return row.acquaintance;
  }

  /** False when the coordinator did not know the person. */
  async forgetAcquaintance(coordinatorId: string, personId: string): Promise<boolean> {
    const result = await this.neo4j.write((tx) => tx.run(FORGET_ACQUAINTANCE, { coordinatorId, personId }));
    const row = toJs(result.records[0].toObject()) as { coordinatorFound: boolean; personFound: boolean; known: boolean };
    if (!row.coordinatorFound) throw new CoordinatorNotFoundError(coordinatorId, 'coordinatorId');
    if (!row.personFound) throw new PersonNotFoundError(personId);
    return row.known;
  }

  async acquaintancesOf(coordinatorIds: readonly string[]): Promise<{ parentId: string; item: Acquaintance }[]> {
    const result = await this.neo4j.readOne(ACQUAINTANCES, { ids: coordinatorIds });
    return result.records.map((r) => ({ parentId: r.get('parentId') as string, item: toJs(r.get('item')) as Acquaintance }));
  }

  private missingRegions(wanted: string[], found: string[]): RegionNotFoundError {
    return new RegionNotFoundError(wanted.filter((id) => !found.includes(id)).join(', '), 'regionIds');
  }
}
