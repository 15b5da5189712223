import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { keysetPage, readPage, SortKey } from '../../infra/neo4j/keyset-page';
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

const DELETE = `
MATCH (n:Organization {id: $id})
OPTIONAL MATCH (n)<-[r:OF_COMPANY|HELD_BY|HOSTED_BY|REPRESENTS|AFFILIATED_WITH|WORKS_AT|WORKS_FOR]-()
WITH n, count(r) AS uses
CALL (n, uses) { WITH n, uses WHERE uses = 0 DETACH DELETE n }
RETURN uses`;

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(args: OrganizationsArgs) {
    const page = keysetPage(SORT_KEYS[args.sort], args.direction, args.first, args.after);
    const params = { kind: args.kind ?? null, regionId: args.regionId ?? null, keyword: args.keyword ?? null, ...page.params };
    return this.neo4j.read((tx) =>
      readPage<Organization>(tx, { match: 'MATCH (n:Organization)', filter: FILTER, node: NODE }, page, params, args.first),
    );
  }

  async findByIds(ids: readonly string[]): Promise<Organization[]> {
    const result = await this.neo4j.readOne(`MATCH (n:Organization) WHERE n.id IN $ids RETURN ${NODE}`, { ids });
    return result.records.map((r) => toJs(r.get('node')) as Organization);
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
    const result = await this.neo4j.write((tx) => tx.run(DELETE, { id }));
    if (result.records.length === 0) throw new OrganizationNotFoundError(id);
    const uses = toJs(result.records[0].get('uses')) as number;
    if (uses > 0) throw new OrganizationInUseError(id, uses);
  }
}
