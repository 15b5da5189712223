import { Injectable } from '@nestjs/common';
import { detachDelete, Link, writeRow } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined, sent } from '../../infra/neo4j/neo4j-values';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import { RegionNotFoundError } from '../regions/regions.exception';
import {
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

// An acquaintance is a Researcher or a Contact.
const ACQUAINTANCESHIP = new Link<Acquaintance>(
  {
    parent: { label: 'Coordinator', param: 'coordinatorId', as: 'c' },
    other: { labels: ['Researcher', 'Contact'], param: 'personId', as: 'p' },
    link: { type: 'KNOWS', as: 'k', from: 'parent' },
  },
  {
    lockParent: true,
    onCreate: 'k.since = datetime()',
    set: 'k.note = $note',
    returns: `{personId: p.id, name: p.name, kind: CASE WHEN p:Researcher THEN 'RESEARCHER' ELSE 'CONTACT' END,
      note: coalesce(k.note, ''), since: k.since}`,
  },
  (coordinatorId, personId) => ({
    parent: () => new CoordinatorNotFoundError(coordinatorId, 'coordinatorId'),
    other: () => new PersonNotFoundError(personId),
  }),
);

@Injectable()
export class CoordinatorsRepository extends EntityRepository<Coordinator, CoordinatorsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Coordinator)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['regionId', 'keyword'],
    });
  }

  async create(input: CreateCoordinatorInput, userId: string): Promise<string> {
    const regionIds = [...new Set(input.regionIds)];
    const row = await writeRow<{
      id: string | null;
      organizationFound: boolean;
      organizationKind: string | null;
      regionsFound: string[];
    }>(this.neo4j, CREATE, {
      organizationId: input.organizationId,
      regionIds,
      input: { name: input.name, specialtyFields: input.specialtyFields ?? [], email: input.email ?? null },
      userId,
    });
    if (row.id) return row.id;
    if (!row.organizationFound) throw new OrganizationNotFoundError(input.organizationId, 'organizationId');
    if (row.organizationKind !== 'COORDINATING_ORGANIZATION') {
      throw new NotACoordinatingOrganizationError(input.organizationId, String(row.organizationKind));
    }
    throw this.missingRegions(regionIds, row.regionsFound);
  }

  async update(id: string, input: UpdateCoordinatorInput): Promise<void> {
    const { regionIds, email, ...rest } = input;
    // null clears the e-mail; other nulls mean "unchanged".
    const set = { ...defined(rest), ...sent({ email }) };
    const wanted = regionIds ? [...new Set(regionIds)] : null;
    const row = await writeRow<{ found: boolean; regionsFound: string[] }>(this.neo4j, UPDATE, {
      id,
      set,
      regionIds: wanted,
    });
    if (!row.found) throw new CoordinatorNotFoundError(id);
    if (wanted && row.regionsFound.length !== wanted.length) throw this.missingRegions(wanted, row.regionsFound);
  }

  /** Users acting as the coordinator lose that link with it. */
  async delete(id: string): Promise<void> {
    if (!(await detachDelete(this.neo4j, 'Coordinator', id))) throw new CoordinatorNotFoundError(id);
  }

  recordAcquaintance(args: RecordAcquaintanceArgs): Promise<Acquaintance> {
    return ACQUAINTANCESHIP.merge(this.neo4j, args.coordinatorId, args.personId, { note: args.note ?? '' });
  }

  /** False when the coordinator did not know the person. */
  forgetAcquaintance(coordinatorId: string, personId: string): Promise<boolean> {
    return ACQUAINTANCESHIP.delete(this.neo4j, coordinatorId, personId);
  }

  acquaintancesOf(coordinatorIds: readonly string[]): Promise<{ parentId: string; item: Acquaintance }[]> {
    return ACQUAINTANCESHIP.linksOf(this.neo4j, coordinatorIds);
  }

  private missingRegions(wanted: string[], found: string[]): RegionNotFoundError {
    return new RegionNotFoundError(wanted.filter((id) => !found.includes(id)).join(', '), 'regionIds');
  }
}
