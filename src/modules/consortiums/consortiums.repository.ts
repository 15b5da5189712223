import { Injectable } from '@nestjs/common';
import { detachDelete, Link } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { SortKey } from '../../infra/neo4j/keyset-page';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { RegionNotFoundError } from '../regions/regions.exception';
import {
  AddConsortiumMemberArgs,
  ConsortiumSort,
  ConsortiumsArgs,
  CreateConsortiumInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';
import { Consortium, ConsortiumMember } from './models/consortium.model';
import { ConsortiumNotFoundError, MemberNotFoundError } from './consortiums.exception';

const SORT_KEYS: Record<ConsortiumSort, SortKey> = {
  [ConsortiumSort.NAME]: { property: 'name', type: 'string' },
  [ConsortiumSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
};

const NODE = `n {.*,
  regionId: head([(n)-[:IN_REGION]->(inRegion:Region) | inRegion.id]),
  memberCount: COUNT { (member)-[:MEMBER_OF]->(n) WHERE member:Organization OR member:Researcher }} AS node`;

const FILTER = `($regionId IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $regionId}) })
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR toLower(n.theme) CONTAINS toLower($keyword) OR toLower(n.description) CONTAINS toLower($keyword))`;

const CREATE = `
MATCH (r:Region {id: $input.regionId})
CREATE (n:Consortium {id: randomUUID(), name: $input.name, theme: $input.theme,
  description: coalesce($input.description, ''),
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:IN_REGION]->(r)
RETURN ${NODE}`;

// $set holds only the properties sent; with $regionId the consortium moves, when that region exists.
const UPDATE = `
MATCH (n:Consortium {id: $id})
OPTIONAL MATCH (newRegion:Region {id: $regionId})
WITH n, newRegion WHERE $regionId IS NULL OR newRegion IS NOT NULL
SET n += $set, n.updatedAt = datetime()
WITH n, newRegion
CALL (n, newRegion) {
  WITH n, newRegion WHERE newRegion IS NOT NULL
  OPTIONAL MATCH (n)-[old:IN_REGION]->(oldRegion:Region) WHERE oldRegion <> newRegion
  DELETE old
  MERGE (n)-[:IN_REGION]->(newRegion)
}
RETURN ${NODE}`;

// A member is an Organization or a Researcher.
const MEMBERSHIP = new Link<ConsortiumMember>(
  {
    parent: { label: 'Consortium', param: 'consortiumId', as: 'c' },
    other: { labels: ['Organization', 'Researcher'], param: 'memberId', as: 'member' },
    link: { type: 'MEMBER_OF', as: 'm', from: 'other' },
  },
  {
    lockParent: true,
    onCreate: 'm.since = datetime()',
    set: 'm.role = $role',
    returns: `{memberId: member.id, name: member.name,
      kind: CASE WHEN member:Organization THEN 'ORGANIZATION' ELSE 'RESEARCHER' END, role: m.role, since: m.since}`,
  },
  (consortiumId, memberId) => ({
    parent: () => new ConsortiumNotFoundError(consortiumId, 'consortiumId'),
    other: () => new MemberNotFoundError(memberId),
  }),
);

@Injectable()
export class ConsortiumsRepository extends EntityRepository<Consortium, ConsortiumsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Consortium)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['regionId', 'keyword'],
      sortKeys: SORT_KEYS,
    });
  }

  async create(input: CreateConsortiumInput, userId: string): Promise<Consortium> {
    const result = await this.neo4j.write((tx) => tx.run(CREATE, { input: { description: null, ...input }, userId }));
    if (result.records.length === 0) throw new RegionNotFoundError(input.regionId, 'regionId');
    return toJs(result.records[0].get('node')) as Consortium;
  }

  async update(id: string, input: UpdateConsortiumInput): Promise<Consortium> {
    const { regionId, ...rest } = input;
    const result = await this.neo4j.write((tx) =>
      tx.run(UPDATE, { id, set: defined(rest), regionId: regionId ?? null }),
    );
    if (result.records.length === 0) {
      const exists = await this.findByIds([id]);
      throw exists.length ? new RegionNotFoundError(String(regionId), 'regionId') : new ConsortiumNotFoundError(id);
    }
    return toJs(result.records[0].get('node')) as Consortium;
  }

  /** Members' MEMBER_OF and managers' MANAGES links go with it. */
  async delete(id: string): Promise<void> {
    if (!(await detachDelete(this.neo4j, 'Consortium', id))) throw new ConsortiumNotFoundError(id);
  }

  addMember(args: AddConsortiumMemberArgs): Promise<ConsortiumMember> {
    return MEMBERSHIP.merge(this.neo4j, args.consortiumId, args.memberId, { role: args.role });
  }

  /** False when it was not a member. */
  removeMember(consortiumId: string, memberId: string): Promise<boolean> {
    return MEMBERSHIP.delete(this.neo4j, consortiumId, memberId);
  }

  membersOf(consortiumIds: readonly string[]): Promise<{ parentId: string; item: ConsortiumMember }[]> {
    return MEMBERSHIP.linksOf(this.neo4j, consortiumIds);
  }
}
