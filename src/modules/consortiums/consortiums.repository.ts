import { Injectable } from '@nestjs/common';
import { detachDelete, Link, updateStatement } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined } from '../../infra/neo4j/neo4j-values';
import { RegionNotFoundError } from '../regions/regions.exception';
import {
  AddConsortiumMemberArgs,
  ConsortiumsArgs,
  CreateConsortiumInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';
import { Consortium, ConsortiumMember } from './models/consortium.model';
import { ConsortiumNotFoundError, MemberNotFoundError } from './consortiums.exception';

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

// With $regionId the consortium moves, when that region exists.
const UPDATE = updateStatement('Consortium', `RETURN ${NODE}`, {
  type: 'IN_REGION',
  to: 'Region',
  param: 'regionId',
  from: 'node',
});

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
    });
  }

  create(input: CreateConsortiumInput, userId: string): Promise<Consortium> {
    return this.writeNode(
      CREATE,
      { input: { description: null, ...input }, userId },
      () => new RegionNotFoundError(input.regionId, 'regionId'),
    );
  }

  update(id: string, input: UpdateConsortiumInput): Promise<Consortium> {
    const { regionId, ...rest } = input;
    return this.updateNode(
      UPDATE,
      id,
      { set: defined(rest), regionId: regionId ?? null },
      () => new ConsortiumNotFoundError(id),
      () => new RegionNotFoundError(String(regionId), 'regionId'),
    );
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
